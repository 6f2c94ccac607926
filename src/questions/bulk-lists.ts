/**
 * Bulk lists: many places (postcodes, codes, names) in, one block of answer rows per place out,
 * in input order — `POST /bulk/who-delivers.csv`, `POST /bulk/places.csv` and `npm run ask -- bulk`.
 *
 * Rows are taken in batches and each batch is answered by ONE Cypher query (UNWIND over the
 * rows) built from the same fragments as the single question — WHO_DELIVERS_BATCH shares
 * whoDelivers' resolution and GOVERNING walk, and answerWhoDelivers reads each row as
 * whoDelivers reads its own — so a bulk answer cannot disagree with a single one. A batch's CSV
 * is written (waiting while the output is full) before the next batch is read, so memory stays
 * flat however long the list. The last line is a trailer row (`row` = `#end`) that says whether
 * every row was answered: a client that does not find it knows the file was cut.
 */
import type { Writable } from "node:stream";
import neo4j, { type Driver, type Session } from "neo4j-driver";
import { stringify } from "csv-stringify/sync";
import { clientError, ErrorCode, UserError, userError } from "../errors.js";
import { EXPORT_TX_METADATA, writeChunk, type QuestionLoad } from "../streaming.js";
import { pathCell } from "./cells.js";
import { provisionRows, safeCell, WHO_DELIVERS_COLUMNS } from "./csv.js";
import { readBulkList, type BulkFormat, type InputRow } from "./bulk-input.js";
import { FALLS_UNDER } from "./postcode.js";
import { assertInForce, assertPostcodeDate, assertPostcodeFound, isoDay, LIVE, REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne } from "./resolve.js";
import { answerWhoDelivers, POSTCODE_AREAS, WHO_DELIVERS_BATCH } from "./who-delivers.js";

export type BulkKind = "who-delivers" | "places";

/** Rows answered per query: large enough that a round trip is cheap, small enough that a question waits behind one batch at most. */
export const BULK_BATCH_ROWS = 250;
/** The trailer row's `row`. */
export const TRAILER = "#end";
/** Longest place or service text answered (a row with more is refused alone). */
const MAX_CELL = 500;

const INPUT = { "who-delivers": ["row", "line", "input_place", "input_service", "input_on"], places: ["row", "line", "input_place", "input_on"] } as const;
export const PLACES_COLUMNS = ["place_code", "place_name", "place_type", "on", "body_id", "body_name", "body_type", "relationship", "path", "sources"] as const;
export const bulkColumns = (kind: BulkKind): string[] => [...INPUT[kind], ...(kind === "places" ? PLACES_COLUMNS : WHO_DELIVERS_COLUMNS), "error_code", "error_message"];

/** Every body each row's place falls under (FALLS_UNDER, as postcode() answers), one result row per input row. */
export const PLACES_BATCH = `
${POSTCODE_AREAS}
UNWIND $rows AS q
CALL (q) {
  WITH q, date(q.on) AS d
  ${RESOLVE(REF.PLACE, "q.place", "places", ["q"])}
  WITH d, places, placesSuggestions, placesHow, CASE WHEN size(places) = 1 THEN places[0] END AS one
  WITH d, places, placesSuggestions, placesHow, CASE WHEN one IS NOT NULL AND ${LIVE("one")} THEN one END AS p
  ${FALLS_UNDER}
  RETURN ${REF_RESULT(REF.PLACE, "places")}, coalesce(bodies, []) AS bodies
}
RETURN q.i AS i, postcodeAreas, places, placesSuggestions, placesHow, bodies`;

export interface BulkListOptions {
  driver: Driver;
  database: string;
  kind: BulkKind;
  format: BulkFormat;
  /** For rows whose cell is empty: the service (who-delivers) and the day (default today). */
  service?: string;
  on?: string;
  /** Each batch's transaction timeout. */
  timeoutMs: number;
  /** Stop between batches (the client went away). */
  signal?: AbortSignal;
  /** Give way to the questions in flight after each batch (the server's). */
  questions?: QuestionLoad;
  /** Called once, just before the first byte is written: the first batch has been answered. */
  onStart?: () => void;
  onProgress?: (rowsDone: number) => void;
  maxRows?: number;
  batchRows?: number;
}

