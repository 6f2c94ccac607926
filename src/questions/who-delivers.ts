/**
 * whoDelivers(service, place, on): which authority delivers service S in place P on date D,
 * and why — answered by the graph in ONE Cypher query (resolution included).
 *
 * The providers are the bodies governing the place on that date — the place itself, what it
 * lies WITHIN (parish → district or unitary → county; London borough → GLA), the combined
 * authorities those are CONSTITUENT_OF, and, for an area asked about as a whole (a county),
 * the authorities WITHIN it — whose Tier is RESPONSIBLE_FOR the service. Every relationship on
 * the way must be in force on the date, so before a reorganisation the old councils answer and
 * after it the successor does. No tier logic lives in TypeScript.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { assertInForce, assertPostcodeDate, assertPostcodeFound, isoDay, LIVE, one, PLACE_REF, RESOLVE_PLACE, RESOLVE_SERVICE, showPlace, showService, type PlaceInfo } from "./resolve.js";

const ALL_LIVE = `all(r IN relationships(path) WHERE ${LIVE("r")}) AND all(n IN nodes(path) WHERE ${LIVE("n")})`;
const REF = (v: string) => `{label: head(labels(${v})), code: coalesce(${v}.code, ${v}.id), name: ${v}.name}`;

/**
 * The bodies governing \`place\` on day \`d\`, each with the relationships that lead to it:
 * what it lies WITHIN, the combined authorities those are CONSTITUENT_OF, and (for an area
 * asked about as a whole) the authorities WITHIN it. Shared with the bulk export.
 */
export const GOVERNING = `CALL (place, d) {
    MATCH path = (place)-[:WITHIN*0..3]->(g) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
    UNION
    MATCH path = (place)-[:WITHIN*0..3]->()-[:CONSTITUENT_OF]->(g) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
    UNION
    MATCH path = (place:Authority)<-[:WITHIN]-(g:Authority) WHERE ${ALL_LIVE}
    RETURN g, relationships(path) AS steps
  }`;

export const WHO_DELIVERS = `
WITH date($on) AS d, trim($service) AS sIn, trim($place) AS pIn
${RESOLVE_SERVICE}
${RESOLVE_PLACE}
CALL (services, places, d) {
  WITH services, places, d WHERE size(services) = 1 AND size(places) = 1
  WITH services[0] AS s, places[0] AS place, d WHERE ${LIVE("place")}
  ${GOVERNING}
  MATCH (g)-[ot:OF_TIER]->(t:Tier)-[resp:RESPONSIBLE_FOR]->(s)
  OPTIONAL MATCH (s)-[:DELIVERED_BY]->(o:Organisation)
  WITH s, place, d, g, t, resp, steps + [ot, resp] AS allSteps, collect(o {code: o.id, name: o.name, type: o.kind}) AS deliveredBy
  ORDER BY size(allSteps), g.code
  WITH s, place, d, g, t, resp, allSteps, deliveredBy, [r IN allSteps | r.source] AS sourceIds
  RETURN collect({
    service: ${REF("s")},
    place: ${REF("place")},
    on: toString(d),
    authority: {code: g.code, name: g.name, type: CASE WHEN g:Parish THEN 'PARISH' ELSE g.type END},
    tier: t.code,
    tierName: t.name,
    basis: resp.basis,
    deliveredBy: deliveredBy,
    path: [r IN allSteps | {from: ${REF("startNode(r)")}, relationship: type(r), to: ${REF("endNode(r)")},
           validFrom: toString(r.validFrom), validTo: toString(r.validTo), basis: r.basis, source: r.source, cite: r.cite}],
    sources: COLLECT { MATCH (x:Source) WHERE x.id IN sourceIds RETURN x {.id, .kind, .title, .licence, .attribution, .url, .file} },
    note: CASE WHEN g:Parish THEN 'ONS records the parish area; whether it has a parish or town council (or only a parish meeting) is not recorded.'
               WHEN place:Postcode THEN 'A postcode gives the district or unitary, not the parish (ONSPD has none here): parish powers are not answered; ask by the parish code (E04...) for them.' END
  }) AS provisions
}
RETURN [s IN services | s {.code, .name}] AS services, serviceSuggestions,
       [p IN places | ${PLACE_REF("p")}] AS places, [p IN placeSuggestions | ${PLACE_REF("p")}] AS placeSuggestions,
       postcodeAreas, provisions`;

export interface WhoDeliversArgs {
  service: string;
  place: string;
  on?: unknown;
}

interface Row {
  services: { code: string; name: string }[];
  serviceSuggestions: { code: string; name: string }[];
  places: PlaceInfo[];
  placeSuggestions: PlaceInfo[];
  postcodeAreas: string[];
  provisions: Record<string, unknown>[];
}

/** Runs the question; throws NOT_FOUND / AMBIGUOUS / BAD_USER_INPUT naming the argument. */
export async function whoDelivers(driver: Driver, database: string, args: WhoDeliversArgs): Promise<Record<string, unknown>[]> {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(
    WHO_DELIVERS,
    { service: args.service, place: args.place, on },
    { database, routing: neo4j.routing.READ },
  );
  const row = records[0]?.toObject() as Row;
  one("service", args.service, row.services, row.serviceSuggestions, showService);
  assertPostcodeFound("place", args.place, row.places.length, row.postcodeAreas);
  const place = one("place", args.place, row.places, row.placeSuggestions, showPlace);
  assertInForce("place", place, on);
  assertPostcodeDate("place", place, on);
  return row.provisions;
}
