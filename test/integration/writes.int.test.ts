/**
 * Writes only by whom they are meant for: a note's author and times are the server's; a note is
 * changed or deleted by its author or an admin only; a delete must name what it deletes; tokens
 * from an identity provider count only when issued by it, for tiergraph. Real server, real Neo4j.
 * Every note written here has text starting with MARK and is deleted after each test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultSecurity } from "../../src/config.js";
import { mintToken } from "../../src/cli/token.js";
import { assertSeeded, cypher, testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { signHs256, startIdentityProvider, type IdentityProvider } from "../helpers/tokens.js";

const SECRET = "writes-test-secret-of-at-least-thirty-two-characters";
const MARK = "[writes.int]";
const ALICE = "alice@writes.test";
const BOB = "bob@writes.test";
const { driver, database } = testDriver();

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
async function post(server: TestServer, query: string, o: { variables?: unknown; token?: string } = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(o.token ? { authorization: `Bearer ${o.token}` } : {}) },
    body: JSON.stringify({ query, variables: o.variables }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}
const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);

interface StoredNote {
  id: string;
  text: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
  about: string[];
}
/** This file's notes as stored in Neo4j, oldest first. */
const stored = () =>
  cypher<StoredNote>(
    driver,
    database,
    `MATCH (n:Note) WHERE n.text STARTS WITH $mark
     OPTIONAL MATCH (n)-[:ABOUT]->(t)
     WITH n, t ORDER BY t.code
     RETURN n.id AS id, n.text AS text, n.createdBy AS createdBy, toString(n.createdAt) AS createdAt,
            toString(n.updatedAt) AS updatedAt, [c IN collect(t.code) WHERE c IS NOT NULL] AS about
     ORDER BY createdAt, id`,
    { mark: MARK },
  );

const CREATE = `mutation Create($text: String!) {
  createNotes(input: [{ text: $text, authorities: { connect: [{ where: { node: { code: { eq: "E07000111" } } } }] } }]) {
    notes { id text createdBy createdAt updatedAt authorities { code } }
  }
}`;
const ANNOTATE = `mutation Annotate($target: String!, $text: String!) { annotate(target: $target, text: $text) { id createdBy createdAt } }`;
const UPDATE_TEXT = `mutation($id: ID!, $text: String!) { updateNotes(where: { id: { eq: $id } }, update: { text: { set: $text } }) { notes { id text updatedAt } } }`;
const DELETE_ONE = `mutation($id: ID!) { deleteNotes(where: { id: { eq: $id } }) { nodesDeleted } }`;

let server: TestServer;
let alice: string;
let bob: string;
let admin: string;

async function create(token: string, text: string): Promise<string> {
  const r = await post(server, CREATE, { token, variables: { text: `${MARK} ${text}` } });
  expect(r.body.errors).toBeUndefined();
  return (r.body.data?.createNotes as { notes: { id: string }[] }).notes[0]!.id;
}

beforeAll(async () => {
  server = await startTestServer({ security: defaultSecurity({ jwt: { secret: SECRET } }) });
  alice = await mintToken(SECRET, { sub: ALICE, roles: ["editor"] });
  bob = await mintToken(SECRET, { sub: BOB, roles: ["editor"] });
  admin = await mintToken(SECRET, { sub: "admin@writes.test", roles: ["admin"] });
});
afterEach(async () => {
  await driver.executeQuery("MATCH (n:Note) WHERE n.text STARTS WITH $mark DETACH DELETE n", { mark: MARK }, { database });
});
afterAll(async () => {
  await server?.close();
  await assertSeeded(driver, database); // every note written here is gone again
  await driver.close();
});

