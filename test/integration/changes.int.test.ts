/**
 * changes(area, from, to) (#17 item 2): what changed in an area between two dates, dated or
 * bounded, each change sourced — Buckinghamshire's and North Yorkshire's reorganisations, London's
 * fire authority, and Maidstone's recoded parishes.
 */
import neo4j from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { CA_LISTS, CHANGES, PARISH_LISTS } from "../../src/questions/changes.js";
import { refParam } from "../../src/questions/resolve.js";
import { ChangesDocument, type ChangesQuery } from "../__generated__/operations.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";

const { server, driver, database } = useTestServer();

// A freshly built Neo4j plans this large query slowly the first time (about 5-15 s on 2 busy
// cores; the server's warm-up asks it once for the same reason): plan it here, outside the
// server's query timeout, so the tests time the answers, not the planner.
beforeAll(async () => {
  const params = { area: refParam("Kent"), from: "2019-04-01", to: "2020-05-01", yearFrom: "2019-20", yearTo: "2020-21", parishLists: {}, caLists: {} };
  await driver.executeQuery(CHANGES, params, { database, routing: neo4j.routing.READ });
}, 120_000);

type Answer = ChangesQuery["changes"];
type Change = Answer["changes"][number];
const ask = async (area: string, from: string, to: string): Promise<Answer> => {
  const r = await server.gql(ChangesDocument, { area, from, to });
  expect(r.errors).toBeUndefined();
  return r.data!.changes;
};
const ofKind = (a: Answer, kind: Change["kind"]) => a.changes.filter((c) => c.kind === kind);
const ids = (refs: { id: string }[]) => refs.map((r) => r.id).sort();

const BUCKS_DISTRICTS = ["E07000004", "E07000005", "E07000006", "E07000007"];
const NY_DISTRICTS = ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"];

describe("Buckinghamshire around 2020-04-01: the county and four districts became one unitary", () => {
  it("from the abolished county: the county and its 4 districts abolished, E06000060 created with them as predecessors", async () => {
    const a = await ask("E10000002", "2019-04-01", "2020-05-01");
    expect(a.area).toEqual({ code: "E10000002", name: "Buckinghamshire County", type: "CTY" });
    const abolished = ofKind(a, "AUTHORITY_ABOLISHED");
    expect(ids(abolished.map((c) => c.subject))).toEqual([...BUCKS_DISTRICTS, "E10000002"]);
    for (const c of abolished) {
      expect(c).toMatchObject({ on: "2020-04-01", notBefore: "2020-04-01", notAfter: "2020-04-01", bounded: false, readFrom: "REPLACED_BY" });
      expect(ids(c.after)).toEqual(["E06000060"]);
      expect(c.description).toContain("its last day was 2020-03-31");
      expect(c.sources.map((s) => s.id)).toContain("mysociety-register");
    }
    const [created, ...more] = ofKind(a, "AUTHORITY_CREATED");
    expect(more).toEqual([]);
    expect(created).toMatchObject({ on: "2020-04-01", subject: { id: "E06000060", name: "Buckinghamshire" } });
    expect(ids(created!.before)).toEqual([...BUCKS_DISTRICTS, "E10000002"]);
  });

  it("responsibilities moved from the county and district tiers to the unitary, grouped by who held them", async () => {
    const a = await ask("E10000002", "2019-04-01", "2020-05-01");
    const moved = ofKind(a, "RESPONSIBILITIES_MOVED");
    expect(moved.map((c) => ids(c.before))).toEqual(expect.arrayContaining([["E10000002"], BUCKS_DISTRICTS, [...BUCKS_DISTRICTS, "E10000002"]]));
    for (const c of moved) expect(ids(c.after)).toEqual(["E06000060"]);
    const services = (held: string[]) => moved.find((c) => ids(c.before).join() === held.join())?.services.map((s) => s.code) ?? [];
    // Household waste collection was the districts'; home schooling (LGSL 1) the county's: both the unitary's now.
    expect(services(BUCKS_DISTRICTS)).toContain("524");
    expect(services(["E10000002"])).toContain("1");
    // The same split the graph gives whoDelivers on either side.
    const [county] = await cypher<{ n: number }>(driver, database,
      "MATCH (:Tier {code: 'COUNTY'})-[:RESPONSIBLE_FOR]->(s:Service) WHERE NOT EXISTS { (:Tier {code: 'DISTRICT'})-[:RESPONSIBLE_FOR]->(s) } AND EXISTS { (:Tier {code: 'UNITARY'})-[:RESPONSIBLE_FOR]->(s) } RETURN count(DISTINCT s) AS n");
    expect(services(["E10000002"]).length).toBe(Number(county?.n));
  });

  it("asked of the successor, the same reorganisation; also its fire authority and the money year on year", async () => {
    const a = await ask("Buckinghamshire", "2019-04-01", "2020-05-01");
    expect(a.area.code).toBe("E06000060");
    expect(ids(ofKind(a, "AUTHORITY_ABOLISHED").map((c) => c.subject))).toEqual([...BUCKS_DISTRICTS, "E10000002"]);
    expect(ofKind(a, "MEMBERSHIP_STARTED")).toEqual([
      expect.objectContaining({ on: "2020-04-01", subject: expect.objectContaining({ id: "E06000060" }), after: [expect.objectContaining({ id: "E31000004" })], readFrom: "FIRE_AND_RESCUE_BY" }),
    ]);
    const nhb = ofKind(a, "FUNDING_CHANGED").find((c) => c.subject.id === "new-homes-bonus");
    const [sum] = await cypher<{ y1: number; y2: number }>(driver, database,
      `MATCH (s:FundingStream {id: 'new-homes-bonus'})<-[:OF_STREAM]-(f:FundingFlow)-[:TO]->(a:Authority) WHERE a.code IN $codes
       RETURN round(sum(CASE f.year WHEN '2019-20' THEN f.amount END), 2) AS y1, round(sum(CASE f.year WHEN '2020-21' THEN f.amount END), 2) AS y2`,
      { codes: [...BUCKS_DISTRICTS, "E10000002", "E06000060"] });
    expect(nhb?.funding).toMatchObject({ yearBefore: "2019-20", yearAfter: "2020-21", amountBefore: sum?.y1, amountAfter: sum?.y2, currency: "GBP" });
    expect(nhb?.sources.map((s) => s.id)).toEqual(["core-spending-power"]);
  });
});

