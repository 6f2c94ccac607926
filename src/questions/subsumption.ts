/**
 * subsumptionCandidates(by, minScore): which partnerships could a broader body (a Locality
 * Board, the Kent Forum, a combined authority, a London sub-regional partnership) subsume?
 *
 * Candidates are found from the broader body's area outwards (partnerships covering one of its
 * units, or the county/GLA those lie in), so the cost grows with the candidates, not with every
 * partnership in England. Each is scored in Cypher (weights in WEIGHTS, documented in the README):
 *   area    = share of the candidate's units that lie inside the broader body's area
 *   members = share of the candidate's members that also sit on the broader body
 *   themes  = share of the candidate's themes/services within the broader body's remit
 * score = weighted mean over the components the data has (membership or themes that are not
 * recorded are left out of the mean and reported as missing, not counted as zero).
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { checkLimit, type ListLimit } from "./limit.js";
import { BODY_REF, CURRENT_CHILDREN, PROFILE } from "./profile.js";
import { REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne, type RefRows } from "./resolve.js";

/** Candidates returned, best first; no broader body has more than the 92 partnerships there are. */
export const CANDIDATES_LIMIT: ListLimit = { default: 100, max: 1000 };

export const WEIGHTS = { area: 0.4, members: 0.35, themes: 0.25 } as const;

/** A body that can subsume others: a partnership with an area, a combined authority, the GLA. */
export const BROADER = (b: string) => `((${b}:Partnership AND EXISTS { (${b})-[:COVERS]->() }) OR (${b}:Authority AND ${b}.type IN ['COMB', 'SRA']))`;

export const SUBSUMPTION = `
WITH date() AS d
${RESOLVE(REF.BODY, "$by", "bys")}
WITH bys, bys AS bodies, bysSuggestions, bysHow
${CURRENT_CHILDREN("kids")}
CALL (bodies, kids) {
  WITH bodies, kids WHERE size(bodies) = 1
  WITH bodies[0] AS b, kids WHERE ${BROADER("b")}
  ${PROFILE("b", "b")}
  CALL (b, bUnits) {
    UNWIND bUnits AS u
    MATCH (u)-[:WITHIN*0..1]->(:Authority)<-[:COVERS]-(p:Partnership)
    WHERE p <> b AND NOT EXISTS { (b)-[:PART_OF*1..]->(p) }
    RETURN collect(DISTINCT p) AS candidates
  }
  UNWIND candidates AS p
  ${PROFILE("p", "p")}
  WITH b, bMembers, bThemes, bUnits, p, pUnits, pMembers, pThemes,
       [u IN pUnits WHERE u IN bUnits] AS inside, [u IN pUnits WHERE NOT u IN bUnits] AS outside,
       [m IN pMembers WHERE m IN bMembers] AS sharedMembers, [m IN pMembers WHERE NOT m IN bMembers] AS missingMembers,
       [t IN pThemes WHERE t IN bThemes] AS sharedThemes, [t IN pThemes WHERE NOT t IN bThemes] AS missingThemes
  WITH *, toFloat(size(inside)) / size(pUnits) AS areaScore,
       CASE WHEN size(pMembers) > 0 THEN toFloat(size(sharedMembers)) / size(pMembers) END AS memberScore,
       CASE WHEN size(pThemes) > 0 THEN toFloat(size(sharedThemes)) / size(pThemes) END AS themeScore
  WITH *, ($wArea * areaScore + $wMembers * coalesce(memberScore, 0.0) + $wThemes * coalesce(themeScore, 0.0))
          / ($wArea + CASE WHEN memberScore IS NULL THEN 0.0 ELSE $wMembers END + CASE WHEN themeScore IS NULL THEN 0.0 ELSE $wThemes END) AS score
  WHERE score >= $minScore
  WITH *, [x IN [
      CASE WHEN p.statutory THEN 'statutory (' + coalesce(apoc.text.join(p.legalBasis, '; '), 'legal basis not recorded') + '): it can be merged with or have its work aligned to ' + b.name + ', not abolished' END,
      CASE WHEN size(outside) > 0 THEN 'covers ' + size(outside) + ' area(s) outside ' + b.name + ': ' + apoc.text.join([u IN outside[0..5] | u.name], ', ') + CASE WHEN size(outside) > 5 THEN ', ...' ELSE '' END END,
      CASE WHEN p.status IN ['replaced', 'ended'] THEN 'already ' + p.status END
    ] WHERE x IS NOT NULL] AS blockers
  ORDER BY score DESC, p.name
  RETURN collect({
    partnership: {id: p.id, name: p.name, kind: p.kind, statutory: p.statutory, status: p.status},
    score: round(score, 3), areaScore: round(areaScore, 3),
    memberScore: CASE WHEN memberScore IS NULL THEN null ELSE round(memberScore, 3) END,
    themeScore: CASE WHEN themeScore IS NULL THEN null ELSE round(themeScore, 3) END,
    areaInside: [u IN inside | ${BODY_REF("u")}], areaOutside: [u IN outside | ${BODY_REF("u")}],
    sharedMembers: [m IN sharedMembers | ${BODY_REF("m")}], missingMembers: [m IN missingMembers | ${BODY_REF("m")}],
    sharedThemes: sharedThemes, missingThemes: missingThemes,
    notRecorded: [x IN [CASE WHEN memberScore IS NULL THEN 'members' END, CASE WHEN themeScore IS NULL THEN 'themes' END] WHERE x IS NOT NULL],
    blockers: blockers,
    canAbolish: NOT p.statutory,
    recommendation: CASE
      WHEN p.statutory THEN 'ALIGN_OR_MERGE'
      WHEN size(outside) > 0 AND size(inside) > 0 THEN 'PARTIAL'
      WHEN size(inside) = 0 THEN 'OUTSIDE_AREA'
      WHEN score >= 0.75 THEN 'SUBSUME'
      ELSE 'CONSIDER_ALIGNING' END
  })[0..$limit] AS candidates
}
RETURN [x IN bodies | apoc.map.merge(${BODY_REF("x")}, {broader: ${BROADER("x")}})] AS bodies, ${REF_RESULT(REF.BODY, "bys")}, candidates`;