describe("a note's author and times are set by the server, never by the client", () => {
  it("the inputs have no createdBy, createdAt or updatedAt: sending them fails validation, and nothing is written", async () => {
    const r = await post(server, `{ c: __type(name: "NoteCreateInput") { inputFields { name } } u: __type(name: "NoteUpdateInput") { inputFields { name } } }`);
    const names = (t: unknown) => (t as { inputFields: { name: string }[] }).inputFields.map((f) => f.name).sort();
    expect(names(r.body.data?.c)).toEqual(["authorities", "parishes", "partnerships", "services", "text"]);
    expect(names(r.body.data?.u)).toEqual(["authorities", "parishes", "partnerships", "services", "text"]);

    for (const [field, value] of [["createdBy", `"${BOB}"`], ["createdAt", `"2001-01-01T00:00:00Z"`], ["updatedAt", `"2001-01-01T00:00:00Z"`]]) {
      const forged = await post(server, `mutation { createNotes(input: [{ text: "${MARK} forged", ${field}: ${value} }]) { notes { id } } }`, { token: alice });
      expect([forged.status, codes(forged.body)], field).toEqual([400, ["GRAPHQL_VALIDATION_FAILED"]]);
      expect(forged.body.errors?.[0]?.message).toContain(`Field "${field}" is not defined by type "NoteCreateInput"`);
    }
    expect(await stored()).toEqual([]);

    const id = await create(alice, "to be tampered with");
    const [before] = await stored();
    for (const [field, value] of [["createdBy", `"${BOB}"`], ["createdAt", `"2001-01-01T00:00:00Z"`], ["updatedAt", `"2001-01-01T00:00:00Z"`]]) {
      const forged = await post(server, `mutation { updateNotes(where: { id: { eq: "${id}" } }, update: { ${field}: { set: ${value} } }) { notes { id } } }`, { token: alice });
      expect([forged.status, codes(forged.body)], field).toEqual([400, ["GRAPHQL_VALIDATION_FAILED"]]);
      expect(forged.body.errors?.[0]?.message).toContain(`Field "${field}" is not defined by type "NoteUpdateInput"`);
    }
    expect(await stored()).toEqual([before]);
    expect(before).toMatchObject({ createdBy: ALICE, updatedAt: null });
  });

  it("a note records the token's sub and the server's clock; an update, its own time", async () => {
    const t0 = Date.now();
    const created = await post(server, CREATE, { token: alice, variables: { text: `${MARK} who and when` } });
    const note = (created.body.data?.createNotes as { notes: { id: string; createdBy: string; createdAt: string; updatedAt: null }[] }).notes[0]!;
    expect(note).toMatchObject({ createdBy: ALICE, updatedAt: null, authorities: [{ code: "E07000111" }] });
    const createdAt = Date.parse(note.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(t0 - 1000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 1000);

    const updated = await post(server, UPDATE_TEXT, { token: alice, variables: { id: note.id, text: `${MARK} revised` } });
    const after = (updated.body.data?.updateNotes as { notes: { updatedAt: string }[] }).notes[0]!;
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(createdAt);
    expect(Date.parse(after.updatedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const [row] = await stored();
    expect(row).toMatchObject({ text: `${MARK} revised`, createdBy: ALICE, about: ["E07000111"] });
    expect(Date.parse(row!.createdAt)).toBe(createdAt); // unchanged by the update

    const annotated = await post(server, ANNOTATE, { token: bob, variables: { target: "E04004989", text: `${MARK} annotated` } });
    expect(annotated.body.data?.annotate).toMatchObject({ createdBy: BOB, createdAt: expect.any(String) });
  });

  it("a token that names nobody (no sub, or an empty one) cannot write: UNAUTHENTICATED", async () => {
    for (const token of [await signHs256(SECRET, { roles: ["editor"] }), await signHs256(SECRET, { sub: " ", roles: ["editor"] })]) {
      const viaCreate = await post(server, CREATE, { token, variables: { text: `${MARK} anonymous` } });
      expect(codes(viaCreate.body)).toEqual(["UNAUTHENTICATED"]);
      const viaAnnotate = await post(server, ANNOTATE, { token, variables: { target: "E07000111", text: `${MARK} anonymous` } });
      expect(codes(viaAnnotate.body)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(await stored()).toEqual([]);
  });
});

describe("a note is changed, linked or deleted only by its author or an admin", () => {
  let aliceNote: string;
  beforeEach(async () => {
    aliceNote = await create(alice, "alice's");
    await create(bob, "bob's");
  });

  it("another editor's update, delete, link and unlink are FORBIDDEN, and nothing changes", async () => {
    const before = await stored();
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE_TEXT, { id: aliceNote, text: `${MARK} rewritten by bob` }],
      [DELETE_ONE, { id: aliceNote }],
      [`mutation($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { parishes: [{ connect: [{ where: { node: { code: { eq: "E04004989" } } } }] }] }) { notes { id } } }`, { id: aliceNote }],
      [`mutation($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { authorities: [{ disconnect: [{ where: { node: { code: { eq: "E07000111" } } } }] }] }) { notes { id } } }`, { id: aliceNote }],
      // All notes at once, his own among them: refused as a whole, so his own is unchanged too.
      [`mutation($m: String!) { updateNotes(where: { text: { startsWith: $m } }, update: { text: { set: "${MARK} all bob's now" } }) { notes { id } } }`, { m: MARK }],
      [`mutation($m: String!) { deleteNotes(where: { text: { startsWith: $m } }) { nodesDeleted } }`, { m: MARK }],
    ];
    for (const [query, variables] of attempts) {
      const r = await post(server, query, { token: bob, variables });
      expect(codes(r.body), query).toEqual(["FORBIDDEN"]);
      expect(r.body.errors?.[0]?.message).toMatch(/author or an admin/);
    }
    expect(await stored()).toEqual(before);
  });

  it("the author updates, links, unlinks and deletes their own note", async () => {
    expect((await post(server, UPDATE_TEXT, { token: alice, variables: { id: aliceNote, text: `${MARK} alice's, revised` } })).body.errors).toBeUndefined();
    const relink = await post(
      server,
      `mutation($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { parishes: [{ connect: [{ where: { node: { code: { eq: "E04004989" } } } }] }], authorities: [{ disconnect: [{ where: { node: { code: { eq: "E07000111" } } } }] }] }) { notes { parishes { code } authorities { code } } } }`,
      { token: alice, variables: { id: aliceNote } },
    );
    expect(relink.body).toEqual({ data: { updateNotes: { notes: [{ parishes: [{ code: "E04004989" }], authorities: [] }] } } });
    expect((await stored()).find((n) => n.id === aliceNote)).toMatchObject({ text: `${MARK} alice's, revised`, createdBy: ALICE, about: ["E04004989"] });
    expect((await post(server, DELETE_ONE, { token: alice, variables: { id: aliceNote } })).body).toEqual({ data: { deleteNotes: { nodesDeleted: 1 } } });
    expect((await stored()).map((n) => n.createdBy)).toEqual([BOB]);
  });

  it("an admin updates and deletes anyone's note; the author stays the author", async () => {
    const r = await post(server, UPDATE_TEXT, { token: admin, variables: { id: aliceNote, text: `${MARK} moderated` } });
    expect(r.body.errors).toBeUndefined();
    expect((await stored()).find((n) => n.id === aliceNote)).toMatchObject({ text: `${MARK} moderated`, createdBy: ALICE });
    const all = await post(server, `mutation($m: String!) { deleteNotes(where: { text: { startsWith: $m } }) { nodesDeleted } }`, { token: admin, variables: { m: MARK } });
    expect(all.body).toEqual({ data: { deleteNotes: { nodesDeleted: 2 } } });
    expect(await stored()).toEqual([]);
  });

  it("an admin without the editor role cannot add notes", async () => {
    expect(codes((await post(server, CREATE, { token: admin, variables: { text: `${MARK} by admin` } })).body)).toEqual(["FORBIDDEN"]);
    expect(await stored()).toHaveLength(2);
  });
});

describe("a delete must say what it deletes", () => {
  beforeEach(async () => {
    await create(alice, "one");
    await create(alice, "two");
  });

  it("deleteNotes without a where, or with an empty one, is BAD_USER_INPUT naming `where`, and nothing is deleted", async () => {
    const unfiltered: [string, Record<string, unknown>?][] = [
      [`mutation { deleteNotes { nodesDeleted } }`],
      [`mutation { deleteNotes(where: {}) { nodesDeleted } }`],
      [`mutation { deleteNotes(where: { AND: [], NOT: {} }) { nodesDeleted } }`],
      [`mutation($w: NoteWhere) { deleteNotes(where: $w) { nodesDeleted } }`, { w: {} }],
      [`mutation($w: NoteWhere) { deleteNotes(where: $w) { nodesDeleted } }`, {}],
      // Hidden behind a filtered one, an alias and a fragment: the whole operation is refused.
      [`mutation { one: deleteNotes(where: { text: { eq: "${MARK} one" } }) { nodesDeleted } ...all } fragment all on Mutation { everything: deleteNotes { nodesDeleted } }`],
    ];
    for (const [query, variables] of unfiltered) {
      for (const token of [alice, admin]) {
        const r = await post(server, query, { token, variables });
        expect([r.status, codes(r.body)], query).toEqual([400, ["BAD_USER_INPUT"]]);
        expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
        expect(r.body.errors?.[0]?.message).toMatch(/^(deleteNotes|everything) needs a filter: its `where` argument is missing or empty/);
      }
    }
    expect(await stored()).toHaveLength(2);
    // A filtered delete still works.
    const one = await post(server, `mutation { deleteNotes(where: { text: { eq: "${MARK} one" } }) { nodesDeleted } }`, { token: alice });
    expect(one.body).toEqual({ data: { deleteNotes: { nodesDeleted: 1 } } });
  });
});

describe("tokens from an identity provider count only when issued by it, for tiergraph", () => {
  const ISSUER = "https://id.writes.test/";
  const AUDIENCE = "tiergraph";
  let idp: IdentityProvider;
  let sso: TestServer;
  beforeAll(async () => {
    idp = await startIdentityProvider();
    sso = await startTestServer({ security: defaultSecurity({ jwt: { jwksUrl: idp.jwksUrl, issuer: ISSUER, audience: AUDIENCE } }) });
  });
  afterAll(async () => {
    await sso?.close();
    await idp?.close();
  });
  const write = async (token: string) => post(sso, ANNOTATE, { token, variables: { target: "E07000111", text: `${MARK} via SSO` } });

  it("a token for tiergraph from the configured issuer writes, recorded with its sub", async () => {
    const r = await write(await idp.sign({ sub: "sso-user", iss: ISSUER, aud: AUDIENCE }));
    expect(r.body.data?.annotate).toMatchObject({ createdBy: "sso-user" });
    const many = await write(await idp.sign({ sub: "sso-user", iss: ISSUER, aud: ["another-app", AUDIENCE] }));
    expect(many.body.errors).toBeUndefined();
    expect(await stored()).toHaveLength(2);
  });

  it("the same provider's token for another application (audience), or for none, is UNAUTHENTICATED; nothing written", async () => {
    for (const aud of ["another-app", ["another-app"], undefined]) {
      const viaAnnotate = await write(await idp.sign({ sub: "sso-user", iss: ISSUER, aud }));
      expect(codes(viaAnnotate.body), String(aud)).toEqual(["UNAUTHENTICATED"]);
      const viaCreate = await post(sso, CREATE, { token: await idp.sign({ sub: "sso-user", iss: ISSUER, aud }), variables: { text: `${MARK} via SSO` } });
      expect(codes(viaCreate.body), String(aud)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(await stored()).toEqual([]);
  });

  it("a token from another issuer, or naming none, is UNAUTHENTICATED; so is one signed by another key", async () => {
    for (const iss of ["https://evil.example/", "https://id.writes.test", undefined]) {
      expect(codes((await write(await idp.sign({ sub: "sso-user", iss, aud: AUDIENCE }))).body), String(iss)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(codes((await write(await idp.signWithStrangerKey({ sub: "sso-user", iss: ISSUER, aud: AUDIENCE }))).body)).toEqual(["UNAUTHENTICATED"]);
    // An HS256 token made with the published public key as a secret (algorithm confusion).
    const confused = await signHs256(JSON.stringify(idp.publicJwk), { sub: "sso-user", iss: ISSUER, aud: AUDIENCE });
    expect(codes((await write(confused)).body)).toEqual(["UNAUTHENTICATED"]);
    expect(await stored()).toEqual([]);
  });

  it("with an HS256 secret, issuer and audience are optional, and checked when set", async () => {
    const strict = await startTestServer({ security: defaultSecurity({ jwt: { secret: SECRET, issuer: ISSUER, audience: AUDIENCE } }) });
    try {
      const annotate = (token: string) => post(strict, ANNOTATE, { token, variables: { target: "E07000111", text: `${MARK} hs256` } });
      expect(codes((await annotate(await signHs256(SECRET, { sub: ALICE, iss: ISSUER, aud: AUDIENCE }))).body)).toEqual([]);
      expect(codes((await annotate(await signHs256(SECRET, { sub: ALICE, iss: ISSUER, aud: "another-app" }))).body)).toEqual(["UNAUTHENTICATED"]);
      expect(codes((await annotate(await signHs256(SECRET, { sub: ALICE, iss: "https://evil.example/", aud: AUDIENCE }))).body)).toEqual(["UNAUTHENTICATED"]);
      expect(codes((await annotate(alice)).body)).toEqual(["UNAUTHENTICATED"]); // `npm run token` sets neither
    } finally {
      await strict.close();
    }
    expect(await stored()).toHaveLength(1);
  });
});
