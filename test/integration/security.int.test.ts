/**
 * Who may write, what the API shows of itself, and the limits on hostile queries — against the
 * real server and the suite's Neo4j. Every write here is undone in afterAll (notes deleted).
 */
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSecurity } from "../../src/config.js";
import { mintToken } from "../../src/cli/token.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startCountingServer, startTestServer, type TestServer } from "../helpers/server.js";
import { startIdentityProvider } from "../helpers/tokens.js";

const SECRET = "test-secret-of-at-least-thirty-two-characters";
const security = defaultSecurity({ jwt: { secret: SECRET } });
const { driver, database } = testDriver();

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(server: TestServer, query: string, o: { variables?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(o.token ? { authorization: `Bearer ${o.token}` } : {}), ...o.headers },
    body: JSON.stringify({ query, variables: o.variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}
const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);
const notes = async () => Number((await cypher<{ c: number }>(driver, database, "MATCH (n:Note) RETURN count(n) AS c"))[0]?.c);

const CREATE = `mutation Create($text: String!) {
  createNotes(input: [{ text: $text, authorities: { connect: [{ where: { node: { code: { eq: "E07000111" } } } }] } }]) {
    notes { id text createdBy authorities { code name } }
  }
}`;
const ANNOTATE = `mutation Annotate($target: String!, $text: String!) { annotate(target: $target, text: $text) { id text createdBy parishes { code } } }`;

let server: TestServer;
let editor: string;
let reader: string;
beforeAll(async () => {
  server = await startTestServer({ security });
  editor = await mintToken(SECRET, { sub: "editor@example.org", roles: ["editor"] });
  reader = await mintToken(SECRET, { sub: "reader@example.org", roles: ["reader"] });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n:Note) DETACH DELETE n", {}, { database });
  await server?.close();
  await driver.close();
});

