import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { FundingFlowsDocument, FundingSummaryDocument, OverlapDocument, ScenarioDocument, SubsumptionDocument } from "../__generated__/operations.js";
import { totals } from "../global-setup.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
const { driver, database } = testDriver();

/** Fixtures with known answers, around Swale (E07000113): removed again after the file. */
const FIXTURES = `
MATCH (swale:Authority {code: 'E07000113'}), (kcc:Authority {code: 'E10000016'}), (maidstone:Authority {code: 'E07000110'}), (police:Organisation {id: 'org:kent-police'})
CREATE (inside:Partnership:TestFixture {id: 'partnership:fixture-inside', name: 'Fixture inside Swale', kind: 'fixture', statutory: false, legalBasis: [], status: 'active', themes: ['community budgets', 'commissioning']})
CREATE (straddling:Partnership:TestFixture {id: 'partnership:fixture-straddling', name: 'Fixture straddling Swale and Maidstone', kind: 'fixture', statutory: false, legalBasis: [], status: 'active', themes: ['commissioning']})
CREATE (statutory:Partnership:TestFixture {id: 'partnership:fixture-statutory', name: 'Fixture statutory partnership in Swale', kind: 'fixture', statutory: true, legalBasis: ['Crime and Disorder Act 1998 s.5-6'], status: 'active', themes: ['community safety']})
CREATE (inside)-[:COVERS]->(swale), (swale)-[:MEMBER_OF]->(inside), (kcc)-[:MEMBER_OF]->(inside)
CREATE (straddling)-[:COVERS]->(swale), (straddling)-[:COVERS]->(maidstone), (swale)-[:MEMBER_OF]->(straddling), (maidstone)-[:MEMBER_OF]->(straddling)
CREATE (statutory)-[:COVERS]->(swale), (swale)-[:MEMBER_OF]->(statutory), (kcc)-[:MEMBER_OF]->(statutory), (police)-[:MEMBER_OF]->(statutory)`;

beforeAll(async () => {
  server = await startTestServer();
  await driver.executeQuery(FIXTURES, {}, { database });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (f:TestFixture) DETACH DELETE f", {}, { database });
  await server?.close();
  await driver.close();
});

const KENT_DISTRICTS = ["Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks", "Shepway", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"];

describe("which partnerships could a Locality Board subsume?", () => {
  it("ranks fixtures built to have known answers: inside > statutory > straddling, each explained", async () => {
    const r = await server.gql(SubsumptionDocument, { by: "Swale Kent Locality Board" });
    const byId = new Map(r.data?.subsumptionCandidates.map((c, i) => [c.partnership.id, { ...c, rank: i }]));
    const inside = byId.get("partnership:fixture-inside");
    const statutory = byId.get("partnership:fixture-statutory");
    const straddling = byId.get("partnership:fixture-straddling");
    expect(inside).toMatchObject({ score: 1, areaScore: 1, memberScore: 1, themeScore: 1, recommendation: "SUBSUME", canAbolish: true, blockers: [], areaOutside: [] });
    expect(statutory).toMatchObject({ score: 0.633, memberScore: 0.667, recommendation: "ALIGN_OR_MERGE", canAbolish: false, missingMembers: [{ id: "org:kent-police" }] });
    expect(statutory?.blockers[0]).toMatch(/^statutory \(Crime and Disorder Act 1998 s\.5-6\): it can be merged with or have its work aligned to Swale Kent Locality Board, not abolished$/);
    expect(straddling).toMatchObject({ score: 0.625, areaScore: 0.5, memberScore: 0.5, recommendation: "PARTIAL", areaOutside: [{ code: "E07000110" }] });
    expect(straddling?.blockers[0]).toBe("covers 1 area(s) outside Swale Kent Locality Board: Maidstone");
    expect(inside!.rank).toBeLessThan(statutory!.rank);
    expect(statutory!.rank).toBeLessThan(straddling!.rank);
  });

  it("for each of the twelve Kent Locality Boards, a ranked list led by its own District Deal", async () => {
    for (const district of KENT_DISTRICTS) {
      const r = await server.gql(SubsumptionDocument, { by: `${district} Kent Locality Board` });
      expect(r.errors, district).toBeUndefined();
      const list = r.data?.subsumptionCandidates.filter((c) => c.partnership.kind !== "fixture") ?? [];
      expect(list.length, district).toBeGreaterThan(5);
      expect(list.map((c) => c.score)).toEqual([...list.map((c) => c.score)].sort((a, b) => b - a));
      expect(list[0]).toMatchObject({ partnership: { name: `${district} District Deal`, kind: "district-deal" }, score: 0.75, recommendation: "SUBSUME" });
      const csp = list.find((c) => c.partnership.kind === "community-safety-partnership");
      expect(csp).toMatchObject({ canAbolish: false, recommendation: "ALIGN_OR_MERGE" });
    }
  });

  it("minScore filters, and membership that is not recorded is reported, not scored as zero", async () => {
    const r = await server.gql(SubsumptionDocument, { by: "Swale Kent Locality Board", minScore: 0.7 });
    expect(r.data?.subsumptionCandidates.every((c) => c.score >= 0.7)).toBe(true);
    const all = await server.gql(SubsumptionDocument, { by: "Swale Kent Locality Board" });
    const forum = all.data?.subsumptionCandidates.find((c) => c.partnership.name === "Kent Forum");
    expect(forum).toMatchObject({ memberScore: null, notRecorded: ["members"] });
  });

  it("a combined authority as the broader body", async () => {
    const r = await server.gql(SubsumptionDocument, { by: "E47000002" });
    expect(r.data?.subsumptionCandidates[0]).toMatchObject({ partnership: { kind: "local-resilience-forum", statutory: true }, areaScore: 1 });
  });

  it("bad inputs: unknown body, a body that is not a broader body", async () => {
    const unknown = await server.gql(SubsumptionDocument, { by: "Narnia Board" });
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^by: nothing matches "Narnia Board"\./), extensions: { code: "NOT_FOUND" } });
    const district = await server.gql(SubsumptionDocument, { by: "E07000111" });
    expect(district.errors?.[0]?.message).toBe("by: Sevenoaks (E07000111, NMD) is not a broader body: give a partnership with a recorded area, a combined authority or the GLA.");
  });
});

