/**
 * Part 1 (and 5): whoDelivers under load — tiergraph over HTTP, against the database floor (one
 * hand-written Cypher query through the driver) and the HTTP floor (a bare node:http server),
 * at each concurrency, all in the same run. Part 5 samples the server's resident memory at idle
 * and under the highest concurrency.
 */
import type { Driver } from "neo4j-driver";
import { refParam } from "../src/questions/resolve.js";
import { WHO_DELIVERS, whoDelivers } from "../src/questions/who-delivers.js";
import { startHttpFloor, type Child } from "./children.js";
import { profileQuery } from "./hotspots.js";
import { driverLoad, httpLoad } from "./load.js";
import { procMemory, sampleMax } from "./mem.js";
import { loadPairPool, pairStream, type Pair } from "./pairs.js";
import { ratio, type LoadStats } from "./stats.js";
import { checkFloorEquivalence, FLOOR_QUERY, floorWhoDelivers } from "./who-delivers-floor.js";

/** The date every question is asked for, so answers do not change with the day the bench runs. */
export const ON = "2025-04-01";

/** The full answer, as a client showing provenance would ask for it (the floor returns all of it). */
const QUERY = `query WhoDelivers($service: String!, $place: String!, $on: Date) {
  whoDelivers(service: $service, place: $place, on: $on) {
    service { code } place { code } on authority { code name type } tier tierName basis
    deliveredBy { id name type }
    path { from { label code name } relationship to { label code name } validFrom validTo basis source cite }
    sources { id kind title licence attribution url file }
    note
  }
}`;

const body = (p: Pair) => JSON.stringify({ query: QUERY, variables: { ...p, on: ON } });

export interface WhoDeliversOptions {
  driver: Driver;
  database: string;
  server: Child;
  seed: number;
  seconds: number;
  concurrencies: number[];
  log: (msg: string) => void;
}

/** One concurrency level: the systems and tiergraph's ratios to the database floor. */
export interface Level {
  concurrency: number;
  tiergraph: LoadStats;
  cypherFloor: LoadStats;
  /**
   * tiergraph's own Cypher (src/questions/who-delivers.ts, resolution included) through the
   * driver, without HTTP or GraphQL: splits the gap into database and server (at c=1 and 16).
   */
  questionCypher?: LoadStats;
  httpFloor: LoadStats;
  vsCypherFloor: { p50: number | null; p99: number | null; throughput: number | null };
  /** Of tiergraph's p50: the share spent in its Cypher (questionCypher ÷ tiergraph). */
  questionCypherShareOfP50?: number | null;
}

