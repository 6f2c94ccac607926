/**
 * Turning what a user typed into graph nodes: a service by LGSL code or name, a place by GSS
 * code or name. These are Cypher fragments spliced (as constants, never user input) into each
 * question's single query, plus the one function that turns "none" and "several" into errors
 * that name the argument and offer candidates.
 */
import { isDate } from "neo4j-driver";
import { notADay, parseDay } from "../day.js";
import { ErrorCode, userError } from "../errors.js";
import { KEYS_INDEX, keyOf, PLAIN_INDEX, POSTCODE_REL, SEARCH_INDEX, type LookupLabel } from "../model.js";

/** In force on date `d` (inclusive days; null bounds are open). */
export const LIVE = (v: string) => `((${v}.validFrom IS NULL OR ${v}.validFrom <= d) AND (${v}.validTo IS NULL OR ${v}.validTo >= d))`;

/** Every relationship and node of \`path\` in force on d. */
export const ALL_LIVE = `all(r IN relationships(path) WHERE ${LIVE("r")}) AND all(n IN nodes(path) WHERE ${LIVE("n")})`;

/** The way up from a place: WITHIN, and from a postcode first IN_DISTRICT (see seed/postcodes.ts). */
export const UP = `WITHIN|${POSTCODE_REL}`;

/**
 * The source and citation of a relationship's fact. A postcode's IN_DISTRICT holds nothing (2.26
 * million of them; see seed/postcodes.ts): its source is the active postcode set's, its citation
 * the postcode as ONSPD writes it.
 */
export const SOURCE_OF = (r: string) =>
  `CASE type(${r}) WHEN '${POSTCODE_REL}' THEN COLLECT { MATCH (ps:PostcodeSet {id: 'active'}) RETURN ps.source }[0] ELSE ${r}.source END`;
const CITE_OF = (r: string) => `CASE type(${r}) WHEN '${POSTCODE_REL}' THEN 'pcds ' + startNode(${r}).name ELSE ${r}.cite END`;

/**
 * Whether a relationship's dates are recorded: 'DATED' (a validFrom or validTo, each with the Act
 * or instrument that fixes it) or 'UNDATED' (none recorded, so it is applied to every date — for
 * RESPONSIBLE_FOR and DELIVERED_BY that is today's list, not a statement about the past).
 */
export const VALIDITY = (r: string) => `CASE WHEN ${r}.validFrom IS NULL AND ${r}.validTo IS NULL THEN 'UNDATED' ELSE 'DATED' END`;

/**
 * A provision's validity: its RESPONSIBLE_FOR's, except that a function an authority holds from
 * the order that establishes it (heldFrom ESTABLISHMENT: a combined authority's transport and
 * economic-development functions) is dated by that authority's OF_TIER, its first and last day.
 */
export const PROVISION_VALIDITY = (resp: string, ot: string) =>
  `CASE WHEN ${resp}.validFrom IS NOT NULL OR ${resp}.validTo IS NOT NULL THEN 'DATED' ` +
  `WHEN ${resp}.heldFrom = 'ESTABLISHMENT' AND (${ot}.validFrom IS NOT NULL OR ${ot}.validTo IS NOT NULL) THEN 'DATED' ELSE 'UNDATED' END`;

/** The ids of every source behind \`steps\`: each fact's, and the Acts or instruments behind its dates. */
export const SOURCE_IDS = (steps: string) =>
  `[x IN [r IN ${steps} | ${SOURCE_OF("r")}] + [r IN ${steps} | r.validFromSource] + [r IN ${steps} | r.validToSource] WHERE x IS NOT NULL]`;

/** A node in a path step. */
/**
 * A ref's two keys, as map entries: `id` (what a question's argument accepts: the code where
 * there is one, else the id) and `code` (the GSS, LGSL or tier code; null for partnerships,
 * organisations and streams). Every ref the API returns (NodeRef, BodyRef, SearchHit) uses it.
 */
export const REF_IDS = (v: string) => `id: coalesce(${v}.code, ${v}.id), code: ${v}.code`;

