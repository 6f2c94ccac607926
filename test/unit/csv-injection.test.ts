/** CSV injection (OWASP): no cell tiergraph writes can run as a spreadsheet formula. */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvSafeCell, safeCell, toCsv } from "../../src/questions/csv.js";

describe("safeCell", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-", "'-"],
  ])("escapes %j", (cell, escaped) => {
    expect(safeCell(cell)).toBe(escaped);
  });

  it.each(["Kent County Council", "E04004989", "E04004989 -WITHIN-> E07000111", "", "'quoted", "a=b", "-12", "+3.5", "-0.25"])("leaves %j as it is", (cell) => {
    expect(safeCell(cell)).toBe(cell);
  });
});

describe("toCsv", () => {
  it("escapes every cell, header included, and still parses to the same columns", () => {
    const text = toCsv(["name", "=bad"], [["=1+1", "ok"], ["-5", "@x"]]);
    expect(parse(text)).toEqual([["name", "'=bad"], ["'=1+1", "ok"], ["-5", "'@x"]]);
  });
});

describe("csvCell writes what csv-stringify writes", () => {
  it("for any line of cells (commas, quotes, line breaks, unicode, empty)", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("", ",", '"', "\n", "\r\n", 'a "b", c', "Bishop's Stortford", "é,ü"), fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (cells) => {
        expect(cells.map(csvCell).join(",") + "\n").toBe(stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("csvSafeCell is csvCell(safeCell(·)) in one test", () => {
  it("for any cell", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("", "=1+1", "-5", "+3.5", "@x", "\tx", "\rx", "-", 'a "b", c', "=a,b"), fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(cell, (c) => {
        expect(csvSafeCell(c)).toBe(csvCell(safeCell(c)));
      }),
      { numRuns: 5000 },
    );
  });
});