export interface BulkSummary {
  rows: number;
  outputRows: number;
  errorRows: number;
  /** Set when the list stopped early (after output began): its code, message and line. */
  stopped?: { code: string; message: string; line?: number; cause?: unknown };
}

/** Checks the defaults given for every row before anything is read: a bad `on` or an unknown service is the request's error. */
export async function checkBulkDefaults(driver: Driver, database: string, o: { service?: string; on?: string; timeoutMs: number }): Promise<void> {
  const on = isoDay(o.on || undefined);
  if (!o.service) return;
  const { records } = await driver.executeQuery(
    `WITH date($on) AS d ${RESOLVE(REF.SERVICE, "$service", "services")} RETURN ${REF_RESULT(REF.SERVICE, "services")}`,
    { service: refParam(o.service), on },
    { database, routing: neo4j.routing.READ, transactionConfig: { timeout: o.timeoutMs, metadata: EXPORT_TX_METADATA } },
  );
  resolveOne("service", o.service, REF.SERVICE, refRows(records[0]?.toObject() as Record<string, unknown>, "services"));
}

/**
 * Reads the list from `input` and writes the answers as CSV to `out` (header, rows, trailer).
 * Throws a file-level UserError (BAD_CSV, BAD_ENCODING, ROW_LIMIT, PAYLOAD_TOO_LARGE) or a
 * database error when it comes before the first byte is written; after that, writes the trailer
 * saying why it stopped and resolves. Rejects with the signal's reason when `signal` fires.
 */
export async function runBulkList(input: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array | string>, out: Writable, o: BulkListOptions): Promise<BulkSummary> {
  const columns = bulkColumns(o.kind);
  const write = (rows: string[][]) => writeChunk(out, stringify(rows.map((r) => r.map((c) => safeCell(c)))), o.signal);
  const session = o.driver.session({ database: o.database, defaultAccessMode: neo4j.session.READ });
  const summary: BulkSummary = { rows: 0, outputRows: 0, errorRows: 0 };
  let started = false;
  const flush = async (batch: InputRow[]) => {
    const rows = await answerBatch(session, batch, o);
    if (!started) {
      started = true;
      o.onStart?.();
      await write([columns]);
    }
    await write(rows);
    summary.rows += batch.length;
    summary.outputRows += rows.length;
    summary.errorRows += rows.filter((r) => r.at(-2)).length; // an error is one row
    o.onProgress?.(summary.rows);
    await o.questions?.giveWay(o.signal);
  };
  try {
    let batch: InputRow[] = [];
    try {
      for await (const r of readBulkList(input, { format: o.format, maxRows: o.maxRows })) {
        batch.push(r);
        if (batch.length >= (o.batchRows ?? BULK_BATCH_ROWS)) {
          await flush(batch);
          batch = [];
        }
        if (o.signal?.aborted) throw o.signal.reason as Error;
      }
      await flush(batch);
    } catch (err) {
      if (!started || o.signal?.aborted) throw err;
      // Output has begun: answer what was read before the problem, then say where it stopped.
      const known = err instanceof UserError ? err : undefined;
      if (batch.length && known) await flush(batch).catch(() => undefined);
      const db = known ? undefined : clientError(err, o.timeoutMs);
      summary.stopped = known
        ? { code: known.code, message: known.message, line: known.extensions.line as number | undefined }
        : { code: db?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, message: `stopped after row ${summary.rows}: ${db?.message ?? "an unexpected error"}`, cause: err };
    }
    const end = summary.stopped
      ? [TRAILER, String(summary.stopped.line ?? ""), `incomplete: ${summary.rows} rows answered, then stopped`]
      : [TRAILER, "", `complete: ${summary.rows} rows answered`];
    const trailer = [...end, ...columns.slice(end.length, -2).map(() => ""), summary.stopped?.code ?? "", summary.stopped?.message ?? ""];
    await write([trailer]);
    return summary;
  } finally {
    await session.close();
  }
}

interface Question {
  i: number;
  place: string;
  service: string;
  on: string;
}

