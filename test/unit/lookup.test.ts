/** How typed text becomes look-up keys and full-text queries (src/model.ts keyOf, questions/resolve.ts). */
import { describe, expect, it } from "vitest";
import { keyOf } from "../../src/model.js";
import { refParam, searchQuery, wordsQuery } from "../../src/questions/resolve.js";

describe("keyOf: one key for every spelling people use", () => {
  it.each([
    ["  Maidstone ", "maidstone"],
    ["MAIDSTONE", "maidstone"],
    ["Bath &  North East\tSomerset", "bath and north east somerset"],
    ["Ｅ07000110", "e07000110"], // full-width letters (NFKC)
  ])("%j → %j", (input, key) => expect(keyOf(input)).toBe(key));
});

describe("refParam", () => {
  it("quotes the key for the keyword index, escaping quotes and backslashes", () => {
    expect(refParam(`The "Kent" Forum\\`).key).toBe(`"the \\"kent\\" forum\\\\"`);
  });
  it("recognises a postcode in any usual form, and only then", () => {
    expect(refParam("me14 1xq").postcode).toBe("ME141XQ");
    expect(refParam("ME141XQ").postcode).toBe("ME141XQ");
    expect(refParam("Maidstone").postcode).toBeNull();
  });
});

describe("searchQuery: a Lucene query that cannot be broken by what is typed", () => {
  it("each word as typed, fuzzy and as a prefix (on the unstemmed index)", () => {
    expect(searchQuery("libraries")).toBe("searchWords:((libraries OR libraries~1 OR libraries~2 OR libraries*))");
  });
  it("short words are not fuzzy; stop words are dropped", () => {
    expect(searchQuery("the bin")).toBe("searchWords:((bin OR bin*))");
  });
  it("the strict query wants every word, in a name (weighing twice) or the other text", () => {
    expect(wordsQuery("Household waste")).toBe("+(name:household^2 searchText:household) +(name:waste^2 searchText:waste)");
  });
  it("a word with digits is also looked for among the codes, within one edit", () => {
    expect(searchQuery("E0700011")).toContain("searchCodes:(e0700011~1)^4");
  });
  it("Lucene's operators and special characters never reach the query", () => {
    for (const text of [`kent) OR (x:*`, `"unbalanced`, "a:b c^2 ~ \\ / [x TO y] {z}", "AND OR NOT +x -y &&"]) {
      const q = searchQuery(text).replace(/searchWords:|searchCodes:|\^[24]| OR /g, " ");
      expect(q, text).toMatch(/^[a-z0-9 ()~*12]*$/);
      const w = wordsQuery(text).replace(/name:|searchText:|\^2|\+/g, " ");
      expect(w, text).toMatch(/^[a-z0-9 ()]*$/);
    }
    expect(searchQuery("AND OR NOT")).toBe("searchWords:((not OR not*))"); // lower case: words, not operators
  });
  it("nothing to search by gives an empty query (the search index is then not asked)", () => {
    expect(searchQuery("  ---  ")).toBe("");
    expect(searchQuery("the and of")).toBe("");
    expect(wordsQuery("the and of")).toBe("");
  });
});
