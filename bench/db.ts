/**
 * The bench's database: its own local Neo4j (instance "bench", Bolt on 127.0.0.1:7691, so
 * the dev, test and other instances are never touched), or the server NEO4J_URI names.
 *
 * The import is measured into an empty database. For the local instance that is a fresh
 * store: the instance is stopped, its "neo4j" database files are removed and Neo4j creates
 * them again at start (seconds, where deleting 2.3 million postcodes by Cypher takes minutes).
 * An external database is emptied by Cypher, so it must be allowed explicitly.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { Config } from "../src/config.js";
import { makeDriver } from "../src/db/connect.js";
import { startLocal, stopLocal } from "../src/db/local.js";
import { instanceDirs } from "../src/db/paths.js";
import type { Logger } from "../src/log.js";

export const BENCH_INSTANCE = "bench";
export const BENCH_BOLT_PORT = 7691;

/** Where the bench's data lives and how to reach it. */
export interface BenchDb {
  driver: Driver;
  database: string;
  uri: string;
  username: string;
  password: string;
  /** The Neo4j java process (local instance only), for its memory. */
  pid: number | undefined;
  /** Closes the driver; stops the local Neo4j if it started it, unless `keep`. Safe to call twice. */
  close(keep: boolean): Promise<void>;
}

export interface OpenOptions {
  /** Start from an empty database (the import is measured); otherwise use what is there. */
  empty: boolean;
  allowExternal: boolean;
}

/** Opens the bench database: NEO4J_URI when set (only with `allowExternal`), else the local one. */
export async function openBenchDb(config: Config, log: Logger, o: OpenOptions): Promise<BenchDb> {
  if (config.external) {
    if (!o.allowExternal) {
      throw new Error(
        `NEO4J_URI is set (${config.external.uri}): the bench deletes everything in database "${config.database}" there. ` +
          "Run `npm run bench -- --allow-external` if that is what you want, or unset NEO4J_URI to use the bench's own local Neo4j.",
      );
    }
    const { uri, username, password } = config.external;
    const driver = makeDriver(uri, username, password);
    await driver.verifyConnectivity({ database: config.database });
    if (o.empty) await clearDatabase(driver, config.database, log);
    return { driver, database: config.database, uri, username, password, pid: undefined, close: () => driver.close() };
  }
  if (o.empty) {
    // A bench instance left running (--keep) is ours to stop; then its store goes.
    await stopLocal(BENCH_INSTANCE, BENCH_BOLT_PORT, log);
    const dirs = instanceDirs(BENCH_INSTANCE);
    await rm(join(dirs.data, "databases", "neo4j"), { recursive: true, force: true });
    await rm(join(dirs.data, "transactions", "neo4j"), { recursive: true, force: true });
  }
  // The memory settings `npm start` gives the local Neo4j (TIERGRAPH_NEO4J_HEAP / _PAGECACHE), so
  // the numbers are what a user of the defaults gets.
  const { heap, pageCache } = config.local;
  const local = await startLocal({ name: BENCH_INSTANCE, boltPort: BENCH_BOLT_PORT, heap, pageCache, log });
  const driver = makeDriver(local.uri, local.username, local.password);
  let closed = false;
  return {
    driver,
    database: "neo4j",
    uri: local.uri,
    username: local.username,
    password: local.password,
    pid: local.pid,
    close: async (keep) => {
      if (closed) return;
      closed = true;
      await driver.close();
      // One left running by an earlier --keep run stays running, as it was found.
      if (!keep && local.startedHere) await stopLocal(BENCH_INSTANCE, BENCH_BOLT_PORT, log);
    },
  };
}

/**
 * Deletes every node and relationship, in batches: relationships first, so no batch of nodes
 * drags along the hundreds of thousands of postcodes IN_DISTRICT of one authority (one transaction for
 * that exceeds the small instance's memory pool). CALL … IN TRANSACTIONS needs an auto-commit
 * transaction, hence session.run. Constraints and indexes stay.
 */
export async function clearDatabase(driver: Driver, database: string, log?: Logger): Promise<void> {
  const session = driver.session({ database });
  try {
    const t0 = performance.now();
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS");
    log?.debug(`database emptied in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await session.close();
  }
}

/** Node and relationship totals. */
export async function countGraph(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
    {},
    { database },
  );
  return { nodes: Number(records[0]?.get("nodes") ?? 0), relationships: Number(records[0]?.get("rels") ?? 0) };
}
