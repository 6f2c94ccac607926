/**
 * The servers under load, each a child process so its memory is its own and it does not share
 * an event loop with the load generator: the tiergraph server (`src/index.ts` pointed at the
 * bench Neo4j, exactly as `npm start` runs with NEO4J_URI) and the bare HTTP floor.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "../src/paths.js";
import { tsArgs } from "../test/helpers/node-ts.js";

/** A running child server. */
export interface Child {
  pid: number;
  port: number;
  /** SIGTERM, then SIGKILL after 10 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => (clearTimeout(timer), resolve()));
      child.kill("SIGTERM");
    });
}

/** Every child still running, so an interrupted bench can stop them all. */
const live = new Set<ChildProcess>();

/** What npm's scripts run: Node with tsx's loader in the same process (test/helpers/node-ts.ts). */
function tsNode(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, tsArgs(script), { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

/** Stops every child the bench started that is still running (on failure or interruption). */
export async function stopChildren(): Promise<void> {
  await Promise.all([...live].map((c) => stopper(c)()));
}

/** Connection to the bench database, as src/config.ts reads it. */
export interface Neo4jEnv {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Starts `src/index.ts` on a free port (production mode) and waits for "Ready". */
export async function startTiergraph(db: Neo4jEnv, timeoutMs = 120_000, extraEnv: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  // Only what src/config.ts reads: nothing of the bench's own environment leaks in.
  const child = tsNode(join("src", "index.ts"), {
    NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database,
    PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "info", ...extraEnv,
  });
  child.stdin?.end();
  let log = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tiergraph did not get ready in ${timeoutMs / 1000}s:\n${log}`)), timeoutMs);
    child.stderr?.on("data", (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
      if (log.includes("Ready in")) (clearTimeout(timer), resolve());
    });
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`tiergraph exited (${code}) during start:\n${log}`))));
  });
  child.removeAllListeners("exit");
  if (process.env.TIERGRAPH_BENCH_SHOW_LOG) process.stderr.write(log);
  return { pid: child.pid as number, port, stop: stopper(child) };
}

/** Starts the bare HTTP server answering `body`; waits for its port. */
export async function startHttpFloor(body: string): Promise<Child> {
  const child = tsNode(join("bench", "http-floor.ts"), {});
  child.stderr?.resume();
  child.stdin?.end(body);
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /^(\d+)\n/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once("exit", (code) => reject(new Error(`the HTTP floor exited (${code})`)));
  });
  child.removeAllListeners("exit");
  return { pid: child.pid as number, port, stop: stopper(child) };
}

/** Runs a bench script to completion with `input` on stdin; resolves with its stdout. */
export function runScript(script: string, input: string): Promise<string> {
  const child = tsNode(join("bench", script), {});
  child.stdin?.end(input);
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited (${code}):\n${err}`)))),
  );
}
