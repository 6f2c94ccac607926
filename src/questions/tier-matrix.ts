/** tierMatrix: every service some tier is responsible for, against every tier. One query. */
import neo4j, { type Driver } from "neo4j-driver";

export const TIER_MATRIX = `
MATCH (t:Tier) WITH t ORDER BY t.code
WITH collect(t {label: 'Tier', .code, .name}) AS tiers
MATCH (s:Service)<-[r:RESPONSIBLE_FOR]-(t:Tier)
WITH tiers, s, collect({tier: t.code, basis: r.basis}) AS held
ORDER BY CASE WHEN s.code =~ '\\\\d+' THEN toInteger(s.code) END, s.code
RETURN tiers, collect({
  service: s {label: 'Service', .code, .name},
  providingTier: s.providingTier,
  cells: [t IN tiers | {tier: t.code, basis: head([h IN held WHERE h.tier = t.code | h.basis])}]
}) AS rows`;

export async function tierMatrix(driver: Driver, database: string) {
  const { records } = await driver.executeQuery(TIER_MATRIX, {}, { database, routing: neo4j.routing.READ });
  return records[0]?.toObject() ?? { tiers: [], rows: [] };
}