describe("North Yorkshire around 2023-04-01: the county and seven districts became E06000065", () => {
  it("from the county's code: county + 7 districts abolished, the unitary created; no funding data for 2023-24 says so", async () => {
    const a = await ask("E10000023", "2022-04-01", "2023-05-01");
    expect(ids(ofKind(a, "AUTHORITY_ABOLISHED").map((c) => c.subject))).toEqual([...NY_DISTRICTS, "E10000023"]);
    for (const c of ofKind(a, "AUTHORITY_ABOLISHED")) expect(c).toMatchObject({ on: "2023-04-01", after: [expect.objectContaining({ id: "E06000065" })] });
    const created = ofKind(a, "AUTHORITY_CREATED");
    expect(created.map((c) => c.subject.id)).toEqual(["E06000065"]);
    expect(ids(created[0]!.before)).toEqual([...NY_DISTRICTS, "E10000023"]);
    expect(ofKind(a, "RESPONSIBILITIES_MOVED").length).toBe(3);
    expect(ofKind(a, "FUNDING_CHANGED")).toEqual([]);
    expect(a.note).toContain("No funding data in the graph for 2022-23 and 2023-24 (the graph's funding flows cover 2015-16 to 2020-21)");
  });

  it("by name on the date the name means the unitary; new parish codes in the window are bounded, not dated", async () => {
    const a = await ask("North Yorkshire", "2022-04-01", "2023-05-01");
    expect(a.area).toEqual({ code: "E06000065", name: "North Yorkshire", type: "UA" });
    const harrogate = a.changes.find((c) => c.subject.id === "E04013500");
    expect(harrogate).toMatchObject({ kind: "PARISH_STARTED", on: null, bounded: true, notBefore: "2023-01-01", notAfter: "2025-04-01", takenAs: "2023-01-01" });
    expect(harrogate?.description).toContain("started between Dec 2022 and April 2025");
  });
});

describe("London's fire authority around 2018-04-01: LFEPA replaced by the London Fire Commissioner", () => {
  it("the GLA's fire and rescue service changed deliverer on 2018-04-01, sourced to SI 2018/227", async () => {
    const a = await ask("E61000001", "2018-01-01", "2018-06-30");
    const [moved, ...more] = ofKind(a, "DELIVERER_MOVED");
    expect(more).toEqual([]);
    expect(moved).toMatchObject({
      on: "2018-04-01", subject: { id: "TG-GLA-FIRE-AND-RESCUE" }, readFrom: "DELIVERED_BY",
      before: [{ id: "org:london-fire-and-emergency-planning-authority" }], after: [{ id: "org:london-fire-commissioner" }],
    });
    expect(moved?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["leg-si-2018-227", "leg-pca-2017", "leg-gla-1999"]));
  });

  it("asked of the fire authority (E31000046) or a borough it serves, the same change", async () => {
    for (const area of ["E31000046", "Camden"]) {
      const a = await ask(area, "2018-01-01", "2018-06-30");
      expect(ofKind(a, "DELIVERER_MOVED").map((c) => [c.on, c.after[0]?.id]), area).toEqual([["2018-04-01", "org:london-fire-commissioner"]]);
    }
  });

  it("a window ending the day before sees no change of deliverer", async () => {
    const a = await ask("E61000001", "2018-01-01", "2018-03-31");
    expect(ofKind(a, "DELIVERER_MOVED")).toEqual([]);
  });
});

