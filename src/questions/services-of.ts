/**
 * servicesOf(authority, on): what one authority (or parish) is responsible for on a date,
 * through its tier, grouped by basis: only the responsibilities in force on that date, each
 * saying whether its dates are recorded (validity). One Cypher query.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { assertInForce, isoDay, LIVE, REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne, VALIDITY } from "./resolve.js";

export const SERVICES_OF = `
WITH date($on) AS d
${RESOLVE(REF.PLACE, "$authority", "places")}
CALL (places, d) {
  WITH places, d WHERE size(places) = 1
  WITH places[0] AS a, d
  CALL (a) {
    OPTIONAL MATCH (a)-[:OF_TIER]->(t:Tier)
    RETURN collect(t.code) AS tiers
  }
  CALL (a, d) {
    MATCH (a)-[:OF_TIER]->(:Tier)-[r:RESPONSIBLE_FOR]->(s:Service) WHERE ${LIVE("r")}
    WITH r, r.basis AS basis, s ORDER BY s.code
    WITH basis, collect(DISTINCT s {label: 'Service', .code, .name, validFrom: toString(r.validFrom), validTo: toString(r.validTo), validity: ${VALIDITY("r")}}) AS services
    ORDER BY basis
    RETURN collect({basis: basis, services: services}) AS groups
  }
  // Aggregated, so that the outer row survives when resolution fails (and the caller says why).
  RETURN head(collect({
    authority: {code: a.code, name: a.name, type: CASE WHEN a:Parish THEN 'PARISH' ELSE coalesce(a.type, head(labels(a))) END},
    tiers: tiers,
    groups: groups
  })) AS answer
}
RETURN ${REF_RESULT(REF.PLACE, "places")}, answer`;

export async function servicesOf(driver: Driver, database: string, args: { authority: string; on?: unknown }) {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(SERVICES_OF, { authority: refParam(args.authority), on }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown> & { answer: Record<string, unknown> | null };
  const place = resolveOne("authority", args.authority, REF.PLACE, refRows(row, "places"));
  assertInForce("authority", place, on);
  return { ...row.answer, on };
}
