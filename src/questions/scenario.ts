/**
 * rationalisationScenario(by, subsume): what if a broader body took over these partnerships?
 * Partnerships and seats before and after in its area, seats freed, budgets pooled into it,
 * services whose governance changes, and what stands in the way. A read query: it changes
 * nothing in the graph.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { BODY_REF, CURRENT_CHILDREN, PROFILE } from "./profile.js";
import { REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne, type RefRows } from "./resolve.js";
import { BROADER, broaderBody } from "./subsumption.js";

export const SCENARIO = `
WITH date() AS d
${RESOLVE(REF.BODY, "$by", "bys")}
CALL (d) {
  UNWIND range(0, size($subsume) - 1) AS i
  WITH d, i, $subsume[i] AS wanted
  ${RESOLVE(REF.PARTNERSHIP, "wanted", "found", ["wanted"])}
  WITH i, wanted, found AS nodes, ${REF_RESULT(REF.PARTNERSHIP, "found")} ORDER BY i
  RETURN collect({wanted: wanted.raw, nodes: nodes, refs: {matches: found, suggestions: foundSuggestions, how: foundHow}}) AS lookups
}
WITH bys, bys AS bodies, bysSuggestions, bysHow, lookups, [l IN lookups | l.nodes] AS foundLists
${CURRENT_CHILDREN("kids")}
CALL (bodies, foundLists, kids) {
  WITH bodies, foundLists, kids WHERE size(bodies) = 1 AND all(f IN foundLists WHERE size(f) = 1)
  WITH bodies[0] AS b, [f IN foundLists | f[0]] AS subsumed, kids WHERE ${BROADER("b")}
  ${PROFILE("b", "b")}
  CALL (b, bUnits) {
    UNWIND bUnits AS u
    MATCH (u)-[:WITHIN*0..1]->(:Authority)<-[:COVERS]-(p:Partnership) WHERE p <> b
    RETURN collect(DISTINCT p) AS inArea
  }
  CALL (inArea) {
    UNWIND inArea AS p
    RETURN sum(COUNT { (p)<-[:MEMBER_OF]-() }) AS seatsBefore
  }
  CALL (subsumed, bMembers) {
    UNWIND subsumed AS p
    MATCH (p)<-[:MEMBER_OF]-(m)
    RETURN count(*) AS seatsInSubsumed, collect(DISTINCT m) AS subsumedMembers
  }
  CALL (subsumed) {
    UNWIND subsumed AS p
    MATCH (f:FundingFlow)-[:TO]->(p)
    OPTIONAL MATCH (f)-[:OF_STREAM]->(s:FundingStream)
    RETURN collect({id: f.id, amount: f.amount, year: f.year, kind: f.kind, stream: s.name, to: p.name, description: f.description}) AS budgets,
           sum(f.amount) AS pooledTotal, count(f) - count(f.amount) AS withoutAmount
  }
  CALL (subsumed) {
    UNWIND subsumed AS p
    MATCH (p)-[:CONCERNS]->(s:Service)
    RETURN collect(DISTINCT s {label: 'Service', .code, .name}) AS services
  }
  WITH b, subsumed, inArea, seatsBefore, seatsInSubsumed, budgets, pooledTotal, withoutAmount, services,
       [m IN subsumedMembers WHERE NOT m IN bMembers] AS joining
  // Aggregated, so that the outer row survives when resolution fails (and the caller says why).
  RETURN head(collect({
    by: ${BODY_REF("b")},
    subsumed: [p IN subsumed | {id: p.id, name: p.name, kind: p.kind, statutory: p.statutory, status: p.status}],
    notInArea: [p IN subsumed WHERE NOT p IN inArea | p.name],
    before: {partnerships: size(inArea), seats: seatsBefore},
    after: {partnerships: size(inArea) - size([p IN subsumed WHERE p IN inArea]), seats: seatsBefore - seatsInSubsumed + size(joining)},
    seatsFreed: seatsInSubsumed - size(joining),
    newMembersOfBroaderBody: [m IN joining | ${BODY_REF("m")}],
    budgetsPooled: budgets, pooledTotal: pooledTotal, budgetsWithoutAmount: withoutAmount,
    servicesChangingGovernance: services,
    blockers: [p IN subsumed WHERE p.statutory | p.name + ' is statutory (' + apoc.text.join(p.legalBasis, '; ') + '): it can be merged with or have its work aligned to ' + b.name + ', not abolished'],
    changed: false
  })) AS scenario
}
RETURN [x IN bodies | apoc.map.merge(${BODY_REF("x")}, {broader: ${BROADER("x")}})] AS bodies, ${REF_RESULT(REF.BODY, "bys")},
       [l IN lookups | {wanted: l.wanted, refs: l.refs}] AS lookups, scenario`;

export async function rationalisationScenario(driver: Driver, database: string, args: { by: string; subsume: string[] }) {
  if (args.subsume.length === 0) throw userError(ErrorCode.BAD_USER_INPUT, "subsume: give at least one partnership (id or name)", { argument: "subsume" });
  const { records } = await driver.executeQuery(SCENARIO, { by: refParam(args.by), subsume: args.subsume.map(refParam) }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown> & {
    bodies: { id: string; code: string | null; name: string; type: string; broader: boolean }[];
    lookups: { wanted: string; refs: RefRows }[];
    scenario: Record<string, unknown> | null;
  };
  const b = broaderBody("by", args.by, row.bodies, refRows(row, "bys"));
  for (const l of row.lookups) {
    const p = resolveOne("subsume", l.wanted, REF.PARTNERSHIP, l.refs);
    if (p.code === b.id) throw userError(ErrorCode.BAD_USER_INPUT, `subsume: ${b.name} cannot subsume itself`, { argument: "subsume" });
  }
  return row.scenario;
}
