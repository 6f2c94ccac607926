/**
 * The explorer's CSV downloads (explorer/src/csv.ts): cells written by the server's own
 * src/questions/cells.ts, and text that a CSV parser reads back to the same cells.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { OVERLAP_COLUMNS, overlapRows, toCsv, WHO_COLUMNS, whoRows } from "../../explorer/src/csv.js";

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
