/** A real tiergraph HTTP server on a free port, over the suite's Neo4j. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll } from "vitest";
import type { Driver } from "neo4j-driver";
import type { SecurityConfig } from "../../src/config.js";
import { DATA_VERSION } from "../../src/cache.js";
import { createLogger } from "../../src/log.js";
import { createApp, type App } from "../../src/server.js";
import { countingDriver } from "./counting-driver.js";
import { assertSeeded, testDriver } from "./db.js";

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a typed operation (or a query string) to /graphql. */
  gql<T, V>(doc: TypedDocumentNode<T, V> | string, variables?: V): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export async function startTestServer(
  opts: { production?: boolean; wrapDriver?: (d: Driver) => Driver; security?: SecurityConfig } = {},
): Promise<TestServer> {
  const { driver, database } = testDriver();
  await assertSeeded(driver, database);
  const served = opts.wrapDriver ? opts.wrapDriver(driver) : driver;
  const app = await createApp({ driver: served, database, production: opts.production ?? false, log: createLogger("warn", "test-server"), security: opts.security });
  const port = await app.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    async gql(doc, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: typeof doc === "string" ? doc : print(doc), variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}

/**
 * A test server whose driver counts the Cypher statements sent (see counting-driver.ts). The
 * cache's read of the data version (src/cache.ts DATA_VERSION, at most once per
 * TIERGRAPH_DATA_VERSION_TTL_MS, on whichever request comes after it lapses) is not a question's
 * Cypher and is left out, unless `countVersionReads` (the cache's own test counts it).
 */
export async function startCountingServer(opts: { security?: SecurityConfig; countVersionReads?: boolean } = {}): Promise<{ server: TestServer; queries: string[] }> {
  let queries: string[] = [];
  const { countVersionReads, ...rest } = opts;
  const server = await startTestServer({
    ...rest,
    wrapDriver: (d) => {
      const c = countingDriver(d, countVersionReads ? undefined : (q) => q === DATA_VERSION);
      queries = c.queries;
      return c.driver;
    },
  });
  return { server, queries };
}

/**
 * A file's test server and a driver of its own, started before its tests and closed after
 * (beforeAll/afterAll): `server` is usable inside the tests.
 */
export function useTestServer(): { server: TestServer; driver: Driver; database: string } {
  const server = {} as TestServer;
  const { driver, database } = testDriver();
  beforeAll(async () => {
    Object.assign(server, await startTestServer());
  });
  afterAll(async () => {
    await server.close?.();
    await driver.close();
  });
  return { server, driver, database };
}