describe("partnership overlap and scenarios", () => {
  it("pairwise overlap in Kent: the Swale board and the Swale deal share all members and area", async () => {
    const r = await server.gql(OverlapDocument, { area: "Kent", limit: 2000 });
    expect(r.data?.partnershipOverlap.area).toBe("Kent (E10000016)");
    const pair = r.data?.partnershipOverlap.pairs.find((p) => [p.a.name, p.b.name].sort().join("|") === "Swale District Deal|Swale Kent Locality Board");
    expect(pair).toMatchObject({ memberJaccard: 1, areaJaccard: 1 });
    expect(pair?.sharedMembers.map((m) => m.id).sort()).toEqual(["E07000113", "E10000016"]);
    const london = await server.gql(OverlapDocument, { area: "Camden" });
    expect(london.data?.partnershipOverlap.pairs.some((p) => p.a.name.includes("Kent") || p.b.name.includes("Kent"))).toBe(false);
  });

  it("a what-if for a real board gives before/after figures and changes nothing in the database", async () => {
    const before = await totals(driver, database);
    const r = await server.gql(ScenarioDocument, { by: "Swale Kent Locality Board", subsume: ["Swale District Deal", "Community Safety Partnerships (Kent districts)"] });
    const s = r.data?.rationalisationScenario;
    expect(s?.after.partnerships).toBe((s?.before.partnerships ?? 0) - 2);
    expect(s?.seatsFreed).toBeGreaterThanOrEqual(0);
    expect(s?.after.seats).toBe((s?.before.seats ?? 0) - (s?.seatsFreed ?? 0));
    expect(s?.servicesChangingGovernance.map((x) => x.code)).toContain("870");
    expect(s?.blockers).toHaveLength(1);
    expect(s?.blockers[0]).toMatch(/^Community Safety Partnerships \(Kent districts\) is statutory/);
    expect(s?.changed).toBe(false);
    expect(await totals(driver, database)).toEqual(before);
  });

  it("pools a board's budgets into the broader body, counting those with no stated amount", async () => {
    const r = await server.gql(ScenarioDocument, { by: "Kent", subsume: ["Swale Kent Locality Board"] }).catch((e) => e);
    expect(r.errors?.[0]?.message).toMatch(/Kent \(E10000016, CTY\) is not a broader body/);
    const forum = await server.gql(ScenarioDocument, { by: "Kent Forum", subsume: ["Swale Kent Locality Board"] });
    expect(forum.data?.rationalisationScenario).toMatchObject({ budgetsWithoutAmount: 3, pooledTotal: 0 });
    expect(forum.data?.rationalisationScenario.budgetsPooled.map((b) => b.kind).sort()).toEqual(["pooled", "pooled", "proposed"]);
  });

  it("bad inputs: an empty subsume list, an unknown partnership", async () => {
    const empty = await server.gql(ScenarioDocument, { by: "Swale Kent Locality Board", subsume: [] });
    expect(empty.errors?.[0]).toMatchObject({ message: "subsume: give at least one partnership (id or name)", extensions: { code: "BAD_USER_INPUT" } });
    const unknown = await server.gql(ScenarioDocument, { by: "Swale Kent Locality Board", subsume: ["No Such Board"] });
    expect(unknown.errors?.[0]?.message).toMatch(/^subsume: nothing matches "No Such Board"\./);
  });
});

