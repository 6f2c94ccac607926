/** The strict Date scalar (src/schema/date.ts): calendar days written YYYY-MM-DD, nothing else. */
import { graphql, buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/day.js";
import { StrictDate } from "../../src/schema/date.js";

describe("the Date scalar", () => {
  it("reads real days, leap days included", () => {
    for (const d of ["2024-04-01", "2024-02-29", "2000-02-29", "1974-04-01", "2025-12-31"]) expect(parseDay(d)?.toString()).toBe(d);
  });

  it("refuses days that do not exist and other ways of writing a date", () => {
    for (const d of ["2020-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-1", "1/4/2020", "yesterday", "2024-04-01T00:00:00Z", " 2024-04-01", ""]) {
      expect(parseDay(d), d).toBeUndefined();
    }
  });

  it("in a query: a variable or a literal that is not a day is refused before any resolver runs; a day reaches it as a Date", async () => {
    const schema = buildSchema("scalar Date type Query { echo(on: Date): Date }");
    Object.assign(schema.getType("Date")!, { parseValue: StrictDate.parseValue, parseLiteral: StrictDate.parseLiteral, serialize: StrictDate.serialize });
    const rootValue = { echo: ({ on }: { on: unknown }) => on };
    const ok = await graphql({ schema, source: "query($d: Date) { echo(on: $d) }", variableValues: { d: "2024-02-29" }, rootValue });
    expect(ok).toEqual({ data: { echo: "2024-02-29" } });
    const bad = await graphql({ schema, source: "query($d: Date) { echo(on: $d) }", variableValues: { d: "2020-02-30" }, rootValue });
    expect(bad.errors?.[0]?.message).toBe('Variable "$d" got invalid value "2020-02-30"; "2020-02-30" is not a date: use a calendar day written YYYY-MM-DD, e.g. 2024-04-01.');
    const literal = await graphql({ schema, source: '{ echo(on: "2021-02-29") }', rootValue });
    expect(literal.errors?.[0]?.message).toContain('"2021-02-29" is not a date');
    const number = await graphql({ schema, source: "{ echo(on: 20210228) }", rootValue });
    expect(number.errors?.[0]?.message).toContain("20210228 is not a date");
  });
});
