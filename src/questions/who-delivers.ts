/**
 * whoDelivers(service, place, on): which authority delivers service S in place P on date D,
 * and why — answered by the graph in ONE Cypher query (resolution included).
 *
 * The providers are the bodies governing the place on that date — the place itself, what it
 * lies WITHIN (parish → district or unitary → county; London borough → GLA), the combined
 * authorities those are CONSTITUENT_OF, and, for an area asked about as a whole (a county),
 * the authorities WITHIN it — whose Tier is RESPONSIBLE_FOR the service. Every relationship on
 * the way must be in force on the date, so before a reorganisation the old councils answer and
 * after it the successor does — and so must the tier's RESPONSIBLE_FOR and the functional body's
 * DELIVERED_BY (LFEPA until 31 March 2018, the London Fire Commissioner from 1 April). Those that
 * carry no dates are applied to every date and the answer says so (validity 'UNDATED'). No tier
 * logic lives in TypeScript.
 */
import neo4j, { type Driver } from "neo4j-driver";
import {
  ALL_LIVE, assertInForce, assertPostcodeDate, assertPostcodeFound, earlyParishNote, isoDay, LIVE, NODE_REF, PROVISION_VALIDITY, readAs, REF, REF_RESULT,
  refParam, refRows, RESOLVE, resolveOne, SOURCE_IDS, STEP, UP, VALIDITY,
} from "./resolve.js";

/**
 * The bodies governing \`place\` on day \`d\`, each with the relationships that lead to it:
 * what it lies WITHIN (a postcode: IN_DISTRICT, then WITHIN), the combined authorities those are
 * CONSTITUENT_OF, and (for an area asked about as a whole) the authorities WITHIN it. Shared
 * with the bulk export.
 */
export const GOVERNING = `CALL (place, d) {
    MATCH path = (place)-[:${UP}*0..3]->(g) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
    UNION
    MATCH path = (place)-[:${UP}*0..3]->()-[:CONSTITUENT_OF]->(g) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
    UNION
    MATCH path = (place:Authority)<-[:WITHIN]-(g:Authority) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
  }`;

/**
 * The answer for one (service, place) on day \`d\`: both arguments resolved, then the
 * provisions. \`service\` and \`place\` are the RefParams (parameters, or fields of a variable
 * in \`scope\`: the bulk list's row). Yields services, places (with suggestions) and provisions.
 */
const ANSWER = (service: string, place: string, scope: string[] = []) => `
${RESOLVE(REF.SERVICE, service, "services", scope)}
${RESOLVE(REF.PLACE, place, "places", scope)}
CALL (services, places, d) {
  WITH services, places, d WHERE size(services) = 1 AND size(places) = 1
  WITH services[0] AS s, places[0] AS place, d WHERE ${LIVE("place")}
  ${GOVERNING}
  MATCH (g)-[ot:OF_TIER]->(t:Tier)-[resp:RESPONSIBLE_FOR]->(s) WHERE ${LIVE("resp")}
  OPTIONAL MATCH (s)-[db:DELIVERED_BY]->(o:Organisation) WHERE ${LIVE("db")} AND ${LIVE("o")}
  WITH s, place, d, g, t, ot, resp, steps + [ot, resp] AS upSteps, collect(db) AS dbs,
       collect(o {id: o.id, name: o.name, type: o.kind, validFrom: toString(db.validFrom), validTo: toString(db.validTo), validity: ${VALIDITY("db")}}) AS deliveredBy
  ORDER BY size(upSteps), g.code
  WITH s, place, d, g, t, ot, resp, upSteps + dbs AS allSteps, deliveredBy
  WITH s, place, d, g, t, ot, resp, allSteps, deliveredBy, ${SOURCE_IDS("allSteps")} AS sourceIds
  RETURN collect({
    service: ${NODE_REF("s")},
    place: ${NODE_REF("place")},
    on: toString(d),
    authority: {code: g.code, name: g.name, type: CASE WHEN g:Parish THEN 'PARISH' ELSE g.type END},
    tier: t.code,
    tierName: t.name,
    basis: resp.basis,
    validity: ${PROVISION_VALIDITY("resp", "ot")},
    deliveredBy: deliveredBy,
    path: [r IN allSteps | ${STEP("r")}],
    sources: COLLECT { MATCH (x:Source) WHERE x.id IN sourceIds RETURN x {.id, .kind, .title, .licence, .attribution, .url, .file} },
    note: CASE WHEN resp.heldFrom = 'ESTABLISHMENT' AND ot.validFrom IS NOT NULL
                 THEN g.name + ' holds this function from its establishment (' + ot.validFromCite + ')' + coalesce(' until its abolition (' + ot.validToCite + ')', '') + ': the order establishing a combined authority confers it.'
               WHEN resp.heldFrom = 'ESTABLISHMENT'
                 THEN 'The order establishing a combined authority confers this function; the first day of ' + g.name + ' is not known, so it is applied to every date (UNDATED).'
               WHEN t.code = 'COMBINED_AUTHORITY' AND resp.validFrom IS NULL AND resp.validTo IS NULL
                 THEN 'Conferred on combined authorities one by one by orders that are not loaded: the current list is applied to the whole life of ' + g.name + ' (UNDATED); it may have gained the function later than its first day.'
               WHEN g:Parish THEN 'ONS records the parish area; whether it has a parish or town council (or only a parish meeting) is not recorded.'
               WHEN place:Postcode THEN 'A postcode gives the district or unitary, not the parish (ONSPD has none here): parish powers are not answered; ask by the parish code (E04...) for them.' END
  }) AS provisions
}`;

