/**
 * The local Neo4j: a Community server run as a child process on loopback.
 *
 * Each instance ("dev" for `npm start`, "test" for the suite) has its own config, data,
 * logs and password under neo4j/instances/NAME, and shares the jar cache. Starts and stops
 * of an instance take turns (a lock file), so two at once never make two servers; every wait
 * is bounded. The server runs in its own process group: a terminal's Ctrl-C reaches only
 * Node, which drains its requests before it stops Neo4j. Servers of the instance that no pid
 * file names (their starter was killed) are found and stopped; data is never deleted.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { LocalNeo4jCode, LocalNeo4jError } from "../errors.js";
import type { Logger } from "../log.js";
import { checkJava, ensureInstalled } from "./install.js";
import { withFileLock } from "./lock.js";
import { beginInstancePassword, instancePassword, storedPassword } from "./password.js";
import { instanceDirs, type InstanceDirs } from "./paths.js";
import { isAlive, isSameProcess, isServerOfInstance, serversOf, sleep, startTime, terminate, waitFor } from "./processes.js";

export { LocalNeo4jError } from "../errors.js";

/** Bounds of every wait. A first start on a slow machine (2 cores, busy) takes about 30–100 s. */
export const LOCAL_TIMEOUTS = {
  /** From spawning the JVM to Bolt answering with the password. */
  readyMs: 180_000,
  /** SIGTERM to exit (Neo4j checkpoints on the way out), then SIGKILL. */
  stopMs: 60_000,
  /** SIGKILL to exit. */
  killMs: 10_000,
  /** Exit to the Bolt port being free. */
  portFreeMs: 15_000,
  /** Waiting for another process's start or stop of the same instance: its whole start, and more. */
  lockMs: 300_000,
};

export interface LocalOptions {
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Used only when the instance is created; afterwards its password file rules. */
  password?: string;
  /** The server outlives this process (`npm run db:start`); otherwise this process stops it. */
  detached?: boolean;
  /** Aborting (Ctrl-C during start-up) stops the server being started and rejects. */
  signal?: AbortSignal;
  log: Logger;
  /**
   * Called when the default database has no store yet (a new instance, or one whose store was
   * removed), before the server starts: it may build the store offline with
   * `store.importFull` (src/seed/bulk-import.ts does). Not called when a store exists.
   */
  prepareStore?: (store: EmptyStore) => Promise<void>;
}

/** The default database of a stopped instance that has no store yet. */
export interface EmptyStore {
  /** A scratch folder for the import's CSV files (emptied before and removed after). */
  scratch: string;
  /**
   * Runs `neo4j-admin database import full neo4j` with these arguments (--nodes, --relationships,
   * options). The store appears whole or not at all: the importer writes into a staging folder,
   * which is moved into the data folder only when it succeeded. Returns the importer's output;
   * a failure throws NEO4J_IMPORT_FAILED with it.
   */
  importFull(args: string[]): Promise<string>;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** True when this call started the server, or took over one whose starter died (so it should stop it). */
  startedHere: boolean;
}

const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

function neo4jConf(dirs: InstanceDirs, o: LocalOptions, plugins: string, data = dirs.data): string {
  return [
    "# Written by tiergraph (src/db/local.ts) at every start; edits are overwritten.",
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.usage_report.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    "db.transaction.timeout=120s",
    // How often Neo4j looks for transactions past their timeout (default 2s): a GraphQL request's
    // timeout (TIERGRAPH_QUERY_TIMEOUT_MS) should stop it close to the limit, not 2 s later.
    "db.transaction.monitor.check.interval=100ms",
    // A stop took 10 s even idle: the Bolt server waits 5 s for its thread pool and 5 s for its
    // connections (both internal settings, default 5s). tiergraph closes its driver before it
    // stops Neo4j, so nothing is in flight by then: 1 s each (a stop: 10.2 s → about 2 s).
    "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
    "internal.server.bolt.connection_shutdown_wait_time=1s",
    `server.directories.data=${data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.directories.run=${dirs.run}`,
    `server.directories.plugins=${plugins}`,
    "",
  ].join("\n");
}

