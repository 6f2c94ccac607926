/**
 * Limits that count everything, on the real server: each refusal is a 400 with
 * QUERY_TOO_COMPLEX (or BAD_USER_INPUT for a list's `limit`) naming the limit, and not one
 * Cypher statement reaches Neo4j (the counting driver). The bounds the cost estimate assumes for
 * our own lists are measured against the data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSecurity } from "../../src/config.js";
import { LIST_BOUNDS } from "../../src/limits.js";
import { createLogger } from "../../src/log.js";
import { warmUp } from "../../src/warmup.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startCountingServer, type GqlResult, type TestServer } from "../helpers/server.js";

let server: TestServer;
let queries: string[];

beforeAll(async () => {
  // A generous query timeout: these tests are about what is refused, not about speed on a busy machine.
  ({ server, queries } = await startCountingServer({ security: defaultSecurity({ limits: { queryTimeoutMs: 120_000 } }) }));
});
afterAll(async () => {
  await server?.close();
});

/** Sends a query and checks it is refused, before Neo4j, with this code (and limit). */
async function refused(s: TestServer, sent: string[], query: string, expected: Record<string, unknown>, variables?: Record<string, unknown>) {
  const before = sent.length;
  const r: GqlResult<unknown> = await s.gql(query, variables);
  expect(r.status, JSON.stringify(r.errors)).toBe(400);
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.[0]?.extensions).toMatchObject(expected);
  expect(sent.slice(before), "Cypher sent for a refused query").toEqual([]);
  return r.errors?.[0]?.message ?? "";
}

