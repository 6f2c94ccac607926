/**
 * postcode(code, on): every area and body a postcode falls under on a date — its district or
 * unitary, county, GLA, combined authority, fire and rescue authority, and the partnerships
 * covering those areas (local resilience forum, boards, sub-regional partnerships) — each
 * with the graph path that puts it there. One Cypher query.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { BODY_REF } from "./profile.js";
import { ALL_LIVE, assertPostcodeDate, assertPostcodeFound, isoDay, PLACE_REF, SOURCE_OF, STEP, UP, type PlaceInfo } from "./resolve.js";

/**
 * Every body the place \`p\` falls under on day \`d\` (p itself excluded), each with its path:
 * what it lies WITHIN (a postcode: IN_DISTRICT first), the combined authorities, fire and rescue
 * authorities and partnerships of p or of those. Yields \`bodies\` and \`sourceIds\`. Shared by
 * postcode() and the bulk places list (any place: a parish, a district, a postcode).
 */
export const FALLS_UNDER = `CALL (p, d) {
  WITH p, d WHERE p IS NOT NULL
  CALL (p, d) {
    MATCH path = (p)-[:${UP}*1..3]->(g) WHERE ${ALL_LIVE} RETURN g, path, 'WITHIN' AS how
    UNION MATCH path = (p)-[:${UP}*0..3]->()-[:CONSTITUENT_OF]->(g) WHERE ${ALL_LIVE} RETURN g, path, 'COMBINED_AUTHORITY' AS how
    UNION MATCH path = (p)-[:${UP}*0..3]->()-[:FIRE_AND_RESCUE_BY]->(g) WHERE ${ALL_LIVE} RETURN g, path, 'FIRE_AND_RESCUE' AS how
    UNION MATCH path = (p)-[:${UP}*0..3]->()<-[:COVERS]-(g:Partnership) WHERE ${ALL_LIVE} RETURN g, path, 'PARTNERSHIP' AS how
  }
  WITH g, how, path ORDER BY length(path), g.name
  WITH collect({g: g, how: how, path: path}) AS found
  RETURN [f IN found | {body: ${BODY_REF("f.g")}, relationship: f.how,
          path: [r IN relationships(f.path) | ${STEP("r")}]}] AS bodies,
         apoc.coll.toSet(apoc.coll.flatten([f IN found | [r IN relationships(f.path) | ${SOURCE_OF("r")}]])) AS sourceIds
}`;

// A postcode is never CONSTITUENT_OF, FIRE_AND_RESCUE_BY or COVERED itself: FALLS_UNDER's
// zero-length walks add nothing for it (they are what lets a district find its own).
export const POSTCODE = `
WITH date($on) AS d, replace(toUpper(trim($code)), ' ', '') AS pc
OPTIONAL MATCH (s:PostcodeSet {id: 'active'})
OPTIONAL MATCH (p:Postcode {code: pc}) WHERE p.set = s.set
${FALLS_UNDER}
RETURN CASE WHEN p IS NULL THEN null ELSE ${PLACE_REF("p")} END AS place, coalesce(s.areas, []) AS areas, toString(d) AS on, bodies,
       COLLECT { MATCH (x:Source) WHERE x.id IN sourceIds RETURN x {.id, .kind, .title, .licence, .attribution, .url, .file} } AS sources`;

export async function postcode(driver: Driver, database: string, args: { code: string; on?: unknown }) {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(POSTCODE, { code: args.code, on }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as { place: PlaceInfo | null; areas: string[]; bodies: unknown[] | null; sources: unknown[]; on: string };
  if (!/^[A-Z]{1,2}[0-9][0-9A-Z]?\s*[0-9][A-Z]{2}$/i.test(args.code.trim())) {
    throw userError(ErrorCode.BAD_USER_INPUT, `code: "${args.code}" is not a postcode (e.g. ME14 1XQ)`, { argument: "code" });
  }
  assertPostcodeFound("code", args.code, row.place ? 1 : 0, row.areas);
  const place = row.place as PlaceInfo;
  assertPostcodeDate("code", place, on);
  return {
    postcode: place.name,
    on,
    bodies: row.bodies ?? [],
    sources: row.sources,
    note: "A postcode gives the district or unitary it lies in (ONSPD, by its centroid), not the parish.",
  };
}
