/**
 * A shared view's link (explorer/src/url-state.ts): what is encoded decodes to the same view,
 * and a garbled or hand-edited link gives what it can, with a note for the rest, never a throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeView, emptyView, encodeView, isDay, keepOrder, MAX_EXPANDED, type SharedView } from "../../explorer/src/url-state.js";

const view: SharedView = {
  date: "2019-06-01",
  expanded: ["Parish:E04004989", "Authority:E07000111", "Partnership:partnership:sevenoaks-kent-locality-board"],
  selected: "Authority:E07000111",
  hiddenKinds: ["Service", "Organisation"],
  hiddenRels: ["MEMBER_OF"],
  who: { service: "parks & open spaces", place: "Edenbridge, Kent", asked: "2019-06-01" },
  table: true,
  changes: { area: "Buckinghamshire", from: "2019-04-01", to: "2020-05-01" },
};

describe("a view's link", () => {
  it("decodes to the view it was encoded from, with nothing ignored", () => {
    const hash = encodeView(view);
    expect(hash).toBe(
      "on=2019-06-01&expand=Parish%3AE04004989&expand=Authority%3AE07000111&expand=Partnership%3Apartnership%3Asevenoaks-kent-locality-board" +
        "&select=Authority%3AE07000111&hide=Organisation&hide=Service&hiderel=MEMBER_OF&service=parks+%26+open+spaces&place=Edenbridge%2C+Kent&ask=2019-06-01&table=1" +
        "&changes=Buckinghamshire&from=2019-04-01&to=2020-05-01",
    );
    expect(decodeView(`#${hash}`)).toEqual({ view: { ...view, hiddenKinds: ["Organisation", "Service"] }, ignored: [] });
  });

  it("keeps the order nodes were expanded in", () => {
    const expanded = ["Authority:E10000016", "Parish:E04004989", "Authority:E07000111"];
    expect(decodeView(encodeView({ ...emptyView(), expanded })).view.expanded).toEqual(expanded);
  });

  it("is empty for an empty hash, and encodes an empty view as nothing", () => {
    expect(decodeView("")).toEqual({ view: emptyView(), ignored: [] });
    expect(decodeView("#")).toEqual({ view: emptyView(), ignored: [] });
    expect(encodeView(emptyView())).toBe("");
  });

  it("round-trips any view it could hold", () => {
    const key = fc.tuple(fc.constantFrom("Authority", "Parish", "Partnership", "Service"), fc.string({ minLength: 1, maxLength: 30 })).map(([k, c]) => `${k}:${c}`);
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
    const day = fc.date({ min: new Date("1974-04-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const views = fc.record({
      date: fc.option(day, { nil: null }),
      expanded: fc.uniqueArray(key, { maxLength: MAX_EXPANDED }),
      selected: fc.option(key, { nil: null }),
      hiddenKinds: fc.uniqueArray(fc.constantFrom("Authority", "Parish", "Tier", "Service"), { maxLength: 4 }).map((a) => a.sort()),
      hiddenRels: fc.uniqueArray(fc.constantFrom("WITHIN", "OF_TIER", "MEMBER_OF"), { maxLength: 3 }).map((a) => a.sort()),
      who: fc.record({ service: text, place: text, asked: fc.option(day, { nil: null }) }),
      table: fc.boolean(),
      changes: fc.option(fc.tuple(text, day, day).map(([area, a, b]) => ({ area, from: a < b ? a : b, to: a < b ? b : a })), { nil: null }),
    });
    fc.assert(
      fc.property(views, (v) => {
        expect(decodeView(encodeView(v))).toEqual({ view: v, ignored: [] });
      }),
    );
  });

  it("ignores what it does not know or cannot read, and says so", () => {
    const { view: v, ignored } = decodeView(
      "#on=2019-02-30&expand=Parish:E04004989&expand=Nonsense:1&expand=Parish:&expand=Parish:E04004989&select=Kent&hide=Bogus&hiderel=LIKES&ask=2020-01-01&table=yes&colour=red&%E0%A4%A=1&changes=Kent&to=2020-13-01",
    );
    expect(v).toEqual({ ...emptyView(), expanded: ["Parish:E04004989"] });
    expect(ignored).toEqual([
      "colour: not a view parameter",
      "\uFFFD%A: not a view parameter", // a broken escape is read as U+FFFD
      "expand=Nonsense:1: not a node (Kind:code)",
      "expand=Parish:: not a node (Kind:code)",
      "table=yes: not 1 or 0",
      "on=2019-02-30: not a date (YYYY-MM-DD)",
      "select=Kent: not a node (Kind:code)",
      "hide=Bogus: not a kind",
      "hiderel=LIKES: not a relationship type",
      "to=2020-13-01: not a date (YYYY-MM-DD)",
      "changes: the what-changed form needs an area, from and to",
      "ask: the who-delivers form needs both a service and a place",
    ]);
    expect(decodeView("#changes=Kent&from=2021-01-01&to=2020-01-01").ignored).toEqual(["changes: from is after to"]);
  });

  it("takes the first of a repeated single value, and at most MAX_EXPANDED nodes", () => {
    const many = Array.from({ length: MAX_EXPANDED + 5 }, (_, i) => `expand=Parish:E0400${i}`).join("&");
    const { view: v, ignored } = decodeView(`on=2020-01-01&on=2021-01-01&${many}`);
    expect(v.date).toBe("2020-01-01");
    expect(v.expanded).toHaveLength(MAX_EXPANDED);
    expect(ignored).toEqual(["expand: 45 nodes, only the first 40 are expanded", "on: given 2 times, the first is used"]);
  });

  it("never throws, whatever the hash", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void decodeView(s)));
  });
});

describe("isDay and keepOrder", () => {
  it("accepts only days that exist", () => {
    expect(["2024-02-29", "1974-04-01"].map(isDay)).toEqual([true, true]);
    expect(["2023-02-29", "2024-13-01", "2024-1-01", "today", ""].map(isDay)).toEqual([false, false, false, false, false]);
  });

  it("keeps the old order of what is still expanded, and adds what is new at the end", () => {
    expect(keepOrder(["b", "a", "c"], ["c", "d", "a"])).toEqual(["a", "c", "d"]);
    expect(keepOrder(["c", "a"], ["a", "b", "c"])).toEqual(["c", "a", "b"]);
  });
});
