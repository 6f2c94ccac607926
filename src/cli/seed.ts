/**
 * `npm run seed` — load seeds/ into Neo4j (the local one, or NEO4J_URI).
 *   --check       validate only; write nothing
 *   --conflicts   list the conflicts between sources and how each was settled
 *   --seeds DIR   load another seeds folder (tests use broken fixtures)
 *   --no-postcodes  skip the 2.26 million postcodes (loaded after the rest, see postcodes.ts)
 */
import { parseArgs } from "node:util";
import { runCli } from "./run.js";
import { loadConfig } from "../config.js";
import { connectDatabase } from "../db/connect.js";
import { createLogger } from "../log.js";
import { loadPostcodes } from "../seed/postcodes.js";
import { buildPlan, describeChanges, seedAll } from "../seed/run.js";

const { values } = parseArgs({
  options: { check: { type: "boolean" }, conflicts: { type: "boolean" }, seeds: { type: "string" }, "no-postcodes": { type: "boolean" } },
});

function summary(counts: { nodes: Record<string, number>; relationships: Record<string, number> }): string {
  const fmt = (o: Record<string, number>) => Object.entries(o).sort().map(([k, v]) => `${k} ${v}`).join(", ");
  const n = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
  const r = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
  return `${n} nodes (${fmt(counts.nodes)}); ${r} relationships (${fmt(counts.relationships)})`;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, "seed");
  if (values.check || values.conflicts) {
    const plan = buildPlan(values.seeds);
    if (values.conflicts) for (const w of plan.warnings) process.stdout.write(`${w}\n`);
    for (const f of plan.figures) log.info(f);
    log.info(`seeds are valid: ${summary(plan.counts())}; ${plan.warnings.length} conflict(s) settled`);
    return 0;
  }
  const db = await connectDatabase(config, log, { startLocal: false });
  const tty = process.stderr.isTTY;
  try {
    const r = await seedAll({
      driver: db.driver,
      database: db.database,
      log,
      seeds: values.seeds,
      onProgress: tty ? (done, total) => process.stderr.write(`\r[seed] writing ${done}/${total} (${Math.round((100 * done) / total)}%)`) : undefined,
    });
    if (tty) process.stderr.write("\n");
    log.info(`loaded in ${(r.ms / 1000).toFixed(1)}s: ${summary(r)}`);
    log.info(`compared with the graph before: ${describeChanges(r.changes)}; moved ${r.moved.notes} note(s) and ${r.moved.postcodes} postcode link(s) to re-keyed nodes`);
    if (!values["no-postcodes"]) {
      const p = await loadPostcodes({
        driver: db.driver,
        database: db.database,
        log,
        seeds: values.seeds,
        onProgress: tty ? (done, total) => process.stderr.write(`\r[seed] postcodes ${done}/${total} (${Math.round((100 * done) / total)}%)`) : undefined,
      });
      if (tty && p.loaded) process.stderr.write("\n");
      log.info(p.loaded ? `postcodes: ${p.rows} loaded in ${(p.ms / 1000).toFixed(1)}s` : `postcodes: ${p.rows} already loaded from the same file`);
    }
  } finally {
    await db.close();
  }
  return 0;
}

runCli(main, "seed failed");