export const NODE_REF = (v: string) => `{label: head(labels(${v})), ${REF_IDS(v)}, name: ${v}.name}`;

/** One relationship as a PathStep (schema/questions.graphql). */
export const STEP = (r: string) =>
  `{from: ${NODE_REF(`startNode(${r})`)}, relationship: type(${r}), to: ${NODE_REF(`endNode(${r})`)}, ` +
  `validFrom: toString(${r}.validFrom), validTo: toString(${r}.validTo), validity: ${VALIDITY(r)}, ` +
  `validFromSource: ${r}.validFromSource, validFromCite: ${r}.validFromCite, validToSource: ${r}.validToSource, validToCite: ${r}.validToCite, ` +
  `basis: ${r}.basis, source: ${SOURCE_OF(r)}, cite: ${CITE_OF(r)}}`;

/**
 * What an argument can name: the labels looked in, whether a postcode counts, and whether free
 * text may resolve to its clear best match (services: "libraries" → 437 Library facilities)
 * rather than only suggest.
 */
export interface RefKind {
  labels: readonly LookupLabel[];
  postcodes?: boolean;
  freeText?: boolean;
  /** How the argument's values are described in errors: "place", "service"... */
  noun: string;
}

export const REF = {
  PLACE: { labels: ["Authority", "Parish", "UnparishedArea"], postcodes: true, noun: "place" },
  AUTHORITY: { labels: ["Authority"], noun: "authority" },
  BODY: { labels: ["Partnership", "Authority"], noun: "partnership or authority" },
  PAYEE: { labels: ["Authority", "Partnership", "Organisation"], noun: "body" },
  PAYER: { labels: ["Authority", "Organisation"], noun: "body" },
  PARTNERSHIP: { labels: ["Partnership"], noun: "partnership" },
  SERVICE: { labels: ["Service"], freeText: true, noun: "service" },
  STREAM: { labels: ["FundingStream"], noun: "funding stream" },
} as const satisfies Record<string, RefKind>;

/** What a question passes for an argument that names something (see refParam). */
export interface RefParam {
  raw: string;
  /** A Lucene query for the exact look-up key (keyword analyser). */
  key: string;
  /** A Lucene query for the search index: every word, as typed or stemmed ("" when the text has no word to search by). */
  words: string;
  /** Forgiving (for the unstemmed index): any word, misspelt or as a prefix, and codes within an edit. */
  search: string;
  /** The text as a postcode without spaces, when it is shaped like one. */
  postcode: string | null;
}

/** English words too common to search by (the English analyser drops them too). */
const STOP = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "the", "to", "with"]);

/**
 * The forgiving full-text query for what a user typed, on the unstemmed index: each word as
 * typed, within one edit (two for long words: "colection" finds "collection"), and as a prefix;
 * a word with digits is also looked for among the codes, within one edit ("E0700011" finds
 * E07000111), weighing most.
 */
export function searchQuery(text: string): string {
  const words = keyOf(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w)).slice(0, 8);
  if (words.length === 0) return "";
  const terms = words
    // One edit scores on its own, so that it outranks two ("maidstne": Maidstone before Mainstone).
    .map((w) => [w, w.length >= 4 ? `${w}~1` : null, w.length >= 8 ? `${w}~2` : null, w.length >= 2 ? `${w}*` : null].filter(Boolean).join(" OR "))
    .map((t) => `(${t})`)
    .join(" ");
  // A code (letters and digits, e.g. E0700011 or 4377) is looked for among codes, within one edit.
  const codes = words.filter((w) => /\d/.test(w)).map((w) => `${w}~1`).join(" ");
  return `searchWords:(${terms})${codes ? ` OR searchCodes:(${codes})^4` : ""}`;
}

/** Every word of the text, each as typed or stemmed, in a name or the other text: the strict query. */
export function wordsQuery(text: string): string {
  const words = keyOf(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w)).slice(0, 8);
  return words.map((w) => `+(name:${w}^2 searchText:${w})`).join(" ");
}

