/**
 * Starts the suite's own Neo4j (instance "test", Bolt on TIERGRAPH_TEST_BOLT_PORT, default
 * 7688, so `npm start`'s data is never touched), or uses NEO4J_URI when set. Loads seeds/
 * once (an instance without a store gets it from the bulk importer, before its first start),
 * and passes the connection to test files with provide/inject.
 */
import type { Driver } from "neo4j-driver";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { makeDriver } from "../src/db/connect.js";
import { startLocal, stopLocal } from "../src/db/local.js";
import { createLogger } from "../src/log.js";
import { BulkSeed } from "../src/seed/bulk-import.js";
import { loadPostcodes } from "../src/seed/postcodes.js";
import { seedAll } from "../src/seed/run.js";

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Node and relationship totals right after seeding: each test file starts from exactly these. */
  totals: { nodes: number; relationships: number };
  /** How this run's setup seeded the store: the bulk importer (a new store) or transactions. */
  builtBy: "bulk" | "transactions";
  /** The SeedRun's run id right after the setup. */
  seedRun: string | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const TEST_PORT = Number(process.env.TIERGRAPH_TEST_BOLT_PORT ?? 7688);
/** One instance (and data folder) per port, so two suites on different ports never share files. */
const INSTANCE = TEST_PORT === 7688 ? "test" : `test-${TEST_PORT}`;
let stop: (() => Promise<unknown>) | undefined;
let bulk: BulkSeed | undefined;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "test-db");
  let conn: Pick<TestNeo4j, "uri" | "username" | "password" | "database">;
  if (config.external) {
    conn = { ...config.external, database: config.database };
  } else {
    const t0 = Date.now();
    // An instance without a store yet gets it from the bulk importer (src/seed/bulk-import.ts).
    bulk = new BulkSeed({ log, postcodes: true });
    const db = await startLocal({ name: INSTANCE, boltPort: TEST_PORT, heap: config.local.heap, pageCache: config.local.pageCache, log, prepareStore: bulk.prepare });
    if (db.startedHere) stop = () => stopLocal(INSTANCE, TEST_PORT, log);
    process.stderr.write(`[test-db] Neo4j for tests at ${db.uri} (${db.startedHere ? `started in ${((Date.now() - t0) / 1000).toFixed(1)}s` : "already running"})\n`);
    conn = { uri: db.uri, username: db.username, password: db.password, database: "neo4j" };
  }
  const driver = makeDriver(conn.uri, conn.username, conn.password);
  try {
    const t0 = Date.now();
    if (bulk?.imported) {
      // Built just now from seeds/ and the postcode file: nothing to re-seed.
      await bulk.finish(driver, conn.database);
      process.stderr.write(`[test-db] bulk-imported; ready ${((Date.now() - t0) / 1000).toFixed(1)}s after the start\n`);
    } else {
      // An existing store: back to exactly seeds/ (a test run may have changed it).
      await seedAll({ driver, database: conn.database, log });
      const p = await loadPostcodes({ driver, database: conn.database, log });
      process.stderr.write(`[test-db] seeded in ${((Date.now() - t0) / 1000).toFixed(1)}s (postcodes ${p.loaded ? "loaded" : "unchanged"})\n`);
    }
    const run = await driver.executeQuery("MATCH (m:SeedRun {id: 'tiergraph'}) RETURN m.run AS run", {}, { database: conn.database });
    project.provide("neo4j", {
      ...conn,
      totals: await totals(driver, conn.database),
      builtBy: bulk?.imported ? "bulk" : "transactions",
      seedRun: (run.records[0]?.get("run") as string | undefined) ?? null,
    });
  } finally {
    await driver.close();
  }
}

export async function totals(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const n = await driver.executeQuery("MATCH (n) RETURN count(n) AS c", {}, { database });
  const r = await driver.executeQuery("MATCH ()-[r]->() RETURN count(r) AS c", {}, { database });
  return { nodes: Number(n.records[0]?.get("c")), relationships: Number(r.records[0]?.get("c")) };
}

export async function teardown(): Promise<void> {
  await stop?.();
}
