/**
 * One strict `Date` scalar for every date in and out of the API: a calendar day written
 * YYYY-MM-DD. @neo4j/graphql's own scalar reads its input with JavaScript's `new Date()`, which
 * rolls 2020-02-30 over to 1 March and accepts "2020-2-3" or "March 2020"; this one refuses
 * anything that is not a real day in that exact form. It is passed to the library as the
 * resolver of `Date`, so the generated filters (`where: { validFrom: { lt: ... } }`) and the
 * questions' `on` arguments read dates the same way. Values are neo4j `Date`s inside (what the
 * generated Cypher compares), strings outside.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isDate, type Date as Neo4jDate } from "neo4j-driver";
import { notADay, parseDay } from "../day.js";

function refuse(value: unknown): never {
  throw new GraphQLError(notADay(value));
}

function read(value: unknown): Neo4jDate<number> {
  if (isDate(value)) return value as unknown as Neo4jDate<number>;
  if (typeof value !== "string") refuse(value);
  return parseDay(value) ?? refuse(value);
}

export const StrictDate = new GraphQLScalarType({
  name: "Date",
  description: "A calendar day, written YYYY-MM-DD (e.g. 2024-04-01). Anything else, 2020-02-30 included, is refused.",
  serialize(value) {
    if (isDate(value)) return value.toString();
    if (typeof value === "string" && parseDay(value.slice(0, 10))) return value.slice(0, 10);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${String(value)}`);
  },
  parseValue: read,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) refuse(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : ast.kind);
    return read(ast.value);
  },
});
