/**
 * The explorer's CSV downloads (explorer/src/csv.ts): cells written by the server's own
 * src/questions/cells.ts, and text that a CSV parser reads back to the same cells.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CHANGE_COLUMNS, changeRows, OVERLAP_COLUMNS, overlapRows, toCsv, WHO_COLUMNS, whoRows } from "../../explorer/src/csv.js";

describe("the explorer's CSV", () => {
  it("parses back to the same cells, formulas defused, quotes, commas and line breaks kept", () => {
    const rows = [["=1+1", 'say "hi", then\r\nleave'], ["-5", "@x"]];
    expect(parse(toCsv(["a", "b"], rows))).toEqual([["a", "b"], ["'=1+1", 'say "hi", then\r\nleave'], ["-5", "'@x"]]);
  });

  it("writes one who-delivers row per provider, with the path and sources", () => {
    const ref = (id: string, name: string) => ({ id, code: id, name });
    const rows = whoRows([
      {
        service: ref("461", "Parks and open spaces"), place: ref("E04004989", "Edenbridge"), on: "2025-04-01",
        authority: { code: "E07000111", name: "Sevenoaks", type: "NMD" }, tierName: "District council", basis: "CONCURRENT_POWER", note: null,
        deliveredBy: [], sources: [{ id: "lgsl" }, { id: "mysociety-register" }],
        path: [{ from: { id: "E04004989" }, relationship: "WITHIN", to: { id: "E07000111" } }, { from: { id: "E07000111" }, relationship: "OF_TIER", to: { id: "DISTRICT" } }],
      },
    ]);
    const [header, row] = parse(toCsv(WHO_COLUMNS, rows)) as string[][];
    expect(Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]))).toEqual({
      place_code: "E04004989", place_name: "Edenbridge", service_code: "461", service_name: "Parks and open spaces", on: "2025-04-01",
      authority_code: "E07000111", authority_name: "Sevenoaks", authority_type: "NMD", tier: "District council", basis: "CONCURRENT_POWER",
      delivered_by: "", path: "E04004989 -WITHIN-> E07000111 | E07000111 -OF_TIER-> DISTRICT", sources: "lgsl; mysociety-register", note: "",
    });
  });

  it("writes one row per change: bounds, bodies by code, money to the penny (blank when a year has none)", () => {
    const ref = (id: string, name: string, code: string | null = id) => ({ id, code, name });
    const base = { notBefore: null, notAfter: null, takenAs: null, bounded: false, services: [], funding: null };
    const rows = changeRows({ code: "E06000060" }, "2019-04-01", "2020-05-01", [
      { ...base, kind: "AUTHORITY_CREATED", on: "2020-04-01", notBefore: "2020-04-01", notAfter: "2020-04-01", takenAs: "2020-04-01", subject: ref("E06000060", "Buckinghamshire"),
        before: [ref("E07000004", "Aylesbury Vale"), ref("E10000002", "Buckinghamshire County")], after: [], readFrom: "REPLACED_BY", description: "began", sources: [{ id: "mysociety-register" }] },
      { ...base, kind: "PARISH_STARTED", on: null, notBefore: "2020-01-01", notAfter: "2022-12-31", takenAs: "2020-01-01", bounded: true, subject: ref("E04013116", "Bierton"),
        before: [], after: [], readFrom: "WITHIN", description: "started", sources: [{ id: "ons-parish-2019" }, { id: "ons-parish-2022" }] },
      { ...base, kind: "FUNDING_CHANGED", on: "2020-04-01", subject: ref("new-homes-bonus", "New Homes Bonus", null), before: [], after: [], readFrom: "OF_STREAM",
        funding: { stream: { id: "new-homes-bonus" }, yearBefore: "2019-20", yearAfter: "2020-21", amountBefore: null, amountAfter: 12462661.456, difference: 12462661.456, currency: "GBP" },
        description: "=money", sources: [{ id: "core-spending-power" }] },
    ]);
    const [header, ...got] = parse(toCsv(CHANGE_COLUMNS, rows)) as string[][];
    expect(header).toEqual([...CHANGE_COLUMNS]);
    const named = got.map((r) => Object.fromEntries(CHANGE_COLUMNS.map((h, i) => [h, r[i]])));
    expect(named[0]).toMatchObject({ area_code: "E06000060", from: "2019-04-01", to: "2020-05-01", kind: "AUTHORITY_CREATED", on: "2020-04-01", bounded: "false", before: "E07000004; E10000002", after: "", amount_before: "" });
    expect(named[1]).toMatchObject({ on: "", not_before: "2020-01-01", not_after: "2022-12-31", taken_as: "2020-01-01", bounded: "true", sources: "ons-parish-2019; ons-parish-2022" });
    expect(named[2]).toMatchObject({ subject_id: "new-homes-bonus", year_before: "2019-20", amount_before: "", year_after: "2020-21", amount_after: "12462661.46", difference: "12462661.46", currency: "GBP", description: "'=money" });
  });

  it("writes every overlap of a partnership, names first, a formula-like name defused", () => {
    const other = { id: "partnership:x", name: "=Evil Board", kind: "board", statutory: false };
    const rows = overlapRows({ id: "partnership:a", name: "A" }, "Kent (E10000016)", [
      { other, sharedMembers: [{ code: "E07000111", name: "Sevenoaks" }], sharedThemes: ["health"], memberJaccard: 0.5, themeJaccard: 1, areaJaccard: 1 / 3 },
    ]);
    expect(parse(toCsv(OVERLAP_COLUMNS, rows))).toEqual([
      [...OVERLAP_COLUMNS],
      ["partnership:a", "A", "Kent (E10000016)", "partnership:x", "'=Evil Board", "board", "false", "0.5000", "1.0000", "0.3333", "Sevenoaks (E07000111)", "health"],
    ]);
  });
});
