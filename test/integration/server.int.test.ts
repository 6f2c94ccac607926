import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorityByCodeDocument } from "../__generated__/operations.js";
import { createLogger } from "../../src/log.js";
import { warmUp } from "../../src/warmup.js";
import { testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe("the GraphQL server", () => {
  it("answers the README's first query with real authorities from the seed data", async () => {
    const r = await server.gql(AuthorityByCodeDocument, { code: "E10000016" });
    expect(r.errors).toBeUndefined();
    const kent = r.data?.authorities[0];
    expect(kent?.name).toBe("Kent");
    expect(kent?.tiers.map((t) => t.code)).toEqual(["COUNTY"]);
    expect(kent?.children).toHaveLength(12);
    expect(kent?.children.map((c) => c.name)).toContain("Sevenoaks");
    expect(kent?.sourcesConnection.edges[0]?.node.licence).toMatch(/CC-BY-4.0/);
  });

  it("reports a reachable database on /health", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { reachable: true } });
  });

  it("serves the sandbox page to a browser on /graphql", async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<html/i);
  });

  it("rejects a body that is not JSON with 400, and unknown paths with 404", async () => {
    const bad = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
  });

  it("has no mutations for the loaded data: only the import changes it (editors write notes, see security tests)", async () => {
    const r = await server.gql("mutation { createAuthorities(input: [{ code: \"X\" }]) { info { nodesCreated } } }");
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.message).toMatch(/Cannot query field "createAuthorities" on type "Mutation"/);
  });

  it("warms up before listening: asks each main question once, and every one answers", async () => {
    const { driver, database } = testDriver();
    const warnings: string[] = [];
    const log = { ...createLogger("error", "test-warmup"), warn: (m: string) => void warnings.push(m) };
    const w = await warmUp(server.app, driver, database, log, 15_000);
    expect(w).toMatchObject({ asked: 8, failed: [] });
    expect(warnings).toEqual([]);
    await driver.close();
  });
});
