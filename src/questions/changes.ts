/**
 * changes(area, from, to): what changed in an area between two dates, read from the graph's
 * dates and successions in one Cypher query. The area is an authority (resolved as every
 * argument is, as on `to`), with the authorities it replaced or that replaced it and their other
 * predecessors, and what lies WITHIN them, is CONSTITUENT_OF them or has them as fire authority.
 * A change counts when the state on `from` differs from the state on `to`: it takes effect after
 * `from` and on or before `to`; a bounded one (parish codes, memberships known from two lists)
 * counts when its bounds overlap that.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { CA_LISTS } from "../seed/loaders/geography.js";
import { PARISH_LISTS } from "../seed/loaders/parishes.js";
import { isoDay, NODE_REF, REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne } from "./resolve.js";

/**
 * The ONS lists' dates, as the importer reads them: a code's start is bounded by the list that
 * first carries it, its end by the list after the last.
 */
export { CA_LISTS, PARISH_LISTS };

/** Keyed by month (parishes) or source (combined authorities): the list's date and the next list's. */
const listParam = <T extends { asAt: string; source: string }>(lists: readonly T[], key: (l: T) => string) =>
  Object.fromEntries(lists.map((l, i) => [key(l), { asAt: l.asAt, source: l.source, nextAsAt: lists[i + 1]?.asAt ?? null, nextSource: lists[i + 1]?.source ?? null }]));

const DAY = "duration('P1D')";
/** In the window: a change that happened on a day from nb to na (equal when dated). */
const IN_WINDOW = (nb: string, na: string) => `(${na} > f AND ${nb} <= t)`;
const REFS = (list: string) => `[x IN ${list} | ${NODE_REF("x")}]`;
const NAMES = (list: string) => `reduce(acc = '', x IN ${list} | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + x.name + ' (' + coalesce(x.code, x.id) + ')')`;
/** A change row; `on` null for a bounded one. Dates out as strings. */
const CHANGE = (o: { kind: string; on?: string; nb?: string; na?: string; taken?: string; subject: string; before: string; after: string; services?: string; rel: string; funding?: string; text: string; sources: string }) => {
  const nb = o.nb ?? o.on ?? "null";
  const na = o.na ?? o.on ?? "null";
  return `{kind: ${o.kind}, on: toString(${o.on ?? "null"}), notBefore: toString(${nb}), notAfter: toString(${na}), takenAs: toString(${o.taken ?? o.on ?? "null"}), ` +
    `bounded: ${o.on ? `${o.on} IS NULL` : "true"}, subject: ${o.subject}, before: ${o.before}, after: ${o.after}, services: ${o.services ?? "[]"}, ` +
    `readFrom: ${o.rel}, funding: ${o.funding ?? "null"}, description: ${o.text}, sources: [x IN ${o.sources} WHERE x IS NOT NULL]}`;
};

