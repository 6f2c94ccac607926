/**
 * Turning what a user typed into graph nodes: a service by LGSL code or name, a place by GSS
 * code or name. These are Cypher fragments spliced (as constants, never user input) into each
 * question's single query, plus the one function that turns "none" and "several" into errors
 * that name the argument and offer candidates.
 */
import { ErrorCode, userError } from "../errors.js";
import { POSTCODE_REL } from "../seed/postcodes.js";

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
export const NODE_REF = (v: string) => `{label: head(labels(${v})), code: coalesce(${v}.code, ${v}.id), name: ${v}.name}`;

/** One relationship as a PathStep (schema/questions.graphql). */
export const STEP = (r: string) =>
  `{from: ${NODE_REF(`startNode(${r})`)}, relationship: type(${r}), to: ${NODE_REF(`endNode(${r})`)}, ` +
  `validFrom: toString(${r}.validFrom), validTo: toString(${r}.validTo), validity: ${VALIDITY(r)}, ` +
  `validFromSource: ${r}.validFromSource, validFromCite: ${r}.validFromCite, validToSource: ${r}.validToSource, validToCite: ${r}.validToCite, ` +
  `basis: ${r}.basis, source: ${SOURCE_OF(r)}, cite: ${CITE_OF(r)}}`;

/**
 * Needs $service; yields `services` (matches) and `serviceSuggestions` (when none match).
 * An LGSL code is looked up in the index and, when it matches, is the answer; only otherwise are
 * the names compared (the register's, ESD's and GOV.UK's, case-insensitively: a scan of ~1,000
 * services), and only when nothing matched are suggestions scored. The UNWINDs of an empty list
 * make the planner skip those scans rather than filter their rows afterwards.
 */
export const RESOLVE_SERVICE = `
CALL (sIn) {
  OPTIONAL MATCH (c:Service {code: sIn})
  CALL (sIn, c) {
    UNWIND CASE WHEN c IS NULL THEN [toLower(sIn)] ELSE [] END AS name
    MATCH (s:Service)
    WHERE s.searchName = name OR toLower(s.esdLabel) = name OR toLower(s.govukDescription) = name
    RETURN collect(DISTINCT s) AS byName
  }
  RETURN CASE WHEN c IS NULL THEN byName ELSE [c] END AS services
}
CALL (sIn, services) {
  UNWIND CASE WHEN size(services) = 0 THEN [toLower(sIn)] ELSE [] END AS name
  MATCH (s:Service)
  WITH s, CASE WHEN s.searchName CONTAINS name THEN 2.0 ELSE apoc.text.sorensenDiceSimilarity(name, s.searchName) END AS score
  ORDER BY score DESC, s.code LIMIT 5
  RETURN collect(s {.code, .name}) AS serviceSuggestions
}`;

/**
 * Needs $place and d; yields `places` (matches; among same-named places, those in force on d
 * win) and `placeSuggestions`.
 */
export const RESOLVE_PLACE = `
CALL (pIn) {
  CALL (pIn) {
    MATCH (p:Authority) WHERE p.code = toUpper(pIn) OR toUpper(pIn) IN p.otherCodes RETURN p
    UNION MATCH (p:Parish {code: toUpper(pIn)}) RETURN p
    UNION MATCH (p:UnparishedArea {code: toUpper(pIn)}) RETURN p
    UNION MATCH (p:Authority {searchName: toLower(pIn)}) RETURN p
    UNION MATCH (p:Parish {searchName: toLower(pIn)}) RETURN p
    UNION MATCH (p:UnparishedArea {searchName: toLower(pIn)}) RETURN p
    UNION MATCH (s:PostcodeSet {id: 'active'}), (p:Postcode {code: replace(toUpper(pIn), ' ', '')}) WHERE p.set = s.set RETURN p
  }
  RETURN collect(p) AS found
}
CALL () {
  OPTIONAL MATCH (s:PostcodeSet {id: 'active'})
  RETURN coalesce(s.areas, []) AS postcodeAreas
}
WITH *, [p IN found WHERE ${LIVE("p")}] AS live
WITH *, CASE WHEN size(found) > 1 AND size(live) > 0 THEN live ELSE found END AS places
CALL (pIn, places) {
  WITH pIn, places WHERE size(places) = 0
  CALL (pIn) {
    MATCH (p:Authority) RETURN p UNION MATCH (p:Parish) RETURN p UNION MATCH (p:UnparishedArea) RETURN p
  }
  WITH p, CASE WHEN p.searchName STARTS WITH toLower(pIn) THEN 2.0 ELSE apoc.text.sorensenDiceSimilarity(toLower(pIn), p.searchName) END AS score
  ORDER BY score DESC, p.code LIMIT 5
  RETURN collect(p) AS placeSuggestions
}`;

/** How a place is shown in messages and answers. */
export const PLACE_REF = (v: string) =>
  `${v} {label: head(labels(${v})), code: ${v}.code, name: ${v}.name, typeName: ${v}.typeName, ` +
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

const KINDS: Record<string, string> = { Parish: "parish", UnparishedArea: "unparished area", Postcode: "postcode" };
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
  const text = String(on).trim();
  const d = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
    throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: "${text}" is not a date; use YYYY-MM-DD, e.g. 2024-04-01.`, { argument });
  }
  return text;
}
