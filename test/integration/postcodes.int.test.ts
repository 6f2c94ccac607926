import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { ROOT } from "../../src/paths.js";
import { createLogger } from "../../src/log.js";
import { SeedValidationError } from "../../src/seed/errors.js";
import { loadPostcodes } from "../../src/seed/postcodes.js";
import { PostcodeDocument, WhoDeliversDocument } from "../__generated__/operations.js";
import { totals } from "../global-setup.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { tsArgs } from "../helpers/node-ts.js";

let server: TestServer;
const { driver, database } = testDriver();
const log = createLogger("warn", "test-postcodes");
const tmp = mkdtempSync(join(tmpdir(), "tiergraph-postcodes-"));
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await server?.close();
  await driver.close();
});

const who = async (service: string, place: string, on?: string) => {
  const r = await server.gql(WhoDeliversDocument, { service, place, on });
  return { provisions: r.data?.whoDelivers ?? [], errors: r.errors };
};
const providers = (ps: { tier: string; authority: { code: string } }[]) => ps.map((p) => `${p.tier}:${p.authority.code}`).sort();

describe("who delivers, asked by postcode", () => {
  it("accepts a postcode in any usual form: ME14 1XQ, me141xq, ME14  1XQ", async () => {
    for (const form of ["ME14 1XQ", "me141xq", "ME14  1XQ", " me14 1xq "]) {
      expect(providers((await who("524", form)).provisions), form).toEqual(["DISTRICT:E07000110"]);
    }
  });

  it("a Kent district postcode: district service to Maidstone, county service to Kent County Council; the path starts at the postcode", async () => {
    const { provisions } = await who("Home schooling", "ME14 1XQ");
    expect(providers(provisions)).toEqual(["COUNTY:E10000016"]);
    const p = provisions[0];
    expect(p?.place).toMatchObject({ label: "Postcode", name: "ME14 1XQ" });
    expect(p?.path.map((s) => `${s.from.code}-${s.relationship}->${s.to.code}`).slice(0, 2)).toEqual(["ME141XQ-IN_DISTRICT->E07000110", "E07000110-WITHIN->E10000016"]);
    expect(p?.path[0]).toMatchObject({ source: "onspd-2025-11", cite: "pcds ME14 1XQ" });
    expect(p?.sources.find((s) => s.id === "onspd-2025-11")?.licence).toBe("OGL v3");
    expect(p?.note).toMatch(/A postcode gives the district or unitary, not the parish/);
  });

  it("says the postcode cannot give the parish instead of guessing one", async () => {
    const { provisions } = await who("637", "ME14 1XQ"); // bus shelters: a parish power
    expect(provisions.some((p) => p.tier === "PARISH")).toBe(false);
    expect(provisions.every((p) => /not the parish/.test(p.note ?? ""))).toBe(true);
  });

  it("Medway (unitary), Westminster and the City of London", async () => {
    expect(providers((await who("1", "ME1 1AA")).provisions)).toEqual(["UNITARY:E06000035"]);
    expect(providers((await who("524", "SW1A 1AA")).provisions)).toEqual(["LONDON_BOROUGH:E09000033"]);
    expect(providers((await who("524", "EC2V 7HH")).provisions)).toEqual(["CITY_OF_LONDON:E09000001"]);
    expect(providers((await who("TG-GLA-TRANSPORT", "EC2V 7HH")).provisions)).toEqual(["GLA:E61000001"]);
  });

  it("Barnsley: a postcode (E08000038 in ONSPD) and both GSS codes reach the one council", async () => {
    const byPostcode = providers((await who("524", "S70 1AA")).provisions);
    expect(byPostcode).toEqual(["METROPOLITAN_DISTRICT:E08000016"]);
    expect(providers((await who("524", "E08000038")).provisions)).toEqual(byPostcode);
    expect(providers((await who("524", "E08000016")).provisions)).toEqual(byPostcode);
  });

  it("errors: not a postcode, a well-formed postcode that does not exist, a postcode outside England", async () => {
    const notOne = await server.gql(PostcodeDocument, { code: "ME14" });
    expect(notOne.errors?.[0]).toMatchObject({ message: 'code: "ME14" is not a postcode (e.g. ME14 1XQ)', extensions: { code: "BAD_USER_INPUT" } });
    const missing = await who("524", "ME99 9ZZ");
    expect(missing.errors?.[0]).toMatchObject({ message: "place: ME99 9ZZ is not in the ONS Postcode Directory (November 2025) for England.", extensions: { code: "NOT_FOUND" } });
    const scottish = await who("524", "eh1 1yz");
    expect(scottish.errors?.[0]).toMatchObject({ message: "place: EH1 1YZ is outside England; tiergraph covers England only (ONS Postcode Directory, English postcodes).", extensions: { code: "OUT_OF_COVERAGE" } });
    const before = await who("1", "HP19 8FF", "2019-01-01");
    expect(before.errors?.[0]?.message).toMatch(/^place: HP19 8FF lies in Buckinghamshire \(E06000060\) on 2025 boundaries, which began on 2020-04-01/);
  });
});