export async function benchWhoDelivers(o: WhoDeliversOptions) {
  const pool = await loadPairPool(o.driver, o.database);
  const url = `http://127.0.0.1:${o.server.port}/graphql`;
  const first = pairStream(pool, o.seed)();
  const sample = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body(first) });
  const sampleBody = await sample.text();
  const equivalence = await checkFloorEquivalence(o.driver, o.database, Array.from({ length: 50 }, pairStream(pool, o.seed + 1)), ON);
  o.log(`whoDelivers: ${pool.parishes.length} parishes × ${pool.services.length} services; floor matches src/questions on ${equivalence.matched}/${equivalence.checked} pairs`);

  const idle = procMemory(o.server.pid);
  // Warm-up (JIT, query plans, page cache); not measured.
  const warm = pairStream(pool, o.seed + 2);
  await httpLoad({ url, connections: 16, seconds: 3, nextBody: () => body(warm()), graphql: true });
  await driverLoad(16, 2, () => floorWhoDelivers(o.driver, o.database, warm(), ON));
  const idleAfterWarmup = procMemory(o.server.pid);

  const floor: Child = await startHttpFloor(sampleBody);
  const levels: Level[] = [];
  let underLoad = { peak: null as number | null, last: null as number | null };
  try {
    for (const c of o.concurrencies) {
      // Every system at a level gets the same question sequence.
      const seed = o.seed * 100 + c;
      const sampler = sampleMax(() => procMemory(o.server.pid).rssMiB, 200);
      const nextT = pairStream(pool, seed);
      const tiergraph = await httpLoad({ url, connections: c, seconds: o.seconds, nextBody: () => body(nextT()), graphql: true });
      const mem = sampler.stop();
      if (c === Math.max(...o.concurrencies)) underLoad = mem;
      const nextC = pairStream(pool, seed);
      const cypherFloor = await driverLoad(c, o.seconds, () => floorWhoDelivers(o.driver, o.database, nextC(), ON));
      let questionCypher: LoadStats | undefined;
      if (c <= 16) {
        const nextQ = pairStream(pool, seed);
        questionCypher = await driverLoad(c, o.seconds, () => whoDelivers(o.driver, o.database, { ...nextQ(), on: ON }));
      }
      // The bare HTTP server is steady within a couple of seconds.
      const nextH = pairStream(pool, seed);
      const httpFloor = await httpLoad({ url: `http://127.0.0.1:${floor.port}/graphql`, connections: c, seconds: Math.max(2, Math.round(o.seconds / 3)), nextBody: () => body(nextH()), graphql: false });
      const vsCypherFloor = {
        p50: ratio(tiergraph.p50, cypherFloor.p50),
        p99: ratio(tiergraph.p99, cypherFloor.p99),
        throughput: ratio(tiergraph.rps, cypherFloor.rps),
      };
      levels.push({
        concurrency: c, tiergraph, cypherFloor, questionCypher, httpFloor, vsCypherFloor,
        questionCypherShareOfP50: questionCypher ? ratio(questionCypher.p50, tiergraph.p50) : undefined,
      });
      o.log(`whoDelivers c=${c}: tiergraph ${tiergraph.rps} req/s p50 ${tiergraph.p50} ms, floor ${cypherFloor.rps} q/s p50 ${cypherFloor.p50} ms, http ${httpFloor.rps} req/s`);
    }
  } finally {
    await floor.stop();
  }

  // Where the extra time goes inside the database: the question's query vs the floor's, same pair.
  const profile = {
    // The question's Cypher takes its arguments as the resolver's look-up maps (refParam), as whoDelivers sends them.
    question: await profileQuery(o.driver, o.database, WHO_DELIVERS, { service: refParam(first.service), place: refParam(first.place), on: ON }),
    floor: await profileQuery(o.driver, o.database, FLOOR_QUERY, { ...first, on: ON }),
  };
  const at16 = levels.find((l) => l.concurrency === 16);
  const atMax = levels.find((l) => l.concurrency === Math.max(...o.concurrencies));
  return {
    on: ON,
    seed: o.seed,
    pool: { parishes: pool.parishes.length, services: pool.services.length },
    equivalence,
    levels,
    profile,
    targets: {
      p50Within1_5xFloorAtC16: at16 ? (at16.vsCypherFloor.p50 ?? Infinity) <= 1.5 : null,
      p99Within3xFloorAtC16: at16 ? (at16.vsCypherFloor.p99 ?? Infinity) <= 3 : null,
      // "p99 under load" read the strict way too: at the highest concurrency.
      p99Within3xFloorAtMax: atMax ? (atMax.vsCypherFloor.p99 ?? Infinity) <= 3 : null,
      zeroErrors: levels.every((l) => l.tiergraph.errors === 0),
    },
    memory: {
      idleMiB: idle.rssMiB,
      idleAfterWarmupMiB: idleAfterWarmup.rssMiB,
      underMaxLoadPeakMiB: underLoad.peak,
      afterLoadMiB: procMemory(o.server.pid).rssMiB,
      peakHwmMiB: procMemory(o.server.pid).hwmMiB,
    },
  };
}

export type WhoDeliversResult = Awaited<ReturnType<typeof benchWhoDelivers>>;
