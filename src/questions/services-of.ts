/**
 * servicesOf(authority, on): what one authority (or parish) is responsible for on a date,
 * through its tier, grouped by basis: only the responsibilities in force on that date, each
 * saying whether its dates are recorded (validity). One Cypher query.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { assertInForce, isoDay, LIVE, one, PLACE_REF, RESOLVE_PLACE, showPlace, VALIDITY, type PlaceInfo } from "./resolve.js";

export const SERVICES_OF = `
WITH date($on) AS d, trim($authority) AS pIn
${RESOLVE_PLACE}
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
RETURN [p IN places | ${PLACE_REF("p")}] AS places, [p IN placeSuggestions | ${PLACE_REF("p")}] AS placeSuggestions, answer`;

export async function servicesOf(driver: Driver, database: string, args: { authority: string; on?: unknown }) {
  const on = isoDay(args.on);
  const { records } = await driver.executeQuery(SERVICES_OF, { authority: args.authority, on }, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as { places: PlaceInfo[]; placeSuggestions: PlaceInfo[]; answer: Record<string, unknown> | null };
  const place = one("authority", args.authority, row.places, row.placeSuggestions, showPlace);
  assertInForce("authority", place, on);
  return { ...row.answer, on };
}