/** Answers one batch: rows checked first (no query for a row that cannot be asked), duplicates asked once, one query for the rest. */
async function answerBatch(session: Session, batch: InputRow[], o: BulkListOptions): Promise<string[][]> {
  if (!batch.length) return [];
  const questions: Question[] = [];
  const asked = new Map<string, number>();
  const of: (number | UserError)[] = batch.map((r) => {
    if (r.error) return r.error;
    try {
      const q = { place: r.place, service: o.kind === "who-delivers" ? r.service || (o.service ?? "") : "", on: isoDay(r.on || o.on || undefined) };
      if (!q.place) throw userError(ErrorCode.BAD_USER_INPUT, "place: the cell is empty", { argument: "place" });
      if (o.kind === "who-delivers" && !q.service) throw userError(ErrorCode.BAD_USER_INPUT, "service: the cell is empty and no service was given for every row (?service= or --service)", { argument: "service" });
      for (const [name, v] of [["place", q.place], ["service", q.service]] as const) {
        if (v.length > MAX_CELL) throw userError(ErrorCode.BAD_USER_INPUT, `${name}: over ${MAX_CELL} characters`, { argument: name });
      }
      const key = `${q.place}\u0000${q.service}\u0000${q.on}`;
      let i = asked.get(key);
      if (i === undefined) {
        i = questions.length;
        asked.set(key, i);
        questions.push({ i, ...q });
      }
      return i;
    } catch (err) {
      if (err instanceof UserError) return err;
      throw err;
    }
  });
  const answers = questions.length ? await ask(session, questions, o) : [];
  return batch.flatMap((r, k) => {
    const at = of[k];
    const answer = typeof at === "number" ? answers[at] : at;
    const input = o.kind === "who-delivers" ? [String(r.row), String(r.line), r.place, r.service, r.on] : [String(r.row), String(r.line), r.place, r.on];
    const width = o.kind === "places" ? PLACES_COLUMNS.length : WHO_DELIVERS_COLUMNS.length;
    if (answer === undefined) throw new Error(`row ${r.row}: no answer came back`);
    if (answer instanceof UserError) return [[...input, ...Array<string>(width).fill(""), answer.code, answer.message]];
    if (!answer.length) {
      const none = Array<string>(width).fill("");
      none[width - 1] = o.kind === "places" ? "The place falls under no other body on this day." : "No tier in the graph is responsible for this service here on this day.";
      return [[...input, ...none, "", ""]];
    }
    return answer.map((cells) => [...input, ...cells, "", ""]);
  });
}

/** One query for the batch's distinct questions; each answer its CSV cells, or its UserError. */
async function ask(session: Session, questions: Question[], o: BulkListOptions): Promise<(string[][] | UserError)[]> {
  const who = o.kind === "who-delivers";
  const rows = questions.map((q) => ({ i: q.i, place: refParam(q.place), service: who ? refParam(q.service) : null, on: q.on }));
  const result = await session.executeRead((tx) => tx.run(who ? WHO_DELIVERS_BATCH : PLACES_BATCH, { rows }), { timeout: o.timeoutMs, metadata: EXPORT_TX_METADATA });
  const out: (string[][] | UserError)[] = [];
  for (const rec of result.records) {
    const raw = rec.toObject() as Record<string, unknown>;
    const q = questions[Number(raw.i)];
    if (!q) continue;
    try {
      out[q.i] = who ? provisionRows(answerWhoDelivers(q, q.on, raw)) : placeRows(q, raw);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      out[q.i] = err;
    }
  }
  return out;
}

interface Step { from: { id: string }; relationship: string; to: { id: string }; validFrom: string | null; validTo: string | null; source: string | null; validFromSource: string | null; validToSource: string | null }
interface Body { body: { id: string; name: string; type: string }; relationship: string; path: Step[] }

/** The bodies one place falls under, as CSV cells; the place checked as whoDelivers checks it. */
function placeRows(q: Question, raw: Record<string, unknown>): string[][] {
  const places = refRows(raw, "places");
  assertPostcodeFound("place", q.place, places.matches.length, raw.postcodeAreas as string[]);
  const place = resolveOne("place", q.place, REF.PLACE, places);
  assertInForce("place", place, q.on);
  assertPostcodeDate("place", place, q.on);
  return (raw.bodies as Body[]).map((b) => [
    place.code, place.name, place.label, q.on, b.body.id, b.body.name, b.body.type ?? "", b.relationship,
    pathCell(b.path),
    [...new Set(b.path.flatMap((s) => [s.source, s.validFromSource, s.validToSource]).filter((x): x is string => !!x))].join("; "),
  ]);
}
