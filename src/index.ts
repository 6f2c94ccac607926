/**
 * `npm start`: configuration → database (local Neo4j started if needed; a new local store is
 * bulk-imported before its first start) → seed if empty or seeds/ changed →
 * GraphQL server → listen. Ctrl-C (or SIGTERM) drains requests, closes the driver and stops
 * the local Neo4j this process started; during start-up it stops the Neo4j being started.
 */
import { loadConfig } from "./config.js";
import { connectDatabase, type Database } from "./db/connect.js";
import { createLogger } from "./log.js";
import { BulkSeed } from "./seed/bulk-import.js";
import { loadPostcodes } from "./seed/postcodes.js";
import { warmUp } from "./warmup.js";
import { seedsHash } from "./seed/hash.js";
import { describeChanges, seedAll, seededHash } from "./seed/run.js";
import { createApp, type App } from "./server.js";

async function main(): Promise<void> {
  const t0 = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  let db: Database | undefined;
  let connecting: Promise<Database> | undefined;
  let app: App | undefined;
  let stopping = false;
  const abort = new AbortController();

  // The local Neo4j runs in its own process group, so a terminal's Ctrl-C reaches only this
  // process: requests in flight are answered first, then the driver closes, then Neo4j stops.
  const shutdown = async (signal: string) => {
    if (stopping) {
      log.warn(`${signal} again: exiting now (a local Neo4j left running is taken over by the next start, or stopped by npm run db:stop)`);
      process.exit(130);
    }
    stopping = true;
    log.info(`${signal}: shutting down...`);
    abort.abort(); // a local Neo4j still starting is stopped by startLocal itself
    let code = 0;
    try {
      const database = db ?? (await connecting?.catch(() => undefined));
      await app?.stop();
      await database?.close();
    } catch (err) {
      log.error((err as Error).message);
      code = 1;
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    // A local store that does not exist yet is built offline by the bulk importer, before the
    // server's first start; everything after that (and every NEO4J_URI server) is transactional.
    const bulk = config.external ? undefined : new BulkSeed({ log, postcodes: config.postcodes });
    connecting = connectDatabase(config, log, { startLocal: true, signal: abort.signal, prepareStore: bulk?.prepare });
    db = await connecting;
    await bulk?.finish(db.driver, db.database);
    // Seed an empty store; re-seed (one transaction) when seeds/ changed since the last import.
    const stored = await seededHash(db.driver, db.database);
    const hash = seedsHash();
    if (stored === undefined) {
      log.info("The database is empty: loading seeds/ ...");
      await seedAll({ driver: db.driver, database: db.database, log });
    } else if (stored !== hash) {
      log.info("seeds/ changed since the last import (content hash): re-seeding ...");
      const r = await seedAll({ driver: db.driver, database: db.database, log });
      log.info(`re-seeded: ${describeChanges(r.changes)}; moved ${r.moved.notes} note(s) and ${r.moved.postcodes} postcode link(s) to re-keyed nodes.`);
    }
    if (config.postcodes) {
      // Postcodes load apart from the rest (see src/seed/postcodes.ts); unchanged files are skipped.
      const postcodes = await loadPostcodes({ driver: db.driver, database: db.database, log });
      if (postcodes.loaded) log.info(`Loaded ${postcodes.rows} postcodes.`);
    } else {
      log.info("TIERGRAPH_POSTCODES=off: postcodes are not loaded (those already in the graph are answered).");
    }
    app = await createApp({ driver: db.driver, database: db.database, production: config.production, log, security: config.security });
    if (config.warmUp) {
      const w = await warmUp(app, db.driver, db.database, log, config.security.limits.queryTimeoutMs);
      log.info(`Warmed up: ${w.asked} questions asked once in ${(w.ms / 1000).toFixed(1)}s (TIERGRAPH_WARMUP=off skips this).`);
    }
    if (stopping) return; // a signal came during start-up: shutdown() is closing everything
    const port = await app.listen(config.port, config.host);
    const host = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
    log.info(`Neo4j: ${db.uri} (database "${db.database}")`);
    log.info(`Ready in ${((Date.now() - t0) / 1000).toFixed(1)}s. GraphQL and its sandbox: http://${host}:${port}/graphql`);
    log.info(`Health: http://${host}:${port}/health — press Ctrl-C to stop.`);
  } catch (err) {
    if (stopping) return; // the start failed because a signal closed the database: shutdown() exits
    const e = err as Error;
    log.error(e.message);
    await app?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