/** The parameter for a named argument: its look-up key, its search queries and its postcode form. */
export function refParam(input: string): RefParam {
  const key = keyOf(input);
  const compact = input.trim().toUpperCase().replace(/\s+/g, "");
  return {
    raw: input,
    key: `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"`,
    words: wordsQuery(input),
    search: searchQuery(input),
    postcode: POSTCODE.test(input.trim().toUpperCase()) ? compact : null,
  };
}

/** The best 8 of a full-text query, as \`out\` ({node, score}, best first), scores halved for what is not in force on d. */
const RANKED = (index: string, query: string, kind: RefKind, out: string) => `
      CALL db.index.fulltext.queryNodes('${index}', ${query}, {limit: 50}) YIELD node, score
      WHERE ${hasLabel("node", kind)}
      WITH node, score * CASE WHEN ${LIVE("node")} THEN 1.0 ELSE 0.5 END AS score
      ORDER BY score DESC, coalesce(node.code, node.id)
      LIMIT 8
      RETURN collect({node: node, score: score}) AS ${out}`;

const hasLabel = (v: string, kind: RefKind) => `(${kind.labels.map((l) => `${v}:${l}`).join(" OR ")})`;

/**
 * THE exact match of the map \`ref\` (a RefParam, or null: then nothing matches), for RESOLVE and
 * search alike: \`exact\`, the nodes that carry its look-up key and satisfy \`where\` (a
 * condition on \`node\`), from the key index's first \`limit\` hits; and \`postcodes\`, the
 * postcode of its postcode form in the active set, when there is one and \`postcodes\` is true
 * or a condition that holds (without it, always []).
 */
export const EXACT = (o: { where: string; limit: number; postcodes?: boolean | string }) => `
  CALL (ref) {
    WITH ref WHERE ref IS NOT NULL
    CALL db.index.fulltext.queryNodes('${KEYS_INDEX}', ref.key, {limit: ${o.limit}}) YIELD node
    WHERE ${o.where}
    RETURN collect(node) AS exact
  }
  CALL (ref) {
    ${o.postcodes
      ? `WITH ref WHERE ref IS NOT NULL AND ref.postcode IS NOT NULL${typeof o.postcodes === "string" ? ` AND ${o.postcodes}` : ""}
    MATCH (s:PostcodeSet {id: 'active'}), (p:Postcode {code: ref.postcode}) WHERE p.set = s.set
    RETURN collect(p) AS postcodes`
      : "RETURN [] AS postcodes"}
  }`;

/**
 * THE way every question turns an argument into nodes. Needs `d` (the date asked about) and the
 * map \`ref\` (a RefParam: a parameter, or a variable named in \`scope\`, e.g. a list element); yields \`<out>\` (the matches),
 * \`<out>Suggestions\` (ranked, when nothing matched exactly) and \`<out>How\` ('key', 'search'
 * or null). Exact first: any of a node's look-up keys (its code, former codes, the register's
 * three-letter code, SNAC and E-code, GOV.UK slug, names and alternative names, LGSL code, ESD
 * label, GOV.UK description, synonyms), or a postcode; where several match, those in force on d
 * win. Only when nothing matched is the search index asked — first for every word (as typed or
 * stemmed), then, if none has them all, forgivingly (misspelt, a prefix) for the nearest — its
 * scores halved for what is not in force on d. For a kind that allows free text, a clear best
 * match among those with every word (one hit, or half as good again as the next) is the answer.
 */
