/**
 * Streamed answers over HTTP (the CSV export today, any later bulk endpoint): one mechanism
 * that ends a stream when its client does, stops it at a deadline, caps how many run at once,
 * and keeps them from taking the questions' database connections.
 *
 * Why one shared driver, not a second pool: each stream holds exactly one connection (its
 * session) and a slot is given back only after that session has closed, so streams never hold
 * more than `maxExports` (≤ 32, checked in src/config.ts) of the driver's 100 connections; the
 * questions always keep the rest. A second driver would double the connections, the
 * authentication and the shutdown path for no stronger guarantee.
 */
import type http from "node:http";
import type { Writable } from "node:stream";
import neo4j, { type Driver, type Record as Neo4jRecord } from "neo4j-driver";
import { ErrorCode, RETRY_AFTER_S } from "./errors.js";

/** Marks streamed exports in `SHOW TRANSACTIONS` (questions carry TX_METADATA, src/context.ts). */
export const EXPORT_TX_METADATA = { app: "tiergraph", kind: "export" } as const;

/** Thrown (and caught by the endpoint) when a stream ends because its client left or its deadline passed. */
export class StreamAborted extends Error {
  override name = "StreamAborted";
}

/** At most `max` streams at once; `tryEnter` never waits: over the cap the caller refuses. */
export class StreamGate {
  #active = 0;
  constructor(readonly max: number) {}
  get active(): number {
    return this.#active;
  }
  /** A slot, or undefined when all are taken. Call the returned function exactly once to give it back. */
  tryEnter(): (() => void) | undefined {
    if (this.#active >= this.max) return undefined;
    this.#active++;
    let released = false;
    return () => {
      if (!released) this.#active--;
      released = true;
    };
  }
}

/**
 * The questions in flight, so that streams can give way to them. Exports are bulk work on the
 * same two cores and the same database as the questions, where someone is waiting: without
 * this, two all-Kent exports halved the questions' throughput under load and pushed some past
 * their 15 s timeout (issue #14's soak). While any question is in flight, a stream pauses for
 * `pauseMs` after each batch; paused, it reads nothing, so the driver pulls nothing and Neo4j
 * stops producing rows for it too. With no question waiting, exports run at full speed.
 */
export class QuestionLoad {
  #inFlight = 0;
  constructor(readonly pauseMs: number) {}
  get inFlight(): number {
    return this.#inFlight;
  }
  /** Counts one question until the returned function is called (once; later calls do nothing). */
  enter(): () => void {
    this.#inFlight++;
    let left = false;
    return () => {
      if (!left) this.#inFlight--;
      left = true;
    };
  }
  /** Resolves at once when no question is in flight, else after `pauseMs`; rejects when `signal` fires. */
  giveWay(signal?: AbortSignal): Promise<void> {
    if (this.#inFlight === 0 || this.pauseMs === 0) return Promise.resolve();
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, this.pauseMs);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}

/** Answers 503 + Retry-After with the same JSON shape as the export's other errors. */
export function refuseBusy(res: http.ServerResponse, gate: StreamGate): void {
  res.writeHead(503, { "content-type": "application/json", "retry-after": String(RETRY_AFTER_S), "cache-control": "no-store" });
  res.end(
    JSON.stringify({
      error: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: `${gate.max} exports are already running (TIERGRAPH_MAX_EXPORTS=${gate.max}); try again in ${RETRY_AFTER_S} s.`,
        limit: "TIERGRAPH_MAX_EXPORTS",
      },
    }),
  );
}

/**
 * A signal that fires when the client goes away before the response is complete, or when
 * `deadlineMs` passes (then the response is cut: a reader too slow to finish in time must not
 * hold a connection). `dispose` stops listening.
 */
export function streamSignal(res: http.ServerResponse, deadlineMs: number): { signal: AbortSignal; dispose(): void } {
  const ctrl = new AbortController();
  // Node fires 'close' on the response both after a normal end and when the socket goes; only
  // the second is a client leaving. ('close' on the request fires once its body is read: useless here.)
  const onClose = () => {
    if (!res.writableFinished) ctrl.abort(new StreamAborted("the client went away"));
  };
  res.once("close", onClose);
  const timer = setTimeout(() => {
    ctrl.abort(new StreamAborted(`the export ran longer than ${deadlineMs} ms (TIERGRAPH_EXPORT_TIMEOUT_MS)`));
    res.destroy();
  }, deadlineMs);
  timer.unref();
  return {
    signal: ctrl.signal,
    dispose() {
      clearTimeout(timer);
      res.off("close", onClose);
    },
  };
}

/** Writes `chunk`, waiting for 'drain' when the output is full; rejects as soon as `signal` fires or the output closes. */
export function writeChunk(out: Writable, chunk: string, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  if (out.destroyed) return Promise.reject(new StreamAborted("the output was closed"));
  if (out.write(chunk)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off("drain", onDrain);
      out.off("close", onClose);
      signal?.removeEventListener("abort", onAbort);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new StreamAborted("the output was closed"));
    const onAbort = () => done(signal?.reason as Error);
    out.once("drain", onDrain);
    out.once("close", onClose);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export interface StreamQuery {
  database: string;
  query: string;
  params: Record<string, unknown>;
  /** Neo4j's transaction timeout: the database stops the query there whatever the client does. */
  timeoutMs: number;
  /** Stop reading and close the session (Neo4j ends the transaction) as soon as this fires. */
  signal?: AbortSignal;
  fetchSize?: number;
}

/**
 * Runs one read query and hands its records to `onRecord` as they arrive; the driver pulls the
 * next batch only when `onRecord` has caught up (back-pressure from the output reaches Neo4j).
 * When `signal` fires, reading stops with the record in flight and the rest is discarded: the
 * driver sends DISCARD, Neo4j ends the transaction, and the session closes with its connection
 * clean. (Not session.close() under a running result: it RESETs while a PULL may be answered,
 * and the DISCARD it queues then fails the next request to get that connection from the pool.)
 * Resolves with the record count; rejects with the signal's reason (StreamAborted) when stopped.
 */
export async function streamRecords(driver: Driver, q: StreamQuery, onRecord: (r: Neo4jRecord) => Promise<void> | void): Promise<number> {
  const { signal } = q;
  if (signal?.aborted) throw signal.reason as Error;
  const session = driver.session({ database: q.database, defaultAccessMode: neo4j.session.READ, fetchSize: q.fetchSize ?? 2000 });
  const records = session.run(q.query, q.params, { timeout: q.timeoutMs, metadata: EXPORT_TX_METADATA })[Symbol.asyncIterator]();
  // The signal is read after each record, nothing is raced against the driver: a wait on it
  // that an abort cut short would be waited for all the same before the DISCARD (the iterator
  // takes nothing while a next() is pending), so a race per record bought no time and cost a
  // promise, closures and, at first, an abort listener added and removed for each record: with
  // the all-England export's 1.5 million, a fifth of the server's CPU in GC and event-target work.
  let finished = false;
  let n = 0;
  try {
    for (;;) {
      const r = await records.next();
      if (signal?.aborted) throw signal.reason as Error;
      if (r.done) {
        finished = true;
        break;
      }
      const busy = onRecord(r.value); // a promise only when it must wait (a full output): no microtask per record
      if (busy) await busy;
      n++;
    }
    return n;
  } catch (err) {
    if (signal?.aborted) throw signal.reason as Error;
    throw err;
  } finally {
    if (!finished) await records.return?.(undefined).catch(() => undefined); // DISCARD the rest; Neo4j ends the transaction
    await session.close();
  }
}
