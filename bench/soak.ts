/**
 * `npm run soak` (issue #8): sustained load on loopback — 64 connections for 60 s of mixed
 * questions (whoDelivers by parish and by postcode, servicesOf, a generated nested read, the
 * tier matrix) against the real server (a child process, production mode) on the bench
 * database. Not part of the test suite.
 *
 * Alongside the questions, export clients (--export-clients, default 4) download the CSV export:
 * some read Kent's table to the end, some hang up after the first rows; the server's export cap
 * (TIERGRAPH_MAX_EXPORTS, default 2) refuses the rest with 503 + Retry-After. Before the soak, 500
 * exports are abandoned mid-stream (issue #14): 5 s later no transaction of ours may be open in
 * Neo4j, whoDelivers must answer in under 1 s and /health be 200.
 *
 * Passes (exit 0) when there are zero errors and the server's resident memory is flat: its peak
 * in the second half of the run at most --rss-growth MiB (default 32) above its peak in the
 * first half, and never over --rss-max MiB (default 512); exports are refused only with 429/503
 * and Retry-After, complete ones have every row; and the abandoned-exports check holds. Prints p50/p95/p99.
 * Options: --seconds N (default 60), --connections N (default 64), --export-clients N (default 4),
 * --abandon N (default 500), --export-yield MS (the server's TIERGRAPH_EXPORT_YIELD_MS), --keep, --allow-external.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { ROOT } from "../src/paths.js";
import { createLogger } from "../src/log.js";
import { loadPostcodes } from "../src/seed/postcodes.js";
import { isSeeded, seedAll } from "../src/seed/run.js";
import { startTiergraph } from "./children.js";
import { openBenchDb } from "./db.js";
import { abandonExports, exportTraffic, KENT_EXPORT } from "./export-abuse.js";
import { httpLoad } from "./load.js";
import { procMemory } from "./mem.js";
import { loadPairPool } from "./pairs.js";
import { mulberry32, pick } from "./prng.js";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    "export-clients": { type: "string", default: "4" },
    abandon: { type: "string", default: "500" },
    /** The server's TIERGRAPH_EXPORT_YIELD_MS (default: the server's own default). */
    "export-yield": { type: "string" },
    "rss-growth": { type: "string", default: "32" },
    "rss-max": { type: "string", default: "512" },
    keep: { type: "boolean", default: false },
    "allow-external": { type: "boolean", default: false },
  },
});

