/**
 * The database floor for whoDelivers: the same answer for an already-resolved parish code and
 * service code, as ONE hand-written Cypher query through the driver. It keeps what the answer
 * needs (the dated WITHIN / CONSTITUENT_OF paths, the tier's responsibility, deliverers,
 * path steps, sources) and leaves out what only tiergraph's question does: resolving names,
 * suggestions, the checks that the place existed on the date, and the "county as a whole"
 * branch (a parish has nothing WITHIN it). `checkFloorEquivalence` proves the results match.
 */
import { isDeepStrictEqual } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { whoDelivers } from "../src/questions/who-delivers.js";
import type { Pair } from "./pairs.js";

const LIVE = (v: string) => `(${v}.validFrom IS NULL OR ${v}.validFrom <= d) AND (${v}.validTo IS NULL OR ${v}.validTo >= d)`;
const ALL_LIVE = `all(r IN relationships(path) WHERE ${LIVE("r")}) AND all(n IN nodes(path) WHERE ${LIVE("n")})`;
const REF = (v: string) => `{label: head(labels(${v})), id: coalesce(${v}.code, ${v}.id), code: ${v}.code, name: ${v}.name}`;
const DATED = (r: string) => `CASE WHEN ${r}.validFrom IS NULL AND ${r}.validTo IS NULL THEN 'UNDATED' ELSE 'DATED' END`;

/** Parameters: $service (LGSL code), $place (parish GSS code), $on (yyyy-mm-dd). */
export const FLOOR_QUERY = `
WITH date($on) AS d
MATCH (s:Service {code: $service})
MATCH (place:Parish {code: $place})
CALL (place, d) {
  MATCH path = (place)-[:WITHIN*0..3]->(g) WHERE ${ALL_LIVE}
  RETURN g, relationships(path) AS steps
  UNION
  MATCH path = (place)-[:WITHIN*0..3]->()-[:CONSTITUENT_OF]->(g) WHERE ${ALL_LIVE}
  RETURN g, relationships(path) AS steps
}
MATCH (g)-[ot:OF_TIER]->(t:Tier)-[resp:RESPONSIBLE_FOR]->(s) WHERE ${LIVE("resp")}
OPTIONAL MATCH (s)-[db:DELIVERED_BY]->(o:Organisation) WHERE ${LIVE("db")} AND ${LIVE("o")}
WITH s, place, d, g, t, ot, resp, steps + [ot, resp] AS upSteps, collect(db) AS dbs,
     collect(o {id: o.id, name: o.name, type: o.kind, validFrom: toString(db.validFrom), validTo: toString(db.validTo), validity: ${DATED("db")}}) AS deliveredBy
ORDER BY size(upSteps), g.code
WITH s, place, d, g, t, ot, resp, upSteps + dbs AS allSteps, deliveredBy
RETURN collect({
  service: ${REF("s")}, place: ${REF("place")}, on: toString(d),
  authority: {code: g.code, name: g.name, type: CASE WHEN g:Parish THEN 'PARISH' ELSE g.type END},
  tier: t.code, tierName: t.name, basis: resp.basis,
  validity: CASE WHEN resp.validFrom IS NOT NULL OR resp.validTo IS NOT NULL THEN 'DATED'
                 WHEN resp.heldFrom = 'ESTABLISHMENT' AND (ot.validFrom IS NOT NULL OR ot.validTo IS NOT NULL) THEN 'DATED' ELSE 'UNDATED' END,
  deliveredBy: deliveredBy,
  path: [r IN allSteps | {from: ${REF("startNode(r)")}, relationship: type(r), to: ${REF("endNode(r)")},
         validFrom: toString(r.validFrom), validTo: toString(r.validTo), validity: ${DATED("r")},
         validFromSource: r.validFromSource, validFromCite: r.validFromCite, validToSource: r.validToSource, validToCite: r.validToCite,
         basis: r.basis, source: r.source, cite: r.cite}],
  sources: COLLECT { MATCH (x:Source) WHERE x.id IN [r IN allSteps | r.source] + [r IN allSteps | r.validFromSource] + [r IN allSteps | r.validToSource]
                     RETURN x {.id, .kind, .title, .licence, .attribution, .url, .file} },
  note: CASE WHEN resp.heldFrom = 'ESTABLISHMENT' AND ot.validFrom IS NOT NULL
               THEN g.name + ' holds this function from its establishment (' + ot.validFromCite + ')' + coalesce(' until its abolition (' + ot.validToCite + ')', '') + ': the order establishing a combined authority confers it.'
             WHEN resp.heldFrom = 'ESTABLISHMENT'
               THEN 'The order establishing a combined authority confers this function; the first day of ' + g.name + ' is not known, so it is applied to every date (UNDATED).'
             WHEN t.code = 'COMBINED_AUTHORITY' AND resp.validFrom IS NULL AND resp.validTo IS NULL
               THEN 'Conferred on combined authorities one by one by orders that are not loaded: the current list is applied to the whole life of ' + g.name + ' (UNDATED); it may have gained the function later than its first day.'
             WHEN g:Parish THEN 'ONS records the parish area; whether it has a parish or town council (or only a parish meeting) is not recorded.' END
}) AS provisions`;

/** Answers one pair with the floor query. */
export async function floorWhoDelivers(driver: Driver, database: string, pair: Pair, on: string): Promise<unknown[]> {
  const { records } = await driver.executeQuery(FLOOR_QUERY, { ...pair, on }, { database, routing: neo4j.routing.READ });
  return (records[0]?.get("provisions") as unknown[] | undefined) ?? [];
}

/**
 * Compares the floor with src/questions/who-delivers.ts on `pairs`: a floor that answered
 * something else would make every ratio meaningless. Returns how many matched, and the first
 * mismatch.
 */
export async function checkFloorEquivalence(driver: Driver, database: string, pairs: Pair[], on: string) {
  let matched = 0;
  let nonEmpty = 0;
  let firstMismatch: Pair | undefined;
  for (const pair of pairs) {
    const ours = await whoDelivers(driver, database, { ...pair, on });
    const floor = await floorWhoDelivers(driver, database, pair, on);
    if (ours.length) nonEmpty++;
    if (isDeepStrictEqual(ours, floor)) matched++;
    else firstMismatch ??= pair;
  }
  return { checked: pairs.length, matched, nonEmpty, firstMismatch };
}
