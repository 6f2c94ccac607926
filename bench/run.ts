/**
 * `npm run bench` (issues #7 and #10): tiergraph against baselines measured in the same run, on
 * the full England dataset, in its own local Neo4j (instance "bench", 127.0.0.1:7691) or
 * NEO4J_URI. Not part of the test suite.
 *
 * Parts, in order: import (naive samples, seedAll and the postcodes, into an empty database) →
 * whoDelivers load with server memory → by postcode vs by GSS code → generated-API nested read
 * → all-England bulk export → scaling on synthetic partnerships. Writes bench/results.json and
 * prints a table on stdout (progress on stderr). Everything it starts (Neo4j, servers) it stops,
 * on failure and on Ctrl-C too.
 *
 * Options: --only import,who,postcode,nested,bulk,scaling (without import, the data already in
 * the bench database is used), --keep (leave the bench Neo4j running), --allow-external
 * (NEO4J_URI: its database is emptied), --seconds N (per load run, default 5), --seed N,
 * --sample N (at most this many naive seed rows, default 5000; they write for ~8 s), --postcode-sample
 * N (at most, default 2000; ~4 s), --sizes 1000,10000,100000, --timeout S (per scaling query, default 30).
 */
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { stopLocal } from "../src/db/local.js";
import { ROOT } from "../src/paths.js";
import { createLogger } from "../src/log.js";
import { benchBulkExport } from "./bulk-export.js";
import { benchByPostcode } from "./by-postcode.js";
import { startTiergraph, stopChildren, type Child } from "./children.js";
import { BENCH_BOLT_PORT, BENCH_INSTANCE, openBenchDb, type BenchDb } from "./db.js";
import { benchImport, POSTCODE_SAMPLE } from "./import.js";
import { procMemory } from "./mem.js";
import { benchNestedRead } from "./nested-read.js";
import { loadPairPool } from "./pairs.js";
import { renderTable, type Results } from "./report.js";
import { benchScaling } from "./scaling.js";
import { deleteSynthetic } from "./synthetic.js";
import { benchWhoDelivers } from "./who-delivers.js";

const PARTS = ["import", "who", "postcode", "nested", "bulk", "scaling"] as const;
type Part = (typeof PARTS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: "string", default: PARTS.join(",") },
    keep: { type: "boolean", default: false },
    "allow-external": { type: "boolean", default: false },
    seconds: { type: "string", default: "5" },
    seed: { type: "string", default: "7" },
    sample: { type: "string", default: "5000" },
    "postcode-sample": { type: "string", default: "2000" },
    sizes: { type: "string", default: "1000,10000,100000" },
    timeout: { type: "string", default: "30" },
  },
});

