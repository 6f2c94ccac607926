/**
 * Part 2: the cost of the generated API. A typical nested read through @neo4j/graphql —
 * authority → children → partnerships → members — for every current county, against the same
 * read as one hand-written Cypher query through the driver; sequential and at concurrency 16.
 */
import { isDeepStrictEqual } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import type { Child } from "./children.js";
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
  return { counties: counties.length, equivalence: { checked: counties.length, matched }, runs };
}

export type NestedResult = Awaited<ReturnType<typeof benchNestedRead>>;
