/**
 * Custom resolvers next to the generated ones: thin wrappers over the questions in
 * src/questions/, each one Cypher query.
 */
import type {
  QueryChangesArgs, QueryFundingFlowsArgs, QueryFundingSummaryArgs, QueryPartnershipOverlapArgs, QueryPostcodeArgs, QueryRationalisationScenarioArgs, QuerySearchArgs,
  QueryServicesOfArgs, QuerySubsumptionCandidatesArgs, QueryTierMatrixArgs, QueryWhoDeliversArgs,
} from "./__generated__/graphql.js";
import type { Context } from "./context.js";
import { ErrorCode, userError } from "./errors.js";
import { changes } from "./questions/changes.js";
import { fundingFlows, fundingSummary } from "./questions/funding.js";
import { partnershipOverlap } from "./questions/overlap.js";
import { postcode } from "./questions/postcode.js";
import { rationalisationScenario } from "./questions/scenario.js";
import { search } from "./questions/search.js";
import { servicesOf } from "./questions/services-of.js";
import { subsumptionCandidates } from "./questions/subsumption.js";
import { tierMatrix } from "./questions/tier-matrix.js";
import { whoDelivers } from "./questions/who-delivers.js";
import { StrictDate } from "./schema/date.js";

function required(argument: string, value: string): string {
  if (!value.trim()) throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: must not be empty`, { argument });
  return value;
}

/** Each custom question's arguments, as the generated types (from the schema the server serves) give them. */
export const resolvers = {
  Date: StrictDate,
  Query: {
    whoDelivers: (_: unknown, a: QueryWhoDeliversArgs, ctx: Context) =>
      whoDelivers(ctx.driver, ctx.database, { service: required("service", a.service), place: required("place", a.place), on: a.on }),
    servicesOf: (_: unknown, a: QueryServicesOfArgs, ctx: Context) =>
      servicesOf(ctx.driver, ctx.database, { authority: required("authority", a.authority), on: a.on }),
    tierMatrix: (_: unknown, a: QueryTierMatrixArgs, ctx: Context) => tierMatrix(ctx.driver, ctx.database, { on: a.on }),
    postcode: (_: unknown, a: QueryPostcodeArgs, ctx: Context) => postcode(ctx.driver, ctx.database, { code: required("code", a.code), on: a.on }),
    subsumptionCandidates: (_: unknown, a: QuerySubsumptionCandidatesArgs, ctx: Context) =>
      subsumptionCandidates(ctx.driver, ctx.database, { by: required("by", a.by), minScore: a.minScore, limit: a.limit }),
    partnershipOverlap: (_: unknown, a: QueryPartnershipOverlapArgs, ctx: Context) => partnershipOverlap(ctx.driver, ctx.database, a),
    rationalisationScenario: (_: unknown, a: QueryRationalisationScenarioArgs, ctx: Context) =>
      rationalisationScenario(ctx.driver, ctx.database, { by: required("by", a.by), subsume: a.subsume }),
    fundingFlows: (_: unknown, a: QueryFundingFlowsArgs, ctx: Context) => fundingFlows(ctx.driver, ctx.database, a),
    search: (_: unknown, a: QuerySearchArgs, ctx: Context) => search(ctx.driver, ctx.database, a),
    fundingSummary: (_: unknown, a: QueryFundingSummaryArgs, ctx: Context) =>
      fundingSummary(ctx.driver, ctx.database, { area: required("area", a.area), year: required("year", a.year) }),
    changes: (_: unknown, a: QueryChangesArgs, ctx: Context) => changes(ctx.driver, ctx.database, { area: required("area", a.area), from: a.from, to: a.to }),
  },
};