const positive = (name: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number (got "${v}")`);
  return n;
};

function parts(v: string): Set<Part> {
  const wanted = v.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = wanted.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (bad.length || !wanted.length) throw new Error(`--only takes a comma-separated list of ${PARTS.join(", ")} (got "${v}")`);
  return new Set(wanted as Part[]);
}

/** What must be stopped, newest first, however the run ends. */
const running: { name: string; stop: () => Promise<void> }[] = [];
async function stopAll(): Promise<void> {
  await stopChildren();
  while (running.length) {
    const r = running.pop();
    await r?.stop().catch((err: Error) => process.stderr.write(`[bench] could not stop ${r.name}: ${err.message}\n`));
  }
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`[bench] ${signal}: stopping what the bench started...\n`);
    void stopAll().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const only = parts(args.only);
  const config = loadConfig();
  const log = createLogger("info", "bench");
  const options = {
    parts: [...only],
    seed: positive("seed", args.seed),
    seconds: positive("seconds", args.seconds),
    concurrencies: [1, 16, 64],
    sizes: args.sizes.split(",").map((s) => positive("sizes", s)),
    sample: positive("sample", args.sample),
    postcodeSample: positive("postcode-sample", args["postcode-sample"]),
    timeoutMs: positive("timeout", args.timeout) * 1000,
  };
  // Interrupted while Neo4j starts: stop what may have started (a fresh store is always started here).
  const starting = { name: "the bench Neo4j", stop: () => stopLocal(BENCH_INSTANCE, BENCH_BOLT_PORT, log).then(() => undefined) };
  if (only.has("import") && !config.external && !args.keep) running.push(starting);
  const db: BenchDb = await openBenchDb(config, log, { empty: only.has("import"), allowExternal: args["allow-external"] });
  running.splice(running.indexOf(starting), running.includes(starting) ? 1 : 0);
  running.push({ name: "the bench Neo4j", stop: () => db.close(args.keep) });
  const env = { uri: db.uri, username: db.username, password: db.password, database: db.database };
  const results: Results = {
    startedAt: new Date().toISOString(),
    seconds: 0,
    partSeconds: {},
    machine: { cpus: availableParallelism(), node: process.version },
    neo4j: { uri: db.uri, rssAtEndMiB: null, hwmAtEndMiB: null },
    options,
  };
  const info = (m: string) => log.info(m);
  const part = async <T>(name: Part, run: () => Promise<T>): Promise<T | undefined> => {
    if (!only.has(name)) return undefined;
    const started = performance.now();
    log.info(`— ${name} —`);
    try {
      return await run();
    } finally {
      results.partSeconds[name] = Math.round((performance.now() - started) / 100) / 10;
    }
  };
  let failure: unknown;
  try {
    results.importing = await part("import", () =>
      benchImport({ driver: db.driver, database: db.database, env, neo4jPid: db.pid, sampleSize: options.sample, postcodeSampleSize: options.postcodeSample, seed: options.seed, log: info }),
    );
    await requireData(db);
    if (only.has("who") || only.has("postcode") || only.has("nested") || only.has("bulk")) {
      const server: Child = await startTiergraph(env);
      running.push({ name: "the tiergraph server", stop: () => server.stop() });
      const serverOptions = { driver: db.driver, database: db.database, server, seed: options.seed, log: info };
      results.whoDelivers = await part("who", () => benchWhoDelivers({ ...serverOptions, seconds: options.seconds, concurrencies: options.concurrencies }));
      results.byPostcode = await part("postcode", async () =>
        benchByPostcode({ ...serverOptions, seconds: Math.max(3, options.seconds - 1), sampleSize: POSTCODE_SAMPLE, services: (await loadPairPool(db.driver, db.database)).services }),
      );
      results.nested = await part("nested", () => benchNestedRead({ ...serverOptions, seconds: Math.max(3, options.seconds - 1) }));
      results.bulk = await part("bulk", () => benchBulkExport(serverOptions));
      await running.pop()?.stop();
    }
    results.scaling = await part("scaling", () =>
      // The synthetic partnerships stay only in a local store that the next run replaces anyway.
      benchScaling({ driver: db.driver, database: db.database, seed: options.seed, sizes: options.sizes, timeoutMs: options.timeoutMs, cleanUp: args.keep || !!config.external, log: info }),
    );
  } catch (err) {
    failure = err;
  } finally {
    const neo = procMemory(db.pid);
    results.neo4j.rssAtEndMiB = neo.rssMiB;
    results.neo4j.hwmAtEndMiB = neo.hwmMiB;
    await stopAll();
    results.seconds = Math.round((performance.now() - t0) / 100) / 10;
    if (failure) results.error = (failure as Error).stack ?? String(failure);
    await writeFile(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(renderTable(results));
  if (failure) throw failure;
  log.info(`bench/results.json written; ${Math.round(results.seconds)} s in all${args.keep ? "; the bench Neo4j is still running (--keep)" : ""}`);
}

/** The later parts need the full dataset (and nothing synthetic): say how to get it when it is missing. */
async function requireData(db: BenchDb): Promise<void> {
  await deleteSynthetic(db.driver, db.database); // left by an interrupted run
  const { records } = await db.driver.executeQuery(
    "OPTIONAL MATCH (m:SeedRun {id: 'tiergraph'}) OPTIONAL MATCH (s:PostcodeSet {id: 'active'}) RETURN count(m) AS seeded, s.rows AS postcodes",
    {},
    { database: db.database },
  );
  const seeded = Number(records[0]?.get("seeded") ?? 0) > 0;
  const postcodes = records[0]?.get("postcodes") as number | null;
  if (!seeded || !postcodes) {
    throw new Error(
      `The bench database at ${db.uri} lacks ${seeded ? "the postcodes" : "the seed data"}: run the import part (npm run bench, or --only import,...) first.`,
    );
  }
}

main().then(
  // Exit explicitly: with --keep the local Neo4j is still our child and would hold the event loop.
  () => process.exit(0),
  async (err: Error) => {
    await stopAll();
    process.stderr.write(`[bench] error: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
