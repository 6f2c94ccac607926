/**
 * Warm-up before the server listens: asks the main questions once each, one after another,
 * through the server's own GraphQL pipeline.
 *
 * Why: the first time a freshly started Neo4j plans a query it is slow — its Cypher planner is
 * not yet compiled by the JVM — and whoDelivers' one big query took 11 s to plan on a cold
 * Neo4j here, ~0.1 s warm. When the first users arrive together, each of their queries plans
 * at once on the same few cores: 64 concurrent first requests took 15–20 s and ran into the
 * query timeout (measured by `npm run soak`). Asked once, in order, the plans are cached and the
 * planner is warm; the same questions asked later only run. (Asked at the same time, in two or
 * eight lanes, they took as long in all, 9.7–9.8 s against 10.1 s here: planning on a cold JVM
 * already keeps both cores busy.)
 *
 * Places and services are picked from the graph, so this needs no fixed codes. A failed warm-up
 * question is logged and the start goes on: warming is an optimisation, never a gate.
 */
import type { Driver } from "neo4j-driver";
import { createContext, withTimeout } from "./context.js";
import type { Logger } from "./log.js";
import type { App } from "./server.js";

type Vars = Record<string, string> | null;
/** The variables, or null when the graph had nothing for one of them. */
const vars = (v: Record<string, string | null>): Vars => (Object.values(v).every((x) => x !== null) ? (v as Record<string, string>) : null);
const WHO = `query($s: String!, $p: String!) { whoDelivers(service: $s, place: $p) { authority { code } basis } }`;

/** The questions and their variables (null: the graph has nothing to ask it about). */
const QUESTIONS: { name: string; query: string; variables: (p: Picks) => Vars }[] = [
  {
    name: "whoDelivers by parish",
    query: `query($s: String!, $p: String!) { whoDelivers(service: $s, place: $p) { authority { code name } tier basis path { from { code } relationship to { code } source cite } sources { id } note } }`,
    variables: (p) => vars({ s: p.service, p: p.parish }),
  },
  { name: "whoDelivers by postcode", query: WHO, variables: (p) => vars({ s: p.service, p: p.postcode }) },
  { name: "whoDelivers for a county", query: WHO, variables: (p) => vars({ s: p.service, p: p.county }) },
  {
    name: "servicesOf",
    query: `query($a: String!) { servicesOf(authority: $a) { authority { code } groups { basis services { code } } } }`,
    variables: (p) => vars({ a: p.district }),
  },
  {
    name: "postcode",
    query: `query($c: String!) { postcode(code: $c) { postcode bodies { relationship body { code } } } }`,
    variables: (p) => vars({ c: p.postcode }),
  },
  {
    name: "changes",
    query: `query($a: String!) { changes(area: $a, from: "2019-04-01", to: "2020-05-01") { changes { kind subject { id } } } }`,
    variables: (p) => vars({ a: p.county }),
  },
  { name: "tierMatrix", query: `{ tierMatrix { rows { service { code } cells { tier basis } } } }`, variables: () => ({}) },
  {
    name: "an authority's neighbourhood",
    query: `query($c: ID!) { authorities(where: { code: { eq: $c } }) { name children(limit: 20) { code name } partnerships(limit: 20) { name } } }`,
    variables: (p) => vars({ c: p.district }),
  },
];

interface Picks {
  service: string | null;
  parish: string | null;
  postcode: string | null;
  county: string | null;
  district: string | null;
}

const PICKS = `
CALL () { OPTIONAL MATCH (s:Service)<-[:RESPONSIBLE_FOR]-(:Tier) RETURN s.code AS service ORDER BY service LIMIT 1 }
CALL () { OPTIONAL MATCH (p:Parish) RETURN p.code AS parish ORDER BY parish LIMIT 1 }
CALL () { OPTIONAL MATCH (a:Authority {type: 'CTY', current: true}) RETURN a.code AS county ORDER BY county LIMIT 1 }
CALL () { OPTIONAL MATCH (a:Authority {type: 'NMD', current: true}) RETURN a.code AS district ORDER BY district LIMIT 1 }
CALL () { OPTIONAL MATCH (s:PostcodeSet {id: 'active'}) OPTIONAL MATCH (p:Postcode) WHERE p.set = s.set WITH p LIMIT 1 RETURN p.name AS postcode }
RETURN service, parish, county, district, postcode`;

export interface WarmUpResult {
  ms: number;
  asked: number;
  failed: string[];
}

/** Asks each question once; resolves when all have answered (or failed, which is logged). */
export async function warmUp(app: App, driver: Driver, database: string, log: Logger, timeoutMs: number): Promise<WarmUpResult> {
  const t0 = performance.now();
  const { records } = await driver.executeQuery(PICKS, {}, { database });
  const row = records[0]?.toObject() ?? {};
  const pick = (k: keyof Picks) => (typeof row[k] === "string" ? (row[k] as string) : null);
  const picks: Picks = { service: pick("service"), parish: pick("parish"), postcode: pick("postcode"), county: pick("county"), district: pick("district") };
  const failed: string[] = [];
  let asked = 0;
  // The same driver wrapper the server's requests get, so the same query text and parameter types are planned.
  const served = withTimeout(driver, timeoutMs);
  for (const q of QUESTIONS) {
    const variables = q.variables(picks);
    if (!variables) continue; // an empty or partial graph: nothing to warm there
    const t = performance.now();
    const response = await app.apollo.executeOperation({ query: q.query, variables }, { contextValue: createContext(served, database, { timeoutMs }) });
    log.debug(`warm-up: ${q.name} in ${((performance.now() - t) / 1000).toFixed(2)}s`);
    asked++;
    const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
    if (errors?.length) failed.push(`${q.name}: ${errors[0]?.message}`);
  }
  for (const f of failed) log.warn(`warm-up: ${f}`);
  return { ms: performance.now() - t0, asked, failed };
}
