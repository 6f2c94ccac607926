/**
 * Money questions, each one Cypher query:
 * - fundingFlows(to, from, stream, year): the flows that match, with totals;
 * - fundingSummary(area, year): an area's money by tier and stream, the two-tier split of any
 *   stream whose source sets one (New Homes Bonus 80/20) against what the data shows, and the
 *   papers' totals for the area (the £8bn in Kent) next to what the datasets account for.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { checkLimit, type ListLimit } from "./limit.js";
import { BODY_REF } from "./profile.js";
import { REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne } from "./resolve.js";

/** Flows listed (count and total are over all that match); the data holds about 14,000 flows. */
export const FLOWS_LIMIT: ListLimit = { default: 1000, max: 10_000 };

/** The day a financial year ("2019-20") begins: names are resolved as they were then. */
const YEAR_START = "CASE WHEN $year IS NULL THEN date() ELSE date(substring($year, 0, 4) + '-04-01') END";

export const FUNDING_FLOWS = `
WITH ${YEAR_START} AS d
${RESOLVE(REF.PAYEE, "$to", "tos")}
${RESOLVE(REF.PAYER, "$from", "froms")}
${RESOLVE(REF.STREAM, "$stream", "streams")}
CALL (tos, froms, streams) {
  MATCH (flow:FundingFlow)
  WHERE ($year IS NULL OR flow.year = $year)
    AND ($to IS NULL OR EXISTS { (flow)-[:TO]->(x) WHERE x IN tos })
    AND ($from IS NULL OR EXISTS { (flow)-[:FROM]->(x) WHERE x IN froms })
    AND ($stream IS NULL OR EXISTS { (flow)-[:OF_STREAM]->(x) WHERE x IN streams })
  OPTIONAL MATCH (flow)-[:OF_STREAM]->(st:FundingStream)
  OPTIONAL MATCH (flow)-[:TO]->(rcv)
  OPTIONAL MATCH (flow)-[:FROM]->(payer)
  WITH flow, st, rcv, payer ORDER BY flow.year, rcv.name, st.name
  RETURN count(flow) AS count, round(sum(flow.amount), 2) AS total, count(flow) - count(flow.amount) AS withoutAmount,
         collect({id: flow.id, amount: flow.amount, currency: flow.currency, year: flow.year, kind: flow.kind, description: flow.description,
                  stream: st {.id, .name}, to: ${BODY_REF("rcv")}, from: CASE WHEN payer IS NULL THEN null ELSE ${BODY_REF("payer")} END,
                  sources: flow.sourceIds})[0..$limit] AS flows
}
RETURN ${REF_RESULT(REF.PAYEE, "tos")}, ${REF_RESULT(REF.PAYER, "froms")}, ${REF_RESULT(REF.STREAM, "streams")}, count, total, withoutAmount, flows`;

export interface FundingFlowsArgs {
  to?: string | null;
  from?: string | null;
  stream?: string | null;
  year?: string | null;
  limit?: number | null;
}

function checkYear(year: string | null | undefined): void {
  if (year && !/^\d{4}-\d{2}$/.test(year)) throw userError(ErrorCode.BAD_USER_INPUT, `year: "${year}" is not a financial year; use e.g. 2019-20`, { argument: "year" });
}

const ref = (v: string | null | undefined) => (v != null && v.trim() !== "" ? refParam(v) : null);

export async function fundingFlows(driver: Driver, database: string, a: FundingFlowsArgs) {
  checkYear(a.year);
  const limit = checkLimit(a.limit, FLOWS_LIMIT);
  const params = { to: ref(a.to), from: ref(a.from), stream: ref(a.stream), year: a.year ?? null, limit: neo4j.int(limit) };
  const { records } = await driver.executeQuery(FUNDING_FLOWS, params, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown>;
  for (const [arg, kind, out] of [["to", REF.PAYEE, "tos"], ["from", REF.PAYER, "froms"], ["stream", REF.STREAM, "streams"]] as const) {
    const given = a[arg];
    if (given != null && given.trim() !== "") resolveOne(arg, given, kind, refRows(row, out));
  }
  return { count: row.count, total: row.total, currency: "GBP", withoutAmount: row.withoutAmount, flows: row.flows };
}

export const FUNDING_SUMMARY = `
WITH ${YEAR_START} AS d
${RESOLVE(REF.AUTHORITY, "$area", "areas")}
CALL (areas) {
  WITH areas WHERE size(areas) = 1
  WITH areas[0] AS area
  OPTIONAL MATCH (area)<-[:WITHIN]-(c:Authority)
  WITH area, collect(c) AS lower
  WITH area, lower, [area] + lower AS bodies
  CALL (bodies) {
    UNWIND bodies AS b
    MATCH (f:FundingFlow {year: $year})-[:TO]->(b), (f)-[:OF_STREAM]->(s:FundingStream), (b)-[:OF_TIER]->(t:Tier)
    WITH t.code AS tier, s, round(sum(f.amount), 2) AS amount, count(DISTINCT b) AS bodyCount
    ORDER BY tier, s.name
    RETURN collect({tier: tier, stream: s.name, streamId: s.id, amount: amount, bodies: bodyCount}) AS byTierAndStream, round(sum(amount), 2) AS datasetTotal
  }
  CALL (area, lower) {
    MATCH (s:FundingStream) WHERE s.lowerTierShare IS NOT NULL
    OPTIONAL MATCH (u:FundingFlow {year: $year})-[:OF_STREAM]->(s) WHERE EXISTS { (u)-[:TO]->(area) }
    WITH area, lower, s, round(sum(u.amount), 2) AS upper
    CALL (lower, s) {
      UNWIND lower AS l
      MATCH (f:FundingFlow {year: $year})-[:TO]->(l), (f)-[:OF_STREAM]->(s)
      RETURN round(sum(f.amount), 2) AS lowerAmount
    }
    RETURN collect({stream: s.name, lowerTier: lowerAmount, upperTier: upper,
                    lowerTierShare: CASE WHEN lowerAmount + upper > 0 THEN round(lowerAmount / (lowerAmount + upper), 6) END,
                    expectedLowerTierShare: s.lowerTierShare, ruleApplies: area.type = 'CTY', sources: s.sourceIds}) AS splits
  }
  CALL (area) {
    OPTIONAL MATCH (f:FundingFlow {kind: 'total'})-[:TO]->(area)
    OPTIONAL MATCH (f)-[c:SOURCED_FROM]->(src:Source)
    RETURN collect({description: f.description, amount: f.amount, year: f.year, source: src.title, cite: c.cite, quote: c.quote}) AS stated
  }
  RETURN head(collect({area: ${BODY_REF("area")}, lowerTierBodies: size(lower), byTierAndStream: byTierAndStream, datasetTotal: datasetTotal,
                       twoTierSplits: splits, statedTotals: [s IN stated WHERE s.description IS NOT NULL]})) AS summary
}
RETURN ${REF_RESULT(REF.AUTHORITY, "areas")}, summary`;

export async function fundingSummary(driver: Driver, database: string, a: { area: string; year: string }) {
  checkYear(a.year);
  if (!a.year) throw userError(ErrorCode.BAD_USER_INPUT, "year: required, e.g. 2019-20", { argument: "year" });
  const { records } = await driver.executeQuery(FUNDING_SUMMARY, { area: refParam(a.area), year: a.year }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown> & { summary: Record<string, unknown> | null };
  resolveOne("area", a.area, REF.AUTHORITY, refRows(row, "areas"));
  return { year: a.year, currency: "GBP", ...row.summary };
}
