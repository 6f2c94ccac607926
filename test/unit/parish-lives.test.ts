/** The rules for a parish code's life and for which code continued which, on small lists. */
import { describe, expect, it } from "vitest";
import { dayAfter, inferSuccessions, lifeOf, partsOf, type Listed, type Vintage } from "../../src/seed/loaders/parish-lives.js";

const V: Vintage[] = [
  { label: "Dec 2018", month: "2018-12", asAt: "2018-12-31" },
  { label: "Dec 2019", month: "2019-12", asAt: "2019-12-31" },
  { label: "Dec 2022", month: "2022-12", asAt: "2022-12-31" },
  { label: "April 2025", month: "2025-04", asAt: "2025-04-01" },
];

/** A list from "code name" pairs; the district comes from `districts`, as the loader maps it. */
const list = (file: string, ...rows: [string, string][]) =>
  new Map(rows.map(([code, name], i): [string, Listed] => [code, { code, name, district: null, file, line: i + 2 }]));
const districts: Record<string, string> = {};
const districtOf = (code: string) => districts[code] ?? null;
const inDistrict = (d: string, ...codes: string[]) => codes.forEach((c) => (districts[c] = d));
const pairs = (r: ReturnType<typeof inferSuccessions>) => r.successions.map((s) => `${s.from.code}>${s.to.code}:${s.basis}@${s.before}`).sort();

describe("a parish code's life is bounded by the lists that carry it", () => {
  it("in the first and the newest list: open at both ends", () => {
    expect(lifeOf(V, [0, 1, 2, 3])).toMatchObject({
      firstSeen: "2018-12", lastSeen: "2025-04", startedBy: "in use by Dec 2018", endedBetween: null,
      lifeBounds: "in use by Dec 2018; still listed in April 2025", validFrom: null, validTo: null, current: true, missingFrom: [],
    });
  });

  it("new in Dec 2022 and gone by April 2025: in force from the day after Dec 2019 to the date of Dec 2022", () => {
    expect(lifeOf(V, [2])).toMatchObject({
      startedBy: "started between Dec 2019 and Dec 2022", endedBetween: "gone between Dec 2022 and April 2025",
      lifeBounds: "started between Dec 2019 and Dec 2022; gone between Dec 2022 and April 2025",
      validFrom: "2020-01-01", validTo: "2022-12-31", current: false, seenIn: ["2022-12"],
    });
  });

  it("left out of a list between two that carry it: an omission, reported, not a gap in its life", () => {
    expect(lifeOf(V, [0, 2, 3])).toMatchObject({ missingFrom: ["Dec 2019"], validFrom: null, validTo: null });
  });

  it("an old code ends the day before its successor is taken as in force", () => {
    expect(dayAfter(lifeOf(V, [0, 1, 2]).validTo ?? "")).toBe(lifeOf(V, [3]).validFrom);
    expect(dayAfter("2024-02-28")).toBe("2024-02-29");
  });
});

describe("which new code continued which gone one", () => {
  it("same name, same district, across adjacent lists: RECODED", () => {
    inDistrict("E07000110", "E04004945", "E04013398", "E04004946");
    const r = inferSuccessions(
      [list("a.csv", ["E04004945", "Boughton Monchelsea"], ["E04004946", "Boxley"]), list("b.csv", ["E04013398", "Boughton  monchelsea"], ["E04004946", "Boxley"])],
      districtOf,
    );
    expect(pairs(r)).toEqual(["E04004945>E04013398:RECODED@0"]);
    expect(r.successions[0]).toMatchObject({ from: { file: "a.csv", line: 2 }, to: { file: "b.csv", line: 2 } });
  });

  it("the same name in another district is not a successor", () => {
    inDistrict("E07000110", "X1");
    inDistrict("E07000111", "Y1");
    expect(pairs(inferSuccessions([list("a", ["X1", "Langley"]), list("b", ["Y1", "Langley"])], districtOf))).toEqual([]);
  });

  it("two gone codes of one name in one district: not settled, said so", () => {
    inDistrict("D1", "A1", "A2", "B1");
    const r = inferSuccessions([list("a", ["A1", "Newton"], ["A2", "Newton"]), list("b", ["B1", "Newton"])], districtOf);
    expect(pairs(r)).toEqual([]);
    expect(r.unsettled[0]).toMatch(/A1, A2 gone and B1 new, all named "Newton" in D1/);
  });

  it("a code whose district no list gives (only in Dec 2022) is never matched", () => {
    inDistrict("D1", "K1");
    expect(pairs(inferSuccessions([list("a", ["K1", "Kirby"]), list("b", ["K2", "Kirby"])], districtOf))).toEqual([]);
  });

  it("a code missing from one list and back in the next is not gone", () => {
    inDistrict("E06000039", "E04012334", "N1");
    const r = inferSuccessions([list("a", ["E04012334", "Britwell"]), list("b", ["N1", "Britwell"]), list("c", ["E04012334", "Britwell"], ["N1", "Britwell"])], districtOf);
    expect(pairs(r)).toEqual([]);
  });

  it("a new name joining two gone parishes of the district: MERGED from each (an added place name allowed)", () => {
    inDistrict("E06000054", "E04011857", "E04011739", "E04013048", "E04011635", "E04013446");
    const r = inferSuccessions(
      [
        list("a", ["E04011857", "Wilcot"], ["E04011739", "Huish"], ["E04011635", "Biddestone"]),
        list("b", ["E04013048", "Wilcot, Huish and Oare"], ["E04013446", "Biddestone & Slaughterford"]),
      ],
      districtOf,
    );
    // Biddestone alone is not a merger: Slaughterford was no parish that ended then.
    expect(pairs(r)).toEqual(["E04011739>E04013048:MERGED@0", "E04011857>E04013048:MERGED@0"]);
  });

  it("a merger names a joined parish too ('Norton and Cuckney' into 'Norton, Cuckney, Holbeck and Welbeck'), and never across districts", () => {
    inDistrict("E07000171", "N", "H", "W", "NEW");
    inDistrict("E07000170", "OTHER");
    const r = inferSuccessions([list("a", ["N", "Norton and Cuckney"], ["H", "Holbeck"], ["W", "Welbeck"], ["OTHER", "Cuckney"]), list("b", ["NEW", "Norton, Cuckney, Holbeck and Welbeck"])], districtOf);
    expect(pairs(r)).toEqual(["H>NEW:MERGED@0", "N>NEW:MERGED@0", "W>NEW:MERGED@0"]);
  });

  it("splits joined names on commas, 'and', 'with' and '&'", () => {
    expect(partsOf("Little Bollington with Agden")).toEqual(["little bollington", "agden"]);
    expect(partsOf("Biddestone & Slaughterford")).toEqual(["biddestone", "slaughterford"]);
    expect(partsOf("Wilcot, Huish and Oare")).toEqual(["wilcot", "huish", "oare"]);
  });
});
