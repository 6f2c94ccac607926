/**
 * Custom resolvers next to the generated ones: thin wrappers over the questions in
 * src/questions/, each one Cypher query.
 */
import type { Context } from "./context.js";
import { ErrorCode, userError } from "./errors.js";
import { fundingFlows, fundingSummary, type FundingFlowsArgs } from "./questions/funding.js";
import { partnershipOverlap } from "./questions/overlap.js";
import { postcode } from "./questions/postcode.js";
import { rationalisationScenario } from "./questions/scenario.js";
import { search, type SearchArgs } from "./questions/search.js";
import { servicesOf } from "./questions/services-of.js";
import { subsumptionCandidates } from "./questions/subsumption.js";
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
    tierMatrix: (_: unknown, a: { on?: unknown }, ctx: Context) => tierMatrix(ctx.driver, ctx.database, { on: a.on }),
    postcode: (_: unknown, a: { code: string; on?: unknown }, ctx: Context) => postcode(ctx.driver, ctx.database, { code: required("code", a.code), on: a.on }),
    subsumptionCandidates: (_: unknown, a: { by: string; minScore?: number | null; limit?: number | null }, ctx: Context) =>
      subsumptionCandidates(ctx.driver, ctx.database, { by: required("by", a.by), minScore: a.minScore, limit: a.limit }),
    partnershipOverlap: (_: unknown, a: { area?: string | null; limit?: number | null }, ctx: Context) => partnershipOverlap(ctx.driver, ctx.database, a),
    rationalisationScenario: (_: unknown, a: { by: string; subsume: string[] }, ctx: Context) =>
      rationalisationScenario(ctx.driver, ctx.database, { by: required("by", a.by), subsume: a.subsume }),
    fundingFlows: (_: unknown, a: FundingFlowsArgs, ctx: Context) => fundingFlows(ctx.driver, ctx.database, a),
    search: (_: unknown, a: SearchArgs, ctx: Context) => search(ctx.driver, ctx.database, a),
    fundingSummary: (_: unknown, a: { area: string; year: string }, ctx: Context) =>
      fundingSummary(ctx.driver, ctx.database, { area: required("area", a.area), year: required("year", a.year) }),
  },
};