export const CHANGES = `
WITH date($from) AS f, date($to) AS t, date($to) AS d
${RESOLVE(REF.AUTHORITY, "$area", "areas")}
CALL (areas, f, t) {
  WITH areas, f, t WHERE size(areas) = 1
  WITH areas[0] AS area, f, t
  CALL (area) {
    MATCH (area)-[:REPLACED_BY*0..2]-(b:Authority)
    RETURN collect(DISTINCT b) AS core
  }
  CALL (core) {
    UNWIND core AS c
    OPTIONAL MATCH (c)<-[:WITHIN|CONSTITUENT_OF|FIRE_AND_RESCUE_BY]-(x:Authority)
    WITH core, collect(DISTINCT x) AS inner
    RETURN core + [x IN inner WHERE NOT x IN core] AS bodies
  }
  // Tiers whose services reach the area: the bodies' own, and those of what they lie within (the GLA's for a borough).
  CALL (bodies) {
    UNWIND bodies AS b
    OPTIONAL MATCH (b)-[:WITHIN*1..2]->(u:Authority)
    WITH bodies, collect(DISTINCT u) AS ups
    UNWIND bodies + ups AS x
    MATCH (x)-[:OF_TIER]->(tier:Tier)
    RETURN collect(DISTINCT tier) AS tiers
  }
  CALL (bodies, f, t) {
    UNWIND bodies AS b
    WITH b, f, t WHERE b.validFrom > f AND b.validFrom <= t
    WITH b, COLLECT { MATCH (p:Authority)-[:REPLACED_BY]->(b) RETURN p ORDER BY p.code } AS preds,
         COLLECT { MATCH (:Authority)-[r:REPLACED_BY]->(b) RETURN r.source } AS rsrc
    RETURN collect(${CHANGE({
      kind: "'AUTHORITY_CREATED'", on: "b.validFrom", subject: NODE_REF("b"), before: REFS("preds"), after: "[]", rel: "'REPLACED_BY'",
      text: "b.name + ' (' + b.code + ', ' + b.type + ') began on ' + toString(b.validFrom) + CASE WHEN size(preds) > 0 THEN ', replacing ' + " + NAMES("preds") + " ELSE '' END + '.'",
      sources: "b.sourceIds + rsrc",
    })}) AS created
  }
  CALL (bodies, f, t) {
    UNWIND bodies AS b
    WITH b, f, t WHERE b.validTo >= f AND b.validTo < t
    WITH b, COLLECT { MATCH (b)-[:REPLACED_BY]->(s:Authority) RETURN s ORDER BY s.code } AS succ,
         COLLECT { MATCH (b)-[r:REPLACED_BY]->(:Authority) RETURN r.source } AS rsrc
    RETURN collect(${CHANGE({
      kind: "'AUTHORITY_ABOLISHED'", on: `b.validTo + ${DAY}`, subject: NODE_REF("b"), before: "[]", after: REFS("succ"), rel: "'REPLACED_BY'",
      text: "b.name + ' (' + b.code + ', ' + b.type + ') was abolished: its last day was ' + toString(b.validTo) + CASE WHEN size(succ) > 0 THEN '; replaced by ' + " + NAMES("succ") + " ELSE '; no successor in the graph' END + '.'",
      sources: "b.sourceIds + rsrc",
    })}) AS abolished
  }
  // A new authority against its predecessors: each service its tier holds on its first day, or theirs on their last, grouped by who held it.
  CALL (bodies, f, t) {
    UNWIND bodies AS b
    WITH b, f, t WHERE b.validFrom > f AND b.validFrom <= t
    WITH b, COLLECT { MATCH (p:Authority)-[:REPLACED_BY]->(b) RETURN p ORDER BY p.code } AS preds
    CALL (b, preds) {
      UNWIND [b] + preds AS x
      MATCH (x)-[:OF_TIER]->(:Tier)-[r:RESPONSIBLE_FOR]->(s:Service)
      WITH b, preds, x, r, s, CASE WHEN x = b THEN b.validFrom ELSE coalesce(x.validTo, b.validFrom - ${DAY}) END AS day
      WHERE (r.validFrom IS NULL OR r.validFrom <= day) AND (r.validTo IS NULL OR r.validTo >= day)
      WITH b, preds, s, collect(DISTINCT x) AS holders, collect(r) AS rs
      WITH b, [p IN preds WHERE p IN holders] AS held, b IN holders AS holds, s, rs, all(r IN rs WHERE r.validFrom IS NULL AND r.validTo IS NULL) AS undated ORDER BY s.code
      WITH b, held, holds, collect(s) AS services, collect(rs) AS rss, size([u IN collect(undated) WHERE u]) AS undated
      WITH b, held, holds, services, reduce(a = [], x IN rss | a + x) AS rs, undated,
           CASE WHEN size(held) = 0 THEN 'RESPONSIBILITIES_STARTED' WHEN holds THEN 'RESPONSIBILITIES_MOVED' ELSE 'RESPONSIBILITIES_ENDED' END AS kind
      RETURN collect(${CHANGE({
        kind: "kind", on: "b.validFrom", subject: NODE_REF("b"), before: REFS("held"), after: "CASE WHEN holds THEN [" + NODE_REF("b") + "] ELSE [] END",
        services: REFS("services"), rel: "'RESPONSIBLE_FOR'",
        text: "toString(size(services)) + ' services ' + CASE kind WHEN 'RESPONSIBILITIES_MOVED' THEN 'moved from ' + " + NAMES("held") + " + ' to ' + b.name " +
          "WHEN 'RESPONSIBILITIES_STARTED' THEN 'held by ' + b.name + ' from its first day, by none of its predecessors' " +
          "ELSE 'held by ' + " + NAMES("held") + " + ' and not by ' + b.name + ' (its tier is not responsible for them)' END + " +
          "' on ' + toString(b.validFrom) + ', through their tiers' + CASE WHEN undated > 0 THEN ' (' + toString(undated) + ' of them UNDATED: today\\'s lists, applied to every date)' ELSE '' END + '.'",
        sources: "apoc.coll.toSet([r IN rs | r.source] + [r IN rs | r.validFromSource] + [r IN rs | r.validToSource])",
      })}) AS moves
    }
    RETURN reduce(a = [], m IN collect(moves) | a + m) AS responsibilities
  }
  // A tier's dated responsibility beginning or ending in the window (the public health duty from 2013-04-01).
  CALL (tiers, f, t) {
    UNWIND tiers AS tier
    MATCH (tier)-[r:RESPONSIBLE_FOR]->(s:Service)
    UNWIND [e IN [CASE WHEN r.validFrom > f AND r.validFrom <= t THEN {kind: 'RESPONSIBILITIES_STARTED', day: r.validFrom, src: r.validFromSource, cite: r.validFromCite} END,
                  CASE WHEN r.validTo >= f AND r.validTo < t THEN {kind: 'RESPONSIBILITIES_ENDED', day: r.validTo + ${DAY}, src: r.validToSource, cite: r.validToCite} END] WHERE e IS NOT NULL] AS e
    RETURN collect(${CHANGE({
      kind: "e.kind", on: "e.day", subject: NODE_REF("tier"), before: `CASE e.kind WHEN 'RESPONSIBILITIES_ENDED' THEN [${NODE_REF("tier")}] ELSE [] END`,
      after: `CASE e.kind WHEN 'RESPONSIBILITIES_STARTED' THEN [${NODE_REF("tier")}] ELSE [] END`, services: `[${NODE_REF("s")}]`, rel: "'RESPONSIBLE_FOR'",
      text: "'The ' + tier.name + ' tier ' + CASE e.kind WHEN 'RESPONSIBILITIES_STARTED' THEN 'became' ELSE 'ceased to be' END + ' responsible for ' + s.code + ' ' + s.name + ' on ' + toString(e.day) + coalesce(' (' + e.cite + ')', '') + '.'",
      sources: "[r.source, e.src]",
    })}) AS dutyChanges
  }
  // Functional bodies: who delivers a service the area's tiers are responsible for, on the day it changed hands.
  CALL (tiers, f, t) {
    MATCH (tier:Tier)-[:RESPONSIBLE_FOR]->(s:Service)-[r:DELIVERED_BY]->(o)
    WHERE tier IN tiers AND ((r.validFrom > f AND r.validFrom <= t) OR (r.validTo >= f AND r.validTo < t))
    WITH DISTINCT s, r, o
    UNWIND [e IN [CASE WHEN r.validFrom > f AND r.validFrom <= t THEN {day: r.validFrom, began: true} END,
                  CASE WHEN r.validTo >= f AND r.validTo < t THEN {day: r.validTo + ${DAY}, began: false} END] WHERE e IS NOT NULL] AS e
    WITH s, e.day AS day, collect(CASE WHEN NOT e.began THEN o END) AS stopped, collect(CASE WHEN e.began THEN o END) AS began, collect(r) AS rs
    WITH s, day, stopped, began, rs, CASE WHEN size(stopped) > 0 AND size(began) > 0 THEN 'DELIVERER_MOVED' WHEN size(began) > 0 THEN 'DELIVERER_STARTED' ELSE 'DELIVERER_ENDED' END AS kind,
         coalesce(head([r IN rs WHERE r.validFrom = day | r.validFromCite]), head([r IN rs WHERE r.validTo IS NOT NULL | r.validToCite])) AS cite,
         [x IN [CASE WHEN size(stopped) > 0 THEN 'no longer delivered by ' + ${NAMES("stopped")} END, CASE WHEN size(began) > 0 THEN 'delivered by ' + ${NAMES("began")} END] WHERE x IS NOT NULL] AS parts
    RETURN collect(${CHANGE({
      kind: "kind", on: "day", subject: NODE_REF("s"), before: REFS("stopped"), after: REFS("began"), services: `[${NODE_REF("s")}]`, rel: "'DELIVERED_BY'",
      text: "s.code + ' ' + s.name + ' on ' + toString(day) + ': ' + apoc.text.join(parts, '; ') + coalesce(' (' + cite + ')', '') + '.'",
      sources: "apoc.coll.toSet([r IN rs | r.source] + [r IN rs | r.validFromSource] + [r IN rs | r.validToSource])",
    })}) AS deliverers
  }
  // Dated memberships: a council joining or leaving a combined authority, or taking a fire authority. A bound from ONS's lists is bounded.
  CALL (bodies, f, t) {
    UNWIND bodies AS x
    MATCH (x)-[r:CONSTITUENT_OF|FIRE_AND_RESCUE_BY]->(y:Authority)
    WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
    WITH DISTINCT x, r, y
    UNWIND [e IN [
      CASE WHEN r.validFrom IS NOT NULL THEN CASE WHEN r.validFromCite STARTS WITH 'bound:' AND r.validFromSource IN keys($caLists)
        THEN {kind: 'MEMBERSHIP_STARTED', on: null, nb: r.validFrom, na: date($caLists[r.validFromSource].asAt), taken: r.validFrom, cite: r.validFromCite, src: r.validFromSource}
        ELSE {kind: 'MEMBERSHIP_STARTED', on: r.validFrom, nb: r.validFrom, na: r.validFrom, taken: r.validFrom, cite: r.validFromCite, src: r.validFromSource} END END,
      CASE WHEN r.validTo IS NOT NULL THEN CASE WHEN r.validToCite STARTS WITH 'bound:' AND r.validToSource IN keys($caLists) AND $caLists[r.validToSource].nextAsAt IS NOT NULL
        THEN {kind: 'MEMBERSHIP_ENDED', on: null, nb: r.validTo + ${DAY}, na: date($caLists[r.validToSource].nextAsAt), taken: r.validTo + ${DAY}, cite: r.validToCite, src: r.validToSource}
        ELSE {kind: 'MEMBERSHIP_ENDED', on: r.validTo + ${DAY}, nb: r.validTo + ${DAY}, na: r.validTo + ${DAY}, taken: r.validTo + ${DAY}, cite: r.validToCite, src: r.validToSource} END END
    ] WHERE e IS NOT NULL AND ${IN_WINDOW("e.nb", "e.na")}] AS e
    RETURN collect(${CHANGE({
      kind: "e.kind", on: "e.on", nb: "e.nb", na: "e.na", taken: "e.taken", subject: NODE_REF("x"),
      before: `CASE e.kind WHEN 'MEMBERSHIP_ENDED' THEN [${NODE_REF("y")}] ELSE [] END`, after: `CASE e.kind WHEN 'MEMBERSHIP_STARTED' THEN [${NODE_REF("y")}] ELSE [] END`, rel: "type(r)",
      text: "x.name + ' (' + x.code + ') ' + CASE WHEN e.kind = 'MEMBERSHIP_STARTED' THEN CASE type(r) WHEN 'CONSTITUENT_OF' THEN 'became a constituent of ' ELSE 'came under the fire authority ' END " +
        "ELSE CASE type(r) WHEN 'CONSTITUENT_OF' THEN 'ceased to be a constituent of ' ELSE 'left the fire authority ' END END + y.name + ' (' + y.code + ') ' + " +
        "CASE WHEN e.on IS NULL THEN 'between ' + toString(e.nb) + ' and ' + toString(e.na) + ', taken as ' + toString(e.taken) ELSE 'on ' + toString(e.on) END + " +
        "coalesce(' (' + coalesce(e.cite, r.cite) + ')', '') + '.'",
      sources: "[r.source, e.src]",
    })}) AS memberships
  }
  // Parish codes within the bodies: starts (with the codes they continued, if any) and ends with no successor, bounded by the lists.
  CALL (bodies, f, t) {
    UNWIND bodies AS b
    MATCH (p:Parish)-[:WITHIN]->(b)
    RETURN collect(DISTINCT p) AS parishes
  }
  CALL (parishes, f, t) {
    UNWIND parishes AS p
    WITH p, f, t WHERE p.validFrom IS NOT NULL AND ${IN_WINDOW("p.validFrom", "date($parishLists[p.firstSeen].asAt)")}
    WITH p, COLLECT { MATCH (o:Parish)-[r:REPLACED_BY]->(p) RETURN {o: o, r: r} ORDER BY o.code } AS prev
    WITH p, [x IN prev | x.o] AS olds, [x IN prev | x.r] AS rs,
         CASE WHEN size(prev) = 0 THEN 'PARISH_STARTED' WHEN any(x IN prev WHERE x.r.basis = 'MERGED') THEN 'PARISH_MERGED' ELSE 'PARISH_RECODED' END AS kind
    RETURN collect(${CHANGE({
      kind: "kind", nb: "p.validFrom", na: "date($parishLists[p.firstSeen].asAt)", taken: "p.validFrom", subject: NODE_REF("p"), before: REFS("olds"), after: `[${NODE_REF("p")}]`,
      rel: "CASE WHEN size(olds) > 0 THEN 'REPLACED_BY' ELSE 'WITHIN' END",
      text: "p.name + ' (' + p.code + '): parish code ' + p.startedBy + ', taken as in force from ' + toString(p.validFrom) + " +
        "CASE kind WHEN 'PARISH_STARTED' THEN '; no code before it in the graph' WHEN 'PARISH_RECODED' THEN '; it continues ' + " + NAMES("olds") + " + ' (recoded: same name, same district; inferred from the ONS lists)' " +
        "ELSE '; it continues ' + " + NAMES("olds") + " + ' (merged: its name joins theirs; inferred from the ONS lists)' END + '.'",
      sources: "[r IN rs | r.source] + [$parishLists[p.firstSeen].source] + [o IN olds | last(o.sourceIds)]",
    })}) AS parishStarts
  }
  CALL (parishes, f, t) {
    UNWIND parishes AS p
    WITH p, parishes, f, t WHERE p.validTo IS NOT NULL AND $parishLists[p.lastSeen].nextAsAt IS NOT NULL
      AND ${IN_WINDOW(`p.validTo + ${DAY}`, "date($parishLists[p.lastSeen].nextAsAt)")}
    WITH p, parishes, COLLECT { MATCH (p)-[:REPLACED_BY]->(q:Parish) RETURN q ORDER BY q.code } AS next
    WITH p, next WHERE none(q IN next WHERE q IN parishes)
    RETURN collect(${CHANGE({
      kind: "'PARISH_ENDED'", nb: `p.validTo + ${DAY}`, na: "date($parishLists[p.lastSeen].nextAsAt)", taken: `p.validTo + ${DAY}`, subject: NODE_REF("p"),
      before: `[${NODE_REF("p")}]`, after: REFS("next"), rel: "CASE WHEN size(next) > 0 THEN 'REPLACED_BY' ELSE 'WITHIN' END",
      text: "p.name + ' (' + p.code + '): parish code ' + p.endedBetween + ', taken as in force to ' + toString(p.validTo) + CASE WHEN size(next) > 0 THEN '; continued by ' + " + NAMES("next") + " ELSE '; ONS names no successor and none is inferred' END + '.'",
      sources: "[last(p.sourceIds), $parishLists[p.lastSeen].nextSource]",
    })}) AS parishEnds
  }
  // Money year on year: each stream's total to the bodies in the financial years containing from and to, where the graph has both years.
  CALL () {
    MATCH (x:FundingFlow)
    RETURN collect(DISTINCT CASE WHEN x.year IN [$yearFrom, $yearTo] THEN x.year END) AS fundedYears,
           min(x.year) AS firstFundedYear, max(x.year) AS lastFundedYear
  }
  CALL (bodies, fundedYears) {
    UNWIND bodies AS b
    MATCH (fl:FundingFlow)-[:TO]->(b)
    WHERE $yearFrom <> $yearTo AND size(fundedYears) = 2 AND fl.year IN fundedYears AND fl.amount IS NOT NULL
    MATCH (fl)-[:OF_STREAM]->(s:FundingStream)
    WITH s, fl.year AS year, round(sum(fl.amount), 2) AS amount, reduce(a = [], x IN collect(fl.sourceIds) | a + x) AS srcs
    WITH s, collect({year: year, amount: amount, srcs: srcs}) AS ys
    WITH s, head([y IN ys WHERE y.year = $yearFrom]) AS a, head([y IN ys WHERE y.year = $yearTo]) AS z
    WITH s, a.amount AS before, z.amount AS after, coalesce(a.srcs, []) + coalesce(z.srcs, []) AS srcs
    WHERE before IS NULL OR after IS NULL OR before <> after
    WITH s, before, after, srcs, round(coalesce(after, 0.0) - coalesce(before, 0.0), 2) AS diff ORDER BY s.name
    RETURN collect(${CHANGE({
      kind: "'FUNDING_CHANGED'", on: "date(substring($yearTo, 0, 4) + '-04-01')", subject: NODE_REF("s"), before: "[]", after: "[]", rel: "'OF_STREAM'",
      funding: `{stream: ${NODE_REF("s")}, yearBefore: $yearFrom, yearAfter: $yearTo, amountBefore: before, amountAfter: after, difference: diff, currency: 'GBP'}`,
      text: "s.name + ': ' + coalesce('£' + apoc.number.format(before, '#,##0.00', 'en'), 'nothing') + ' in ' + $yearFrom + ', ' + coalesce('£' + apoc.number.format(after, '#,##0.00', 'en'), 'nothing') + ' in ' + $yearTo + ' to the area\\'s bodies.'",
      sources: "apoc.coll.toSet(srcs)",
    })}) AS funding
  }
  WITH area, bodies, fundedYears, firstFundedYear, lastFundedYear,
       created + abolished + responsibilities + dutyChanges + deliverers + memberships + parishStarts + parishEnds + funding AS changes
  WITH area, bodies, fundedYears, firstFundedYear, lastFundedYear, changes, apoc.coll.toSet(area.sourceIds + reduce(a = [], c IN changes | a + c.sources)) AS ids
  WITH area, bodies, fundedYears, firstFundedYear, lastFundedYear, changes, COLLECT { MATCH (x:Source) WHERE x.id IN ids RETURN x {.id, .kind, .title, .licence, .attribution, .url, .file} ORDER BY x.id } AS sources
  RETURN head(collect({
    area: {code: area.code, name: area.name, type: area.type},
    bodies: ${REFS("bodies")},
    changes: changes,
    fundedYears: fundedYears,
    fundedRange: [firstFundedYear, lastFundedYear],
    datedMemberships: COUNT { ()-[m:MEMBER_OF]->() WHERE m.validFrom IS NOT NULL OR m.validTo IS NOT NULL },
    sources: sources
  })) AS answer
}
RETURN ${REF_RESULT(REF.AUTHORITY, "areas")}, answer`;