/** The postcode areas of the active set: which postcodes are English (assertPostcodeFound). */
export const POSTCODE_AREAS = `CALL () {
  OPTIONAL MATCH (s:PostcodeSet {id: 'active'})
  RETURN coalesce(s.areas, []) AS postcodeAreas
}`;

export const WHO_DELIVERS = `
WITH date($on) AS d
${ANSWER("$service", "$place")}
${POSTCODE_AREAS}
RETURN ${REF_RESULT(REF.SERVICE, "services")}, ${REF_RESULT(REF.PLACE, "places")}, postcodeAreas, provisions`;

/**
 * Many questions in one round trip (the bulk lists, src/questions/bulk-lists.ts): \`$rows\` is a
 * list of {i, service, place, on} (RefParams and a day); one result row per input row, with
 * \`i\`, through the very fragment WHO_DELIVERS uses, so a bulk answer cannot disagree with a
 * single one. Each row's answer is read by answerWhoDelivers, as whoDelivers reads its own.
 */
export const WHO_DELIVERS_BATCH = `
${POSTCODE_AREAS}
UNWIND $rows AS q
CALL (q) {
  WITH q, date(q.on) AS d
  ${ANSWER("q.service", "q.place", ["q"])}
  RETURN ${REF_RESULT(REF.SERVICE, "services")}, ${REF_RESULT(REF.PLACE, "places")}, provisions
}
RETURN q.i AS i, postcodeAreas, services, servicesSuggestions, servicesHow, places, placesSuggestions, placesHow, provisions`;

export interface WhoDeliversArgs {
  service: string;
  place: string;
  on?: unknown;
}

interface Row {
  postcodeAreas: string[];
  provisions: Record<string, unknown>[];
}

/** Runs the question; throws NOT_FOUND / AMBIGUOUS / BAD_USER_INPUT naming the argument. */
export async function whoDelivers(driver: Driver, database: string, args: WhoDeliversArgs): Promise<Record<string, unknown>[]> {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(
    WHO_DELIVERS,
    { service: refParam(args.service), place: refParam(args.place), on },
    { database, routing: neo4j.routing.READ },
  );
  return answerWhoDelivers(args, on, records[0]?.toObject() as Record<string, unknown>);
}

/**
 * What one row of WHO_DELIVERS (or WHO_DELIVERS_BATCH) answers: the provisions, with the notes
 * on how the arguments were read; or the user error, naming the argument. Shared by the single
 * question and the bulk lists.
 */
export function answerWhoDelivers(args: WhoDeliversArgs, on: string, raw: Record<string, unknown>): Record<string, unknown>[] {
  const row = raw as unknown as Row;
  const services = refRows(raw, "services");
  const service = resolveOne("service", args.service, REF.SERVICE, services);
  const places = refRows(raw, "places");
  assertPostcodeFound("place", args.place, places.matches.length, row.postcodeAreas);
  const place = resolveOne("place", args.place, REF.PLACE, places);
  assertInForce("place", place, on);
  assertPostcodeDate("place", place, on);
  const notes = [earlyParishNote(place, on), readAs("service", args.service, services, service), readAs("place", args.place, places, place)].filter(Boolean);
  return notes.length ? row.provisions.map((p) => ({ ...p, note: [p.note, ...notes].filter(Boolean).join(" ") })) : row.provisions;
}
