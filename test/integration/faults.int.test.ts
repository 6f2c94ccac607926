/**
 * Faults, for real: Neo4j killed and started again under a serving server; an import killed with
 * SIGKILL half-way; a shutdown with requests in flight.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { inject } from "vitest";
import { afterAll, describe, expect, it } from "vitest";
import { makeDriver } from "../../src/db/connect.js";
import { startLocal, stopLocal } from "../../src/db/local.js";
import { instanceDirs } from "../../src/db/paths.js";
import { ROOT } from "../../src/paths.js";
import { createLogger } from "../../src/log.js";
import { createApp } from "../../src/server.js";
import { totals } from "../global-setup.js";
import { assertSeeded, cypher, testDriver } from "../helpers/db.js";
import { startTestServer } from "../helpers/server.js";
import { tsArgs } from "../helpers/node-ts.js";

const log = createLogger("warn", "faults");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe("the database goes away while the server is serving", () => {
  // Its own Neo4j (the lifecycle test's instance and port), so the suite's database is never stopped.
  const port = Number(process.env.TIERGRAPH_LIFECYCLE_BOLT_PORT ?? 7689);
  const local = { name: "lifecycle", boltPort: port, heap: "512m", pageCache: "128m", log };
  afterAll(() => stopLocal(local.name, port, log));

  it("fails fast with DATABASE_UNAVAILABLE, health goes red, and it recovers by itself", async () => {
    const db = await startLocal(local);
    const driver = makeDriver(db.uri, db.username, db.password);
    const app = await createApp({ driver, database: "neo4j", production: true, log });
    const url = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    const ask = async () => {
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ authorities(limit: 1) { code } }" }) });
      return { ms: performance.now() - t0, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
    };
    const health = async () => (await fetch(`${url}/health`)).status;
    try {
      // The instance may be empty or seeded (lifecycle.int.test.ts seeds it through npm start).
      expect((await ask()).body).toEqual({ data: { authorities: expect.any(Array) } });
      expect(await health()).toBe(200);

      // It dies (SIGKILL, as an out-of-memory kill or a crash would), not a clean stop: harsher,
      // and no 10 s checkpoint-and-shutdown to wait for.
      const jvm = Number(readFileSync(instanceDirs(local.name).pidFile, "utf8"));
      process.kill(jvm, "SIGKILL");
      await until("the killed Neo4j to be gone", async () => (existsSync(`/proc/${jvm}`) ? undefined : true), 30_000);
      const down = await ask();
      expect(down.body.errors?.[0]).toMatchObject({ message: "The database is unavailable; try again shortly.", extensions: { code: "DATABASE_UNAVAILABLE" } });
      expect(down.ms).toBeLessThan(5_000); // the driver gives up retrying after 2 s
      expect(await health()).toBe(503);

      await startLocal(local); // recovers the killed store
      // Same server, same driver: no restart needed.
      const back = await until("the server to answer again", async () => ((await ask()).body.data ? true : undefined), 60_000);
      expect(back).toBe(true);
      expect(await health()).toBe(200);
    } finally {
      await app.stop();
      await driver.close();
    }
  }, 240_000);
});

describe("an import killed half-way", () => {
  it("leaves the database as it was, and a re-run completes", async () => {
    const { driver, database } = testDriver();
    const c = inject("neo4j");
    const before = await totals(driver, database);
    const [runBefore] = await cypher<{ run: string }>(driver, database, "MATCH (m:SeedRun) RETURN m.run AS run");
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: database, LOG_LEVEL: "warn" };
    const seed = () => spawn(process.execPath, tsArgs("src/cli/seed.ts", "--no-postcodes"), { env, cwd: ROOT, detached: true, stdio: "ignore" });
    const importRunning = async () => {
      const rows = await cypher<{ id: string; elapsed: number }>(
        driver,
        database,
        "SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime WHERE metaData.app = 'tiergraph-seed' RETURN transactionId AS id, elapsedTime.milliseconds AS elapsed",
      );
      return rows[0];
    };
    try {
      const child = seed();
      // Kill it once its transaction has been writing for a while (well before it can finish).
      await until("the import's transaction to be writing", async () => ((await importRunning())?.elapsed ?? 0) > 1_500 ? true : undefined, 120_000);
      process.kill(-child.pid!, "SIGKILL");
      await new Promise((r) => child.once("exit", r));
      await until("Neo4j to roll the orphaned transaction back", async () => ((await importRunning()) ? undefined : true), 60_000);

      expect(await totals(driver, database)).toEqual(before);
      expect(await cypher(driver, database, "MATCH (m:SeedRun) RETURN m.run AS run")).toEqual([runBefore]);

      const rerun = seed();
      const code = await new Promise<number | null>((r) => rerun.once("exit", r));
      expect(code).toBe(0);
      expect(await totals(driver, database)).toEqual(before);
      await assertSeeded(driver, database);
    } finally {
      await driver.close();
    }
  }, 300_000);
});

describe("shutdown", () => {
  it("drains requests in flight, then refuses new connections", async () => {
    const server = await startTestServer();
    const slow = () =>
      fetch(`${server.url}/export/who-delivers.csv?area=E10000016&on=2024-04-01`).then(async (r) => ({ status: r.status, rows: (await r.text()).trim().split("\n").length }));
    const reference = await slow();
    expect(reference.rows).toBeGreaterThan(10_000);

    const exports = [slow(), slow()];
    const question = server.gql(`{ whoDelivers(service: "524", place: "Nowheresvilleton") { basis } }`);
    await sleep(150); // the requests have reached the server
    const stopped = server.close();
    const [a, b] = await Promise.all(exports);
    const c = await question;
    expect([a, b]).toEqual([reference, reference]); // every row, not a truncated file
    expect(c.errors?.[0]?.extensions?.code).toBe("NOT_FOUND"); // answered, not cut off
    await stopped;
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  }, 120_000);
});
