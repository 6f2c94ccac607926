/**
 * What a partnership (or a combined authority, or the GLA) "is", for comparing bodies:
 * - units: the areas it covers, at the lowest council level (a county becomes its current
 *   districts, the GLA its boroughs), so that areas nest and can be compared;
 * - members: the bodies with a seat (for a combined authority: its constituents and itself);
 * - themes: its themes and the names of the services it concerns (for an authority: the
 *   services its tier is responsible for), lower-cased.
 * Cypher fragments; `x` and `kids` (from CURRENT_CHILDREN) must be bound; they yield
 * `<prefix>Units`, `<prefix>Members`, `<prefix>Themes`.
 */
import { REF_IDS } from "./resolve.js";

export const PROFILE = (x: string, prefix: string, kids = "kids") => `
CALL (${x}, ${kids}) {
  CALL (${x}) {
    MATCH (${x}:Partnership)-[:COVERS]->(a:Authority) RETURN a
    UNION MATCH (${x}:Authority)<-[:CONSTITUENT_OF]-(a:Authority) RETURN a
    UNION MATCH (${x}:Authority) WHERE ${x}.type = 'SRA' RETURN ${x} AS a
  }
  UNWIND coalesce(${kids}[elementId(a)], [a]) AS unit
  RETURN collect(DISTINCT unit) AS ${prefix}Units
}
CALL (${x}) {
  CALL (${x}) {
    MATCH (${x})<-[:MEMBER_OF]-(m) RETURN m
    UNION MATCH (${x}:Authority)<-[:CONSTITUENT_OF]-(m:Authority) RETURN m
    UNION MATCH (${x}:Authority) WHERE ${x}.type IN ['COMB', 'SRA'] RETURN ${x} AS m
  }
  RETURN collect(DISTINCT m) AS ${prefix}Members
}
CALL (${x}) {
  CALL (${x}) {
    UNWIND coalesce(${x}.themes, []) AS t RETURN toLower(t) AS theme
    UNION MATCH (${x})-[:CONCERNS]->(s:Service) RETURN toLower(s.name) AS theme
    UNION MATCH (${x}:Authority)-[:OF_TIER]->(:Tier)-[:RESPONSIBLE_FOR]->(s:Service) RETURN toLower(s.name) AS theme
  }
  RETURN collect(DISTINCT theme) AS ${prefix}Themes
}`;

/**
 * `out`: the current authorities WITHIN each authority (by GSS code), keyed by elementId, built
 * once per query.
 * Districts and unitaries have thousands of postcodes (and parishes) WITHIN them: expanding
 * WITHIN inwards from an authority reads all of those, so units are looked up here instead,
 * from a walk outwards from the (few hundred) current authorities.
 */
export const CURRENT_CHILDREN = (out: string) => `
CALL () {
  MATCH (c:Authority {current: true})-[:WITHIN]->(a:Authority) USING SCAN c:Authority
  WITH a, c ORDER BY c.code
  WITH elementId(a) AS k, collect(DISTINCT c) AS v
  RETURN apoc.map.fromPairs(collect([k, v])) AS ${out}
}`;

/** How a body is shown: code (GSS) or id, name, and type (register type or partnership kind). */
export const BODY_REF = (v: string) => `{${REF_IDS(v)}, name: ${v}.name, type: coalesce(${v}.type, ${v}.kind, head(labels(${v})))}`;
