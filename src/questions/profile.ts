/**
 * What a partnership (or a combined authority, or the GLA) "is", for comparing bodies:
 * - units: the areas it covers, at the lowest council level (a county becomes its current
 *   districts, the GLA its boroughs), so that areas nest and can be compared;
 * - members: the bodies with a seat (for a combined authority: its constituents and itself);
 * - themes: its themes and the names of the services it concerns (for an authority: the
 *   services its tier is responsible for), lower-cased.
 * Cypher fragments; `x` must be bound; they yield `<prefix>Units`, `<prefix>Members`, `<prefix>Themes`.
 */
export const PROFILE = (x: string, prefix: string) => `
CALL (${x}) {
  CALL (${x}) {
    MATCH (${x}:Partnership)-[:COVERS]->(a:Authority) RETURN a
    UNION MATCH (${x}:Authority)<-[:CONSTITUENT_OF]-(a:Authority) RETURN a
    UNION MATCH (${x}:Authority) WHERE ${x}.type = 'SRA' RETURN ${x} AS a
  }
  OPTIONAL MATCH (a)<-[:WITHIN]-(c:Authority {current: true})
  RETURN collect(DISTINCT coalesce(c, a)) AS ${prefix}Units
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

/** Resolves $by (a partnership id or name, or an authority code or name) to `bodies`. */
export const RESOLVE_BODY = (param: string, out: string) => `
CALL () {
  CALL () {
    MATCH (p:Partnership) WHERE p.id = trim($${param}) OR p.searchName = toLower(trim($${param})) RETURN p AS body
    UNION MATCH (a:Authority) WHERE a.code = toUpper(trim($${param})) OR a.searchName = toLower(trim($${param})) RETURN a AS body
  }
  RETURN collect(body) AS ${out}
}`;

/** How a body is shown: code (GSS) or id, name, and type (register type or partnership kind). */
export const BODY_REF = (v: string) => `{code: coalesce(${v}.code, ${v}.id), name: ${v}.name, type: coalesce(${v}.type, ${v}.kind, head(labels(${v})))}`;
