/** The cost estimate on the schema the server serves: what each kind of list counts for. */
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { cachedQueryCost, queryCost } from "../../src/limits.js";
import { createNeoSchema } from "../../src/schema/build.js";

const schema = await createNeoSchema().getSchema();
const cost = (q: string, v?: Record<string, unknown>) => queryCost(schema, parse(q), v);

describe("the cost estimate", () => {
  it("counts a list at its limit, else at the @limit default of 100", () => {
    expect(cost("{ parishes(limit: 10) { code name } }")).toBe(1 + 10 * 2);
    expect(cost("{ parishes { code } }")).toBe(1 + 100 * 1);
    expect(cost("{ parishes(limit: 100000) { code } }")).toBe(1 + 2500 * 1); // cut to the @limit max
    expect(cost("query($n: Int) { parishes(limit: $n) { code } }", { n: 7 })).toBe(1 + 7);
  });

  it("counts a connection's edges once, at its first", () => {
    expect(cost("{ parishesConnection(first: 10) { edges { node { code name } } } }")).toBe(1 + 10 * (1 + (1 + 2)));
    expect(cost("{ parishesConnection(first: 10) { totalCount } }")).toBe(1 + 10 * 1);
  });

  it("counts a look-up by a unique key as one", () => {
    expect(cost(`{ authorities(where: { code: { eq: "E10000016" } }) { name children { code } } }`)).toBe(1 + 1 * (1 + (1 + 100 * 1)));
    expect(cost(`{ partnerships(where: { id: { in: ["a", "b"] } }) { name } }`)).toBe(1 + 2 * 1);
  });

  it("multiplies nested lists: two unlimited levels pass the default limit, three do not", () => {
    expect(cost("{ authorities { children { code } } }")).toBeLessThan(250_000);
    expect(cost("{ authorities { children { children { code } } } }")).toBeGreaterThan(250_000);
  });
});

describe("the remembered cost estimate", () => {
  it("is the estimate for every document and variables, however the calls interleave", () => {
    const docs = [
      "query($n: Int) { parishes(limit: $n) { code } }",
      "query($n: Int = 5) { parishes(limit: $n) { code name } }",
      "query($c: String) { authorities(where: { code: { eq: $c } }) { name children { code } } }",
      "query($i: Boolean!) { parishes(limit: 3) { code name @include(if: $i) } }",
      "query($s: String!, $p: String!, $n: Int) { whoDelivers(service: $s, place: $p) { tier } parishes(limit: $n) { code } }",
      "query($n: Int) { ...F } fragment F on Query { parishesConnection(first: $n) { edges { node { code } } } }",
      "query A($n: Int) { parishes(limit: $n) { code } } query B { authorities { code } }",
    ].map((q) => parse(q));
    const values: Record<string, unknown>[] = [
      {}, { n: 7 }, { n: 8 }, { n: null }, { c: "E10000016" }, { c: null }, { i: true }, { i: false },
      { s: "524", p: "E04004989", n: 2 }, { s: "42", p: "E07000113", n: 2 }, { s: "524", p: "E04004989", n: 9 },
    ];
    const remembered = cachedQueryCost(schema, 4); // a small memory, so that it is also cleared on the way
    const outcome = (f: () => number) => {
      try {
        return f();
      } catch (err) {
        return (err as Error).message;
      }
    };
    for (let round = 0; round < 3; round++) {
      for (const [d, doc] of docs.entries()) {
        for (const v of values) {
          const op = d === 6 ? (round % 2 ? "A" : "B") : undefined;
          expect(outcome(() => remembered(doc, v, op)), `document ${d}, ${JSON.stringify(v)}, ${op}`).toEqual(outcome(() => queryCost(schema, doc, v, op)));
        }
      }
    }
  });
});