export const RESOLVE = (kind: RefKind, ref: string, out: string, scope: string[] = []) => `
CALL (${["d", ...scope].join(", ")}) {
  WITH d, ${ref} AS ref
  ${EXACT({ where: hasLabel("node", kind), limit: 100, postcodes: kind.postcodes })}
  WITH d, ref, exact + postcodes AS found
  WITH d, ref, found, [n IN found WHERE ${LIVE("n")}] AS live
  WITH d, ref, CASE WHEN size(found) > 1 AND size(live) > 0 THEN live ELSE found END AS matched
  CALL (d, ref, matched) {
    WITH d, ref WHERE ref IS NOT NULL AND size(matched) = 0 AND ref.search <> ''
    CALL (d, ref) {
      ${RANKED(SEARCH_INDEX, "ref.words", kind, "byWords")}
    }
    CALL (d, ref, byWords) {
      WITH d, ref WHERE size(byWords) = 0
      ${RANKED(PLAIN_INDEX, "ref.search", kind, "nearest")}
    }
    // Aggregated, so that a row comes back (of nulls) when the search was not needed.
    RETURN head(collect(CASE WHEN size(byWords) > 0 THEN byWords ELSE nearest END)) AS ranked, head(collect(size(byWords) > 0)) AS wordsFound
  }
  WITH matched, coalesce(ranked, []) AS ranked, coalesce(wordsFound, false) AS wordsFound
  WITH matched, ranked, wordsFound,
       ${kind.freeText ? "size(matched) = 0 AND wordsFound AND (size(ranked) = 1 OR ranked[0].score >= 1.5 * ranked[1].score)" : "false"} AS clear
  RETURN CASE WHEN clear THEN [ranked[0].node] ELSE matched END AS ${out},
         CASE WHEN clear THEN [] ELSE [r IN ranked | r.node] END AS ${out}Suggestions,
         CASE WHEN size(matched) > 0 THEN 'key' WHEN clear THEN 'search' WHEN wordsFound THEN 'words' END AS ${out}How
}`;

/** How a node other than a place is shown: code (or id), name, and its kind. */
export const REF_INFO = (v: string) =>
  `${v} {label: head(labels(${v})), code: coalesce(${v}.code, ${v}.id), name: ${v}.name, typeName: coalesce(${v}.typeName, ${v}.kind), ` +
  `within: null, withinCode: null, withinFrom: null, validFrom: toString(${v}.validFrom), validTo: toString(${v}.validTo), ` +
  `replacedBy: [(${v})-[:REPLACED_BY]->(x) | x.name + ' (' + coalesce(x.code, x.id) + ')'], firstSeen: null, startedBy: null, endedBetween: null, coveredNow: [], before: []}`;

/** The Cypher that returns an argument's matches and suggestions as PlaceInfo rows. */
export const REF_RESULT = (kind: RefKind, out: string) => {
  const show = kind.labels.some((l) => l === "Authority" || l === "Parish") ? PLACE_REF : REF_INFO;
  return `[hit IN ${out} | ${show("hit")}] AS ${out}, [hit IN ${out}Suggestions | ${show("hit")}] AS ${out}Suggestions, ${out}How`;
};

/** What a question's query returns for one argument (REF_RESULT). */
export interface RefRows {
  matches: PlaceInfo[];
  suggestions: PlaceInfo[];
  /** key: an exact name or code; search: free text read as its clear best match; words: free text whose every word several match; null: nothing did (suggestions are the nearest). */
  how: "key" | "search" | "words" | null;
}

export const refRows = (row: Record<string, unknown>, out: string): RefRows => ({
  matches: (row[out] as PlaceInfo[]) ?? [],
  suggestions: (row[`${out}Suggestions`] as PlaceInfo[]) ?? [],
  how: (row[`${out}How`] as RefRows["how"]) ?? null,
});

/**
 * THE error path for a named argument: exactly one match is the answer; none is NOT_FOUND with
 * the nearest suggestions; several are AMBIGUOUS with every candidate (and the code to use).
 * Free text whose every word several candidates carry, with no clear best, is AMBIGUOUS too, with
 * the ranked candidates.
 */
export function resolveOne(argument: string, input: string, kind: RefKind, r: RefRows): PlaceInfo {
  if (r.matches.length === 0 && kind.freeText && r.how === "words" && r.suggestions.length > 1) {
    const ranked = r.suggestions.map(showRef);
    throw userError(
      ErrorCode.AMBIGUOUS,
      `${argument}: "${input}" is not a ${kind.noun} name or code; the closest matches, best first: ${ranked.join("; ")}. Use a code to choose one.`,
      { argument, candidates: ranked },
    );
  }
  return one(argument, input, r.matches, r.suggestions, showRef);
}