async function readPid(dirs: InstanceDirs): Promise<number | undefined> {
  const pid = Number((await readFile(dirs.pidFile, "utf8").catch(() => "")).trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The process that will stop the server, or "detached" (db:start: `npm run db:stop` will). */
type Owner = { detached: true } | { detached: false; pid: number; started?: string };

async function writeOwner(dirs: InstanceDirs, detached: boolean): Promise<void> {
  const owner: Owner = detached ? { detached: true } : { detached: false, pid: process.pid, started: await startTime(process.pid) };
  await writeFile(dirs.ownerFile, `${JSON.stringify(owner)}\n`);
}

async function readOwner(dirs: InstanceDirs): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(dirs.ownerFile, "utf8")) as Owner;
  } catch {
    return undefined;
  }
}

/** A server whose starter (npm start, the test suite) died without stopping it. */
async function isAbandoned(owner: Owner | undefined): Promise<boolean> {
  return owner !== undefined && !owner.detached && !(await isSameProcess(owner.pid, owner.started));
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: "127.0.0.1", port });
    s.setTimeout(5_000, () => (s.destroy(), resolve(true))); // neither accepted nor refused: treat as taken
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

async function tail(file: string, lines = 20): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** How the server set up its first user, from debug.log ("from `auth.ini` file" or "from defaults"). */
async function initialUserLine(dirs: InstanceDirs): Promise<string | undefined> {
  const log = await readFile(join(dirs.logs, "debug.log"), "utf8").catch(() => "");
  return log.match(/Setting up initial user from [^\n]*/g)?.pop();
}

/** Waits until Bolt answers with these credentials, or the process dies, or time runs out. */
async function awaitReady(uri: string, password: string, pid: number, dirs: InstanceDirs, signal?: AbortSignal): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000 });
  const deadline = Date.now() + LOCAL_TIMEOUTS.readyMs;
  try {
    for (;;) {
      if (signal?.aborted) throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_START_ABORTED, "The start of the local Neo4j was called off.");
      try {
        await driver.verifyConnectivity();
        return;
      } catch (err) {
        const code = (err as { code?: string }).code ?? "";
        if (code.includes("Security")) {
          throw new LocalNeo4jError(
            LocalNeo4jCode.NEO4J_AUTH_REJECTED,
            `The local Neo4j rejected the stored password (${code}). Its password file is ${dirs.passwordFile}; remove ${dirs.root} to recreate the instance (its data goes).`,
          );
        }
      }
      if (!isAlive(pid)) {
        throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_EXITED, `Neo4j exited during start-up. Last lines of ${dirs.consoleLog}:\n${await tail(dirs.consoleLog)}`);
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(
          LocalNeo4jCode.NEO4J_START_TIMEOUT,
          `Neo4j did not answer on ${uri} within ${LOCAL_TIMEOUTS.readyMs / 1000}s. Log:\n${await tail(dirs.consoleLog)}`,
        );
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

/** Stops one server process, within the bounds; then waits for its port. */
async function stopServer(pid: number, boltPort: number | undefined, log: Logger): Promise<void> {
  const how = await terminate(pid, LOCAL_TIMEOUTS.stopMs, LOCAL_TIMEOUTS.killMs);
  if (how === "killed") log.warn(`Neo4j (pid ${pid}) did not stop within ${LOCAL_TIMEOUTS.stopMs / 1000}s of SIGTERM; it was killed`);
  if (how === "alive") {
    throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_STOP_TIMEOUT, `Neo4j (pid ${pid}) is still running ${LOCAL_TIMEOUTS.killMs / 1000}s after SIGKILL.`);
  }
  if (boltPort !== undefined && !(await waitFor(async () => !(await portInUse(boltPort)), LOCAL_TIMEOUTS.portFreeMs, 200))) {
    throw new LocalNeo4jError(
      LocalNeo4jCode.NEO4J_STOP_TIMEOUT,
      `Neo4j (pid ${pid}) has exited, but port ${boltPort} is still taken ${LOCAL_TIMEOUTS.portFreeMs / 1000}s later (by another program?).`,
    );
  }
}

