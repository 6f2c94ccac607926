/**
 * The graph's model, shared by the importer and the questions: node labels and their keys, the
 * relationship the postcode load writes, and how names and codes are looked up (the look-up keys
 * the importer stores and the normalisation the questions apply to what users type).
 */

/** Node labels the importer writes from seeds/, each with its unique key. */
export const NODE_KEYS = {
  Source: "id",
  Tier: "code",
  Authority: "code",
  Parish: "code",
  UnparishedArea: "code",
  Service: "code",
  Organisation: "id",
  Partnership: "id",
  FundingStream: "id",
  FundingFlow: "id",
  Conflict: "id",
} as const;
export type Label = keyof typeof NODE_KEYS;

/** A postcode's link to its district or unitary (written by the postcode load, 2.26 million of them). */
export const POSTCODE_REL = "IN_DISTRICT";

/** Labels whose nodes can be named in a question's argument or found by `search`. */
export const LOOKUP_LABELS = ["Authority", "Parish", "UnparishedArea", "Service", "Partnership", "Organisation", "FundingStream"] as const satisfies readonly Label[];
export type LookupLabel = (typeof LOOKUP_LABELS)[number];

/** Full-text index of every look-up key (keyword analyser: one key, one token; exact matches). */
export const KEYS_INDEX = "tg_lookup_keys";
/** Full-text index of names and descriptions (English analyser: stems, so "libraries" finds "library"; scores). */
export const SEARCH_INDEX = "tg_search";
/** The same text unstemmed (standard analyser), for fuzzy and prefix terms: "colection" is one edit from "collection", three from the stem "collect". */
export const PLAIN_INDEX = "tg_search_plain";

/**
 * A look-up key: Unicode-normalised, lower case, "&" read as "and", one space between words, no
 * space at either end. The importer stores every name and code of a node this way
 * (`lookupKeys`) and the questions normalise their input the same way before looking it up.
 */
export function keyOf(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/\s+/g, " ").trim();
}