/** Says how free text was read, for an answer's note ("libraries" → 437 Library facilities). */
export const readAs = (argument: string, input: string, r: RefRows, p: PlaceInfo): string | undefined =>
  r.how === "search" ? `${argument} "${input}" was read as ${showRef(p)}, its clear best match.` : undefined;

/** How a place is shown in messages and answers. */
export const PLACE_REF = (v: string) =>
  `${v} {label: head(labels(${v})), code: coalesce(${v}.code, ${v}.id), name: ${v}.name, typeName: coalesce(${v}.typeName, ${v}.kind), ` +
  `within: head([(${v})-[:${UP}]->(w:Authority) | w.name]), withinFrom: head([(${v})-[:${UP}]->(w:Authority) | toString(w.validFrom)]), ` +
  `withinCode: head([(${v})-[:${UP}]->(w:Authority) | w.code]), validFrom: toString(${v}.validFrom), validTo: toString(${v}.validTo), ` +
  `replacedBy: [(${v})-[:REPLACED_BY]->(x) | x.name + ' (' + x.code + ')'], firstSeen: ${v}.firstSeen, startedBy: ${v}.startedBy, endedBetween: ${v}.endedBetween, ` +
  `coveredNow: [(${v})-[:REPLACED_BY*1..6]->(x) WHERE x.validTo IS NULL | x.name + ' (' + x.code + ')'], ` +
  `before: [(${v})<-[:REPLACED_BY]-(x) | x.name + ' (' + x.code + ')']}`;

export interface PlaceInfo {
  label: string;
  code: string;
  name: string;
  typeName: string | null;
  within: string | null;
  withinCode: string | null;
  withinFrom: string | null;
  validFrom: string | null;
  validTo: string | null;
  replacedBy: string[];
  /** A parish code's life as the ONS lists bound it (null for other places): its first list (2019-12), and both bounds in words. */
  firstSeen: string | null;
  startedBy: string | null;
  endedBetween: string | null;
  /** The places in force now that (through REPLACED_BY) took over from this one. */
  coveredNow: string[];
  /** What this one took over from. */
  before: string[];
}

const KINDS: Record<string, string> = { Parish: "parish", UnparishedArea: "unparished area", Postcode: "postcode", Service: "service", FundingStream: "funding stream", Organisation: "organisation", Partnership: "partnership" };
const kind = (p: PlaceInfo) => (p.label === "Authority" ? (p.typeName ?? "authority").toLowerCase() : (KINDS[p.label] ?? p.label));
const describe = (p: PlaceInfo) => `${p.name} (${p.code}, ${kind(p)}${p.within ? ` in ${p.within}` : ""})`;

/** A string shaped like a UK postcode, in any usual spacing and case. */
const POSTCODE = /^([A-Z]{1,2})[0-9][0-9A-Z]?\s*[0-9][A-Z]{2}$/;

/**
 * When nothing matched a string shaped like a postcode, say why: outside England (its postcode
 * area is not among England's in ONSPD), or a well-formed postcode that does not exist.
 */
export function assertPostcodeFound(argument: string, input: string, matched: number, areas: string[]): void {
  const m = POSTCODE.exec(input.trim().toUpperCase());
  if (matched > 0 || !m) return;
  const normal = input.trim().toUpperCase().replace(/\s+/g, "");
  const shown = `${normal.slice(0, -3)} ${normal.slice(-3)}`;
  if (areas.length && !areas.includes(m[1] ?? "")) {
    throw userError(ErrorCode.OUT_OF_COVERAGE, `${argument}: ${shown} is outside England; tiergraph covers England only (ONS Postcode Directory, English postcodes).`, { argument });
  }
  throw userError(ErrorCode.NOT_FOUND, `${argument}: ${shown} is not in the ONS Postcode Directory (November 2025) for England.`, { argument });
}

/** A postcode's district is on 2025 boundaries: before a reorganisation it cannot say which old council. */
export function assertPostcodeDate(argument: string, p: PlaceInfo, on: string): void {
  if (p.label === "Postcode" && p.withinFrom && p.withinFrom > on) {
    throw userError(
      ErrorCode.BAD_USER_INPUT,
      `${argument}: ${p.name} lies in ${p.within} (${p.withinCode}) on 2025 boundaries, which began on ${p.withinFrom}; for ${on}, ask by parish or district code.`,
      { argument },
    );
  }
}

