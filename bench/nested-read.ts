/**
 * Part 2: the cost of the generated API. A typical nested read through @neo4j/graphql —
 * authority → children → partnerships → members — for every current county, against the same
 * read as one hand-written Cypher query through the driver; sequential and at concurrency 16.
 */
import { isDeepStrictEqual } from "node:util";
import { execute, graphql, parse } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { createNeoSchema } from "../src/schema/build.js";
import type { Child } from "./children.js";
import { countingDriver } from "../test/helpers/counting-driver.js";
import { profileQuery } from "./hotspots.js";
import { driverLoad, httpLoad } from "./load.js";
import { mulberry32, pick } from "./prng.js";
import { ratio, type LoadStats } from "./stats.js";

/**
 * Lists are bounded, as a client of this server must bound them (its cost limit, TIERGRAPH_MAX_COST,
 * prices an unbounded list at 100 items, so the unbounded query is refused). The bounds are
 * above the largest real counts (12 children, 8 partnerships, 19 members), and the equivalence
 * check below proves nothing is cut.
 */
const QUERY = `query Nested($code: ID!) {
  authorities(where: { code: { eq: $code } }, limit: 1) {
    name
    children(limit: 20) {
      name
      partnerships(limit: 20) { name members(limit: 40) { ... on Authority { name } ... on Organisation { name } } }
    }
  }
}`;

/** The same read by hand. Partnership members appear as {} as in the GraphQL answer (no fragment for them). */
export const NESTED_CYPHER = `
MATCH (a:Authority {code: $code})
RETURN a {
  .name,
  children: COLLECT { MATCH (a)<-[:WITHIN]-(c:Authority) RETURN c {
    .name,
    partnerships: COLLECT { MATCH (c)-[:MEMBER_OF]->(p:Partnership) RETURN p {
      .name,
      members: COLLECT { MATCH (p)<-[:MEMBER_OF]-(m) WHERE m:Authority OR m:Organisation OR m:Partnership
                         RETURN CASE WHEN m:Partnership THEN {} ELSE m {.name} END }
    } }
  } }
} AS authority`;

/** Lists in a canonical order, so two answers that differ only in order compare equal. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]));
  return v;
}

/**
 * Where the generated read's time goes (#18 item 2): the Cypher @neo4j/graphql generates for
 * QUERY (caught in-process by the tests' counting driver), PROFILEd and timed through the driver
 * beside NESTED_CYPHER, and the library's whole in-process answer (graphql() over its schema:
 * translation, execution, the same Cypher) with the Node CPU it takes. For the county with the most members and for a typical one.
 */
async function whereTheTimeGoes(driver: Driver, database: string, codes: string[]) {
  const recording = countingDriver(driver);
  const schema = await createNeoSchema(recording.driver).getSchema();
  const ask = (code: string) => graphql({ schema, source: QUERY, variableValues: { code }, contextValue: {} });
  // As Apollo runs a document it has seen: parsed and validated once, executed each time.
  const document = parse(QUERY);
  const run = async (code: string) => execute({ schema, document, variableValues: { code }, contextValue: {} });
  const mean = async (n: number, f: () => Promise<unknown>) => {
    for (let i = 0; i < 10; i++) await f();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await f();
    const c = process.cpuUsage(c0);
    return { ms: +((performance.now() - t0) / n).toFixed(2), nodeCpuMs: +((c.user + c.system) / 1000 / n).toFixed(2) };
  };
  const out = [];
  for (const code of codes) {
    const answer = await ask(code);
    if (answer.errors?.length) throw new Error(`nested read of ${code}: ${answer.errors[0]?.message}`);
    const query = recording.queries.at(-1);
    if (!query) throw new Error("no Cypher was sent for the nested read");
    const generated = { query, params: recording.params.at(-1) as Record<string, unknown> };
    const cfg = { database, routing: neo4j.routing.READ };
    const gen = await mean(100, () => driver.executeQuery(generated.query, generated.params, cfg));
    const hand = await mean(100, () => driver.executeQuery(NESTED_CYPHER, { code }, cfg));
    const library = await mean(100, () => ask(code));
    const executeOnly = await mean(100, () => run(code));
    const gp = await profileQuery(driver, database, generated.query, generated.params, 3);
    const hp = await profileQuery(driver, database, NESTED_CYPHER, { code }, 3);
    out.push({
      code,
      generatedCypher: generated.query,
      dbHits: { generated: gp.totalDbHits, handWritten: hp.totalDbHits },
      topOperators: { generated: gp.byHits, handWritten: hp.byHits },
      meanMs: { generatedCypher: gen.ms, handWrittenCypher: hand.ms, libraryInProcess: library.ms, executeOnly: executeOnly.ms },
      libraryNodeCpuMs: library.nodeCpuMs,
      executeOnlyNodeCpuMs: executeOnly.nodeCpuMs,
      ratios: { generatedCypherToHand: ratio(gen.ms, hand.ms), libraryToHand: ratio(library.ms, hand.ms) },
    });
  }
  return out;
}

