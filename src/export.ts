/**
 * GET /export/who-delivers.csv?service=524&place=E04004989&on=2024-04-01 — whoDelivers as CSV.
 * GET /export/who-delivers.csv[?area=E10000016][&service=524][&on=...] (no place) — the bulk
 * table of every parish and unparished area × every service, streamed.
 *
 * User errors come back as 4xx JSON `{ error: { code, message } }` with the code and message the
 * GraphQL API gives (src/errors.ts, HTTP_STATUS). The bulk stream takes one of the export slots
 * (TIERGRAPH_MAX_EXPORTS; none free: 503 + Retry-After), runs under TIERGRAPH_EXPORT_TIMEOUT_MS
 * and ends, with its transaction, as soon as the client goes away (src/streaming.ts).
 */
import type http from "node:http";
import type { Driver } from "neo4j-driver";
import { withTimeout } from "./context.js";
import { clientError, ErrorCode, RETRY_AFTER_S, userError } from "./errors.js";
import { provisionRows, toCsv, WHO_DELIVERS_COLUMNS } from "./questions/csv.js";
import type { Logger } from "./log.js";
import { prepareBulk } from "./questions/bulk.js";
import { whoDelivers } from "./questions/who-delivers.js";
import { refuseBusy, StreamAborted, streamSignal, type QuestionLoad, type StreamGate } from "./streaming.js";

export interface ExportDeps {
  driver: Driver;
  database: string;
  log: Logger;
  /** The export slots (shared with any other streamed endpoint). */
  gate: StreamGate;
  /** TIERGRAPH_EXPORT_TIMEOUT_MS: the stream's transaction timeout and deadline. */
  exportTimeoutMs: number;
  /** The questions in flight: the stream gives way to them (TIERGRAPH_EXPORT_YIELD_MS). */
  questions?: QuestionLoad;
  /** TIERGRAPH_QUERY_TIMEOUT_MS: for the single answer and the filters' lookup, as for a question. */
  queryTimeoutMs: number;
}

/** Without `place`: the bulk table, streamed. User errors are thrown before the 200 is written. */
async function exportBulk(url: URL, res: http.ServerResponse, d: ExportDeps): Promise<void> {
  const release = d.gate.tryEnter();
  if (!release) return refuseBusy(res, d.gate);
  const stop = streamSignal(res, d.exportTimeoutMs);
  try {
    const args = { area: url.searchParams.get("area"), service: url.searchParams.get("service"), on: url.searchParams.get("on") ?? undefined };
    const bulk = await prepareBulk(d.driver, d.database, args, { timeoutMs: d.queryTimeoutMs });
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="who-delivers-bulk.csv"' });
    try {
      const rows = await bulk.stream(res, { timeoutMs: d.exportTimeoutMs, signal: stop.signal, questions: d.questions });
      res.end();
      d.log.debug(`bulk export: ${rows} rows`);
    } catch (err) {
      // Headers are gone: cut the response so the client sees it is incomplete.
      if (err instanceof StreamAborted) d.log.debug(`bulk export stopped: ${err.message}`);
      else d.log.error(`bulk export failed part-way: ${(err as Error).message}`);
      res.destroy();
    }
  } finally {
    stop.dispose();
    release();
  }
}

export async function exportWhoDelivers(url: URL, res: http.ServerResponse, d: ExportDeps): Promise<void> {
  const service = url.searchParams.get("service") ?? "";
  const place = url.searchParams.get("place") ?? "";
  try {
    if (!url.searchParams.has("place")) return await exportBulk(url, res, d);
    for (const [name, value] of [["service", service], ["place", place]] as const) {
      if (!value.trim()) throw userError(ErrorCode.BAD_USER_INPUT, `${name}: the query parameter is required`, { argument: name });
    }
    const provisions = await whoDelivers(withTimeout(d.driver, d.queryTimeoutMs), d.database, { service, place, on: url.searchParams.get("on") ?? undefined });
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="who-delivers.csv"' });
    res.end(toCsv(WHO_DELIVERS_COLUMNS, provisionRows(provisions)));
  } catch (err) {
    const known = clientError(err, d.queryTimeoutMs);
    if (!known || res.headersSent) throw err;
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "cache-control": "no-store" };
    if (known.status === 503) headers["retry-after"] = String(RETRY_AFTER_S);
    res.writeHead(known.status, headers);
    res.end(JSON.stringify({ error: { code: known.code, message: known.message, ...known.extensions } }));
  }
}
