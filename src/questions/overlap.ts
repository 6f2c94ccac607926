/**
 * partnershipOverlap(area): pairwise overlap of the partnerships in an area — shared members,
 * shared themes and Jaccard scores — for matrix and network views.
 *
 * Pairs are generated sparsely, only between partnerships that share a member or overlapping
 * area (the same covered area, or one inside the other), never as all n² combinations; each
 * partnership's profile is computed once and looked up by id.
 *
 * The answer is the top `limit` pairs by their highest Jaccard score, then by names. Where
 * partnerships are many, the candidate pairs grow as n² (every pair sharing a busy council is
 * one), so the exact top is found without listing them all when it can be: a pair identical in
 * members, themes or area scores 1, the most there is. Partnerships are walked in name order,
 * each with its score-1 partners, until `limit` pairs are found; those are then the answer
 * (nothing scores higher, and they come first by name). Only when fewer than `limit` pairs
 * score 1 are all candidate pairs scored — which happens where partnerships are few.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { checkLimit, type ListLimit } from "./limit.js";
import { BODY_REF, CURRENT_CHILDREN, PROFILE } from "./profile.js";
import { REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne } from "./resolve.js";

/** Pairs returned; England has about 4,000 candidate pairs (92 partnerships), an area far fewer. */
export const OVERLAP_LIMIT: ListLimit = { default: 500, max: 10_000 };

const JACCARD = (a: string, b: string) =>
  `CASE WHEN size(${a}) + size(${b}) = 0 THEN 0.0 ELSE toFloat(size([x IN ${a} WHERE x IN ${b}])) / size(apoc.coll.union(${a}, ${b})) END`;

/**
 * Partnerships `q` that share a member or overlapping area with `p`: `within` maps a node's
 * elementId to the authorities WITHIN it (so no walk reads the postcodes WITHIN a council).
 */
const CANDIDATES = `CALL (p, within) {
    MATCH (p)<-[:MEMBER_OF]-()-[:MEMBER_OF]->(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->()<-[:COVERS]-(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->(x) UNWIND coalesce(within[elementId(x)], []) AS y MATCH (y)<-[:COVERS]-(q:Partnership) RETURN q
    UNION MATCH (p)-[:COVERS]->(:Authority)-[:WITHIN]->(:Authority)<-[:COVERS]-(q:Partnership) RETURN q
  }`;

/** From `profiles`, `p` and `q`: the pair once (a has the smaller id), its scores, and what it sorts by. */
const SCORED = `WITH profiles, p, q WHERE p.id < q.id AND profiles[q.id] IS NOT NULL
    WITH p, q, profiles[p.id] AS a, profiles[q.id] AS b
    WITH p, q, ${JACCARD("a.members", "b.members")} AS memberJaccard, ${JACCARD("a.themes", "b.themes")} AS themeJaccard,
         ${JACCARD("a.units", "b.units")} AS areaJaccard
    WITH p.id AS aId, q.id AS bId, p.name AS aName, q.name AS bName, memberJaccard, themeJaccard, areaJaccard,
         apoc.coll.max([memberJaccard, themeJaccard, areaJaccard]) AS score`;

const PAIR = "{aId: aId, bId: bId, aName: aName, bName: bName, score: score, memberJaccard: memberJaccard, themeJaccard: themeJaccard, areaJaccard: areaJaccard}";

