/**
 * The local Neo4j: a Community server run as a child process on loopback.
 *
 * Each instance ("dev" for `npm start`, "test" for the suite) has its own config, data,
 * logs and password under neo4j/instances/NAME, and shares the jar cache. Readiness is
 * awaited by connecting over Bolt; stopping waits for the process to exit and the port to
 * be free, so nothing is left behind.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, closeSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Logger } from "../log.js";
import { checkJava, ensureInstalled } from "./install.js";
import { instanceDirs } from "./paths.js";

export interface LocalOptions {
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Used only when the instance is created; afterwards its password file rules. */
  password?: string;
  /** Detached: the server outlives this process (`npm run db:start`). */
  detached?: boolean;
  log: Logger;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** True when this call started the server (and so should stop it). */
  startedHere: boolean;
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
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

function neo4jConf(dirs: ReturnType<typeof instanceDirs>, o: LocalOptions, plugins: string): string {
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
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.directories.run=${dirs.run}`,
    `server.directories.plugins=${plugins}`,
    "",
  ].join("\n");
}

/** Is a process with this pid our Neo4j for this instance? (Guards against reused pids.) */
async function isOurServer(pid: number, root: string): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return cmd.includes("CommunityEntryPoint") && cmd.includes(root);
  } catch {
    return true; // no /proc (not Linux): trust the pid file
  }
}

async function readPid(pidFile: string): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number((await readFile(pidFile, "utf8")).trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: "127.0.0.1", port });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tail(file: string, lines = 20): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until Bolt answers with these credentials, or the process dies, or time runs out. */
async function awaitReady(uri: string, password: string, pid: number, consoleLog: string, timeoutMs = 180_000) {
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (err) {
        const code = (err as { code?: string }).code ?? "";
        if (code.includes("Security")) {
          throw new LocalNeo4jError(
            `The local Neo4j rejected the stored password (${code}). Remove ${consoleLog.replace(/logs\/console\.log$/, "")} to recreate the instance.`,
          );
        }
      }
      if (!(await isAlive(pid))) {
        throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of ${consoleLog}:\n${await tail(consoleLog)}`);
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s. Log:\n${await tail(consoleLog)}`);
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function instancePassword(o: LocalOptions, dirs: ReturnType<typeof instanceDirs>, lib: string) {
  if (existsSync(dirs.passwordFile)) return (await readFile(dirs.passwordFile, "utf8")).trim();
  // A new instance: set the initial password with the admin tool before the first start,
  // so the default neo4j/neo4j login never exists.
  const password = o.password ?? randomBytes(18).toString("base64url");
  await rm(dirs.data, { recursive: true, force: true });
  await mkdir(dirs.conf, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const p = spawn("java", ["-cp", join(lib, "*"), "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password], {
      env: { ...process.env, NEO4J_HOME: dirs.root, NEO4J_CONF: dirs.conf },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    p.on("error", reject);
    p.on("exit", (code) =>
      code === 0 ? resolve() : reject(new LocalNeo4jError(`neo4j-admin set-initial-password failed (${code}): ${err}`)),
    );
  });
  await writeFile(dirs.passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(dirs.passwordFile, 0o600);
  return password;
}

/**
 * Starts the instance, or returns the one already running. Downloads Neo4j on first use.
 */
export async function startLocal(o: LocalOptions): Promise<LocalNeo4j> {
  const dirs = instanceDirs(o.name);
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const running = await readPid(dirs.pidFile);
  if (running && (await isOurServer(running, dirs.root))) {
    const password = (await readFile(dirs.passwordFile, "utf8")).trim();
    await awaitReady(uri, password, running, dirs.consoleLog);
    return { uri, username: "neo4j", password, pid: running, startedHere: false };
  }
  if (await portInUse(o.boltPort)) {
    throw new LocalNeo4jError(
      `Port ${o.boltPort} on 127.0.0.1 is taken by another program, so the local Neo4j cannot start. ` +
        `Set TIERGRAPH_NEO4J_BOLT_PORT to a free port, or point NEO4J_URI at a running Neo4j.`,
    );
  }
  await checkJava();
  const { lib, plugins } = await ensureInstalled(o.log);
  for (const d of [dirs.conf, dirs.data, dirs.logs, dirs.run]) await mkdir(d, { recursive: true });
  const password = await instancePassword(o, dirs, lib);
  await writeFile(join(dirs.conf, "neo4j.conf"), neo4jConf(dirs, o, plugins));

  const out = openSync(dirs.consoleLog, "a");
  const child = spawn(
    "java",
    [
      `-Xms${o.heap}`, `-Xmx${o.heap}`, ...JVM_FLAGS,
      "-cp", `${join(lib, "*")}:${join(plugins, "*")}`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${dirs.root}`, `--config-dir=${dirs.conf}`, "--console-mode",
    ],
    { detached: o.detached ?? false, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: dirs.root } },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError("Could not start java");
  if (o.detached) child.unref();
  await writeFile(dirs.pidFile, `${child.pid}\n`);
  o.log.info(`Starting Neo4j (instance "${o.name}", pid ${child.pid}, ${uri})...`);
  try {
    await awaitReady(uri, password, child.pid, dirs.consoleLog);
  } catch (err) {
    await stopLocal(o.name, o.boltPort, o.log).catch(() => undefined);
    throw err;
  }
  return { uri, username: "neo4j", password, pid: child.pid, startedHere: true };
}

/** Stops the instance if it runs: SIGTERM, wait for exit (then SIGKILL), wait for the port. */
export async function stopLocal(name: string, boltPort: number, log: Logger): Promise<boolean> {
  const dirs = instanceDirs(name);
  const pid = await readPid(dirs.pidFile);
  if (!pid || !(await isOurServer(pid, dirs.root))) {
    await rm(dirs.pidFile, { force: true });
    return false;
  }
  log.info(`Stopping Neo4j (instance "${name}", pid ${pid})...`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log.warn("Neo4j did not stop within 60s; killing it");
    process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(100);
  }
  while (await portInUse(boltPort)) await sleep(100);
  await rm(dirs.pidFile, { force: true });
  return true;
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  uri: string;
  installed: boolean;
}

export async function statusLocal(name: string, boltPort: number): Promise<LocalStatus> {
  const dirs = instanceDirs(name);
  const pid = await readPid(dirs.pidFile);
  const running = pid !== undefined && (await isOurServer(pid, dirs.root));
  return {
    running,
    pid: running ? pid : undefined,
    uri: `bolt://127.0.0.1:${boltPort}`,
    installed: existsSync(dirs.passwordFile),
  };
}
