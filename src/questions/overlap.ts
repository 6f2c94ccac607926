/**
 * partnershipOverlap(area): pairwise overlap of the partnerships in an area — shared members,
 * shared themes and Jaccard scores — for matrix and network views.
 *
 * Pairs are generated sparsely, only between partnerships that share a member or overlapping
 * area (the same covered area, or one inside the other), never as all n² combinations; each
 * partnership's profile is computed once and looked up by id.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { BODY_REF, PROFILE } from "./profile.js";

const JACCARD = (a: string, b: string) =>
  `CASE WHEN size(${a}) + size(${b}) = 0 THEN 0.0 ELSE toFloat(size([x IN ${a} WHERE x IN ${b}])) / size(apoc.coll.union(${a}, ${b})) END`;

export const OVERLAP = `
CALL () {
  MATCH (a:Authority) WHERE $area IS NOT NULL AND (a.code = toUpper(trim($area)) OR a.searchName = toLower(trim($area)))
  RETURN collect(a) AS areas
}
CALL (areas) {
  WITH areas WHERE $area IS NULL OR size(areas) = 1
  CALL (areas) {
    UNWIND areas AS area
    OPTIONAL MATCH (area)<-[:WITHIN]-(c:Authority {current: true})
    RETURN collect(DISTINCT area) + collect(DISTINCT c) AS scope
  }
  CALL (areas, scope) {
    MATCH (p:Partnership)
    WHERE size(areas) = 0 OR EXISTS { (p)-[:COVERS]->(x) WHERE x IN scope OR EXISTS { (x)<-[:WITHIN]-(y) WHERE y IN scope } }
    RETURN collect(p) AS ps
  }
  UNWIND ps AS p
  ${PROFILE("p", "p")}
  WITH ps, collect([p.id, {p: p, units: pUnits, members: pMembers, themes: pThemes}]) AS entries
  WITH ps, apoc.map.fromPairs(entries) AS profiles
  UNWIND ps AS p
  CALL (p) {
    MATCH (p)<-[:MEMBER_OF]-()-[:MEMBER_OF]->(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->()<-[:COVERS]-(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->()<-[:WITHIN]-(:Authority)<-[:COVERS]-(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->(:Authority)-[:WITHIN]->(:Authority)<-[:COVERS]-(q:Partnership) RETURN q
  }
  WITH profiles, p, q WHERE p.id < q.id AND profiles[q.id] IS NOT NULL
  WITH profiles, profiles[p.id] AS a, profiles[q.id] AS b
  WITH a, b, ${JACCARD("a.members", "b.members")} AS memberJaccard, ${JACCARD("a.themes", "b.themes")} AS themeJaccard,
       ${JACCARD("a.units", "b.units")} AS areaJaccard
  ORDER BY apoc.coll.max([memberJaccard, themeJaccard, areaJaccard]) DESC, a.p.name, b.p.name
  LIMIT $limit
  RETURN collect({
    a: {id: a.p.id, name: a.p.name, kind: a.p.kind, statutory: a.p.statutory, status: a.p.status},
    b: {id: b.p.id, name: b.p.name, kind: b.p.kind, statutory: b.p.statutory, status: b.p.status},
    sharedMembers: [m IN a.members WHERE m IN b.members | ${BODY_REF("m")}],
    sharedThemes: [t IN a.themes WHERE t IN b.themes],
    memberJaccard: round(memberJaccard, 3), themeJaccard: round(themeJaccard, 3), areaJaccard: round(areaJaccard, 3)
  }) AS pairs
}
RETURN [a IN areas | a.name + ' (' + a.code + ')'] AS areas, pairs`;

export async function partnershipOverlap(driver: Driver, database: string, args: { area?: string | null; limit?: number | null }) {
  const limit = args.limit ?? 500;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw userError(ErrorCode.BAD_USER_INPUT, `limit: ${limit} must be a whole number from 1 to 10000`, { argument: "limit" });
  if (args.area !== undefined && args.area !== null && !args.area.trim()) throw userError(ErrorCode.BAD_USER_INPUT, "area: must not be empty (leave it out for all of England)", { argument: "area" });
  const { records } = await driver.executeQuery(OVERLAP, { area: args.area ?? null, limit: neo4j.int(limit) }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as { areas: string[]; pairs: unknown[] | null };
  if (args.area && row.areas.length === 0) throw userError(ErrorCode.NOT_FOUND, `area: no authority matches "${args.area}"`, { argument: "area" });
  if (args.area && row.areas.length > 1) throw userError(ErrorCode.AMBIGUOUS, `area: "${args.area}" matches ${row.areas.join("; ")}`, { argument: "area" });
  return { area: row.areas[0] ?? null, pairs: row.pairs ?? [] };
}