describe("postcode(code, on): everything a postcode falls under", () => {
  it("a Kent postcode: district, county, fire authority, resilience forum, combined with the partnerships covering it", async () => {
    const r = await server.gql(PostcodeDocument, { code: "me14 1xq" });
    const bodies = r.data?.postcode.bodies.map((b) => `${b.relationship}:${b.body.id}`) ?? [];
    expect(r.data?.postcode.postcode).toBe("ME14 1XQ");
    expect(bodies).toEqual(expect.arrayContaining(["WITHIN:E07000110", "WITHIN:E10000016", "FIRE_AND_RESCUE:E31000022", "PARTNERSHIP:partnership:lrf-e48000017", "PARTNERSHIP:partnership:maidstone-kent-locality-board"]));
    expect(r.data?.postcode.sources.map((s) => s.id)).toContain("onspd-2025-11");
  });

  it("a Barnsley postcode: its combined authority too", async () => {
    const r = await server.gql(PostcodeDocument, { code: "S70 1AA" });
    expect(r.data?.postcode.bodies.map((b) => b.body.code)).toEqual(expect.arrayContaining(["E08000016", "E47000002"]));
  });
});

describe("postcodes in the graph", () => {
  it("each postcode is IN_DISTRICT of exactly one authority and never WITHIN anything, so walks inwards along WITHIN never read postcodes", async () => {
    const [r] = await cypher<{ postcodes: number; linked: number; within: number }>(
      driver,
      database,
      `CALL () { MATCH (p:Postcode) RETURN count(p) AS postcodes }
       CALL () { MATCH (:Postcode)-[r:IN_DISTRICT]->(:Authority) RETURN count(r) AS linked }
       CALL () { MATCH (:Postcode)-[r]-() WHERE NOT r:IN_DISTRICT RETURN count(r) AS within }
       RETURN postcodes, linked, within`,
    );
    expect(r).toEqual({ postcodes: 2264892, linked: 2264892, within: 0 });
  });
});

describe("the postcode import is all-or-nothing", () => {
  const activeSet = async () => (await cypher<{ set: string; rows: number }>(driver, database, "MATCH (s:PostcodeSet {id: 'active'}) RETURN s.set AS set, s.rows AS rows"))[0];

  it("a bad row stops it with file, line and column, and nothing changes", async () => {
    const before = await totals(driver, database);
    const file = join(tmp, "bad.csv.gz");
    writeFileSync(file, gzipSync("pcds,lad25cd\nME14 1XQ,E07000110\nME14 1XR,X07000110\nnot a postcode,E07000110\n"));
    const err = await loadPostcodes({ driver, database, log, file, force: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    const messages = (err as SeedValidationError).errors.map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/bad\.csv\.gz:3 \(column lad25cd\): X07000110 is not an authority in the graph$/),
      expect.stringMatching(/bad\.csv\.gz:4 \(column pcds\): "not a postcode" is not a postcode$/),
    ]);
    expect(await totals(driver, database)).toEqual(before);
  });

  it("an interrupted load leaves the previous postcodes answering, and a re-run completes", async () => {
    const before = await activeSet();
    const beforeTotals = await totals(driver, database);
    await expect(loadPostcodes({ driver, database, log, force: true, failAfterBatches: 2 })).rejects.toThrow(/interrupted on purpose/);
    expect(await activeSet()).toEqual(before);
    expect(providers((await who("524", "ME14 1XQ")).provisions)).toEqual(["DISTRICT:E07000110"]);
    const rerun = await loadPostcodes({ driver, database, log });
    expect(rerun).toMatchObject({ loaded: false, rows: 2264892 });
    expect(await totals(driver, database)).toEqual(beforeTotals);
  }, 240_000); // two batches written and cleared again: over 60 s on a busy 2-core machine
});

describe("the CLI answers by postcode too", () => {
  it("npm run ask -- who-delivers 524 \"ME14 1XQ\"", async () => {
    const c = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
    const { stdout } = await promisify(execFile)(process.execPath, [...tsArgs("src/cli/ask.ts"), "who-delivers", "524", "ME14 1XQ"], { env, cwd: ROOT });
    expect(stdout).toMatch(/^tier\s+authority\s+name\s+basis\s+validity\s+path\s+sources/);
    expect(stdout).toMatch(/DISTRICT\s+E07000110\s+Maidstone\s+STATUTORY_DUTY\s+UNDATED\s+ME141XQ -IN_DISTRICT-> E07000110/);
  });
});
