/**
 * The one place a driver is made: an external server when NEO4J_URI is set, otherwise
 * the local instance (started here if it is not running).
 */
import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { startLocal, stopLocal, type EmptyStore } from "./local.js";

export interface Database {
  driver: Driver;
  database: string;
  /** Where it is, for messages (never includes the password). */
  uri: string;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export function makeDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Small machines, small pools; fail fast rather than queue forever. A question that waits
    // 5 s for a connection is answered SERVICE_UNAVAILABLE (503, Retry-After) instead of
    // queueing behind the whole pool; streamed exports hold at most TIERGRAPH_MAX_EXPORTS (≤ 32).
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // Retrying a transaction while the database is away would hold each request for the
    // driver's default 30 s; give up after 2 s so requests fail fast (DATABASE_UNAVAILABLE).
    maxTransactionRetryTime: 2_000,
    disableLosslessIntegers: true,
  });
}

/** Explains a failed connection in words a user can act on. */
export function explainConnectionError(err: unknown, uri: string, external: boolean): DatabaseUnavailableError {
  const e = err as { code?: string; message?: string };
  const code = e.code ?? "";
  const hint = code.includes("Unauthorized") || code.includes("Security")
    ? "the username or password was rejected: check NEO4J_USERNAME and NEO4J_PASSWORD."
    : external
      ? "check that the server is running and NEO4J_URI is right (neo4j:// for a cluster, neo4j+s:// for Aura)."
      : "run `npm run db:status`, or `npm run db:start` to start the local Neo4j.";
  return new DatabaseUnavailableError(`Cannot reach Neo4j at ${uri} (${code || e.message}): ${hint}`);
}

export interface ConnectOptions {
  /** Start the local instance if it is not running (npm start). Otherwise require it running. */
  startLocal: boolean;
  instance?: string;
  /** Aborting it (Ctrl-C during start-up) stops the local Neo4j being started. */
  signal?: AbortSignal;
  /** A local store that does not exist yet may be built offline first (startLocal's prepareStore). */
  prepareStore?: (store: EmptyStore) => Promise<void>;
}

export async function connectDatabase(config: Config, log: Logger, opts: ConnectOptions): Promise<Database> {
  if (config.external) {
    const { uri, username, password } = config.external;
    const driver = makeDriver(uri, username, password);
    try {
      await driver.verifyConnectivity({ database: config.database });
    } catch (err) {
      await driver.close();
      throw explainConnectionError(err, uri, true);
    }
    return { driver, database: config.database, uri, close: () => driver.close() };
  }

  const name = opts.instance ?? config.local.instance;
  const { boltPort, heap, pageCache, password } = config.local;
  if (!opts.startLocal) {
    const { statusLocal } = await import("./local.js");
    const st = await statusLocal(name, boltPort);
    if (!st.running) {
      throw new DatabaseUnavailableError(
        `The local Neo4j (instance "${name}") is not running: start it with \`npm run db:start\`, or set NEO4J_URI.`,
      );
    }
  }
  const local = await startLocal({ name, boltPort, heap, pageCache, password, log, signal: opts.signal, prepareStore: opts.prepareStore });
  const driver = makeDriver(local.uri, local.username, local.password);
  let closing: Promise<void> | undefined;
  return {
    driver,
    database: "neo4j",
    uri: local.uri,
    // Once, however often it is called (a signal and a failed start may both close).
    close: () =>
      (closing ??= (async () => {
        await driver.close();
        if (local.startedHere) await stopLocal(name, boltPort, log);
      })()),
  };
}