async function main(): Promise<number> {
  const seconds = Number(args.seconds);
  const connections = Number(args.connections);
  const growthBound = Number(args["rss-growth"]);
  const maxBound = Number(args["rss-max"]);
  const log = createLogger("info", "soak");
  const db = await openBenchDb(loadConfig(), log, { empty: false, allowExternal: args["allow-external"] });
  try {
    if (!(await isSeeded(db.driver, db.database))) {
      log.info("the bench database is empty: loading seeds/ and postcodes first...");
      await seedAll({ driver: db.driver, database: db.database, log });
    }
    await loadPostcodes({ driver: db.driver, database: db.database, log });
    const pool = await loadPairPool(db.driver, db.database);
    const authorities = (await db.driver.executeQuery("MATCH (a:Authority) WHERE a.current RETURN a.code AS c ORDER BY c", {}, { database: db.database })).records.map((r) => String(r.get("c")));
    const postcodes = (await db.driver.executeQuery("MATCH (p:Postcode) WITH p SKIP 1000 LIMIT 5000 RETURN p.name AS c", {}, { database: db.database })).records.map((r) => String(r.get("c")));

    const rng = mulberry32(8);
    const kinds: [string, () => { query: string; variables: Record<string, unknown> }][] = [
      ["whoDelivers by parish", () => ({ query: "query($s: String!, $p: String!) { whoDelivers(service: $s, place: $p) { authority { code name } tier basis path { from { code } relationship to { code } } } }", variables: { s: pick(rng, pool.services), p: pick(rng, pool.parishes) } })],
      ["whoDelivers by postcode", () => ({ query: "query($s: String!, $p: String!) { whoDelivers(service: $s, place: $p) { authority { code } basis } }", variables: { s: pick(rng, pool.services), p: pick(rng, postcodes) } })],
      ["servicesOf", () => ({ query: "query($a: String!) { servicesOf(authority: $a) { authority { code } groups { basis services { code } } } }", variables: { a: pick(rng, authorities) } })],
      ["nested read", () => ({ query: "query($c: ID!) { authorities(where: { code: { eq: $c } }) { name children(limit: 20) { code name } partnerships(limit: 20) { name } } }", variables: { c: pick(rng, authorities) } })],
      ["tierMatrix", () => ({ query: "{ tierMatrix { rows { service { code } cells { tier basis } } } }", variables: {} })],
    ];
    const next = () => {
      const [kind, make] = pick(rng, kinds);
      return { kind, body: JSON.stringify(make()) };
    };

    const server = await startTiergraph(db, undefined, args["export-yield"] === undefined ? {} : { TIERGRAPH_EXPORT_YIELD_MS: args["export-yield"] });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const url = `${base}/graphql`;
      const exportClients = Number(args["export-clients"]);
      const kentRows = (await (await fetch(`${base}${KENT_EXPORT}`)).text()).trim().split("\n").length - 1;
      const abandonN = Number(args.abandon);
      log.info(`${abandonN} exports abandoned mid-stream (2 clients, the default export cap)`);
      const ab = await abandonExports(base, db.driver, db.database, abandonN, 2);
      const abandonOk = ab.abandoned === abandonN && ab.leftAfter5s === 0 && ab.whoDeliversOk && ab.whoDeliversMs < 1000 && ab.healthStatus === 200;
      const idle = procMemory(server.pid).rssMiB;
      log.info(`warm-up: 10 s at ${connections} connections (server pid ${server.pid}, idle RSS ${idle} MiB)`);
      await httpLoad({ url, connections, seconds: 10, nextBody: next, graphql: true });
      const warm = procMemory(server.pid).rssMiB ?? 0;

      const samples: number[] = [];
      const timer = setInterval(() => samples.push(procMemory(server.pid).rssMiB ?? 0), 1000);
      log.info(`soak: ${seconds} s at ${connections} connections, mixed questions, and ${exportClients} export clients`);
      const [stats, ex] = await Promise.all([httpLoad({ url, connections, seconds, nextBody: next, graphql: true }), exportTraffic(base, seconds, exportClients, kentRows)]);
      clearInterval(timer);
      const end = procMemory(server.pid).rssMiB ?? 0;
      const peak = Math.max(...samples, end);
      const half = Math.floor(samples.length / 2);
      const firstHalfPeak = Math.max(...samples.slice(0, half));
      const secondHalfPeak = Math.max(...samples.slice(half), end);
      const growth = secondHalfPeak - firstHalfPeak;
      const result = {
        at: new Date().toISOString(), connections, ...stats, rssMiB: { idle, warm, firstHalfPeak, secondHalfPeak, peak, end, growthBound, maxBound },
        exports: { clients: exportClients, ...ex, failed: ex.failed.slice(0, 20) }, abandonedExports: ab,
      };
      await writeFile(join(ROOT, "bench", "soak-results.json"), `${JSON.stringify(result, null, 2)}\n`);

      const flat = growth <= growthBound && peak <= maxBound;
      const exportsOk = ex.failed.length === 0 && ex.complete > 0;
      const ok = stats.errors === 0 && flat && exportsOk && abandonOk;
      process.stdout.write(
        [
          `soak: ${connections} connections × ${seconds} s, mixed questions (whoDelivers by parish and postcode, servicesOf, nested read, tierMatrix)`,
          `  requests ${stats.requests}, ${stats.rps.toFixed(0)}/s, errors ${stats.errors}`,
          `  latency ms: p50 ${stats.p50.toFixed(1)}, p95 ${stats.p95.toFixed(1)}, p99 ${stats.p99.toFixed(1)}`,
          ...Object.entries(stats.byKind).map(([k, v]) => `    ${k}: ${v.requests} requests, p50 ${v.p50.toFixed(0)}, p99 ${v.p99.toFixed(0)}, max ${v.max.toFixed(0)} ms, errors ${v.errors}`),
          ...(stats.errors ? [`    errors by cause: ${Object.entries(stats.causes).map(([c, n]) => `${c} ${n}`).join(", ")}`] : []),
          `  server RSS MiB: idle ${idle}, after warm-up ${warm}, peak first half ${firstHalfPeak}, second half ${secondHalfPeak}, end ${end}`,
          `  (bounds: second-half peak ≤ first-half peak + ${growthBound}; peak ≤ ${maxBound})`,
          `  exports alongside (${exportClients} clients): ${ex.complete} complete (${kentRows} rows each), ${ex.abandoned} abandoned, ${ex.refused} refused with 503/429 + Retry-After, ${ex.failed.length} failed${ex.failed.length ? ` (${[...new Set(ex.failed)].slice(0, 3).join("; ")})` : ""}`,
          `  ${ab.abandoned} exports abandoned mid-stream in ${ab.seconds.toFixed(1)} s (${ab.refused} refusals retried): transactions left after 5 s ${ab.leftAfter5s}, ` +
            `whoDelivers ${ab.whoDeliversOk ? "answered" : "FAILED"} in ${ab.whoDeliversMs.toFixed(0)} ms (then ${ab.thenMs.map((m) => m.toFixed(0)).join(", ")} ms), /health ${ab.healthStatus} in ${ab.healthMs.toFixed(0)} ms`,
          ok
            ? "  PASS"
            : `  FAIL:${stats.errors ? ` ${stats.errors} errors` : ""}${flat ? "" : ` memory: grew ${growth.toFixed(0)} MiB, peak ${peak} MiB`}${exportsOk ? "" : " exports"}${abandonOk ? "" : " abandoned exports"}`,
          "",
        ].join("\n"),
      );
      return ok ? 0 : 1;
    } finally {
      await server.stop();
    }
  } finally {
    await db.close(args.keep);
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`soak failed: ${err.message}\n`);
    process.exit(1);
  },
);