export interface NestedOptions {
  driver: Driver;
  database: string;
  server: Child;
  seed: number;
  seconds: number;
  log: (msg: string) => void;
}

export async function benchNestedRead(o: NestedOptions) {
  const { records } = await o.driver.executeQuery(
    "MATCH (a:Authority {type: 'CTY', current: true}) RETURN a.code AS code ORDER BY code",
    {},
    { database: o.database },
  );
  const counties = records.map((r) => String(r.get("code")));
  const url = `http://127.0.0.1:${o.server.port}/graphql`;
  const body = (code: string) => JSON.stringify({ query: QUERY, variables: { code } });
  const cypher = async (code: string) => {
    const r = await o.driver.executeQuery(NESTED_CYPHER, { code }, { database: o.database, routing: neo4j.routing.READ });
    return r.records[0]?.get("authority") as unknown;
  };

  let matched = 0;
  for (const code of counties) {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body(code) });
    const json = (await res.json()) as { data?: { authorities: unknown[] } };
    if (isDeepStrictEqual(canonical(json.data?.authorities[0]), canonical(await cypher(code)))) matched++;
  }

  const runs: { concurrency: number; graphql: LoadStats; cypher: LoadStats; ratios: { p50: number | null; p99: number | null; throughput: number | null } }[] = [];
  for (const c of [1, 16]) {
    const g = mulberry32(o.seed + c);
    const graphql = await httpLoad({ url, connections: c, seconds: o.seconds, nextBody: () => body(pick(g, counties)), graphql: true });
    const h = mulberry32(o.seed + c);
    const direct = await driverLoad(c, o.seconds, () => cypher(pick(h, counties)));
    runs.push({
      concurrency: c,
      graphql,
      cypher: direct,
      ratios: { p50: ratio(graphql.p50, direct.p50), p99: ratio(graphql.p99, direct.p99), throughput: ratio(graphql.rps, direct.rps) },
    });
    o.log(`nested read c=${c}: GraphQL p50 ${graphql.p50} ms (${graphql.rps} req/s), Cypher p50 ${direct.p50} ms (${direct.rps} q/s)`);
  }
  // The county with the most partnership members, and the median one.
  const { records: sized } = await o.driver.executeQuery(
    `MATCH (a:Authority {type: 'CTY', current: true}) RETURN a.code AS code, COUNT { (a)<-[:WITHIN]-(:Authority)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-() } AS n ORDER BY n DESC, code`,
    {},
    { database: o.database },
  );
  const bySize = sized.map((r) => String(r.get("code")));
  const breakdown = await whereTheTimeGoes(o.driver, o.database, [...new Set([bySize[0], bySize[Math.floor(bySize.length / 2)]])].filter((c): c is string => !!c));
  for (const b of breakdown) {
    o.log(`nested read of ${b.code} (in-process): generated Cypher ${b.meanMs.generatedCypher} ms (${b.dbHits.generated} db hits), hand-written ${b.meanMs.handWrittenCypher} ms (${b.dbHits.handWritten}), the library's whole answer ${b.meanMs.libraryInProcess} ms (${b.libraryNodeCpuMs} ms of Node CPU), of which execution of a parsed document ${b.meanMs.executeOnly} ms (${b.executeOnlyNodeCpuMs} ms CPU)`);
  }
  return { counties: counties.length, equivalence: { checked: counties.length, matched }, runs, breakdown };
}

export type NestedResult = Awaited<ReturnType<typeof benchNestedRead>>;