export const OVERLAP = `
WITH date() AS d
${RESOLVE(REF.AUTHORITY, "$area", "areas")}
CALL (areas) {
  WITH areas WHERE $area IS NULL OR size(areas) = 1
  ${CURRENT_CHILDREN("kids")}
  CALL (areas, kids) {
    UNWIND areas AS area
    RETURN collect(DISTINCT area) + apoc.coll.toSet(apoc.coll.flatten(collect(coalesce(kids[elementId(area)], [])))) AS scope
  }
  // England: every partnership. An area: those covering it, a council in it, or what one lies in.
  CALL (areas) {
    UNWIND CASE WHEN size(areas) = 0 THEN [true] ELSE [] END AS everywhere
    MATCH (p:Partnership) RETURN collect(p) AS england
  }
  CALL (scope) {
    UNWIND scope AS y MATCH (y)-[:WITHIN]->(x) RETURN collect(DISTINCT x) AS parents
  }
  CALL (scope, parents) {
    UNWIND scope + parents AS x MATCH (x)<-[:COVERS]-(p:Partnership) RETURN collect(DISTINCT p) AS local
  }
  UNWIND england + local AS p
  ${PROFILE("p", "p")}
  WITH collect(p) AS named, apoc.map.fromPairs(collect([p.id, {p: p, units: pUnits, members: pMembers, themes: pThemes}])) AS profiles
  CALL () {
    MATCH (y:Authority)-[:WITHIN]->(x) USING SCAN y:Authority
    WITH elementId(x) AS k, collect(DISTINCT y) AS v
    RETURN apoc.map.fromPairs(collect([k, v])) AS within
  }
  // The score-1 pairs in name order, lazily: the walk stops once $limit pairs are found. (Sorted
  // with APOC, not ORDER BY: a sort in this scope would keep every row with the maps above.)
  CALL (named, profiles, within) {
    WITH profiles, within, apoc.map.groupByMulti([p IN named | {name: p.name, p: p}], 'name') AS byName
    UNWIND apoc.coll.sort(keys(byName)) AS name
    CALL (byName, name, profiles, within) {
      UNWIND byName[name] AS entry
      WITH profiles, within, entry.p AS p
      ${CANDIDATES}
      ${SCORED}
      WHERE score = 1.0
      RETURN apoc.coll.sortMulti(collect(${PAIR}), ['^bName']) AS sorted
    }
    UNWIND sorted AS pair
    WITH pair LIMIT $limit
    RETURN collect(pair) AS ones
  }
  // Fewer than $limit pairs score 1: score every candidate pair.
  CALL (profiles, within, ones) {
    UNWIND CASE WHEN size(ones) < $limit THEN keys(profiles) ELSE [] END AS id
    WITH profiles, within, profiles[id].p AS p
    ${CANDIDATES}
    ${SCORED}
    RETURN apoc.coll.sortMulti(collect(${PAIR}), ['score', '^aName', '^bName'])[0..$limit] AS best
  }
  WITH profiles, CASE WHEN size(ones) < $limit THEN best ELSE ones END AS chosen
  RETURN [x IN chosen | {
    a: {id: x.aId, name: profiles[x.aId].p.name, kind: profiles[x.aId].p.kind, statutory: profiles[x.aId].p.statutory, status: profiles[x.aId].p.status},
    b: {id: x.bId, name: profiles[x.bId].p.name, kind: profiles[x.bId].p.kind, statutory: profiles[x.bId].p.statutory, status: profiles[x.bId].p.status},
    sharedMembers: [m IN profiles[x.aId].members WHERE m IN profiles[x.bId].members | ${BODY_REF("m")}],
    sharedThemes: [t IN profiles[x.aId].themes WHERE t IN profiles[x.bId].themes],
    memberJaccard: round(x.memberJaccard, 3), themeJaccard: round(x.themeJaccard, 3), areaJaccard: round(x.areaJaccard, 3)
  }] AS pairs
}
RETURN ${REF_RESULT(REF.AUTHORITY, "areas")}, pairs`;

export async function partnershipOverlap(driver: Driver, database: string, args: { area?: string | null; limit?: number | null }) {
  const limit = checkLimit(args.limit, OVERLAP_LIMIT);
  if (args.area !== undefined && args.area !== null && !args.area.trim()) throw userError(ErrorCode.BAD_USER_INPUT, "area: must not be empty (leave it out for all of England)", { argument: "area" });
  const area = args.area ?? null;
  const { records } = await driver.executeQuery(OVERLAP, { area: area === null ? null : refParam(area), limit: neo4j.int(limit) }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown> & { pairs: unknown[] | null };
  const found = area === null ? null : resolveOne("area", area, REF.AUTHORITY, refRows(row, "areas"));
  return { area: found ? `${found.name} (${found.code})` : null, pairs: row.pairs ?? [] };
}
