/**
 * GraphQL documents, built from the model in relations.ts so that a new relationship field
 * needs one line there, not a new query. Values are always `$variables`.
 */
import { LOOKUP, MEMBER_KINDS, NODE_FIELDS, type EdgeProps, type Kind, type Relation } from "./relations.js";

const PROPS: Record<Exclude<EdgeProps, null>, string> = {
  Constituency: "validFrom validTo",
  Dated: "validFrom validTo",
  Delivery: "validFrom validTo",
  Membership: "role validFrom validTo",
  Responsibility: "basis validFrom validTo",
  Succession: "validFrom validTo basis",
};

function nodeSelection(target: Kind | "Member"): string {
  if (target !== "Member") return `__typename ${NODE_FIELDS[target]}`;
  return `__typename ${MEMBER_KINDS.map((k) => `... on ${k} { ${NODE_FIELDS[k]} }`).join(" ")}`;
}

function connection(rel: Relation): string {
  const props = rel.props ? `properties { ${PROPS[rel.props]} }` : "";
  return `${rel.field}Connection(first: $first) { totalCount edges { ${props} node { ${nodeSelection(rel.target)} } } }`;
}

/**
 * One node and up to `$first` neighbours over one relationship field. One query per field, sent
 * side by side: all of a kind's fields in one query would go over the server's cost limit
 * (TIERGRAPH_MAX_COST) long before a district's parishes are in.
 */
export function expandQuery(kind: Kind, rel: Relation): string {
  const { root, key } = LOOKUP[kind];
  return `query Expand${kind}_${rel.field}($key: ID!, $first: Int!) {
  node: ${root}(where: { ${key}: { eq: $key } }, limit: 1) { ${nodeSelection(kind)} ${connection(rel)} }
}`;
}

/**
 * The API's search (questions/search.ts): names, codes, everyday words, postcodes and
 * misspellings, ranked by the server's full-text index, in force on the view's date first.
 */
export const SEARCH = `query Search($text: String!, $on: Date, $limit: Int) {
  search(text: $text, kinds: [AUTHORITY, PARISH, UNPARISHED_AREA, SERVICE, PARTNERSHIP, ORGANISATION], on: $on, limit: $limit) {
    kind id name typeName within inForce match
  }
}`;

/** The custom question: who delivers a service in a place on a date, with the path. */
export const WHO_DELIVERS = `query WhoDelivers($service: String!, $place: String!, $on: Date) {
  whoDelivers(service: $service, place: $place, on: $on) {
    service { label id code name } place { label id code name } on
    authority { code name type } tier tierName basis note
    deliveredBy { id name type }
    path { from { label id code name } relationship to { label id code name } validFrom validTo }
    sources { id title licence }
  }
}`;

/** The tiers, in the API's order: the legend's colours are given out in this order. */
export const TIERS = `query Tiers { tiers(sort: [{ code: ASC }]) { code name } }`;

/** How many nodes "Load all of England" will fetch, so the pages can be asked for at once. */
export const ENGLAND_COUNTS = `query EnglandCounts {
  authoritiesConnection { totalCount }
  parishesConnection { totalCount }
  unparishedAreasConnection { totalCount }
}`;

/** Every authority, current or not, with its dated WITHIN edges (a few hundred: one or two pages). */
export const ENGLAND_AUTHORITIES = `query EnglandAuthorities($limit: Int!, $offset: Int!) {
  nodes: authorities(limit: $limit, offset: $offset, sort: [{ code: ASC }]) {
    __typename ${NODE_FIELDS.Authority} withinConnection(first: 3) { edges { properties { validFrom validTo } node { code } } }
  }
}`;

/**
 * One page of parishes or unparished areas with what they lie within. Undated: the dated
 * connection costs over ten times as much under the server's cost estimate, and a parish's WITHIN is
 * dated exactly when the authority it reaches is (begun or abolished in a reorganisation), which
 * the view already hides by the authority's own dates.
 */
export const englandPlaces = (root: "parishes" | "unparishedAreas", kind: "Parish" | "UnparishedArea") => `query England_${root}($limit: Int!, $offset: Int!) {
  nodes: ${root}(limit: $limit, offset: $offset, sort: [{ code: ASC }]) { __typename ${NODE_FIELDS[kind]} within(limit: 3) { code } }
}`;

/** What a partnership covers, and what that lies within: to pick the area its overlaps are asked for. */
export const PARTNERSHIP_AREA = `query PartnershipArea($id: ID!) {
  partnerships(where: { id: { eq: $id } }, limit: 1) { covers(limit: 100) { code name current within(limit: 3) { code name current } } }
}`;

const PARTNERSHIP_REF = "id name kind statutory status";

/** The analysis query: pairwise overlap of the partnerships in an area. */
export const OVERLAP = `query Overlap($area: String!, $limit: Int!) {
  partnershipOverlap(area: $area, limit: $limit) {
    area
    pairs { a { ${PARTNERSHIP_REF} } b { ${PARTNERSHIP_REF} } sharedMembers { code name } sharedThemes memberJaccard themeJaccard areaJaccard }
  }
}`;

/** The analysis query: what a broader body could subsume. */
export const SUBSUMPTION = `query Subsumption($by: String!) {
  subsumptionCandidates(by: $by) { partnership { ${PARTNERSHIP_REF} } score recommendation blockers }
}`;
