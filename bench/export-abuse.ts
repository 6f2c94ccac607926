/**
 * Hostile and careless export clients, for `npm run soak` (issue #14): downloads abandoned
 * mid-stream, and export traffic (complete and abandoned) alongside the questions.
 */
import http from "node:http";
import type { Driver } from "neo4j-driver";

export const KENT_EXPORT = "/export/who-delivers.csv?area=E10000016&on=2024-04-01";
export const ENGLAND_EXPORT = "/export/who-delivers.csv";

type Outcome =
  | { kind: "abandoned" } // 200, hung up after the first rows
  | { kind: "complete"; rows: number }
  | { kind: "refused"; status: number; retryAfter: boolean }
  | { kind: "failed"; detail: string };

/** One export: hang up after the first data rows (`abandon`), or read it to the end. */
export function oneExport(base: string, path: string, abandon: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get(`${base}${path}`, { agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status !== 200) {
        res.resume();
        res.on("end", () => resolve(status === 429 || status === 503 ? { kind: "refused", status, retryAfter: Number(res.headers["retry-after"]) > 0 } : { kind: "failed", detail: `HTTP ${status}` }));
        return;
      }
      let lines = 0;
      res.on("data", (c: Buffer) => {
        for (const b of c) if (b === 10) lines++;
        if (abandon && lines > 1) {
          req.destroy();
          resolve({ kind: "abandoned" });
        }
      });
      res.on("end", () => resolve(res.complete ? { kind: "complete", rows: lines - 1 } : { kind: "failed", detail: "cut short" }));
      res.on("error", (e) => resolve({ kind: "failed", detail: e.message }));
    });
    req.on("error", (e) => resolve(abandon ? { kind: "abandoned" } : { kind: "failed", detail: e.message }));
  });
}

/** Our transactions open in Neo4j (every tiergraph transaction carries metaData.app). */
export async function ourTransactions(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app STARTS WITH 'tiergraph' AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    {},
    { database },
  );
  return Number(records[0]?.get("n") ?? 0);
}

export interface AbandonResult {
  abandoned: number;
  refused: number;
  seconds: number;
  /** Our transactions still open 5 s after the last client hung up. */
  leftAfter5s: number;
  whoDeliversMs: number;
  whoDeliversOk: boolean;
  /** The same question asked twice more, one after the other: is a slow first answer a one-off? */
  thenMs: number[];
  healthStatus: number;
  healthMs: number;
}

/** `n` exports abandoned mid-stream by `concurrency` clients (a 503 is retried), then the checks. */
export async function abandonExports(base: string, driver: Driver, database: string, n: number, concurrency: number): Promise<AbandonResult> {
  const t0 = performance.now();
  let abandoned = 0;
  let refused = 0;
  let started = 0;
  const client = async () => {
    while (started < n) {
      const i = started++;
      const o = await oneExport(base, i % 10 === 0 ? ENGLAND_EXPORT : KENT_EXPORT, true);
      if (o.kind === "abandoned") abandoned++;
      else {
        if (o.kind === "refused") refused++;
        started--;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - t0) / 1000;
  const end = performance.now() + 5_000;
  let left = await ourTransactions(driver, database);
  while (left > 0 && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    left = await ourTransactions(driver, database);
  }
  const ask = () =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ whoDelivers(service: "524", place: "E04004989", on: "2024-04-01") { authority { code } } }' }),
      signal: AbortSignal.timeout(30_000),
    }).then(async (r) => r.status === 200 && !(await r.text()).includes('"errors":'), () => false);
  const q0 = performance.now();
  const answer = await ask();
  const whoDeliversMs = performance.now() - q0;
  const thenMs: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    await ask();
    thenMs.push(performance.now() - t);
  }
  const h0 = performance.now();
  const healthStatus = await fetch(`${base}/health`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.status, () => 0);
  return { abandoned, refused, seconds, leftAfter5s: left, whoDeliversMs, whoDeliversOk: answer, thenMs, healthStatus, healthMs: performance.now() - h0 };
}

export interface ExportTraffic {
  complete: number;
  abandoned: number;
  /** 429/503 with Retry-After: allowed. */
  refused: number;
  /** Anything else: a refusal without Retry-After, another status, a cut or short file. */
  failed: string[];
}

/** Export clients looping for `seconds`: even ones read Kent's table to the end, odd ones hang up. */
export async function exportTraffic(base: string, seconds: number, clients: number, minRows: number): Promise<ExportTraffic> {
  const t: ExportTraffic = { complete: 0, abandoned: 0, refused: 0, failed: [] };
  const deadline = performance.now() + seconds * 1000;
  const client = async (k: number) => {
    while (performance.now() < deadline) {
      const o = await oneExport(base, k % 4 === 3 ? ENGLAND_EXPORT : KENT_EXPORT, k % 2 === 1);
      if (o.kind === "complete") {
        if (o.rows >= minRows) t.complete++;
        else t.failed.push(`${o.rows} rows, expected ${minRows}`);
      } else if (o.kind === "abandoned") t.abandoned++;
      else if (o.kind === "refused") {
        if (o.retryAfter) t.refused++;
        else t.failed.push(`HTTP ${o.status} without Retry-After`);
        await new Promise((r) => setTimeout(r, 250));
      } else t.failed.push(o.detail);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return t;
}