/** Stops the instance's servers that no pid file names (left by a killed start); returns their pids. */
async function stopOrphans(dirs: InstanceDirs, name: string, keep: number | undefined, log: Logger): Promise<number[]> {
  const orphans = (await serversOf(dirs.root)).filter((p) => p !== keep);
  for (const pid of orphans) {
    log.warn(`Stopping an orphaned Neo4j of instance "${name}" (pid ${pid}): no pid file names it, so the process that started it was killed.`);
    await stopServer(pid, undefined, log);
  }
  return orphans;
}

function spawnServer(dirs: InstanceDirs, o: LocalOptions, lib: string, plugins: string): number {
  const out = openSync(dirs.consoleLog, "a");
  try {
    const child = spawn(
      "java",
      [
        `-Xms${o.heap}`, `-Xmx${o.heap}`, ...JVM_FLAGS,
        "-cp", `${join(lib, "*")}:${join(plugins, "*")}`,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${dirs.root}`, `--config-dir=${dirs.conf}`, "--console-mode",
      ],
      // Its own process group always: a terminal's Ctrl-C goes to Node alone, which stops
      // Neo4j after its requests are drained. Unreferenced only when it is to outlive us.
      { detached: true, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: dirs.root } },
    );
    if (child.pid === undefined) throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_EXITED, "Could not start java");
    if (o.detached) child.unref();
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** The importer on a 2-core machine: 2.3 million postcodes take well under a minute. */
const IMPORT_TIMEOUT_MS = 600_000;

function emptyStore(dirs: InstanceDirs, o: LocalOptions, lib: string, plugins: string): EmptyStore {
  const scratch = join(dirs.root, "import");
  return {
    scratch,
    importFull: async (args) => {
      // The importer reads the data folder from neo4j.conf: a copy of the instance's names a staging one.
      const staging = join(dirs.root, "import-store");
      await rm(staging, { recursive: true, force: true });
      await mkdir(join(staging, "conf"), { recursive: true });
      await writeFile(join(staging, "conf", "neo4j.conf"), neo4jConf(dirs, o, plugins, join(staging, "data")));
      try {
        const output = await runImporter(dirs, lib, join(staging, "conf"), [
          "database", "import", "full", "neo4j", "--verbose", "--overwrite-destination=true", `--report-file=${join(dirs.logs, "import.report")}`, ...args,
        ], o.signal);
        // Transaction logs first, the store last: the store's folder is what says "there is a database".
        for (const part of ["transactions", "databases"]) {
          const from = join(staging, "data", part, "neo4j");
          const to = join(dirs.data, part, "neo4j");
          if (!existsSync(from)) throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_IMPORT_FAILED, `the importer reported success but wrote no ${part}/neo4j:\n${output}`);
          await mkdir(join(dirs.data, part), { recursive: true });
          await rm(to, { recursive: true, force: true });
          await rename(from, to);
        }
        return output;
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },
  };
}

function runImporter(dirs: InstanceDirs, lib: string, conf: string, args: string[], signal?: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const p = spawn("java", ["-Xms1g", "-Xmx1g", ...JVM_FLAGS, "-cp", join(lib, "*"), "org.neo4j.cli.AdminTool", ...args], {
      env: { ...process.env, NEO4J_HOME: dirs.root, NEO4J_CONF: conf },
      cwd: dirs.root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    // The whole output of a good import is a few kB; of a bad one it ends with the reason.
    const keep = (d: Buffer) => (out = (out + d.toString()).slice(-64_000));
    p.stdout.on("data", keep);
    p.stderr.on("data", keep);
    const timer = setTimeout(() => p.kill("SIGKILL"), IMPORT_TIMEOUT_MS);
    const abort = () => p.kill("SIGKILL");
    signal?.addEventListener("abort", abort, { once: true });
    p.on("error", (e) => (clearTimeout(timer), reject(e)));
    p.on("exit", (code, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
      if (code === 0) return resolve(out);
      const why = sig ? `killed by ${sig}${signal?.aborted ? " (start called off)" : sig === "SIGKILL" ? ` after ${IMPORT_TIMEOUT_MS / 1000}s` : ""}` : `exit code ${code}`;
      // Its output without the stack frames and progress bars: what it read, and why it stopped.
      const lines = out.trim().split("\n").filter((l) => !/^\s+at |^\s+\.\.\. \d+ more|^[-.]{10} /.test(l));
      reject(new LocalNeo4jError(LocalNeo4jCode.NEO4J_IMPORT_FAILED, `neo4j-admin database import full failed (${why}); no store was written. Its output:\n${lines.slice(-60).join("\n")}`));
    });
  });
}

/**
 * Starts the instance, or returns the one already running (waiting for another process that is
 * starting it). Downloads Neo4j on first use.
 */
export async function startLocal(o: LocalOptions): Promise<LocalNeo4j> {
  const dirs = instanceDirs(o.name);
  await mkdir(dirs.root, { recursive: true });
  return withFileLock(dirs.lockFile, { action: "start", timeoutMs: LOCAL_TIMEOUTS.lockMs, log: o.log, signal: o.signal }, () => startLocked(o, dirs));
}

async function startLocked(o: LocalOptions, dirs: InstanceDirs): Promise<LocalNeo4j> {
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const recorded = await readPid(dirs);
  const running = recorded !== undefined && (await isServerOfInstance(recorded, dirs.root)) ? recorded : undefined;
  await stopOrphans(dirs, o.name, running, o.log);
  if (running) {
    const password = await storedPassword(dirs, o.name);
    await awaitReady(uri, password, running, dirs, o.signal);
    // A server left by an `npm start` (or test run) that was killed: ours to stop from now on.
    const adopt = await isAbandoned(await readOwner(dirs));
    if (adopt) {
      o.log.warn(`Neo4j (instance "${o.name}", pid ${running}) was left running by a process that has exited; this process takes it over.`);
      await writeOwner(dirs, o.detached ?? false);
    }
    return { uri, username: "neo4j", password, pid: running, startedHere: adopt };
  }
  await rm(dirs.pidFile, { force: true });
  await rm(dirs.ownerFile, { force: true });
  if (await portInUse(o.boltPort)) {
    throw new LocalNeo4jError(
      LocalNeo4jCode.NEO4J_PORT_TAKEN,
      `Port ${o.boltPort} on 127.0.0.1 is taken by another program, so the local Neo4j cannot start. ` +
        `Set TIERGRAPH_NEO4J_BOLT_PORT to a free port, or point NEO4J_URI at a running Neo4j.`,
    );
  }
  await checkJava();
  const { lib, plugins } = await ensureInstalled(o.log);
  for (const d of [dirs.conf, dirs.data, dirs.logs, dirs.run]) await mkdir(d, { recursive: true });
  // Before the admin tool runs: it puts the initial password under the data folder this file names.
  await writeFile(join(dirs.conf, "neo4j.conf"), neo4jConf(dirs, o, plugins));
  const prepare = async () => {
    if (o.prepareStore && !existsSync(join(dirs.data, "databases", "neo4j"))) await o.prepareStore(emptyStore(dirs, o, lib, plugins));
  };
  // The admin tool's JVM writing the initial password (data/dbms) and the offline import (a
  // staging store, moved into data/ at its end) touch different files, so they run side by side.
  const begun = await beginInstancePassword(dirs, o.name, lib, o.password);
  const [pw, prepared] = await Promise.allSettled([begun.settled, prepare()]);
  if (pw.status === "rejected") {
    // The data folder held no database when the password was begun, so all it holds now is this
    // start's: removed, or the next start would find a database without a password file.
    await rm(dirs.data, { recursive: true, force: true });
    throw pw.reason;
  }
  if (prepared.status === "rejected") throw prepared.reason;
  let { password, fresh } = pw.value;

  for (let attempt = 1; ; attempt++) {
    if (o.signal?.aborted) throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_START_ABORTED, "The start of the local Neo4j was called off.");
    const pid = spawnServer(dirs, o, lib, plugins);
    await writeFile(dirs.pidFile, `${pid}\n`);
    await writeOwner(dirs, o.detached ?? false);
    o.log.info(`Starting Neo4j (instance "${o.name}", pid ${pid}, ${uri})...`);
    try {
      await awaitReady(uri, password, pid, dirs, o.signal);
      return { uri, username: "neo4j", password, pid, startedHere: true };
    } catch (err) {
      await stopServer(pid, o.boltPort, o.log).catch((e: Error) => o.log.error(e.message));
      await rm(dirs.pidFile, { force: true });
      await rm(dirs.ownerFile, { force: true });
      if (!(err instanceof LocalNeo4jError && err.code === LocalNeo4jCode.NEO4J_AUTH_REJECTED && fresh && attempt === 1)) throw err;
      // Brand new (this start created its store, so nothing is lost) yet the password did not take.
      const how = (await initialUserLine(dirs)) ?? "no initial-user line in debug.log";
      o.log.warn(
        `The new instance "${o.name}" refused the password it was created with (its debug.log: "${how}"; ` +
          `the initial password in data/dbms/auth.ini was not there when Neo4j created its system database). Recreating it once.`,
      );
      await rm(dirs.data, { recursive: true, force: true });
      await mkdir(dirs.data, { recursive: true });
      ({ password, fresh } = await instancePassword(dirs, o.name, lib, o.password));
      await prepare();
    }
  }
}

/** Stops the instance if it runs (and any orphaned server of it): SIGTERM, bounded waits, SIGKILL. */
export async function stopLocal(name: string, boltPort: number, log: Logger): Promise<boolean> {
  const dirs = instanceDirs(name);
  if (!existsSync(dirs.root)) return false;
  return withFileLock(dirs.lockFile, { action: "stop", timeoutMs: LOCAL_TIMEOUTS.lockMs, log }, async () => {
    const pid = await readPid(dirs);
    const running = pid !== undefined && (await isServerOfInstance(pid, dirs.root)) ? pid : undefined;
    const orphans = await stopOrphans(dirs, name, running, log);
    if (running) {
      log.info(`Stopping Neo4j (instance "${name}", pid ${running})...`);
      await stopServer(running, boltPort, log);
    }
    await rm(dirs.pidFile, { force: true });
    await rm(dirs.ownerFile, { force: true });
    return running !== undefined || orphans.length > 0;
  });
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  uri: string;
  installed: boolean;
  /** Servers of this instance that no pid file names (`db:start` and `db:stop` stop them). */
  orphans: number[];
  /** The server's starter died without stopping it (the next start takes it over). */
  abandoned: boolean;
}

export async function statusLocal(name: string, boltPort: number): Promise<LocalStatus> {
  const dirs = instanceDirs(name);
  const pid = await readPid(dirs);
  const running = pid !== undefined && (await isServerOfInstance(pid, dirs.root));
  const orphans = existsSync(dirs.root) ? (await serversOf(dirs.root)).filter((p) => !running || p !== pid) : [];
  return {
    running,
    pid: running ? pid : undefined,
    uri: `bolt://127.0.0.1:${boltPort}`,
    installed: existsSync(dirs.passwordFile),
    orphans,
    abandoned: running && (await isAbandoned(await readOwner(dirs))),
  };
}
