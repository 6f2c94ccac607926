/**
 * Parishes as they are now, and as they were (#15 item 2): real codes of each kind, asked
 * through whoDelivers either side of their bounds, and their lives and successors in GraphQL.
 */
import { describe, expect, it } from "vitest";
import { ParishLifeDocument, WhoDeliversDocument, type WhoDeliversQuery } from "../__generated__/operations.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";

const { server, driver, database } = useTestServer();

type Provision = WhoDeliversQuery["whoDelivers"][number];
const ask = async (service: string, place: string, on?: string) => {
  const r = await server.gql(WhoDeliversDocument, { service, place, on });
  return { provisions: r.data?.whoDelivers ?? [], errors: r.errors };
};
const who = (ps: Provision[]) => ps.map((p) => `${p.tier}:${p.authority.code}`).sort();
const life = async (code: string) => (await server.gql(ParishLifeDocument, { code })).data?.parishes[0];
const count = async (q: string) => Number((await cypher<{ n: number }>(driver, database, q))[0]?.n);

const ALLOTMENTS = "510"; // a parish duty (seeds/curated/functions.yaml)
const WASTE = "524"; // a district service

describe("a recoded Maidstone parish: Boughton Monchelsea, E04004945 until Dec 2022, E04013398 by April 2025", () => {
  const OLD = "E04004945";
  const NEW = "E04013398";

  it("is asked by its current code (NOT_FOUND before) and answers today: the parish (and Maidstone) for allotments, Maidstone for waste", async () => {
    expect(who((await ask(ALLOTMENTS, NEW)).provisions)).toEqual(["DISTRICT:E07000110", `PARISH:${NEW}`]);
    expect(who((await ask(WASTE, NEW)).provisions)).toEqual(["DISTRICT:E07000110"]);
  });

  it("keeps the old code's life as bounds and links it to the new one, inferred, citing both lists' lines", async () => {
    const old = await life(OLD);
    expect(old).toMatchObject({
      firstSeen: "2016-12", lastSeen: "2022-12", startedBy: "in use by Dec 2016", endedBetween: "gone between Dec 2022 and April 2025",
      lifeBounds: "in use by Dec 2016; gone between Dec 2022 and April 2025", validFrom: null, validTo: "2022-12-31", current: false,
      seenIn: ["2016-12", "2017-12", "2018-12", "2019-12", "2022-12"],
    });
    const edge = old?.replacedByConnection.edges[0];
    expect(edge?.node).toEqual({ code: NEW, name: "Boughton Monchelsea" });
    expect(edge?.properties).toMatchObject({ inferred: true, basis: "RECODED", source: "ons-parish-2025", validFrom: "2023-01-01" });
    expect(edge?.properties.cite).toBe(
      `inferred (same name, same district, E07000110): ${OLD} "Boughton Monchelsea" last listed Dec 2022 (Parish_names_codes_Dec2022__onsvisual_par22.csv line 3674), ` +
        `not in April 2025; ${NEW} "Boughton Monchelsea" first listed April 2025 (Parishes_April_2025_Names_and_Codes_in_EW_v2.csv line 6724)`,
    );
    expect((await life(NEW))?.replacedConnection.edges.map((e) => e.node.code)).toEqual([OLD]);
  });

  it("the old code answers for its own time; after it is known gone, it says so, with the bound and the code that covers the place now", async () => {
    expect(who((await ask(ALLOTMENTS, OLD, "2020-06-01")).provisions)).toEqual(["DISTRICT:E07000110", `PARISH:${OLD}`]);
    const { errors } = await ask(ALLOTMENTS, OLD, "2025-06-01");
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toBe(
      `place: Boughton Monchelsea (${OLD}) was no longer a parish code on 2025-06-01: it was gone between Dec 2022 and April 2025 and is taken as in force to 2022-12-31; ` +
        `the place is now covered by Boughton Monchelsea (${NEW}) (inferred from the ONS lists).`,
    );
  });

  it("the new code before its bounds is refused naming the old one; inside them it answers and says it may not yet have been in use", async () => {
    const before = await ask(ALLOTMENTS, NEW, "2020-06-01");
    expect(before.errors?.[0]?.message).toBe(
      `place: Boughton Monchelsea (${NEW}) was not yet a parish code on 2020-06-01: it started between Dec 2022 and April 2025 and is taken as in force from 2023-01-01; ` +
        `before it: Boughton Monchelsea (${OLD}) (inferred from the ONS lists).`,
    );
    const inside = await ask(ALLOTMENTS, NEW, "2024-01-01");
    expect(who(inside.provisions)).toEqual(["DISTRICT:E07000110", `PARISH:${NEW}`]);
    expect(inside.provisions.find((p) => p.tier === "PARISH")?.note).toContain(`Parish code ${NEW} started between Dec 2022 and April 2025: it is taken as in force from 2023-01-01, but on 2024-01-01 it may not yet have been in use (before it: Boughton Monchelsea (${OLD}), inferred from the ONS lists).`);
    // From the first list that carries it, no doubt is raised.
    const listed = (await ask(ALLOTMENTS, NEW, "2025-04-01")).provisions;
    expect(listed).toHaveLength(2);
    for (const p of listed) expect(p.note ?? "").not.toMatch(/may not yet/);
  });

  it("asked by name, the code in force on the date answers", async () => {
    const places = async (on?: string) => [...new Set((await ask(ALLOTMENTS, "Boughton Monchelsea", on)).provisions.map((p) => p.place.code))];
    expect(await places("2020-06-01")).toEqual([OLD]);
    expect(await places()).toEqual([NEW]);
  });
});

