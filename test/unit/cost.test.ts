/** The cost estimate on the schema the server serves: what each kind of list counts for. */
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { queryCost } from "../../src/limits.js";
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
