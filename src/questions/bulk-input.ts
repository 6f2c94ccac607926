/**
 * Reading a bulk list (POST /bulk/..., `npm run ask -- bulk`): a CSV with a header naming a
 * `place` column (and optionally `service` and `on`), or JSON lines, one object a line, streamed
 * row by row — the reader only takes the next chunk of input when its consumer asks for more rows,
 * so a slow answer holds the upload back instead of buffering it.
 *
 * File-level problems are UserErrors with a `line`: BAD_ENCODING (not UTF-8), BAD_CSV (no header,
 * no `place` column, no rows, a malformed line), ROW_LIMIT, PAYLOAD_TOO_LARGE. A row's own problem
 * (an empty place, a JSON line that is not an object) travels with the row: only that row fails.
 */
import { parse, type CsvError } from "csv-parse";
import { ErrorCode, userError, type UserError } from "../errors.js";

/** At most this many data rows in one list (the limit). */
export const BULK_MAX_ROWS = 100_000;
/** At most this many bytes in one list: 100,000 rows of 300 bytes, with room to spare. */
export const BULK_MAX_BYTES = 32 * 1024 * 1024;

export type BulkFormat = "csv" | "jsonl";

export interface InputRow {
  /** 1-based data row (the header is not a row; blank lines are skipped). */
  row: number;
  /** The input line the row ends on (its line, unless a quoted cell spans lines). */
  line: number;
  place: string;
  service: string;
  on: string;
  /** Set when the row itself cannot be read (the file goes on). */
  error?: UserError;
}

export interface ReadOptions {
  format: BulkFormat;
  maxRows?: number;
  maxBytes?: number;
}

const fileError = (code: ErrorCode, message: string, line: number) => userError(code, `line ${line}: ${message}`, { line });

/** The input as UTF-8 text, refusing invalid bytes (with their line) and more than `maxBytes`. */
async function* utf8(input: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let lines = 1;
  const bad = (chunk?: Uint8Array): never => {
    // Where: the newlines before the first undecodable byte (a lenient decode marks it with U+FFFD).
    const text = chunk ? new TextDecoder("utf-8").decode(chunk) : "";
    const at = text.indexOf("\uFFFD");
    const line = lines + (at < 0 ? 0 : (text.slice(0, at).match(/\n/g)?.length ?? 0));
    throw fileError(ErrorCode.BAD_ENCODING, "the file is not valid UTF-8 (save it as UTF-8 CSV)", line);
  };
  for await (const raw of input) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    bytes += chunk.length;
    if (bytes > maxBytes) throw fileError(ErrorCode.PAYLOAD_TOO_LARGE, `the file is over ${maxBytes} bytes, the most one list may have`, lines);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return bad(chunk);
    }
    lines += text.match(/\n/g)?.length ?? 0;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    bad();
  }
}

const cell = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());

/** CSV rows through csv-parse (BOM dropped, header required), fed chunk by chunk so that rows parsed before a malformed line still come out. */
async function* csvRows(text: AsyncIterable<string>): AsyncGenerator<InputRow> {
  let headerError: UserError | undefined;
  let header: string[] | undefined;
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count_less: true,
    columns: (names: string[]) => {
      header = names.map((n) => cell(n).toLowerCase());
      const dup = header.find((n, i) => n && header?.indexOf(n) !== i && ["place", "service", "on"].includes(n));
      if (!header.includes("place")) headerError = fileError(ErrorCode.BAD_CSV, `the header has no "place" column (found: ${names.map((n) => JSON.stringify(n)).join(", ")}); the first line must name the columns, e.g. place,service,on`, 1);
      else if (dup) headerError = fileError(ErrorCode.BAD_CSV, `the header names "${dup}" twice`, 1);
      if (headerError) throw headerError;
      return header;
    },
  });
  const ready: { info: { lines: number; records: number }; record: Record<string, string> }[] = [];
  let failed: Error | undefined;
  let ended = false;
  parser.on("data", (r: (typeof ready)[number]) => ready.push(r));
  parser.on("error", (e: Error) => (failed = e));
  const ends = new Promise<void>((resolve) => {
    parser.once("end", () => ((ended = true), resolve()));
    parser.once("error", () => resolve());
  });
  const drain = function* (): Generator<InputRow> {
    while (ready.length) {
      const r = ready.shift();
      if (r) yield { row: r.info.records, line: r.info.lines, place: cell(r.record.place), service: cell(r.record.service), on: cell(r.record.on) };
    }
    if (failed) throw asFileError(failed, headerError);
  };
  for await (const chunk of text) {
    parser.write(chunk); // parses synchronously: the rows are in `ready` now
    yield* drain();
  }
  parser.end();
  await ends;
  yield* drain();
  if (!ended && !failed) throw new Error("the CSV parser stopped without ending");
  if (!header) throw fileError(ErrorCode.BAD_CSV, "the file is empty; it needs a header line naming a place column, then one row per place", 1);
}

function asFileError(e: Error, headerError: UserError | undefined): UserError {
  if (headerError) return headerError;
  const c = e as CsvError & { lines?: number };
  return fileError(ErrorCode.BAD_CSV, `${c.message.replace(/ at line \d+/, "")} (CSV: ${c.code ?? "unreadable"})`, c.lines ?? 0);
}

/** JSON lines: each non-blank line an object with place (and service, on); a line that is not one fails alone. */
async function* jsonRows(text: AsyncIterable<string>): AsyncGenerator<InputRow> {
  let rest = "";
  let line = 0;
  let row = 0;
  const one = (src: string): InputRow | undefined => {
    line++;
    if (!src.trim()) return undefined;
    row++;
    try {
      const o = JSON.parse(src) as unknown;
      if (o && typeof o === "object" && !Array.isArray(o)) {
        const r = o as Record<string, unknown>;
        const text = (k: string) => (typeof r[k] === "object" && r[k] !== null ? JSON.stringify(r[k]) : cell(r[k]));
        return { row, line, place: text("place"), service: text("service"), on: text("on") };
      }
    } catch {
      // reported below
    }
    return { row, line, place: "", service: "", on: "", error: userError(ErrorCode.BAD_USER_INPUT, `line ${line}: not a JSON object such as {"place": "ME14 1XQ", "service": "524"}`, { line }) };
  };
  let first = true;
  for await (const chunk of text) {
    rest += first ? chunk.replace(/^\uFEFF/, "") : chunk;
    first = false;
    const parts = rest.split("\n");
    rest = parts.pop() ?? "";
    for (const p of parts) {
      const r = one(p.replace(/\r$/, ""));
      if (r) yield r;
    }
  }
  const r = one(rest);
  if (r) yield r;
}

/**
 * The rows of a bulk list, in input order. Throws (as the generator is read) the file-level
 * UserErrors above; rows before the problem have been yielded already. An empty list (no row)
 * is BAD_CSV.
 */
export async function* readBulkList(input: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>, o: ReadOptions): AsyncGenerator<InputRow> {
  const maxRows = o.maxRows ?? BULK_MAX_ROWS;
  const text = utf8(input, o.maxBytes ?? BULK_MAX_BYTES);
  let n = 0;
  for await (const r of o.format === "csv" ? csvRows(text) : jsonRows(text)) {
    if (++n > maxRows) throw fileError(ErrorCode.ROW_LIMIT, `row ${n}: a list has at most ${maxRows} rows; the rest was not read`, r.line);
    yield r;
  }
  if (n === 0) throw fileError(ErrorCode.BAD_CSV, o.format === "csv" ? "the file has a header but no rows" : "the file has no lines", 1);
}