type BodyInfo = { id: string; code: string | null; name: string; type: string; broader: boolean };

/** Resolves `by` to exactly one broader body (the questions' error path), or throws an error that says why not. */
export function broaderBody(argument: string, input: string, bodies: BodyInfo[], refs: RefRows): BodyInfo {
  if (!input.trim()) throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: must not be empty`, { argument });
  const found = resolveOne(argument, input, REF.BODY, refs);
  const b = bodies.find((x) => x.id === found.code) as BodyInfo;
  if (!b.broader) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      `${argument}: ${b.name} (${b.id}, ${b.type}) is not a broader body: give a partnership with a recorded area, a combined authority or the GLA.`,
      { argument },
    );
  }
  return b;
}

export async function subsumptionCandidates(driver: Driver, database: string, args: { by: string; minScore?: number | null; limit?: number | null }) {
  const minScore = args.minScore ?? 0;
  if (!(minScore >= 0 && minScore <= 1)) throw userError(ErrorCode.BAD_USER_INPUT, `minScore: ${minScore} must be between 0 and 1`, { argument: "minScore" });
  const limit = checkLimit(args.limit, CANDIDATES_LIMIT);
  const { records } = await driver.executeQuery(
    SUBSUMPTION,
    { by: refParam(args.by), minScore, limit: neo4j.int(limit), wArea: WEIGHTS.area, wMembers: WEIGHTS.members, wThemes: WEIGHTS.themes },
    { database, routing: neo4j.routing.READ },
  );
  const row = records[0]?.toObject() as { bodies: BodyInfo[]; candidates: unknown[] };
  broaderBody("by", args.by, row.bodies, refRows(row, "bys"));
  return row.candidates;
}