describe("reads are public; writes need an editor's signed token", () => {
  it("reads without a token", async () => {
    const r = await post(server, `{ authorities(where: { code: { eq: "E10000016" } }) { name } }`);
    expect(r.body).toEqual({ data: { authorities: [{ name: "Kent" }] } });
  });

  it("without a token, or with a bad one: UNAUTHENTICATED, and nothing written", async () => {
    const wrongKey = await mintToken("another-secret-of-at-least-thirty-two-chars", { sub: "x", roles: ["editor"] });
    const expired = await new SignJWT({ roles: ["editor"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x","roles":["editor"]}').toString("base64url")}.`;
    for (const token of [undefined, "not-a-jwt", wrongKey, expired, unsigned]) {
      for (const [query, variables] of [
        [CREATE, { text: "should not land" }],
        [ANNOTATE, { target: "E04004989", text: "should not land" }],
        // (filtered: a delete without one is refused before its token is even looked at, writes.int.test.ts)
        [`mutation { deleteNotes(where: { text: { eq: "should not land" } }) { nodesDeleted } }`, {}],
      ] as const) {
        const r = await post(server, query, { token, variables });
        expect(codes(r.body), `${String(token).slice(0, 12)} ${query.slice(0, 30)}`).toEqual(["UNAUTHENTICATED"]);
        expect(r.body.errors?.[0]?.message).toMatch(/Bearer/);
      }
    }
    expect(await notes()).toBe(0);
  });

  it("with a valid token that lacks the editor role: FORBIDDEN, and nothing written", async () => {
    for (const [query, variables] of [
      [CREATE, { text: "should not land" }],
      [ANNOTATE, { target: "E04004989", text: "should not land" }],
    ] as const) {
      const r = await post(server, query, { token: reader, variables });
      expect(codes(r.body)).toEqual(["FORBIDDEN"]);
      expect(r.body.errors?.[0]?.message).toMatch(/editor role/);
    }
    expect(await notes()).toBe(0);
  });

  it("an editor writes notes, recorded with who and when; updates and deletes them", async () => {
    const created = await post(server, CREATE, { token: editor, variables: { text: "Check the 2024 waste contract" } });
    expect(created.body.errors).toBeUndefined();
    const note = (created.body.data?.createNotes as { notes: { id: string; createdBy: string; authorities: unknown[] }[] }).notes[0];
    expect(note).toMatchObject({ text: "Check the 2024 waste contract", createdBy: "editor@example.org", authorities: [{ code: "E07000111", name: "Sevenoaks" }] });

    const annotated = await post(server, ANNOTATE, { token: editor, variables: { target: "E04004989", text: "Town council since 1974" } });
    expect(annotated.body).toEqual({ data: { annotate: { id: expect.any(String), text: "Town council since 1974", createdBy: "editor@example.org", parishes: [{ code: "E04004989" }] } } });

    const [stored] = await cypher<{ createdAt: unknown; about: string }>(driver, database, "MATCH (n:Note {text: 'Town council since 1974'})-[:ABOUT]->(p) RETURN n.createdAt AS createdAt, p.name AS about");
    expect(stored).toMatchObject({ about: "Edenbridge", createdAt: expect.anything() });

    const updated = await post(server, `mutation { updateNotes(where: { id: { eq: "${note?.id}" } }, update: { text: { set: "Checked" } }) { notes { text updatedAt } } }`, { token: editor });
    expect(updated.body.data).toEqual({ updateNotes: { notes: [{ text: "Checked", updatedAt: expect.any(String) }] } });
    // A reader still cannot change an editor's note.
    const tampered = await post(server, `mutation { updateNotes(update: { text: { set: "x" } }) { notes { text } } }`, { token: reader });
    expect(codes(tampered.body)).toEqual(["FORBIDDEN"]);

    const deleted = await post(server, `mutation { deleteNotes(where: { createdBy: { eq: "editor@example.org" } }) { nodesDeleted } }`, { token: editor });
    expect(deleted.body.data).toEqual({ deleteNotes: { nodesDeleted: 2 } });
    expect(await notes()).toBe(0);
  });

  it("annotate explains an unknown target and empty text", async () => {
    const unknown = await post(server, ANNOTATE, { token: editor, variables: { target: "E07999999", text: "x" } });
    expect(unknown.body.errors?.[0]).toMatchObject({ message: "nothing in the graph has the code or id E07999999", extensions: { code: "NOT_FOUND" } });
    const empty = await post(server, ANNOTATE, { token: editor, variables: { target: "E07000111", text: "  " } });
    expect(codes(empty.body)).toEqual(["BAD_USER_INPUT"]);
    expect(await notes()).toBe(0);
  });

  it("mutations exist only for notes, and a note cannot create the data it points at", async () => {
    const r = await post(server, `{ __schema { mutationType { fields { name } } } __type(name: "NoteAuthoritiesFieldInput") { inputFields { name } } }`);
    const schema = r.body.data as { __schema: { mutationType: { fields: { name: string }[] } }; __type: { inputFields: { name: string }[] } };
    expect(schema.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(["annotate", "createNotes", "deleteNotes", "updateNotes"]);
    expect(schema.__type.inputFields.map((f) => f.name)).toEqual(["connect"]);
  });
});

describe("tokens from an identity provider (JWKS)", () => {
  it("verifies RS256 tokens against the provider's key set; a token signed by another key is refused", async () => {
    // Issuer and audience are required with a key set (their own tests: writes.int.test.ts).
    const idp = await startIdentityProvider();
    const claims = { sub: "sso-user", iss: "https://id.example.org/", aud: "tiergraph" };
    const sso = await startTestServer({ security: defaultSecurity({ jwt: { jwksUrl: idp.jwksUrl, issuer: claims.iss, audience: claims.aud } }) });
    try {
      const ok = await post(sso, ANNOTATE, { token: await idp.sign(claims), variables: { target: "E07000111", text: "via SSO" } });
      expect(ok.body.data).toEqual({ annotate: { id: expect.any(String), text: "via SSO", createdBy: "sso-user", parishes: [] } });
      const forged = await post(sso, ANNOTATE, { token: await idp.signWithStrangerKey(claims), variables: { target: "E07000111", text: "forged" } });
      expect(codes(forged.body)).toEqual(["UNAUTHENTICATED"]);
      // An HS256 token made with the key set's public key as a secret (algorithm confusion) is refused too.
      const confused = await mintToken(JSON.stringify(idp.publicJwk), { sub: "x", roles: ["editor"] });
      expect(codes((await post(sso, ANNOTATE, { token: confused, variables: { target: "E07000111", text: "confused" } })).body)).toEqual(["UNAUTHENTICATED"]);
    } finally {
      await driver.executeQuery("MATCH (n:Note) DETACH DELETE n", {}, { database });
      await sso.close();
      await idp.close();
    }
    expect(await notes()).toBe(0);
  });
});

describe("what the API shows of itself: introspection, sandbox, CSRF, CORS", () => {
  it("locally: introspection and the sandbox page are on", async () => {
    expect((await post(server, "{ __schema { queryType { name } } }")).body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect([page.status, await page.text()]).toEqual([200, expect.stringMatching(/<html/i)]);
  });

  it("in production configuration: both off", async () => {
    const prod = await startTestServer({ production: true, security: defaultSecurity({ introspection: false }) });
    try {
      const r = await post(prod, "{ __schema { queryType { name } } }");
      expect([r.status, codes(r.body)]).toEqual([400, ["GRAPHQL_VALIDATION_FAILED"]]);
      expect(r.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toMatch(/<html/i);
    } finally {
      await prod.close();
    }
  });

  it("refuses requests a browser could send cross-site without a preflight (CSRF)", async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const form = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(400);
    const ok = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(await ok.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("CORS: no cross-origin access by default; configured origins get it", async () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
    expect((await preflight(server.url, "https://example.org")).headers.get("access-control-allow-origin")).toBeNull();
    const open = await startTestServer({ security: defaultSecurity({ corsOrigins: ["https://example.org"] }) });
    try {
      const allowed = await preflight(open.url, "https://example.org");
      expect([allowed.status, allowed.headers.get("access-control-allow-origin")]).toEqual([204, "https://example.org"]);
      expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      expect((await preflight(open.url, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe("limits on hostile queries, each named, most before the database is touched", () => {
  let counted: TestServer;
  let queries: string[];
  beforeAll(async () => {
    ({ server: counted, queries } = await startCountingServer());
  });
  afterAll(() => counted?.close());

  const rejected = async (query: string, limit: string) => {
    queries.length = 0;
    const r = await post(counted, query);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit });
    expect(queries).toEqual([]); // Neo4j never saw it
    return r.body.errors?.[0]?.message ?? "";
  };

  it("depth", async () => {
    let q = "code";
    for (let i = 0; i < 13; i++) q = `children { ${q} }`;
    expect(await rejected(`{ authorities(limit: 1) { ${q} } }`, "maxDepth")).toMatch(/too deep: at most 12 allowed \(maxDepth, TIERGRAPH_MAX_DEPTH\), found 15/);
  });

  it("aliases", async () => {
    const many = Array.from({ length: 31 }, (_, i) => `a${i}: tierMatrix { tiers { code } }`).join(" ");
    expect(await rejected(`{ ${many} }`, "maxAliases")).toMatch(/at most 30 allowed \(maxAliases/);
  });

  it("estimated cost, counting what lists can return", async () => {
    const msg = await rejected(`{ authorities(limit: 2500) { code parishes(limit: 2500) { code name } } }`, "maxCost");
    expect(msg).toMatch(/would cost about \d+, over the limit of 250000 \(maxCost, TIERGRAPH_MAX_COST\)/);
    // The same through variables, and through unlimited nested lists (each counted at its @limit default).
    await rejected(`{ authorities(limit: 500) { parishes { code within { parishes { code } } } } }`, "maxCost");
    queries.length = 0;
    const r = await post(counted, `query($n: Int) { authorities(limit: $n) { code parishes(limit: $n) { code } } }`, { variables: { n: 1000 } });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "maxCost" });
    expect(queries).toEqual([]);
  });

  it("lists have a default size and a maximum (@limit on every type)", async () => {
    const r = await post(counted, `{ a: parishes { code } b: parishes(limit: 100000) { code } }`);
    const d = r.body.data as { a: unknown[]; b: unknown[] };
    expect([d.a.length, d.b.length]).toEqual([100, 2500]);
  });

  it("request body size", async () => {
    const res = await fetch(`${counted.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/over 1048576 bytes \(TIERGRAPH_MAX_BODY_BYTES\)/), extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("a transaction timeout stops long queries, generated and ours, with QUERY_TIMEOUT", async () => {
    const slow = await startTestServer({ production: true, security: defaultSecurity({ limits: { queryTimeoutMs: 1 } }) });
    try {
      for (const q of [`{ parishes(limit: 2500, sort: [{ name: DESC }]) { code within(limit: 3) { code name } } }`, `{ partnershipOverlap(limit: 5000) { pairs { memberJaccard a { id } } } }`]) {
        // Both take hundreds of ms; Neo4j checks timeouts every 100 ms (src/db/local.ts).
        const r = await post(slow, q);
        expect(r.body.errors?.[0], q).toEqual({ message: expect.stringMatching(/longer than 1 ms \(TIERGRAPH_QUERY_TIMEOUT_MS\)/), locations: expect.any(Array), path: expect.any(Array), extensions: { code: "QUERY_TIMEOUT" } });
      }
    } finally {
      await slow.close();
    }
  });

  it("in production, an unexpected failure is masked: no stack trace, no Cypher", async () => {
    const broken = await startTestServer({
      production: true,
      wrapDriver: (d) =>
        new Proxy(d, {
          get: (t, k) =>
            k === "executeQuery"
              ? () => Promise.reject(Object.assign(new Error("Invalid input 'X': expected MATCH (p:Parish {code: $code}) RETURN p"), { code: "Neo.ClientError.Statement.SyntaxError" }))
              : Reflect.get(t, k),
        }),
    });
    try {
      const r = await post(broken, `{ tierMatrix { rows { service { code } } } }`);
      expect(r.body.errors).toEqual([{ message: "Internal server error", locations: expect.any(Array), path: ["tierMatrix"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
      expect(JSON.stringify(r.body)).not.toMatch(/MATCH|stacktrace|\.ts:/);
    } finally {
      await broken.close();
    }
  });
});
