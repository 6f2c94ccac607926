/**
 * `npm run db:start | db:stop | db:status` — manage the local Neo4j by hand.
 * db:start leaves the server running in the background; db:stop stops it. An instance without a
 * store gets it from the bulk importer first (seeds/ and, unless TIERGRAPH_POSTCODES=off, the
 * postcodes), as `npm start` would: a store db:start created empty would otherwise be seeded
 * through transactions by the next `npm start` or `npm run seed`, about twice as slow.
 */
import { runCli } from "./run.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../log.js";
import { makeDriver } from "../db/connect.js";
import { startLocal, statusLocal, stopLocal } from "../db/local.js";
import { BulkSeed } from "../seed/bulk-import.js";

async function main(command: string | undefined, named: string | undefined): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, "db");
  if (config.external) {
    log.info(`NEO4J_URI is set (${config.external.uri}): the local Neo4j is not used.`);
    return command === "status" ? 0 : 1;
  }
  const { boltPort, heap, pageCache, password } = config.local;
  const instance = named ?? config.local.instance;
  switch (command) {
    case "start": {
      const t0 = Date.now();
      // Ctrl-C during the start calls it off: the server being started is stopped, not left half-up.
      const abort = new AbortController();
      process.once("SIGINT", () => abort.abort());
      const bulk = new BulkSeed({ log, postcodes: config.postcodes });
      const db = await startLocal({ name: instance, boltPort, heap, pageCache, password, detached: true, signal: abort.signal, log, prepareStore: bulk.prepare });
      if (bulk.imported) {
        const driver = makeDriver(db.uri, db.username, db.password);
        try {
          await bulk.finish(driver, config.database);
        } finally {
          await driver.close();
        }
      }
      log.info(
        db.startedHere
          ? `Neo4j is up at ${db.uri} (pid ${db.pid}) in ${((Date.now() - t0) / 1000).toFixed(1)}s. Stop it with \`npm run db:stop\`.`
          : `Neo4j was already running at ${db.uri} (pid ${db.pid}).`,
      );
      return 0;
    }
    case "stop": {
      const stopped = await stopLocal(instance, boltPort, log);
      log.info(stopped ? "Neo4j stopped; the port is free." : "Neo4j was not running.");
      return 0;
    }
    case "status": {
      const st = await statusLocal(instance, boltPort);
      const owner = st.abandoned ? " (its starter has exited: the next start takes it over, npm run db:stop stops it)" : "";
      process.stdout.write(
        st.running
          ? `running: instance "${instance}", pid ${st.pid}, ${st.uri}${owner}\n`
          : `stopped: instance "${instance}"${st.installed ? "" : " (not created yet)"}; start it with npm run db:start\n`,
      );
      for (const pid of st.orphans) {
        process.stdout.write(`orphaned: instance "${instance}", pid ${pid}: a Neo4j of this instance that no pid file names; npm run db:stop (or db:start) stops it\n`);
      }
      return st.running ? 0 : 3;
    }
    default:
      process.stderr.write("usage: npm run db:start|db:stop|db:status [-- instance]\n");
      return 2;
  }
}

runCli(() => main(process.argv[2], process.argv[3]), "error");