const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(" ")} }`;

describe("our own clients' queries pass the limits", () => {
  // First: it also has Neo4j plan the main questions before the tests below ask them.
  it("the warm-up's questions all answer", async () => {
    const { driver, database } = testDriver();
    try {
      const w = await warmUp(server.app, driver, database, createLogger("error", "test"), 120_000);
      expect(w.asked).toBeGreaterThan(5);
      expect(w.failed).toEqual([]);
    } finally {
      await driver.close();
    }
  }, 300_000); // right after Neo4j starts, planning the questions takes a while (src/warmup.ts)
});

describe("aliases, tokens and directives are all counted", () => {
  it("5,000 aliased __typename fields are refused, before Neo4j", async () => {
    // With the default limits the token limit stops it first (15,000 tokens), while parsing.
    const msg = await refused(server, queries, typenames(5000), { code: "QUERY_TOO_COMPLEX", limit: "maxTokens" });
    expect(msg).toMatch(/TIERGRAPH_MAX_TOKENS/);
  });

  it("aliases of __typename count towards the alias limit", async () => {
    const msg = await refused(server, queries, typenames(31), { code: "QUERY_TOO_COMPLEX", limit: "maxAliases", found: 31 });
    expect(msg).toMatch(/at most 30 allowed \(maxAliases, TIERGRAPH_MAX_ALIASES\), found 31/);
    const ok = await server.gql(typenames(30));
    expect(ok.status).toBe(200);
    expect((ok.data as Record<string, string>).t29).toBe("Query");
  });

  it("with a higher token limit, 5,000 aliased __typename are still refused by the alias limit", async () => {
    const wide = await startCountingServer({ security: defaultSecurity({ limits: { maxTokens: 100_000 } }) });
    try {
      await refused(wide.server, wide.queries, typenames(5000), { code: "QUERY_TOO_COMPLEX", limit: "maxAliases" });
    } finally {
      await wide.server.close();
    }
  });

  it("a query over the token limit is refused while parsing", async () => {
    const long = `{ tiers { ${"code ".repeat(2100)} } }`;
    const msg = await refused(server, queries, long, { code: "QUERY_TOO_COMPLEX", limit: "maxTokens", max: 2000 });
    expect(msg).toMatch(/at most 2000 tokens allowed \(maxTokens, TIERGRAPH_MAX_TOKENS\)/);
    // Just under the limit is answered: 1,970 values in one list (about 1,990 tokens in all).
    const codes = Array.from({ length: 1970 }, (_, i) => `"T${i}"`).join(" ");
    const ok = await server.gql(`{ tiers(where: { code: { in: [${codes}] } }) { code } }`);
    expect([ok.status, ok.errors]).toEqual([200, undefined]);
    // A syntax error under the limit is still Apollo's parse error.
    const bad = await server.gql(`{ tiers { code `);
    expect([bad.status, bad.errors?.[0]?.extensions?.code]).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
  });

  it("a query over the directive limit is refused", async () => {
    // One directive per location (graphql-js allows no more), on inline fragments.
    const decorated = (n: number) => `{ tiers(limit: 1) { ${"... @include(if: true) { code } ".repeat(n)} } }`;
    const msg = await refused(server, queries, decorated(21), { code: "QUERY_TOO_COMPLEX", limit: "maxDirectives", found: 21 });
    expect(msg).toMatch(/at most 20 allowed \(maxDirectives, TIERGRAPH_MAX_DIRECTIVES\), found 21/);
    const ok = await server.gql(decorated(20));
    expect(ok.status).toBe(200);
  });
});

describe("our own lists: a validated limit, and costed by it", () => {
  const outOfRange: [string, string, number][] = [
    ["partnershipOverlap", "partnershipOverlap(limit: $n) { pairs { memberJaccard } }", 10_000],
    ["subsumptionCandidates", `subsumptionCandidates(by: "Kent Forum", limit: $n) { score }`, 1000],
    ["fundingFlows", "fundingFlows(limit: $n) { count flows { id } }", 10_000],
  ];
  for (const [name, field, max] of outOfRange) {
    it(`${name}: a limit of 0, -1 or over ${max} is BAD_USER_INPUT naming limit, before Neo4j`, async () => {
      for (const n of [0, -1, max + 1]) {
        const before = queries.length;
        const r = await server.gql(`query($n: Int) { ${field} }`, { n });
        expect(r.errors?.[0]?.extensions, `limit ${n}`).toMatchObject({ code: "BAD_USER_INPUT", argument: "limit" });
        expect(r.errors?.[0]?.message).toMatch(new RegExp(`^limit: ${n} must be a whole number from 1 to ${max}`));
        expect(queries.slice(before)).toEqual([]);
      }
    });
  }

  it("the limits answer: a limit within range is honoured", async () => {
    const r = await server.gql<{ partnershipOverlap: { pairs: unknown[] }; subsumptionCandidates: unknown[]; fundingFlows: { count: number; flows: unknown[] } }, Record<string, never>>(
      `{ partnershipOverlap(limit: 3) { pairs { memberJaccard } } subsumptionCandidates(by: "Kent Forum", limit: 2) { score } fundingFlows(limit: 4) { count flows { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.partnershipOverlap.pairs).toHaveLength(3);
    expect(r.data?.subsumptionCandidates).toHaveLength(2);
    expect(r.data?.fundingFlows.flows).toHaveLength(4);
    expect(r.data?.fundingFlows.count).toBeGreaterThan(4);
  });

  it("a big limit raises the cost: nested lists under 10,000 pairs or flows go over maxCost, before Neo4j", async () => {
    const pairs = (n: number) => `{ partnershipOverlap(limit: ${n}) { pairs { a { id name kind } b { id name kind } sharedMembers { code name type } } } }`;
    const msg = await refused(server, queries, pairs(10_000), { code: "QUERY_TOO_COMPLEX", limit: "maxCost" });
    expect(msg).toMatch(/TIERGRAPH_MAX_COST/);
    const flows = (n: number) =>
      `{ fundingFlows(limit: ${n}) { flows { id amount currency year kind description sources to { code name type } from { code name type } stream { id name } payer: from { code name type } recipient: to { code name type } } } }`;
    await refused(server, queries, flows(10_000), { code: "QUERY_TOO_COMPLEX", limit: "maxCost" });
    // Smaller limits of the same queries are answered.
    for (const q of [pairs(50), flows(50)]) expect((await server.gql(q)).errors).toBeUndefined();
  });
});

describe("the cost check is never skipped", () => {
  it("a query whose cost cannot be estimated (fragments fanning out past 10,000 selections) is refused, before Neo4j", async () => {
    // Each fragment uses the one before ten times: 10^4 copies of `code name` to walk. Small in
    // tokens, aliases and depth; the estimate gives up, and the query is refused rather than run.
    const frags = Array.from({ length: 4 }, (_, i) => `fragment F${i + 1} on Tier { ${`...F${i} `.repeat(10)}}`).join("\n");
    const q = `{ tiers(limit: 1) { ...F4 } }\nfragment F0 on Tier { code name }\n${frags}`;
    const msg = await refused(server, queries, q, { code: "QUERY_TOO_COMPLEX", limit: "maxCost" });
    expect(msg).toMatch(/cost could not be estimated \(Query exceeds the maximum allowed number of nodes\.\)/);
  });

  it("bad variables are BAD_USER_INPUT before the estimate, not a way around it", async () => {
    const before = queries.length;
    const r = await server.gql(`query($n: Int) { partnershipOverlap(limit: $n) { pairs { memberJaccard } } }`, { n: "lots" });
    expect([r.status, r.errors?.[0]?.extensions?.code]).toEqual([400, "BAD_USER_INPUT"]);
    expect(r.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "lots"/);
    expect(queries.slice(before)).toEqual([]);
  });
});

