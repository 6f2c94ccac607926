/**
 * search(text, kinds, on, limit): places, bodies, services and partnerships by what people type —
 * a code (current or former GSS, the register's three-letter code, SNAC, E-code, GOV.UK slug,
 * LGSL), a name or alternative name, an everyday word (seeds/curated/synonyms.yaml), a
 * postcode, or a misspelling of any of these. Exact matches of a look-up key first (and a
 * postcode), then the full-text indexes' matches (Lucene: English stemming, and fuzzy and prefix
 * terms on the unstemmed text), each node at its better score, best first; what is in force on the date ranks above what is not. It feeds the
 * explorer's boxes, and the questions' suggestions come from the same indexes
 * (questions/resolve.ts). One Cypher query.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { PLAIN_INDEX, SEARCH_INDEX } from "../model.js";
import { checkLimit, type ListLimit } from "./limit.js";
import { EXACT, isoDay, LIVE, REF_IDS, refParam, UP } from "./resolve.js";

export const SEARCH_LIMIT: ListLimit = { default: 10, max: 50 };

/** The kinds `search` can be asked for, and the node label (or postcode) each is. */
export const SEARCH_KINDS = {
  AUTHORITY: "Authority",
  PARISH: "Parish",
  UNPARISHED_AREA: "UnparishedArea",
  POSTCODE: "Postcode",
  SERVICE: "Service",
  PARTNERSHIP: "Partnership",
  ORGANISATION: "Organisation",
  FUNDING_STREAM: "FundingStream",
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;
const KIND_OF_LABEL = Object.fromEntries(Object.entries(SEARCH_KINDS).map(([k, l]) => [l, k]));

const HIT = (v: string, how: string, score: string) =>
  `{label: head(labels(${v})), ${REF_IDS(v)}, name: ${v}.name, typeName: coalesce(${v}.typeName, ${v}.kind), ` +
  `within: head([(${v})-[:${UP}]->(w:Authority) WHERE ${LIVE("w")} | w.name] + [(${v})-[:${UP}]->(w:Authority) | w.name]), ` +
  `validFrom: toString(${v}.validFrom), validTo: toString(${v}.validTo), inForce: ${LIVE(v)}, match: ${how}, score: ${score}}`;

export const SEARCH = `
WITH date($on) AS d, $ref AS ref
${EXACT({ where: "head(labels(node)) IN $labels", limit: 200, postcodes: "'Postcode' IN $labels" })}
CALL (ref, exact) {
  WITH ref, exact WHERE ref.search <> ''
  // Every word (stemmed), and the forgiving query (unstemmed): each node at its better score.
  CALL (ref) {
    CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', ref.words, {limit: 200}) YIELD node, score RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('${PLAIN_INDEX}', ref.search, {limit: 200}) YIELD node, score RETURN node, score
  }
  WITH exact, node, max(score) AS score
  WHERE head(labels(node)) IN $labels AND NOT node IN exact
  RETURN collect({node: node, score: score}) AS found
}
WITH d, [n IN exact + postcodes | {node: n, how: 'EXACT', score: 1000.0}] + [f IN found | {node: f.node, how: 'SEARCH', score: f.score}] AS hits
UNWIND hits AS h
WITH d, h.node AS n, h.how AS how, h.score * CASE WHEN ${LIVE("h.node")} THEN 1.0 ELSE 0.5 END AS score
ORDER BY score DESC, coalesce(n.code, n.id)
LIMIT $limit
RETURN collect(${HIT("n", "how", "round(score, 3)")}) AS hits`;

export interface SearchArgs {
  text: string;
  kinds?: SearchKind[] | null;
  on?: unknown;
  limit?: number | null;
}

export async function search(driver: Driver, database: string, a: SearchArgs) {
  if (!a.text.trim()) throw userError(ErrorCode.BAD_USER_INPUT, "text: must not be empty", { argument: "text" });
  if (a.text.length > 200) throw userError(ErrorCode.BAD_USER_INPUT, "text: at most 200 characters", { argument: "text" });
  const on = isoDay(a.on);
  const limit = checkLimit(a.limit, SEARCH_LIMIT);
  const kinds = a.kinds?.length ? a.kinds : (Object.keys(SEARCH_KINDS) as SearchKind[]);
  const labels = kinds.map((k) => SEARCH_KINDS[k]);
  const { records } = await driver.executeQuery(SEARCH, { ref: refParam(a.text), on, labels, limit: neo4j.int(limit) }, { database, routing: neo4j.routing.READ });
  const hits = (records[0]?.get("hits") as Record<string, unknown>[]) ?? [];
  return hits.map((h) => ({ ...h, kind: KIND_OF_LABEL[String(h.label)] }));
}
