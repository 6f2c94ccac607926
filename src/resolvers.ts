/**
 * Custom resolvers next to the generated ones: thin wrappers over the questions in
 * src/questions/, each one Cypher query.
 */
import type { Context } from "./context.js";
import { ErrorCode, userError } from "./errors.js";
import { servicesOf } from "./questions/services-of.js";
import { tierMatrix } from "./questions/tier-matrix.js";
import { whoDelivers } from "./questions/who-delivers.js";

function required(argument: string, value: string): string {
  if (!value.trim()) throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: must not be empty`, { argument });
  return value;
}

export const resolvers = {
  Query: {
    whoDelivers: (_: unknown, a: { service: string; place: string; on?: unknown }, ctx: Context) =>
      whoDelivers(ctx.driver, ctx.database, { service: required("service", a.service), place: required("place", a.place), on: a.on }),
    servicesOf: (_: unknown, a: { authority: string; on?: unknown }, ctx: Context) =>
      servicesOf(ctx.driver, ctx.database, { authority: required("authority", a.authority), on: a.on }),
    tierMatrix: (_: unknown, __: unknown, ctx: Context) => tierMatrix(ctx.driver, ctx.database),
  },
};
