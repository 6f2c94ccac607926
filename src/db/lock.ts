/**
 * One start or stop of an instance, or one download of Neo4j, at a time, across processes: a lock
 * file created atomically (`open(path, "wx")`) that names its owner. A lock whose owner has died
 * (a killed `npm start`) is taken over; one held by a live process is waited for, within a bound.
 */
import { open, readFile, stat, unlink } from "node:fs/promises";
import { LocalNeo4jCode, LocalNeo4jError } from "../errors.js";
import type { Logger } from "../log.js";
import { isSameProcess, sleep, startTime } from "./processes.js";

interface Holder {
  pid: number;
  started?: string;
  action: string;
  since: string;
}

/** A lock file that cannot be read yet (its owner is writing it) is judged by its age. */
const UNREADABLE_GRACE_MS = 5_000;
/** Within this process, one holder per lock file (the file lock would make a second one wait on itself). */
const inProcess = new Map<string, Promise<unknown>>();

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const h = JSON.parse(await readFile(file, "utf8")) as Holder;
    return Number.isInteger(h.pid) ? h : undefined;
  } catch {
    return undefined;
  }
}

async function ageMs(file: string): Promise<number> {
  return stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
}

/** Creates the lock file if nobody holds it. True when it is ours. */
async function tryCreate(file: string, holder: Holder): Promise<boolean> {
  try {
    const fh = await open(file, "wx", 0o600);
    try {
      await fh.writeFile(JSON.stringify(holder));
    } finally {
      await fh.close();
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

/**
 * Removes a lock whose owner is dead. Two waiters may find the same dead owner at once: the
 * removal happens under a second, short-lived lock, after reading the file again, so a waiter
 * never removes the lock another waiter has just taken.
 */
async function removeIfStale(file: string, seen: string): Promise<void> {
  const takeover = `${file}.takeover`;
  if (!(await tryCreate(takeover, { pid: process.pid, started: await startTime(process.pid), action: "takeover", since: new Date().toISOString() }))) {
    // Someone is taking over right now; a takeover file left by a process killed mid-way is old.
    if ((await ageMs(takeover)) > UNREADABLE_GRACE_MS) await unlink(takeover).catch(() => undefined);
    return;
  }
  try {
    const now = await readFile(file, "utf8").catch(() => undefined);
    if (now === seen) await unlink(file).catch(() => undefined);
  } finally {
    await unlink(takeover).catch(() => undefined);
  }
}

export interface LockOptions {
  /** What the holder does, for the messages of those who wait ("start", "stop", "install"). */
  action: string;
  timeoutMs: number;
  log: Logger;
  /** Stops the wait (Ctrl-C while another process starts the instance). */
  signal?: AbortSignal;
}

/** Runs `fn` while holding the lock `file` (its folder must exist). */
export async function withFileLock<T>(file: string, o: LockOptions, fn: () => Promise<T>): Promise<T> {
  const before = inProcess.get(file) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => holdFileLock(file, o, fn));
  inProcess.set(file, run);
  try {
    return await run;
  } finally {
    if (inProcess.get(file) === run) inProcess.delete(file);
  }
}

async function holdFileLock<T>(file: string, o: LockOptions, fn: () => Promise<T>): Promise<T> {
  const me: Holder = { pid: process.pid, started: await startTime(process.pid), action: o.action, since: new Date().toISOString() };
  const deadline = Date.now() + o.timeoutMs;
  let told = false;
  while (!(await tryCreate(file, me))) {
    const seen = await readFile(file, "utf8").catch(() => undefined);
    if (seen === undefined) continue; // released between the two calls
    const holder = await readHolder(file);
    const dead = holder ? !(await isSameProcess(holder.pid, holder.started)) : (await ageMs(file)) > UNREADABLE_GRACE_MS;
    if (dead) {
      o.log.warn(`Taking over ${file}: its owner${holder ? ` (pid ${holder.pid}, ${holder.action})` : ""} is no longer running.`);
      await removeIfStale(file, seen);
      continue;
    }
    if (o.signal?.aborted) throw new LocalNeo4jError(LocalNeo4jCode.NEO4J_START_ABORTED, `Called off while waiting for ${file}.`);
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        LocalNeo4jCode.NEO4J_LOCK_TIMEOUT,
        `Another process (pid ${holder?.pid ?? "?"}, ${holder?.action ?? "?"} since ${holder?.since ?? "?"}) still holds ${file} after ${o.timeoutMs / 1000}s. ` +
          `Wait for it to finish, or stop it; a lock whose process has exited is taken over by itself.`,
      );
    }
    if (!told && holder) {
      o.log.info(`Waiting for pid ${holder.pid} (${holder.action}, holding ${file}) to finish...`);
      told = true;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    // Ours unless it was taken over as stale while we held it (only possible if our clock of
    // "alive" was wrong); never remove someone else's.
    if ((await readHolder(file))?.pid === process.pid) await unlink(file).catch(() => undefined);
  }
}
