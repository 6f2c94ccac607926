/** changes(area, from, to) without a database: the financial years it compares, and what its full answer costs. */
import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { defaultSecurity } from "../../src/config.js";
import { queryCost } from "../../src/limits.js";
import { financialYear } from "../../src/questions/changes.js";
import { createNeoSchema } from "../../src/schema/build.js";

describe("changes", () => {
  it("compares the financial years (April to March) containing from and to", () => {
    expect(financialYear("2020-03-31")).toBe("2019-20");
    expect(financialYear("2020-04-01")).toBe("2020-21");
    expect(financialYear("1999-12-31")).toBe("1999-00");
    expect(financialYear("2025-01-15")).toBe("2024-25");
  });

  it("the explorer's and the tests' whole answer (every field) is within the default cost limit", async () => {
    const schema = await createNeoSchema().getSchema();
    const operation = readFileSync(new URL("../operations/changes.graphql", import.meta.url), "utf8");
    const cost = queryCost(schema, parse(operation), { area: "Kent", from: "2019-04-01", to: "2020-05-01" });
    expect(cost).toBeGreaterThan(1000);
    expect(cost).toBeLessThanOrEqual(defaultSecurity().limits.maxCost);
  });
});