/** Throws NOT_FOUND / AMBIGUOUS naming the argument, or returns the one match. */
export function one<T>(argument: string, input: string, matches: T[], suggestions: T[], show: (t: T) => string): T {
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length === 0) {
    const hint = suggestions.length ? ` Did you mean: ${suggestions.map(show).join("; ")}?` : "";
    throw userError(ErrorCode.NOT_FOUND, `${argument}: nothing matches "${input}".${hint}`, { argument, suggestions: suggestions.map(show) });
  }
  throw userError(
    ErrorCode.AMBIGUOUS,
    `${argument}: "${input}" matches ${matches.length} — ${matches.map(show).join("; ")}. Use a code to choose one.`,
    { argument, candidates: matches.map(show) },
  );
}

export const showService = (s: { code: string; name: string }) => `${s.code} ${s.name}`;
export const showPlace = describe;
/** A match or candidate of any kind, in messages: "437 Library facilities (service)", "Kent (E10000016, county)". */
export const showRef = (p: PlaceInfo) => (p.label === "Service" ? `${p.code} ${p.name} (service)` : describe(p));

/**
 * The place must exist on the date asked about; say what happened to it if not. A parish code's
 * start and end are bounds from the ONS lists (seed/loaders/parish-lives.ts): the message gives
 * the bounds, the day the code is taken as in force from or to, and the codes before or after it.
 */
export function assertInForce(argument: string, p: PlaceInfo, on: string): void {
  const inferred = " (inferred from the ONS lists)";
  if (p.validFrom && p.validFrom > on) {
    if (p.startedBy) {
      const before = p.before.length ? `; before it: ${p.before.join(" and ")}${inferred}` : "";
      throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${p.name} (${p.code}) was not yet a parish code on ${on}: it ${p.startedBy} and is taken as in force from ${p.validFrom}${before}.`, { argument });
    }
    throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${p.name} (${p.code}) did not exist on ${on}; it began on ${p.validFrom}.`, { argument });
  }
  if (p.validTo && p.validTo < on) {
    if (p.endedBetween) {
      const now = p.coveredNow.length ? `; the place is now covered by ${p.coveredNow.join(" and ")}${inferred}` : "; ONS names no successor and none is inferred";
      throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${p.name} (${p.code}) was no longer a parish code on ${on}: it was ${p.endedBetween} and is taken as in force to ${p.validTo}${now}.`, { argument });
    }
    const succ = p.replacedBy.length ? `; it was replaced by ${p.replacedBy.join(" and ")}` : "";
    throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${p.name} (${p.code}) did not exist on ${on}: it ended on ${p.validTo}${succ}.`, { argument });
  }
}

/**
 * A parish code asked about inside its start's bounds (after the list before it, before the
 * first list that carries it; months compare as ONS names the lists): answered, since it is
 * taken as in force from the day after the list before, but said to be uncertain, naming the
 * code(s) it took over from. Undefined when there is nothing to say.
 */
export function earlyParishNote(p: PlaceInfo, on: string): string | undefined {
  if (p.label !== "Parish" || !p.validFrom || !p.firstSeen || on.slice(0, 7) >= p.firstSeen) return undefined;
  const before = p.before.length ? ` (before it: ${p.before.join(" and ")}, inferred from the ONS lists)` : "";
  return `Parish code ${p.code} ${p.startedBy}: it is taken as in force from ${p.validFrom}, but on ${on} it may not yet have been in use${before}.`;
}

/** `on` as yyyy-mm-dd (a real calendar day), or today when absent. */
export function isoDay(on: unknown, argument = "on"): string {
  if (on === undefined || on === null) return new Date().toISOString().slice(0, 10);
  if (isDate(on)) return on.toString();
  const text = String(on).trim();
  if (!parseDay(text)) throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${notADay(text)}`, { argument });
  return text;
}
