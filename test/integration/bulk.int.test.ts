import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { WhoDeliversDocument } from "../__generated__/operations.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { tsArgs } from "../helpers/node-ts.js";

let server: TestServer;
const { driver, database } = testDriver();
const tmp = mkdtempSync(join(tmpdir(), "tiergraph-export-"));
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await server?.close();
  await driver.close();
});

type Row = Record<string, string>;
const csv = (text: string) => parse(text, { columns: true }) as Row[];

describe("the bulk who-delivers export", () => {
  it("streams every parish and unparished area of an area × a service, with the documented columns", async () => {
    const res = await fetch(`${server.url}/export/who-delivers.csv?area=E10000016&service=524&on=2024-04-01`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.split("\n")[0]).toBe("place_code,place_name,place_type,service_code,service_name,tier,authority_code,authority_name,basis,validity,on");
    const rows = csv(text);
    const [{ n } = { n: 0 }] = await cypher<{ n: number }>(driver, database,
      // Parish codes in force on the date only (a code's life is bounded by the ONS lists: Maidstone's old codes ended in 2022).
      "MATCH (p)-[:WITHIN]->(:Authority)-[:WITHIN]->(:Authority {code: 'E10000016'}) WHERE p:UnparishedArea OR (p:Parish AND coalesce(p.validFrom, date('2024-04-01')) <= date('2024-04-01') AND coalesce(p.validTo, date('2024-04-01')) >= date('2024-04-01')) RETURN count(DISTINCT p) AS n");
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.tier))).toEqual(new Set(["DISTRICT"]));
    expect(rows.find((r) => r.place_code === "E04004989")).toMatchObject({ authority_code: "E07000111", authority_name: "Sevenoaks", basis: "STATUTORY_DUTY", on: "2024-04-01" });
  });

  it("equals what whoDelivers answers, for a sample of (place, service) pairs", async () => {
    const res = await fetch(`${server.url}/export/who-delivers.csv?area=Kent&on=2024-04-01`);
    const rows = csv(await res.text());
    expect(rows.length).toBeGreaterThan(40_000);
    const byPair = new Map<string, string[]>();
    for (const r of rows) {
      const key = `${r.place_code}|${r.service_code}`;
      byPair.set(key, [...(byPair.get(key) ?? []), `${r.tier}:${r.authority_code}:${r.basis}`]);
    }
    const pairs = [...byPair.keys()].sort();
    const sample = pairs.filter((_, i) => i % Math.floor(pairs.length / 25) === 0); // evenly spread, reproducible
    for (const key of sample) {
      const [place = "", service = ""] = key.split("|");
      const r = await server.gql(WhoDeliversDocument, { service, place, on: "2024-04-01" });
      const answer = (r.data?.whoDelivers ?? []).map((p) => `${p.tier}:${p.authority.code}:${p.basis}`).sort();
      expect(answer, key).toEqual([...(byPair.get(key) ?? [])].sort());
    }
  });

  it("refuses unknown filters before streaming anything", async () => {
    const res = await fetch(`${server.url}/export/who-delivers.csv?area=Atlantis`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.stringMatching(/^area: nothing matches "Atlantis"\./) } });
  });

  it("npm run export writes the same table to a file", async () => {
    const c = inject("neo4j");
    const out = join(tmp, "swale.csv");
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
    const { stderr } = await promisify(execFile)(process.execPath, [...tsArgs("src/cli/export.ts"), "--area", "E07000113", "--service", "524", "--out", out], { env, cwd: ROOT });
    expect(stderr).toMatch(/\[export\] \d+ rows in [\d.]+s/);
    const rows = csv(readFileSync(out, "utf8"));
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((r) => r.authority_code === "E07000113" && r.service_code === "524")).toBe(true);
  });
});