describe("Maidstone's recoded parishes (between Dec 2022 and April 2025)", () => {
  it("12 parishes recoded, each with its old and new code and the lists' bounds", async () => {
    const a = await ask("Maidstone", "2022-06-01", "2025-06-01");
    const recoded = ofKind(a, "PARISH_RECODED");
    expect(recoded.length).toBe(12);
    const loose = recoded.find((c) => c.subject.name === "Loose");
    expect(loose).toMatchObject({
      on: null, bounded: true, notBefore: "2023-01-01", notAfter: "2025-04-01", takenAs: "2023-01-01", readFrom: "REPLACED_BY",
      before: [{ id: "E04004965" }], after: [{ id: "E04013405" }], subject: { id: "E04013405" },
    });
    expect(loose?.sources.map((s) => s.id).sort()).toEqual(["ons-parish-2022", "ons-parish-2025"]);
    // The bounds are the graph's: the new code taken as in force from the day after the old one's last day.
    const [row] = await cypher<{ oldTo: string; newFrom: string }>(driver, database,
      "MATCH (o:Parish {code: 'E04004965'})-[:REPLACED_BY]->(n:Parish {code: 'E04013405'}) RETURN toString(o.validTo) AS oldTo, toString(n.validFrom) AS newFrom");
    expect(row).toEqual({ oldTo: "2022-12-31", newFrom: "2023-01-01" });
    // No recoded code is reported again as started or ended.
    expect(ofKind(a, "PARISH_STARTED").concat(ofKind(a, "PARISH_ENDED")).map((c) => c.subject.id)).not.toContain("E04004965");
  });

  it("a window with no changes gives an empty list", async () => {
    const a = await ask("E07000110", "2025-05-01", "2025-11-01");
    expect(a.changes).toEqual([]);
    expect(a.note).toContain("same financial year");
  });
});

describe("the lists' dates the bounds use are the importer's", () => {
  it("each parish list's date is the last day of the codes it last carries, and the day before the first day of the codes the next list first carries", async () => {
    const rows = await cypher<{ month: string; lastDays: string[]; firstDays: string[] }>(driver, database, `
      UNWIND $months AS month
      RETURN month,
             COLLECT { MATCH (p:Parish {lastSeen: month}) WHERE p.validTo IS NOT NULL RETURN DISTINCT toString(p.validTo) } AS lastDays,
             COLLECT { MATCH (p:Parish {firstSeen: month}) WHERE p.validFrom IS NOT NULL RETURN DISTINCT toString(p.validFrom - duration('P1D')) } AS firstDays`,
      { months: PARISH_LISTS.map((l) => l.month) });
    PARISH_LISTS.forEach((l, i) => {
      const row = rows.find((r) => r.month === l.month);
      if (i < PARISH_LISTS.length - 1) expect(row?.lastDays, l.month).toEqual([l.asAt]);
      if (i > 0) expect(row?.firstDays, l.month).toEqual([PARISH_LISTS[i - 1]!.asAt]);
    });
  });

  it("a membership bounded by the combined authorities' lists begins the day after the older list", async () => {
    const rows = await cypher<{ src: string; day: string }>(driver, database,
      "MATCH ()-[r:CONSTITUENT_OF]->() WHERE r.validFromCite STARTS WITH 'bound:' RETURN DISTINCT r.validFromSource AS src, toString(r.validFrom - duration('P1D')) AS day");
    for (const r of rows) {
      const i = CA_LISTS.findIndex((l) => l.source === r.src);
      expect(i, r.src).toBeGreaterThan(0);
      expect(r.day).toBe(CA_LISTS[i - 1]!.asAt);
    }
  });
});

describe("errors name the argument", () => {
  it("from after to is BAD_USER_INPUT naming from", async () => {
    const r = await server.gql(ChangesDocument, { area: "Kent", from: "2021-01-01", to: "2020-01-01" });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/^from: 2021-01-01 is after to \(2020-01-01\)/);
  });

  it("an unknown area is NOT_FOUND naming area, with suggestions", async () => {
    const r = await server.gql(ChangesDocument, { area: "Buckinghamshir", from: "2019-01-01", to: "2021-01-01" });
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(r.errors?.[0]?.message).toMatch(/^area: nothing matches "Buckinghamshir"\. Did you mean: .*Buckinghamshire/);
  });

  it("a malformed date is refused before the question runs", async () => {
    const r = await server.gql(ChangesDocument, { area: "Kent", from: "2020-02-30", to: "2021-01-01" });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
