/**
 * A brand-new local instance, as on a fresh clone: created in an empty folder, started, logged
 * into with its generated password (never neo4j/neo4j), stopped. Once in the suite;
 * TIERGRAPH_FRESH_INSTANCE_RUNS=20 repeats it on fresh folders (the check asked for in #14).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { portInUse, startLocal, stopLocal } from "../../src/db/local.js";
import { serversOf } from "../../src/db/processes.js";
import { instanceDirs } from "../../src/db/paths.js";
import { createLogger } from "../../src/log.js";
import { LocalNeo4jCode } from "../../src/errors.js";
import { hasDatabase } from "../../src/db/password.js";

const RUNS = Number(process.env.TIERGRAPH_FRESH_INSTANCE_RUNS ?? 1);
// The lifecycle tests' port: files run one after another, and each stops what it starts.
const port = Number(process.env.TIERGRAPH_LIFECYCLE_BOLT_PORT ?? 7689);
const log = createLogger("warn", "fresh");

async function login(uri: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
  try {
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD name RETURN name");
    return String(records[0]?.get("name"));
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  } finally {
    await driver.close();
  }
}

describe("a brand-new local instance", () => {
  it(`is created, takes its generated password at the first start, and stops (${RUNS}× on fresh folders)`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = `fresh-${port}-${i}`;
      const dirs = instanceDirs(name);
      await rm(dirs.root, { recursive: true, force: true });
      const t0 = Date.now();
      try {
        // The first run's password begins with "-h", as 1 in 4,096 generated ones used to: the
        // admin tool took it for --help and wrote no auth.ini (the failure in #14).
        const password = i === 0 ? `-h${randomBytes(12).toString("base64url")}` : undefined;
        const db = await startLocal({ name, boltPort: port, heap: "512m", pageCache: "64m", password, log });
        if (password) expect(db.password).toBe(password);
        expect(db.startedHere).toBe(true);
        expect(readFileSync(join(dirs.logs, "debug.log"), "utf8")).toMatch(/Setting up initial user from `auth\.ini` file: neo4j/);
        expect(await login(db.uri, db.password)).toBe("Neo4j Kernel");
        expect(await login(db.uri, "neo4j")).toBe("Neo.ClientError.Security.Unauthorized"); // the default never existed
        expect(await stopLocal(name, port, log)).toBe(true);
        expect(await serversOf(dirs.root)).toEqual([]);
        expect(await portInUse(port)).toBe(false);
        outcomes.push(`ok ${((Date.now() - t0) / 1000).toFixed(0)}s`);
        if (RUNS > 1) process.stderr.write(`[fresh] run ${i + 1}/${RUNS}: ${outcomes.at(-1)}\n`);
      } catch (err) {
        outcomes.push(`FAILED: ${(err as Error).message.split("\n")[0]}`);
        if (RUNS > 1) process.stderr.write(`[fresh] run ${i + 1}/${RUNS}: ${outcomes.at(-1)}\n`);
        await stopLocal(name, port, log).catch(() => undefined);
        if (RUNS === 1) throw err;
      } finally {
        if (!outcomes.at(-1)?.startsWith("FAILED")) await rm(dirs.root, { recursive: true, force: true });
      }
    }
    if (RUNS > 1) process.stderr.write(`[fresh] ${outcomes.filter((o) => o.startsWith("ok")).length}/${RUNS} good: ${outcomes.join("; ")}\n`);
    expect(outcomes.filter((o) => o.startsWith("FAILED"))).toEqual([]);
  }, 60_000 + RUNS * 240_000);
});

describe("a new instance whose password cannot be set", () => {
  it("leaves no store behind: the import that ran beside the admin tool is removed", async () => {
    const name = `fresh-${port}-badpass`;
    const dirs = instanceDirs(name);
    await rm(dirs.root, { recursive: true, force: true });
    try {
      let imported = false;
      // Shorter than Neo4j's minimum of 8 (the configuration refuses it; startLocal takes it as given).
      const err = await startLocal({
        name, boltPort: port, heap: "512m", pageCache: "64m", password: "short", log,
        // A real import, of one node: a store moved into data/ while the admin tool fails.
        prepareStore: async (store) => {
          await mkdir(store.scratch, { recursive: true });
          const file = join(store.scratch, "one.csv");
          await writeFile(file, ":ID,name\n1,one\n");
          await store.importFull([`--nodes=One=${file}`, "--id-type=integer"]);
          imported = existsSync(join(dirs.data, "databases", "neo4j"));
        },
      }).then(
        () => undefined,
        (e: { code?: string; message: string }) => e,
      );
      expect(err?.code, err?.message).toBe(LocalNeo4jCode.NEO4J_INITIAL_PASSWORD);
      expect(imported).toBe(true);
      // What the next start would read: no database and no password file, so a new instance (above).
      for (const part of ["databases", "transactions"]) expect(existsSync(join(dirs.data, part))).toBe(false);
      expect(existsSync(dirs.passwordFile)).toBe(false);
      expect(await hasDatabase(dirs)).toBe(false);
      expect(await serversOf(dirs.root)).toEqual([]);
    } finally {
      await stopLocal(name, port, log).catch(() => undefined);
      await rm(dirs.root, { recursive: true, force: true });
    }
  }, 120_000);
});
