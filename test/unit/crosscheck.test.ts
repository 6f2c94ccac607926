/**
 * Cross-source checks of the geography (issue #15), at plan level (no database): a wrong county
 * planted in a copy of the register is caught and settled by the other sources, and the real
 * register's error (Forest Heath filed under Surrey) is settled the same way.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SEEDS } from "../../src/seed/context.js";
import type { Plan } from "../../src/seed/plan.js";
import { buildPlan } from "../../src/seed/run.js";
import { settle, type Signal } from "../../src/seed/loaders/settle.js";

const REGISTER = "datasets/authorities/uk_local_authorities.csv";
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of seeds/ with one line of the register changed. */
function seedsWith(lineStart: string, change: (line: string) => string): { seeds: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), "tiergraph-crosscheck-"));
  dirs.push(dir);
  cpSync(DEFAULT_SEEDS, dir, { recursive: true });
  const lines = readFileSync(join(dir, REGISTER), "utf8").split("\n");
  const i = lines.findIndex((l) => l.startsWith(lineStart));
  const before = lines[i] ?? "";
  lines[i] = change(before);
  if (i < 0 || lines[i] === before) throw new Error(`fixture change to ${lineStart} changed nothing`);
  writeFileSync(join(dir, REGISTER), lines.join("\n"));
  return { seeds: dir, line: i + 1 };
}

const within = (plan: Plan, from: string) => [...(plan.rels.get("WITHIN|Authority|Authority")?.rows.values() ?? [])].filter((r) => r.from === from && r.to.startsWith("E10"));
const conflict = (plan: Plan, id: string) => plan.get("Conflict", id);

describe("settling a fact several sources state", () => {
  const s = (source: string, says: string): Signal => ({ source, what: "x", at: { file: "f", line: 1 }, says });
  it("the value most signals name wins; the first (the register) loses when outvoted", () => {
    expect(settle([s("reg", "SRY"), s("a", "SFK"), s("b", "SFK")])).toMatchObject({ value: "SFK", tie: false, lost: [{ source: "reg" }] });
  });
  it("a tie keeps the first signal's value and says it was a tie", () => {
    expect(settle([s("reg", "SRY"), s("a", "SFK")])).toMatchObject({ value: "SRY", tie: true, won: [{ source: "reg" }], lost: [{ source: "a" }] });
  });
  it("no signals, no settlement", () => expect(settle([])).toBeUndefined());
});

describe("a wrong county planted in a copy of the register", () => {
  it("Sevenoaks filed under Surrey is caught, reported with file and line, and settled back to Kent", () => {
    const { seeds, line } = seedsWith("SEV,", (l) => l.replace(",Non-metropolitan district,KEN,", ",Non-metropolitan district,SRY,"));
    const plan = buildPlan(seeds);
    // The graph holds the settled county, and says where it came from.
    const rels = within(plan, "E07000111");
    expect(rels.map((r) => r.to)).toEqual(["E10000016"]);
    expect(rels[0]?.props.source).not.toBe("mysociety-register");
    expect(String(rels[0]?.props.cite)).toMatch(new RegExp(`^settled against the register's county-la SRY at row ${line} \\(Conflict conflict:county:E07000111\\)`));
    // The conflict: the register lost, and every other signal named Kent.
    const c = conflict(plan, "conflict:county:E07000111");
    expect(c).toMatchObject({ field: "county", subject: "E07000111", settled: "Kent (KEN, E10000016)", tie: false });
    expect(c?.lost).toEqual([expect.stringMatching(new RegExp(`^mysociety-register .*uk_local_authorities\\.csv:${line} county-la: Surrey \\(SRY, E10000030\\)$`))]);
    const won = (c?.won as string[]).map((w) => w.split(" ")[0]);
    expect(new Set(won)).toEqual(new Set(["mysociety-register", "ons-cty-2020", "ons-cty-2021", "govuk-local-links-authorities", "ons-fra-2019", "ons-lrf-2019"]));
    expect(c?.won).toEqual(expect.arrayContaining([expect.stringMatching(/ons-cty-2021 .*LAD21_to_CTY21_Apr2021_EN\.csv:\d+ CTY21CD E10000016: Kent/)]));
    // The conflicts report says the same.
    expect(plan.warnings.find((w) => w.startsWith("county of Sevenoaks (E07000111): settled Kent"))).toMatch(/Lost: mysociety-register .*csv:\d+ county-la: Surrey/);
    // Nothing in the plan files it under Surrey: Surrey's children and its NHB split do not include it.
    expect([...(plan.rels.get("WITHIN|Authority|Authority")?.rows.values() ?? [])].some((r) => r.from === "E07000111" && r.to === "E10000030")).toBe(false);
  }, 180_000);
});

