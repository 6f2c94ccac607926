/**
 * The request limits against the queries tiergraph's own clients send: every query of the
 * explorer, the warm-up's and the README's fit the default limits (tokens, depth, aliases,
 * directives, cost), and our own lists are costed by their `limit` or their bound.
 */
import { readFileSync } from "node:fs";
import { getNamedType, getNullableType, isListType, isObjectType, Lexer, parse, Source, specifiedRules, TokenKind, validate, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { ENGLAND_AUTHORITIES, ENGLAND_COUNTS, OVERLAP, PARTNERSHIP_AREA, SUBSUMPTION, TIERS, WHO_DELIVERS, englandPlaces, expandQuery, SEARCH } from "../../explorer/src/queries.js";
import { RELATIONS, type Kind } from "../../explorer/src/relations.js";
import { defaultSecurity } from "../../src/config.js";
import { LIMITED_LISTS, LIST_BOUNDS, MAX_LIST_SIZE, queryCost, validationRules } from "../../src/limits.js";
import { resolvers } from "../../src/resolvers.js";
import { createNeoSchema } from "../../src/schema/build.js";

const schema: GraphQLSchema = await createNeoSchema().getSchema();
const limits = defaultSecurity().limits;
const cost = (q: string, v?: Record<string, unknown>) => queryCost(schema, parse(q), v);

function tokens(q: string): number {
  const lexer = new Lexer(new Source(q));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** What the server checks before Neo4j, for one query: the errors it would give (none if it passes). */
function refusals(q: string, v: Record<string, unknown> = {}): string[] {
  const found: string[] = [];
  if (tokens(q) > limits.maxTokens) found.push(`tokens ${tokens(q)}`);
  const errors = validate(schema, parse(q), [...specifiedRules, ...validationRules(limits)]);
  found.push(...errors.map((e) => e.message));
  if (!errors.length) {
    const c = queryCost(schema, parse(q), v);
    if (c > limits.maxCost) found.push(`cost ${c}`);
  }
  return found;
}

const KINDS = Object.keys(RELATIONS) as Kind[];

describe("the limits let every query of our own clients through", () => {
  it("the explorer's queries, at the sizes it asks for", () => {
    const asked: [string, Record<string, unknown>][] = [
      [WHO_DELIVERS, { service: "524", place: "E07000111" }],
      [TIERS, {}],
      [ENGLAND_COUNTS, {}],
      // England's pages: the explorer asks for 2,500 and shrinks a page when refused (gqlFitted); 1,000 must pass.
      [ENGLAND_AUTHORITIES, { limit: 1000, offset: 0 }],
      [englandPlaces("parishes", "Parish"), { limit: 1000, offset: 0 }],
      [englandPlaces("unparishedAreas", "UnparishedArea"), { limit: 1000, offset: 0 }],
      [PARTNERSHIP_AREA, { id: "x" }],
      [OVERLAP, { area: "E10000016", limit: 2000 }], // explorer/src/analysis.ts asks for 2,000 pairs
      [SUBSUMPTION, { by: "x" }],
      [SEARCH, { text: "x", limit: 12 }], // explorer/src/search.ts shows 12
      // Neighbours: 150 per relationship field (NEIGHBOURS_PER_FIELD), every kind and field.
      ...KINDS.flatMap((k) => RELATIONS[k].map((r) => [expandQuery(k, r), { key: "x", first: 150 }] as [string, Record<string, unknown>])),
    ];
    for (const [q, v] of asked) expect(refusals(q, v), q).toEqual([]);
    const longest = Math.max(...asked.map(([q]) => tokens(q)));
    expect(longest).toBeLessThan(limits.maxTokens / 2);
  });

  it("the README's examples", () => {
    const blocks = [...readFileSync("README.md", "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThan(0);
    for (const q of blocks) expect(refusals(q), q).toEqual([]);
  });
});

describe("our own lists are costed by what they can return", () => {
  it("a list with a limit counts at that limit: a bigger limit costs more", () => {
    const pairs = (n: number) => cost(`{ partnershipOverlap(limit: ${n}) { area pairs { memberJaccard a { id } } } }`);
    // 1 (field) + 1 (area) + pairs: 1 + n × (memberJaccard 1 + a (1 + id 1)).
    expect(pairs(1)).toBe(1 + 1 + 1 + 3);
    expect(pairs(100)).toBe(1 + 1 + 1 + 100 * 3);
    expect(pairs(10_000)).toBe(1 + 1 + 1 + 10_000 * 3);
    expect(cost(`{ partnershipOverlap { pairs { memberJaccard } } }`)).toBe(1 + 1 + 500 * 1); // the default, 500
    expect(cost(`query($n: Int) { fundingFlows(limit: $n) { count flows { id } } }`, { n: 7 })).toBe(1 + 1 + 1 + 7 * 1);
    expect(cost(`{ fundingFlows { flows { id } } }`)).toBe(1 + 1 + 1000 * 1); // the default, 1,000
    expect(cost(`{ subsumptionCandidates(by: "x", limit: 20) { score } }`)).toBe(1 + 20 * 1);
    expect(cost(`{ subsumptionCandidates(by: "x") { score } }`)).toBe(1 + 100 * 1); // the default, 100
  });

  it("a limit out of range is costed at the maximum (and refused by the question itself)", () => {
    expect(cost(`{ fundingFlows(limit: 1000000) { flows { id } } }`)).toBe(1 + 1 + 10_000);
    expect(cost(`{ subsumptionCandidates(by: "x", limit: 0) { score } }`)).toBe(1 + 1);
  });

  it("two questions in one query each count at their own limit", () => {
    expect(cost(`{ a: partnershipOverlap(limit: 2) { pairs { memberJaccard } } b: partnershipOverlap(limit: 3000) { pairs { memberJaccard } } }`)).toBe(
      1 + (1 + 2) + 1 + (1 + 3000),
    );
    // In a fragment the same.
    expect(cost(`fragment P on PartnershipOverlap { pairs { memberJaccard } } { a: partnershipOverlap(limit: 2) { ...P } b: partnershipOverlap(limit: 3000) { ...P } }`)).toBe(
      1 + (1 + 2) + 1 + (1 + 3000),
    );
  });

  it("nested lists under a big limit go over the cost limit", () => {
    const q = (n: number) => `{ partnershipOverlap(limit: ${n}) { pairs { sharedMembers { code name type } a { id name } b { id name } } } }`;
    expect(cost(q(100))).toBeLessThan(limits.maxCost);
    expect(cost(q(10_000))).toBeGreaterThan(limits.maxCost);
  });

  it("lists without a limit count at their bound from the data", () => {
    expect(cost(`{ tierMatrix { rows { service { code } } } }`)).toBe(1 + 1 + LIST_BOUNDS["TierMatrix.rows"]! * (1 + 1));
    expect(cost(`{ whoDelivers(service: "1", place: "x") { path { relationship } } }`)).toBe(1 + LIST_BOUNDS["Query.whoDelivers"]! * (1 + LIST_BOUNDS["Provision.path"]! * 1));
    expect(cost(`{ servicesOf(authority: "x") { groups { services { code } } } }`)).toBe(1 + (1 + 6 * (1 + 1100 * 1)));
  });

  it("every list of our own questions has a limit or a bound", () => {
    // Our questions are the resolvers we write (src/resolvers.ts); walk their answer types.
    const lists: string[] = [];
    const seen = new Set<string>();
    const walk = (typeName: string) => {
      const t = schema.getType(typeName);
      if (seen.has(typeName) || !isObjectType(t)) return;
      seen.add(typeName);
      for (const f of Object.values(t.getFields())) {
        const named = getNamedType(f.type);
        if (!isObjectType(named)) continue;
        if (isListType(getNullableType(f.type))) lists.push(`${typeName}.${f.name}`);
        walk(named.name);
      }
    };
    for (const name of Object.keys(resolvers.Query)) {
      const f = schema.getQueryType()?.getFields()[name];
      if (!f) throw new Error(`Query.${name} is resolved but not in the schema`);
      if (isListType(getNullableType(f.type))) lists.push(`Query.${name}`);
      walk(getNamedType(f.type).name);
    }
    expect(lists.length).toBeGreaterThan(20);
    const unbounded = lists.filter((l) => !(l in LIST_BOUNDS) && !(l in LIMITED_LISTS) && !Object.values(LIMITED_LISTS).some((x) => x.list === l));
    expect(unbounded, `costed at MAX_LIST_SIZE (${MAX_LIST_SIZE}): give them a bound in LIST_BOUNDS`).toEqual([]);
  });
});
