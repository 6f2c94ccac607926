/**
 * tierMatrix(on): every service some tier is responsible for on a date, against every tier.
 * One query.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { isoDay, LIVE, VALIDITY } from "./resolve.js";

export const TIER_MATRIX = `
WITH date($on) AS d
MATCH (t:Tier) WITH d, t ORDER BY t.code
WITH d, collect(t {label: 'Tier', .code, .name}) AS tiers
MATCH (s:Service)<-[r:RESPONSIBLE_FOR]-(t:Tier) WHERE ${LIVE("r")}
WITH tiers, s, collect({tier: t.code, basis: r.basis, validity: ${VALIDITY("r")}}) AS held
ORDER BY CASE WHEN s.code =~ '\\\\d+' THEN toInteger(s.code) END, s.code
RETURN tiers, collect({
  service: s {label: 'Service', .code, .name},
  providingTier: s.providingTier,
  cells: [t IN tiers | {tier: t.code, basis: head([h IN held WHERE h.tier = t.code | h.basis]), validity: head([h IN held WHERE h.tier = t.code | h.validity])}]
}) AS rows`;

export async function tierMatrix(driver: Driver, database: string, args: { on?: unknown } = {}) {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(TIER_MATRIX, { on }, { database, routing: neo4j.routing.READ });
  return { tiers: [], rows: [], ...records[0]?.toObject(), on };
}
