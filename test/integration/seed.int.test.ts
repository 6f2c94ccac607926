import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { DEFAULT_SEEDS } from "../../src/seed/context.js";
import { SeedValidationError } from "../../src/seed/errors.js";
import { buildPlan, seedAll } from "../../src/seed/run.js";
import { writePlan } from "../../src/seed/write.js";
import { totals } from "../global-setup.js";
import { assertSeeded, cypher, testDriver } from "../helpers/db.js";

const { driver, database } = testDriver();
const log = createLogger("warn", "test-seed");
const fixtures: string[] = [];

/** A copy of seeds/ with one file changed, as a broken fixture. */
function brokenSeeds(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "tiergraph-seeds-"));
  fixtures.push(dir);
  cpSync(DEFAULT_SEEDS, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`fixture change to ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

const lineOf = (file: string, needle: string) => readFileSync(join(DEFAULT_SEEDS, file), "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;

function seedErrors(seeds: string): string[] {
  try {
    buildPlan(seeds);
  } catch (err) {
    if (err instanceof SeedValidationError) return err.errors.map((e) => e.message);
    throw err;
  }
  throw new Error("expected the seeds to be rejected");
}

beforeAll(async () => assertSeeded(driver, database));
afterAll(async () => {
  for (const d of fixtures) rmSync(d, { recursive: true, force: true });
  await driver.close();
});

describe("the import rejects bad input, naming file, line and column", () => {
  it("a malformed GSS code in the authority register", () => {
    const file = "datasets/authorities/uk_local_authorities.csv";
    const seeds = brokenSeeds(file, (t) => t.replace("KEN,Kent County Council,Kent,E10000016", "KEN,Kent County Council,Kent,X10000016"));
    // The root cause first; rows that refer to Kent (its districts) fail after it.
    const errs = seedErrors(seeds);
    expect(errs[0]).toMatch(new RegExp(`uk_local_authorities\\.csv:${lineOf(file, "KEN,Kent County Council")} \\(column gss-code\\): "X10000016" is not an English GSS code`));
  });

  it("an amount that is not a number in the spending data", () => {
    const file = "datasets/core-spending-power/CSP_long_201520.csv";
    const seeds = brokenSeeds(file, (t) => t.replace(/^(E07000111,Sevenoaks,SE,2017,)[^,]+/m, "$1twelve"));
    const errs = seedErrors(seeds);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(new RegExp(`CSP_long_201520\\.csv:${lineOf(file, "E07000111,Sevenoaks,SE,2017")} \\(column sfa\\): "twelve" is not an amount`));
  });

  it("a membership role the schema does not allow, in curated YAML", () => {
    const file = "curated/partnerships.yaml";
    const seeds = brokenSeeds(file, (t) => t.replace("role: chair", "role: boss"));
    const errs = seedErrors(seeds);
    expect(errs[0]).toMatch(/partnerships\.yaml:\d+ \(column partnerships\.\d+\.members\.\d+\.role\): Invalid enum value/);
    expect(Number(/yaml:(\d+)/.exec(errs[0] ?? "")?.[1])).toBe(lineOf(file, "role: chair"));
  });

  it("a citation of a source that does not exist", () => {
    const seeds = brokenSeeds("curated/funding.yaml", (t) => t.replace("source: '001'", "source: '999'"));
    expect(seedErrors(seeds).join("\n")).toMatch(/funding\.yaml:\d+: .* cites unknown source "999"/);
  });

  it("a relationship to a council that does not exist", () => {
    const seeds = brokenSeeds("datasets/ons-lookups/LAD25_to_CAUTH25_May2025_EN.csv", (t) => t.replace("E08000001,Bolton", "E08999999,Nowhere"));
    expect(seedErrors(seeds).join("\n")).toMatch(/LAD25_to_CAUTH25_May2025_EN\.csv:2 \(column LAD25CD\): E08999999 "Nowhere" matches no council/);
  });
});

describe("the import is all-or-nothing and idempotent", () => {
  it("leaves the database exactly as it was when a write fails part-way", async () => {
    const before = await totals(driver, database);
    const [runBefore] = await cypher(driver, database, "MATCH (m:SeedRun) RETURN m.run AS run");
    await expect(writePlan(driver, database, buildPlan(), { failAfterBatches: 3 })).rejects.toThrow(/interrupted on purpose/);
    expect(await totals(driver, database)).toEqual(before);
    expect(await cypher(driver, database, "MATCH (m:SeedRun) RETURN m.run AS run")).toEqual([runBefore]);
  });

  it("gives the same node and relationship counts when run twice", async () => {
    const before = await totals(driver, database);
    const r = await seedAll({ driver, database, log });
    expect(await totals(driver, database)).toEqual(before);
    const planned = Object.values(r.nodes).reduce((a, b) => a + b, 0);
    // The seed owns every node except the postcode set, which has its own versioned loader.
    const [own] = await cypher<{ c: number }>(driver, database, "MATCH (n) WHERE NOT n:Postcode AND NOT n:PostcodeSet RETURN toInteger(count(n)) AS c");
    expect(planned + 1).toBe(Number(own?.c)); // + the SeedRun marker
  });

  it("has a uniqueness constraint for every key it merges on", async () => {
    const rows = await cypher<{ label: string; prop: string }>(driver, database, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties[0] AS prop");
    expect(rows).toEqual(expect.arrayContaining([{ label: "Authority", prop: "code" }, { label: "Parish", prop: "code" }, { label: "Partnership", prop: "id" }, { label: "Service", prop: "code" }]));
  });
});
