/**
 * The processes of the local Neo4j: which Java processes are an instance's server (by their
 * command line, so a reused pid is never mistaken for ours), and stopping one within a bound.
 *
 * Linux reads /proc; elsewhere (macOS) `ps` lists the command lines.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { promisify } from "node:util";

const ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";
const HAS_PROC = existsSync("/proc/self/cmdline");

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // alive, but not ours to signal
  }
}

/**
 * When the process started (clock ticks since boot, /proc/PID/stat field 22), so a lock or
 * owner record is not fooled by a new process that got the same pid. Undefined without /proc.
 */
export async function startTime(pid: number): Promise<string | undefined> {
  if (!HAS_PROC) return undefined;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces: count after it.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** Is this process the one recorded as (pid, start time)? */
export async function isSameProcess(pid: number, started: string | undefined): Promise<boolean> {
  if (!isAlive(pid)) return false;
  if (started === undefined) return true;
  const now = await startTime(pid);
  return now === undefined || now === started;
}

const isServerOf = (args: string[], root: string) => args.includes(ENTRY_POINT) && args.includes(`--home-dir=${root}`);

/** The pids of every running Neo4j server whose home is this instance's folder. */
export async function serversOf(root: string): Promise<number[]> {
  if (!HAS_PROC) {
    const { stdout } = await promisify(execFile)("ps", ["-axww", "-o", "pid=,args="]);
    return stdout
      .split("\n")
      .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && isServerOf(m[2]!.split(/\s+/), root))
      .map((m) => Number(m[1]));
  }
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, "utf8").then((c) => c.split("\0"), () => []);
    if (isServerOf(args, root)) pids.push(Number(entry));
  }
  return pids;
}

/** Is this pid a running Neo4j server of this instance (and not some process that reused the pid)? */
export async function isServerOfInstance(pid: number, root: string): Promise<boolean> {
  if (!isAlive(pid)) return false;
  if (!HAS_PROC) return (await serversOf(root)).includes(pid);
  const args = await readFile(`/proc/${pid}/cmdline`, "utf8").then((c) => c.split("\0"), () => []);
  return isServerOf(args, root);
}

/** Waits until `done()` holds; false if `timeoutMs` passed first. */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(everyMs);
  }
}

/**
 * SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended, or "alive" if even SIGKILL
 * did not end it within `killMs` (a process stuck in the kernel, or not ours to kill).
 */
export async function terminate(pid: number, graceMs: number, killMs: number): Promise<"exited" | "killed" | "alive"> {
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  if (await waitFor(() => !isAlive(pid), graceMs, 200)) return "exited";
  signal("SIGKILL");
  return (await waitFor(() => !isAlive(pid), killMs)) ? "killed" : "alive";
}