describe("the real register", () => {
  const plan = buildPlan();

  it("files Forest Heath under Surrey; five other signals say Suffolk, and Suffolk is what the graph holds", () => {
    expect(within(plan, "E07000201").map((r) => r.to)).toEqual(["E10000029"]);
    const c = conflict(plan, "conflict:county:E07000201");
    expect(c).toMatchObject({ settled: "Suffolk (SFK, E10000029)", tie: false });
    expect(c?.lost).toEqual([expect.stringMatching(/uk_local_authorities\.csv:150 county-la: Surrey/)]);
    expect((c?.won as string[]).map((w) => w.replace(/ seeds\/\S+/, ""))).toEqual([
      "mysociety-register county-la of its successor West Suffolk (WSK): Suffolk (SFK, E10000029)",
      "mysociety-register snac 42UC (county number 42): Suffolk (SFK, E10000029)",
      "mysociety-register ecode E3532 (county number E35): Suffolk (SFK, E10000029)",
      "digital-land-local-authority region E12000006, the region of Suffolk: Suffolk (SFK, E10000029)",
      "core-spending-power region EE, the region of Suffolk: Suffolk (SFK, E10000029)",
    ]);
  }, 180_000);

  it("every disagreement about county, region, type, end date or a combined authority's start date is a Conflict and a report line", () => {
    const ids = [...(plan.nodes.get("Conflict")?.keys() ?? [])].sort();
    expect(ids).toEqual([
      "conflict:county:E07000201",
      "conflict:end-date:E07000154",
      "conflict:end-date:E47000010",
      "conflict:end-date:E47000011",
      "conflict:region:E10000007",
      "conflict:region:E10000019",
      "conflict:region:E47000009",
      "conflict:start-date:E47000002",
      "conflict:start-date:E47000009",
    ]);
    for (const id of ids) {
      const c = conflict(plan, id);
      expect(plan.warnings.some((w) => w.includes(`(${String(c?.subject)}): settled ${String(c?.settled)}`)), id).toBe(true);
    }
    // Derbyshire and Lincolnshire are East Midlands councils (the register says West Midlands and Yorkshire and The Humber).
    expect(plan.get("Authority", "E10000007")?.region).toBe("East Midlands");
    expect(plan.get("Authority", "E10000019")?.region).toBe("East Midlands");
    // Northampton lasted to 31 March 2021 (digital-land's 2020-03-31 is outvoted); North of Tyne ended in May 2024.
    expect(plan.get("Authority", "E07000154")?.validTo).toBe("2021-03-31");
    expect(plan.get("Authority", "E47000011")).toMatchObject({ validTo: "2024-05-07", current: false });
  });

  it("every district's county agrees with each ONS vintage that lists it, once settled", () => {
    for (const [file, lad, cty] of [["LAD20_to_CTY20_Apr2020_EN__ons-lookups_csv_030.csv", "LAD20CD", "CTY20CD"], ["LAD21_to_CTY21_Apr2021_EN.csv", "LAD21CD", "CTY21CD"]] as const) {
      const rows = readFileSync(join(DEFAULT_SEEDS, "datasets/ons-lookups", file), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((l) => l.split(","));
      const header = rows[0] ?? [];
      const [l, c] = [header.indexOf(lad), header.indexOf(cty)];
      const shire = rows.slice(1).filter((r) => r[c]?.startsWith("E10"));
      expect(shire.length).toBeGreaterThan(150);
      for (const r of shire) expect(within(plan, r[l] ?? "").map((w) => w.to), `${file} ${r[l]}`).toContain(r[c]);
    }
  });
});
