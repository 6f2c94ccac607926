/**
 * The part of the tiergraph model the explorer draws: node kinds, how each is looked up, and
 * the relationship fields it expands. It mirrors the `@relationship` directives in
 * schema/*.graphql (GraphQL introspection does not expose directives, so the relationship
 * types cannot be read from /graphql, and introspection is off in production);
 * test/e2e/model.test.ts checks it against the SDL so the two cannot drift. No imports: the test
 * (Node) and the browser bundle both load it.
 */

/** A node label the explorer draws. */
export type Kind = "Authority" | "Parish" | "UnparishedArea" | "Tier" | "Service" | "Partnership" | "Organisation";

/** Which relationship-properties type an edge carries (decides what the edge query selects). */
export type EdgeProps = "Constituency" | "Dated" | "Delivery" | "Membership" | "Responsibility" | "Succession" | null;

/** One relationship field of a node type, as declared in the SDL. */
export interface Relation {
  field: string;
  type: string;
  direction: "OUT" | "IN";
  /** A node kind, or the `Member` union (Authority | Organisation | Partnership). */
  target: Kind | "Member";
  props: EdgeProps;
}

/** How a kind is fetched: its root query field and its key field. */
export const LOOKUP: Record<Kind, { root: string; key: "code" | "id" }> = {
  Authority: { root: "authorities", key: "code" },
  Parish: { root: "parishes", key: "code" },
  UnparishedArea: { root: "unparishedAreas", key: "code" },
  Tier: { root: "tiers", key: "code" },
  Service: { root: "services", key: "code" },
  Partnership: { root: "partnerships", key: "id" },
  Organisation: { root: "organisations", key: "id" },
};

/** The fields a drawn node needs for its colour, size and date (and nothing more). */
export const NODE_FIELDS: Record<Kind, string> = {
  Authority: "code name type population validFrom validTo current tiers(limit: 1) { code }",
  Parish: "code name validFrom validTo",
  UnparishedArea: "code name",
  Tier: "code name",
  Service: "code name",
  // Aliased, so it cannot clash with the `members` relation's own page; `first: 1` because only
  // the count is read and the server's cost estimate charges a connection for its page size.
  Partnership: "id name kind status validFrom validTo memberCount: membersConnection(first: 1) { totalCount }",
  Organisation: "id name kind",
};

/** Every scalar property of each kind, in SDL order: what the node panel shows. */
export const SCALARS: Record<Kind, string[]> = {
  Authority: ["code", "otherCodes", "name", "officialName", "registryCode", "type", "typeName", "region", "population", "validFrom", "validTo", "current", "sourceIds"],
  Parish: ["code", "name", "formerNames", "councilStatus", "firstSeen", "lastSeen", "seenIn", "missingFrom", "startedBy", "endedBetween", "lifeBounds", "validFrom", "validTo", "current", "sourceIds"],
  UnparishedArea: ["code", "name", "sourceIds"],
  Tier: ["code", "name", "description", "sourceIds"],
  Service: ["code", "name", "govukDescription", "providingTier", "esdLabel", "esdStatus", "sourceIds"],
  Partnership: ["id", "name", "kind", "statutory", "legalBasis", "status", "validFrom", "validTo", "themes", "note", "sourceIds"],
  Organisation: ["id", "name", "kind", "validFrom", "validTo", "note", "sourceIds"],
};

/** Kinds whose sources are linked by SOURCED_FROM (with cite and quote); the others list `sourceIds` only. */
export const CITED_KINDS: Kind[] = ["Authority", "Parish", "UnparishedArea", "Partnership", "Organisation"];

const r = (field: string, type: string, direction: "OUT" | "IN", target: Kind | "Member", props: EdgeProps = null): Relation => ({ field, type, direction, target, props });

/** Relationship fields the explorer expands, per kind (funding flows and sources are shown in the panel, not drawn). */
export const RELATIONS: Record<Kind, Relation[]> = {
  Authority: [
    r("within", "WITHIN", "OUT", "Authority", "Dated"),
    r("children", "WITHIN", "IN", "Authority", "Dated"),
    r("parishes", "WITHIN", "IN", "Parish", "Dated"),
    r("unparishedAreas", "WITHIN", "IN", "UnparishedArea", "Dated"),
    r("tiers", "OF_TIER", "OUT", "Tier"),
    r("replacedBy", "REPLACED_BY", "OUT", "Authority", "Dated"),
    r("replaced", "REPLACED_BY", "IN", "Authority", "Dated"),
    r("combinedAuthorities", "CONSTITUENT_OF", "OUT", "Authority", "Constituency"),
    r("constituents", "CONSTITUENT_OF", "IN", "Authority", "Constituency"),
    r("fireAuthorities", "FIRE_AND_RESCUE_BY", "OUT", "Authority", "Dated"),
    r("partnerships", "MEMBER_OF", "OUT", "Partnership", "Membership"),
  ],
  Parish: [
    r("within", "WITHIN", "OUT", "Authority", "Dated"),
    r("replacedBy", "REPLACED_BY", "OUT", "Parish", "Succession"),
    r("replaced", "REPLACED_BY", "IN", "Parish", "Succession"),
    r("tiers", "OF_TIER", "OUT", "Tier"),
  ],
  UnparishedArea: [r("within", "WITHIN", "OUT", "Authority", "Dated")],
  Tier: [r("authorities", "OF_TIER", "IN", "Authority"), r("responsibilities", "RESPONSIBLE_FOR", "OUT", "Service", "Responsibility")],
  Service: [
    r("tiers", "RESPONSIBLE_FOR", "IN", "Tier", "Responsibility"),
    r("deliveredBy", "DELIVERED_BY", "OUT", "Organisation", "Delivery"),
    r("partnerships", "CONCERNS", "IN", "Partnership"),
  ],
  Partnership: [
    r("members", "MEMBER_OF", "IN", "Member", "Membership"),
    r("memberOf", "MEMBER_OF", "OUT", "Partnership", "Membership"),
    r("covers", "COVERS", "OUT", "Authority", "Dated"),
    r("parents", "PART_OF", "OUT", "Partnership", "Dated"),
    r("subGroups", "PART_OF", "IN", "Partnership", "Dated"),
    r("replacedBy", "REPLACED_BY", "OUT", "Partnership", "Dated"),
    r("services", "CONCERNS", "OUT", "Service"),
  ],
  Organisation: [r("partnerships", "MEMBER_OF", "OUT", "Partnership", "Membership"), r("delivers", "DELIVERED_BY", "IN", "Service", "Delivery")],
};

/** The kinds of the `Member` union. */
export const MEMBER_KINDS: Kind[] = ["Authority", "Organisation", "Partnership"];

/** Whether a __typename is a kind the explorer draws. */
export const isKind = (name: string): name is Kind => name in LOOKUP;