describe("the bounds the cost estimate assumes hold for the data", () => {
  // Each: the most the data can put in that list (the Cypher measures it), against its bound in src/limits.ts.
  const MEASURED: Record<string, string> = {
    "Query.whoDelivers": "MATCH (a:Authority) RETURN 1 + 3 + 4 + max(COUNT { (a)<-[:WITHIN]-(:Authority) }) AS n",
    "Provision.deliveredBy": "MATCH (s:Service) RETURN max(COUNT { (s)-[:DELIVERED_BY]->() }) AS n",
    "AuthorityServices.groups": "MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(DISTINCT r.basis) AS n",
    "ServiceGroup.services": "MATCH (s:Service) RETURN count(s) AS n",
    "TierMatrix.tiers": "MATCH (t:Tier) RETURN count(t) AS n",
    "TierMatrix.rows": "MATCH (s:Service) RETURN count(s) AS n",
    "TierMatrixRow.cells": "MATCH (t:Tier) RETURN count(t) AS n",
    "PostcodeAnswer.bodies":
      "MATCH (a:Authority) RETURN 3 * (1 + max(COUNT { (a)-[:CONSTITUENT_OF]->() }) + max(COUNT { (a)-[:FIRE_AND_RESCUE_BY]->() }) + max(COUNT { (a)<-[:COVERS]-(:Partnership) })) AS n",
    "PostcodeAnswer.sources": "MATCH (s:Source) RETURN count(s) AS n",
    "Candidate.areaInside":
      "MATCH (p:Partnership)-[:COVERS]->(a:Authority) OPTIONAL MATCH (c:Authority {current: true})-[:WITHIN]->(a) WITH p, collect(DISTINCT coalesce(c, a)) AS u RETURN max(size(u)) AS n",
    "Candidate.sharedMembers": "MATCH (p:Partnership) RETURN max(COUNT { (p)<-[:MEMBER_OF]-() }) AS n",
    "OverlapPair.sharedMembers": "MATCH (p:Partnership) RETURN max(COUNT { (p)<-[:MEMBER_OF]-() }) AS n",
    "Scenario.subsumed": "MATCH (p:Partnership) RETURN count(p) AS n",
    "Scenario.newMembersOfBroaderBody": "MATCH (m)-[:MEMBER_OF]->(:Partnership) RETURN count(DISTINCT m) AS n",
    "Scenario.budgetsPooled": "MATCH (f:FundingFlow)-[:TO]->(:Partnership) RETURN count(DISTINCT f) AS n",
    "Scenario.servicesChangingGovernance": "MATCH (s:Service) RETURN count(s) AS n",
    "FundingSummary.byTierAndStream": "MATCH (t:Tier) WITH count(t) AS tiers MATCH (s:FundingStream) WITH tiers, count(s) AS streams RETURN tiers * streams AS n",
    "FundingSummary.twoTierSplits": "MATCH (s:FundingStream) RETURN count(s) AS n",
    "Change.services": "MATCH (:Tier)-[:RESPONSIBLE_FOR]->(s:Service) RETURN count(DISTINCT s) AS n",
    "FundingSummary.statedTotals": "MATCH (a:Authority) RETURN max(COUNT { (a)<-[:TO]-(:FundingFlow {kind: 'total'}) }) AS n",
  };

  it("every measured list is within its bound", async () => {
    const { driver, database } = testDriver();
    try {
      const over: string[] = [];
      for (const [list, query] of Object.entries(MEASURED)) {
        const [row] = await cypher<{ n: { toNumber(): number } | number }>(driver, database, query);
        const n = typeof row?.n === "number" ? row.n : (row?.n?.toNumber() ?? 0);
        expect(n, list).toBeGreaterThan(0);
        if (n > (LIST_BOUNDS[list] ?? 0)) over.push(`${list}: ${n} in the data, bound ${LIST_BOUNDS[list]}`);
      }
      expect(over, "raise these bounds in src/limits.ts (LIST_BOUNDS)").toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it("the lists bounded by construction: a whoDelivers path has at most 6 steps, and a source per step", async () => {
    type P = { path: unknown[]; sources: unknown[] }[];
    const r = await server.gql<{ parish: P; county: P }, Record<string, never>>(
      `{ parish: whoDelivers(service: "461", place: "E04004989") { path { relationship } sources { id } } county: whoDelivers(service: "461", place: "E10000016") { path { relationship } sources { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    const all = [...(r.data?.parish ?? []), ...(r.data?.county ?? [])];
    expect(all.length).toBeGreaterThan(3);
    for (const p of all) {
      expect(p.path.length).toBeLessThanOrEqual(LIST_BOUNDS["Provision.path"] ?? 0);
      expect(p.sources.length).toBeLessThanOrEqual(LIST_BOUNDS["Provision.sources"] ?? 0);
    }
  });
});
