/**
 * Property-based: random and malformed documents, variables and bodies thrown at the real server
 * (fast-check, fixed seed so a failure replays). For every one: an answer within the time limit,
 * JSON with errors that carry a code, and no 5xx. Afterwards the server is still healthy.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server?.close());

/** Statuses the API documents: 200 (data or errors), 400 (bad request/limits), 413 (too large), 415. */
const DOCUMENTED = new Set([200, 400, 413, 415]);

async function send(body: string, contentType = "application/json") {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": contentType, "apollo-require-preflight": "true" },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - t0 };
}

function expectWellFormed(r: { status: number; text: string }, what: string) {
  expect(DOCUMENTED.has(r.status), `${r.status} for ${what}: ${r.text.slice(0, 300)}`).toBe(true);
  const body = JSON.parse(r.text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  for (const e of body.errors ?? []) {
    expect(typeof e.extensions?.code, `${what}: ${e.message}`).toBe("string");
    expect(e.extensions?.code, `${what}: ${e.message}`).not.toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(e)).not.toMatch(/stacktrace|\bMATCH \(|\.ts:\d+/);
  }
}

// Pieces of real queries, recombined: many parse, some validate, a few run.
const FIELDS = ["whoDelivers", "servicesOf", "tierMatrix", "postcode", "authorities", "parishes", "services", "partnerships", "subsumptionCandidates", "partnershipOverlap", "fundingFlows", "fundingSummary", "rationalisationScenario", "__schema", "__typename", "annotate", "createNotes"];
const ARGS = ["service", "place", "on", "authority", "code", "limit", "offset", "where", "by", "area", "year", "minScore", "subsume", "first", "after", "sort", "target", "text"];
const VALUES = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: -2147483648, max: 2147483647 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom("null", "true", "[]", "{}", '"524"', '"E04004989"', '"ME14 1XQ"', '"2020-02-30"', '"kent"', "{ code: { eq: \"E10000016\" } }", "[{ name: ASC }]", '"$x"', "$v"),
);
const argument = fc.tuple(fc.constantFrom(...ARGS), VALUES).map(([n, v]) => `${n}: ${v}`);
const selection: fc.Arbitrary<string> = fc.letrec((tie) => ({
  sel: fc.array(fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.constantFrom("code", "name", "id", "__typename", "authority { code }", "tier", "basis", "path { from to }", "rows { service { code } }", "tiers { code }"), tie("nested")), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(" ")),
  nested: fc.tuple(fc.constantFrom("children", "parishes", "within", "members", "covers", "services", "authority"), tie("sel")).map(([f, s]) => `${f} { ${s as string} }`),
})).sel;
const document = fc
  .tuple(fc.constantFrom("", "query", "mutation", "query Q($v: String)", "subscription"), fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.array(argument, { maxLength: 3 }), selection), { minLength: 1, maxLength: 3 }))
  .map(([op, fields]) => `${op} { ${fields.map(([f, args, sel]) => `${f}${args.length ? `(${args.join(", ")})` : ""} { ${sel} }`).join(" ")} }`);

/** A document damaged at random: characters cut, doubled or swapped for GraphQL punctuation. */
const damaged = fc.tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "{", "}", "(", ")", "$", "...", "#", '"', "\\u0000", "@skip", ":", "!", "\n")), { minLength: 1, maxLength: 4 })).map(([doc, edits]) => {
  let s = doc;
  for (const [at, ch] of edits) {
    const i = at % (s.length + 1);
    s = s.slice(0, i) + ch + s.slice(i + 1);
  }
  return s;
});

const variables = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom("v", "x", "service", "place", "limit"), fc.jsonValue({ maxDepth: 2 })));

describe("random and malformed requests", () => {
  it("random documents and variables: a documented status, coded errors, never a hang", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(document, damaged, fc.string({ maxLength: 200 })), variables, fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), async (query, vars, operationName) => {
        const r = await send(JSON.stringify({ query, variables: vars, operationName }));
        expectWellFormed(r, query);
      }),
      { numRuns: 300, seed: 20261123, endOnFailure: true },
    );
  }, 600_000);

  it("well-formed questions with random arguments reach the resolvers and answer with user errors only", async () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("524", "E04004989", "ME14 1XQ", "EH1 1YZ", "kent", "Newport", "%", "'", "\\", "*", "E0", "2020-02-30"));
    await fc.assert(
      fc.asyncProperty(text, text, fc.option(text, { nil: undefined }), async (service, place, on) => {
        const r = await send(JSON.stringify({ query: `query($s: String!, $p: String!, $on: Date) { whoDelivers(service: $s, place: $p, on: $on) { authority { code } basis } }`, variables: { s: service, p: place, on } }));
        expectWellFormed(r, JSON.stringify([service, place, on]));
        const codes = ((JSON.parse(r.text) as { errors?: { extensions: { code: string } }[] }).errors ?? []).map((e) => e.extensions.code);
        for (const c of codes) expect(["BAD_USER_INPUT", "NOT_FOUND", "AMBIGUOUS", "OUT_OF_COVERAGE"]).toContain(c);
      }),
      { numRuns: 150, seed: 20261123, endOnFailure: true },
    );
  }, 600_000);

  it("malformed bodies: not JSON, wrong shapes, wrong content types", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 100 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constantFrom("", "{", '{"query": 1}', '{"query": null}', '{"query": "{ __typename }", "variables": "x"}', "[]", '[{"query": "{ __typename }"}]')),
        fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/graphql", "multipart/form-data"),
        async (body, type) => {
          const r = await send(body, type);
          expect(DOCUMENTED.has(r.status), `${r.status} for ${type} ${body.slice(0, 80)}: ${r.text.slice(0, 200)}`).toBe(true);
          expect(() => JSON.parse(r.text) as unknown, r.text.slice(0, 200)).not.toThrow();
        },
      ),
      { numRuns: 200, seed: 20261123, endOnFailure: true },
    );
  }, 600_000);

  it("the server is still healthy afterwards", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect((await server.gql(`{ whoDelivers(service: "524", place: "E04004989") { authority { code } } }`)).data).toEqual({ whoDelivers: [{ authority: { code: "E07000111" } }] });
  });
});
