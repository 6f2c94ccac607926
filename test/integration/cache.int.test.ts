/**
 * Cacheable reads (issue #17, item 4): GET with the preflight header, persisted queries, an ETag
 * on every clean read answer tied to the data version, 304 for If-None-Match, and a new ETag
 * after a re-seed or a note written through the API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSecurity } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { seedAll } from "../../src/seed/run.js";
import { testDriver } from "../helpers/db.js";
import { startCountingServer, startTestServer, type TestServer } from "../helpers/server.js";
import { signHs256 } from "../helpers/tokens.js";

const SECRET = "cache-test-secret-of-at-least-thirty-two-characters";
const MARK = "[cache.int]";
const QUERY = `{ whoDelivers(service: "524", place: "E07000111", on: "2024-04-01") { tier authority { code name } } }`;
const PREFLIGHT = { "apollo-require-preflight": "true" };
const { driver, database } = testDriver();

async function get(server: TestServer, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql?${new URLSearchParams(params)}`, { headers: { ...PREFLIGHT, ...headers } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? (JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] }) : undefined };
}

async function post(server: TestServer, query: string, o: { token?: string; variables?: unknown; ifNoneMatch?: string } = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.ifNoneMatch ? { "if-none-match": o.ifNoneMatch } : {}),
    },
    body: JSON.stringify({ query, variables: o.variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const deleteNotes = () => driver.executeQuery("MATCH (n:Note) WHERE n.text STARTS WITH $mark DETACH DELETE n", { mark: MARK }, { database });
afterAll(async () => {
  await deleteNotes();
  await driver.close();
});

describe("GET and its CSRF guard", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("a GET without a preflight header is refused (Apollo's CSRF prevention); with one it is answered, with an ETag and Cache-Control", async () => {
    const bare = await fetch(`${server.url}/graphql?${new URLSearchParams({ query: QUERY })}`);
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain("Cross-Site Request Forgery");

    const r = await get(server, { query: QUERY });
    expect(r.status).toBe(200);
    expect(r.body?.data).toEqual({ whoDelivers: [{ tier: "DISTRICT", authority: { code: "E07000111", name: "Sevenoaks" } }] });
    expect(r.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(r.headers.get("cache-control")).toBe("public, max-age=60");
    expect(r.headers.get("vary")?.toLowerCase()).toContain("authorization");
  });

  it("a POST read carries the same kind of ETag, but If-None-Match on a POST never gives 304", async () => {
    const first = await post(server, QUERY);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\//);
    const again = await post(server, QUERY, { ifNoneMatch: etag! });
    expect(again.status).toBe(200);
    expect(again.headers.get("etag")).toBe(etag);
  });

  it("another query, other variables or an answer with errors: another ETag or none, and errors are never stored", async () => {
    const a = await get(server, { query: QUERY });
    const b = await get(server, { query: QUERY.replace("2024-04-01", "2024-04-02") });
    expect(b.headers.get("etag")).not.toBe(a.headers.get("etag"));
    const v1 = await get(server, { query: "query($p: String!) { whoDelivers(service: \"524\", place: $p) { tier } }", variables: JSON.stringify({ p: "E07000111" }) });
    const v2 = await get(server, { query: "query($p: String!) { whoDelivers(service: \"524\", place: $p) { tier } }", variables: JSON.stringify({ p: "E07000112" }) });
    expect(v1.headers.get("etag")).toBeTruthy();
    expect(v2.headers.get("etag")).not.toBe(v1.headers.get("etag"));

    const unknown = await get(server, { query: `{ whoDelivers(service: "no such service anywhere", place: "E07000111") { tier } }` });
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.headers.get("etag")).toBeNull();
    expect(unknown.headers.get("cache-control")).toBe("no-store");
  });
});

describe("what is not a query", () => {
  it("a subscription (the schema has none) is answered with a coded error and no-store, never a 500 (the fuzz test found one)", async () => {
    const server = await startTestServer();
    try {
      // The fuzz test's counterexample: a subscription with variables and an operation name that names nothing.
      const cases = [
        { query: "subscription { __typename }" },
        { query: `subscription { __typename(on: [{ name: ASC }], offset: "qM_Ax") { rows { code } } }`, variables: { limit: "e),?;5" }, operationName: 'R+}5"ul' },
        { query: "{ tierMatrix { tiers { code } } }", operationName: "NoSuchOperation" },
      ];
      for (const c of cases) {
        const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(c) });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(res.status, c.query).not.toBe(500);
        expect(body.errors?.[0]?.extensions?.code, c.query).not.toBe("INTERNAL_SERVER_ERROR");
        expect(res.headers.get("etag")).toBeNull();
        expect(res.headers.get("cache-control")).toBe("no-store");
      }
    } finally {
      await server.close();
    }
  });
});

describe("304 before anything runs", () => {
  it("a repeated GET with the ETag it was given gets 304 with no body, and no Cypher is sent", async () => {
    const { server, queries } = await startCountingServer({ security: defaultSecurity({ cache: { versionTtlMs: 60_000 } }), countVersionReads: true });
    try {
      const first = await get(server, { query: QUERY });
      const etag = first.headers.get("etag")!;
      const sent = queries.length;
      expect(sent).toBeGreaterThan(0);
      const second = await get(server, { query: QUERY }, { "if-none-match": etag });
      expect(second.status).toBe(304);
      expect(second.text).toBe("");
      expect(second.headers.get("etag")).toBe(etag);
      expect(second.headers.get("cache-control")).toBe("public, max-age=60");
      expect(queries.length).toBe(sent);
      // A list of tags, one of them ours, and the strong form of ours: weak comparison matches.
      expect((await get(server, { query: QUERY }, { "if-none-match": `W/"other", ${etag.slice(2)}` })).status).toBe(304);
      // A stale tag: the answer again.
      expect((await get(server, { query: QUERY }, { "if-none-match": 'W/"stale-tag"' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe("persisted queries by GET", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());

  it("a hash alone is unknown until the query is sent once with it; then the hash alone is answered, with an ETag and 304", async () => {
    const { createHash } = await import("node:crypto");
    const sha256Hash = createHash("sha256").update(QUERY).digest("hex");
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = await get(server, { extensions });
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.headers.get("etag")).toBeNull();
    expect((await get(server, { query: QUERY, extensions })).status).toBe(200);
    const byHash = await get(server, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body?.data).toEqual({ whoDelivers: [{ tier: "DISTRICT", authority: { code: "E07000111", name: "Sevenoaks" } }] });
    const etag = byHash.headers.get("etag")!;
    expect((await get(server, { extensions }, { "if-none-match": etag })).status).toBe(304);
  });
});

describe("the data version: a note written, a re-seed", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ security: defaultSecurity({ jwt: { secret: SECRET } }) })));
  afterAll(async () => server.close());

  it("with a token the answer is private and its ETag is not the public one; a mutation is no-store", async () => {
    const token = await signHs256(SECRET, { sub: "carol@cache.test", roles: ["editor"] });
    const pub = await post(server, QUERY);
    const own = await post(server, QUERY, { token });
    expect(own.headers.get("cache-control")).toBe("private, no-cache");
    expect(own.headers.get("etag")).not.toBe(pub.headers.get("etag"));
    const m = await post(server, `mutation { annotate(target: "E07000111", text: "${MARK} private") { id } }`, { token });
    expect(m.body.errors).toBeUndefined();
    expect(m.headers.get("cache-control")).toBe("no-store");
    expect(m.headers.get("etag")).toBeNull();
  });

  it("a note written through the API gives every read a new ETag at once (this server ran the mutation)", async () => {
    const token = await signHs256(SECRET, { sub: "carol@cache.test", roles: ["editor"] });
    const before = await get(server, { query: QUERY });
    const etag = before.headers.get("etag")!;
    expect((await get(server, { query: QUERY }, { "if-none-match": etag })).status).toBe(304);
    const m = await post(server, `mutation { annotate(target: "E07000111", text: "${MARK} a note") { id } }`, { token });
    expect(m.body.errors).toBeUndefined();
    const after = await get(server, { query: QUERY }, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(after.body?.data).toEqual(before.body?.data);
  });

  it("after a re-seed: 200 with a new ETag (the version is read again within TIERGRAPH_DATA_VERSION_TTL_MS)", async () => {
    await deleteNotes(); // the seeded state again (the test server checks it)
    const fresh = await startTestServer({ security: defaultSecurity({ cache: { versionTtlMs: 0 } }) });
    try {
      const before = await get(fresh, { query: QUERY });
      const etag = before.headers.get("etag")!;
      expect((await get(fresh, { query: QUERY }, { "if-none-match": etag })).status).toBe(304);
      await seedAll({ driver, database, log: createLogger("warn", "test-cache") });
      const after = await get(fresh, { query: QUERY }, { "if-none-match": etag });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(etag);
      expect(after.body?.data).toEqual(before.body?.data);
      expect((await get(fresh, { query: QUERY }, { "if-none-match": after.headers.get("etag")! })).status).toBe(304);
    } finally {
      await fresh.close();
    }
  });
});