describe("a merged Wiltshire parish: Wilcot and Huish became Wilcot, Huish and Oare (E04013048) between Dec 2019 and Dec 2022", () => {
  const MERGED = "E04013048";
  const WILCOT = "E04011857";

  it("links both gone parishes to the merged one, inferred from the names", async () => {
    const m = await life(MERGED);
    expect(m).toMatchObject({ name: "Wilcot, Huish and Oare", startedBy: "started between Dec 2019 and Dec 2022", endedBetween: null, validFrom: "2020-01-01", current: true });
    expect(m?.replacedConnection.edges.map((e) => `${e.node.code} ${e.node.name} ${e.properties.basis} ${e.properties.inferred}`).sort()).toEqual([
      "E04011739 Huish MERGED true",
      `${WILCOT} Wilcot MERGED true`,
    ]);
    expect(m?.withinConnection.edges.map((e) => e.node.code)).toEqual(["E06000054"]);
  });

  it("Wilcot answers in 2019 (Wiltshire for waste); in 2024 it is gone and the merged parish is named", async () => {
    expect(who((await ask(ALLOTMENTS, WILCOT, "2019-06-01")).provisions)).toEqual([`PARISH:${WILCOT}`, "UNITARY:E06000054"]);
    expect(who((await ask(WASTE, WILCOT, "2019-06-01")).provisions)).toEqual(["UNITARY:E06000054"]);
    const { errors } = await ask(ALLOTMENTS, WILCOT, "2024-06-01");
    expect(errors?.[0]?.message).toMatch(/^place: Wilcot \(E04011857\) was no longer a parish code on 2024-06-01: it was gone between Dec 2019 and Dec 2022 and is taken as in force to 2019-12-31; the place is now covered by Wilcot, Huish and Oare \(E04013048\)/);
    expect(who((await ask(ALLOTMENTS, MERGED, "2024-06-01")).provisions)).toEqual([`PARISH:${MERGED}`, "UNITARY:E06000054"]);
  });
});

describe("North Yorkshire parishes by their 2025 district (E06000065, the 2023 unitary)", () => {
  it("Harrogate (E04013500), a new code with no predecessor: answers now, within North Yorkshire as the April 2025 list says; not before its bounds", async () => {
    expect(who((await ask(ALLOTMENTS, "E04013500")).provisions)).toEqual(["PARISH:E04013500", "UNITARY:E06000065"]);
    expect(who((await ask(WASTE, "E04013500")).provisions)).toEqual(["UNITARY:E06000065"]);
    const h = await life("E04013500");
    expect(h?.withinConnection.edges.map((e) => ({ code: e.node.code, ...e.properties }))).toEqual([
      { code: "E06000065", validFrom: "2023-04-01", validTo: null, source: "ons-parish-2025", cite: "row 4386" },
    ]);
    const { errors } = await ask(ALLOTMENTS, "E04013500", "2022-06-01");
    expect(errors?.[0]?.message).toBe("place: Harrogate (E04013500) was not yet a parish code on 2022-06-01: it started between Dec 2022 and April 2025 and is taken as in force from 2023-01-01.");
  });

  it("Eastfield, recoded: the old code (Scarborough district, mapped forward) in 2022, the new one in 2025, both by name", async () => {
    expect(who((await ask(WASTE, "E04007709", "2022-06-01")).provisions)).toEqual(["DISTRICT:E07000168"]);
    expect(who((await ask(WASTE, "E04013499", "2025-06-01")).provisions)).toEqual(["UNITARY:E06000065"]);
    const e = await life("E04013499");
    expect(e?.replacedConnection.edges.map((x) => `${x.node.code} ${x.properties.basis}`)).toEqual(["E04007709 RECODED"]);
  });
});

describe("the lists' figures (README, Data)", () => {
  it("English parishes per list, codes in all, started, ended, recoded and merged", async () => {
    const perList = await cypher<{ month: string; n: number }>(driver, database, "MATCH (p:Parish) UNWIND p.seenIn AS month RETURN month, count(*) AS n ORDER BY month");
    expect(perList.map((r) => `${r.month} ${Number(r.n)}`)).toEqual(["2016-12 10452", "2017-12 10461", "2018-12 10462", "2019-12 10464", "2022-12 10480", "2025-04 10460"]);
    expect(await count("MATCH (p:Parish) WHERE p.missingFrom = ['Dec 2019'] RETURN count(p) AS n")).toBe(2); // Britwell and Wexham Court (Slough)
    expect(await count("MATCH (p:Parish) WHERE p.firstSeen > '2016-12' RETURN count(p) AS n")).toBe(860);
    expect(await count("MATCH (p:Parish) WHERE NOT p.current RETURN count(p) AS n")).toBe(852);
    expect(await count("MATCH (:Parish)-[r:REPLACED_BY {basis: 'RECODED', inferred: true}]->(:Parish) RETURN count(r) AS n")).toBe(708);
    expect(await count("MATCH (:Parish)-[r:REPLACED_BY {basis: 'MERGED', inferred: true}]->(:Parish) RETURN count(r) AS n")).toBe(49);
    expect(await count("MATCH (:Parish)-[:REPLACED_BY {basis: 'MERGED'}]->(p:Parish) RETURN count(DISTINCT p) AS n")).toBe(24);
  });
});
