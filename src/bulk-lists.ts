/**
 * POST /bulk/who-delivers.csv[?service=S][&on=D][&format=jsonl] and POST /bulk/places.csv: a
 * list of places in the body (CSV with a `place` column, or JSON lines), the answers streamed
 * back as CSV, one block per input row, in input order, ending with the `#end` trailer row
 * (src/questions/bulk-lists.ts).
 *
 * The body is read as it is answered (never held whole; its own limits: BULK_MAX_ROWS rows,
 * BULK_MAX_BYTES bytes, not TIERGRAPH_MAX_BODY_BYTES). A problem found before the first answer
 * is written is a 4xx JSON `{ error: { code, message, line } }`; after, it is the trailer's.
 * Takes an export slot (TIERGRAPH_MAX_EXPORTS) and gives way to questions like the export;
 * ends when the client goes away.
 */
import type http from "node:http";
import { clientError, ErrorCode, RETRY_AFTER_S, userError } from "./errors.js";
import type { ExportDeps } from "./export.js";
import { BULK_MAX_BYTES } from "./questions/bulk-input.js";
import { checkBulkDefaults, runBulkList, type BulkKind } from "./questions/bulk-lists.js";
import { refuseBusy, StreamAborted, streamSignal } from "./streaming.js";

export const BULK_PATHS: Record<string, BulkKind> = { "/bulk/who-delivers.csv": "who-delivers", "/bulk/places.csv": "places" };

/**
 * The whole list must be answered within this long: 100,000 rows take one to three minutes here;
 * the deadline only stops a client that stops reading from holding a slot for ever.
 */
const BULK_DEADLINE_FACTOR = 10;

/**
 * What is left of an upload we stopped reading (a file error, the row limit) is read and
 * dropped, so the client gets the whole answer (closing a socket with unread data resets it,
 * which can lose the answer); past BULK_MAX_BYTES more, the connection is closed.
 */
function dropRest(req: http.IncomingMessage): void {
  if (req.complete || req.destroyed) return;
  let bytes = 0;
  req.on("data", (c: Buffer) => {
    bytes += c.length;
    if (bytes > BULK_MAX_BYTES) req.destroy();
  });
  req.resume();
}

function sendError(res: http.ServerResponse, req: http.IncomingMessage, err: unknown, timeoutMs: number): void {
  const known = clientError(err, timeoutMs);
  if (!known) throw err;
  const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "cache-control": "no-store" };
  if (known.status === 503) headers["retry-after"] = String(RETRY_AFTER_S);
  // The rest of an unread upload is not read: the connection closes after the answer.
  if (!req.complete) headers.connection = "close";
  res.writeHead(known.status, headers);
  res.end(JSON.stringify({ error: { code: known.code, message: known.message, ...known.extensions } }));
  dropRest(req);
}

export async function bulkList(kind: BulkKind, req: http.IncomingMessage, url: URL, res: http.ServerResponse, d: ExportDeps): Promise<void> {
  if (req.method !== "POST") {
    res.writeHead(405, { allow: "POST", "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: ErrorCode.BAD_USER_INPUT, message: `${url.pathname} takes the list as a POST body (CSV with a place column, or JSON lines)` } }));
    return;
  }
  const type = req.headers["content-type"] ?? "";
  const format = url.searchParams.get("format") === "jsonl" || /ndjson|jsonl|json-lines/.test(type) ? "jsonl" : "csv";
  const service = url.searchParams.get("service") ?? undefined;
  const on = url.searchParams.get("on") ?? undefined;
  const release = d.gate.tryEnter();
  if (!release) {
    res.setHeader("connection", "close");
    return refuseBusy(res, d.gate);
  }
  const stop = streamSignal(res, d.exportTimeoutMs * BULK_DEADLINE_FACTOR);
  try {
    if (Number(req.headers["content-length"] ?? 0) > BULK_MAX_BYTES) {
      throw userError(ErrorCode.PAYLOAD_TOO_LARGE, `the list is over ${BULK_MAX_BYTES} bytes, the most one list may have`, { line: 0 });
    }
    if (kind === "places" && service) throw userError(ErrorCode.BAD_USER_INPUT, "service: /bulk/places.csv answers every body a place falls under; it takes no service", { argument: "service" });
    await checkBulkDefaults(d.driver, d.database, { service, on, timeoutMs: d.queryTimeoutMs });
    const started = Date.now();
    // Not destroyed when reading stops early: the answer still has to go out on this socket.
    const summary = await runBulkList(req.iterator({ destroyOnReturn: false }), res, {
      driver: d.driver, database: d.database, kind, format, service, on, timeoutMs: d.exportTimeoutMs, signal: stop.signal, questions: d.questions,
      onStart: () => res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${kind}-answers.csv"`, "cache-control": "no-store" }),
    });
    if (summary.stopped?.cause) d.log.error(`bulk ${kind} stopped: ${(summary.stopped.cause as Error).stack ?? String(summary.stopped.cause)}`);
    d.log.debug(`bulk ${kind}: ${summary.rows} rows → ${summary.outputRows} in ${Date.now() - started} ms${summary.stopped ? ` (stopped: ${summary.stopped.code})` : ""}`);
    res.end();
    dropRest(req);
  } catch (err) {
    if (err instanceof StreamAborted) d.log.debug(`bulk ${kind} stopped: ${err.message}`);
    else if (!res.headersSent) return sendError(res, req, err, d.queryTimeoutMs);
    else d.log.error(`bulk ${kind} failed part-way: ${(err as Error).message}`);
    res.destroy();
  } finally {
    stop.dispose();
    release();
  }
}