describe("where the money goes", () => {
  /** The CSP file's New Homes Bonus in pence, summed exactly, per GSS code and year. */
  const csv = parse(readFileSync(join(ROOT, "seeds/datasets/core-spending-power/CSP_long_201520.csv")), { bom: true, columns: true }) as Record<string, string>[];
  const pence = (code: string, year: string) =>
    csv.filter((r) => r.ons_code === code && r.year === year.slice(0, 4)).reduce((sum, r) => sum + BigInt(Math.round(Number(r.nhb) * 1e8)), 0n);

  it("New Homes Bonus per two-tier area and year reconciles with the source CSV to the penny, and Kent's split is 80/20", async () => {
    const counties = await cypher<{ code: string; districts: string[] }>(driver, database, "MATCH (c:Authority {type: 'CTY'})<-[:WITHIN]-(d:Authority) RETURN c.code AS code, collect(d.code) AS districts");
    let checked = 0;
    for (const year of ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"]) {
      for (const c of counties) {
        const upper = pence(c.code, year);
        const lower = c.districts.reduce((s, d) => s + pence(d, year), 0n);
        if (upper === 0n && lower === 0n) continue; // the county did not exist that year
        const r = await server.gql(FundingSummaryDocument, { area: c.code, year });
        const split = r.data?.fundingSummary.twoTierSplits[0];
        expect(BigInt(Math.round((split?.upperTier ?? NaN) * 100)), `${c.code} ${year} upper`).toBe(upper);
        expect(BigInt(Math.round((split?.lowerTier ?? NaN) * 100)), `${c.code} ${year} lower`).toBe(lower);
        expect(split?.expectedLowerTierShare).toBe(0.8);
        if (c.code === "E10000016") expect(split?.lowerTierShare).toBeCloseTo(0.8, 6);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("shows the Kent Recommitment's £8bn next to what the datasets account for", async () => {
    const r = await server.gql(FundingSummaryDocument, { area: "E10000016", year: "2019-20" });
    const s = r.data?.fundingSummary;
    expect(s?.lowerTierBodies).toBe(12);
    expect(s?.statedTotals[0]).toMatchObject({ amount: 8_000_000_000, source: "The Kent Recommitment (working draft)" });
    expect(s?.datasetTotal).toBeGreaterThan(1e9);
    expect(s?.datasetTotal).toBeLessThan(8e9);
  });

  it("fundingFlows filters by recipient, stream and year, with totals", async () => {
    const r = await server.gql(FundingFlowsDocument, { to: "E07000111", stream: "new-homes-bonus", year: "2019-20" });
    const f = r.data?.fundingFlows;
    expect(f?.count).toBe(1);
    expect(BigInt(Math.round((f?.total ?? 0) * 100))).toBe(pence("E07000111", "2019-20"));
    expect(f?.flows[0]).toMatchObject({ from: { id: "org:mhclg" }, sources: ["core-spending-power"] });
    const board = await server.gql(FundingFlowsDocument, { to: "Swale Kent Locality Board" });
    expect(board.data?.fundingFlows).toMatchObject({ count: 3, withoutAmount: 3, total: 0 });
    const bad = await server.gql(FundingFlowsDocument, { to: "Atlantis" });
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^to: nothing matches "Atlantis"\./), extensions: { code: "NOT_FOUND" } });
    const year = await server.gql(FundingFlowsDocument, { year: "2019" });
    expect(year.errors?.[0]?.message).toBe('year: "2019" is not a financial year; use e.g. 2019-20');
  });
});