/** The financial year (April to March) containing an ISO day: 2020-03-31 → 2019-20. */
export function financialYear(day: string): string {
  const y = Number(day.slice(0, 4)) - (day.slice(5) < "04-01" ? 1 : 0);
  return `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
}

interface ChangeRow {
  kind: string;
  on: string | null;
  notBefore: string | null;
  takenAs: string | null;
  subject: { id: string };
  sources: string[];
}
interface SourceRow {
  id: string;
}

export async function changes(driver: Driver, database: string, a: { area: string; from: unknown; to: unknown }) {
  const from = isoDay(a.from, "from");
  const to = isoDay(a.to, "to");
  if (from > to) throw userError(ErrorCode.BAD_USER_INPUT, `from: ${from} is after to (${to}); give the earlier date as from.`, { argument: "from" });
  const [yearFrom, yearTo] = [financialYear(from), financialYear(to)];
  const params = {
    area: refParam(a.area), from, to, yearFrom, yearTo,
    parishLists: listParam(PARISH_LISTS, (l) => l.month), caLists: listParam(CA_LISTS, (l) => l.source),
  };
  const { records } = await driver.executeQuery(CHANGES, params, { database, routing: neo4j.routing.READ });
  const row = records[0]?.toObject() as Record<string, unknown> & {
    answer: { changes: ChangeRow[]; sources: SourceRow[]; fundedYears: string[]; fundedRange: [string | null, string | null]; datedMemberships: unknown } & Record<string, unknown>;
  };
  resolveOne("area", a.area, REF.AUTHORITY, refRows(row, "areas"));
  const { changes: list, sources, fundedYears, fundedRange, datedMemberships, ...rest } = row.answer;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const day = (c: ChangeRow) => c.on ?? c.takenAs ?? c.notBefore ?? "";
  const sorted = [...list]
    .sort((x, y) => day(x).localeCompare(day(y)) || x.kind.localeCompare(y.kind) || x.subject.id.localeCompare(y.subject.id))
    .map((c) => ({ ...c, sources: [...new Set(c.sources)].sort().flatMap((id) => byId.get(id) ?? []) }));
  // What the graph holds decides the notes: dated partnership memberships, the years funded.
  const notes = [
    Number(datedMemberships) === 0
      ? "Partnership memberships (MEMBER_OF) carry no dates in the graph, so their changes are not reported."
      : "Partnership memberships (MEMBER_OF) are not compared.",
  ];
  if (yearFrom === yearTo) notes.push(`Funding is compared year on year: ${from} and ${to} are in the same financial year (${yearFrom}).`);
  else if (fundedYears.length < 2) {
    const missing = [yearFrom, yearTo].filter((y) => !fundedYears.includes(y));
    const [first, last] = fundedRange;
    const range = first && last ? ` (the graph's funding flows cover ${first} to ${last})` : " (the graph has no funding flows)";
    notes.push(`No funding data in the graph for ${missing.join(" and ")}${range}, so funding is not compared.`);
  }
  return { ...rest, from, to, changes: sorted, sources, note: notes.join(" ") };
}
