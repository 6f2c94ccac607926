/**
 * The whole "who delivers what, where" table at once: every parish and unparished area of
 * England (or of one area) × every service (or one), as at a date — well over a million rows.
 *
 * One Cypher query whose rows are streamed from the database to the output as they come: the
 * driver pulls records in batches and waits while the output is busy, so neither the server
 * nor the CLI ever holds the whole table. The providers come from the same GOVERNING fragment
 * whoDelivers uses, so a bulk row and a single answer cannot disagree.
 */
import type { Writable } from "node:stream";
import neo4j, { type Driver } from "neo4j-driver";
import { stringify } from "csv-stringify/sync";
import { ErrorCode, userError } from "../errors.js";
import { EXPORT_TX_METADATA, streamRecords, writeChunk, type QuestionLoad } from "../streaming.js";
import { csvSafeCell } from "./csv.js";
import { isoDay, LIVE, PROVISION_VALIDITY, REF, REF_RESULT, refParam, refRows, RESOLVE, resolveOne } from "./resolve.js";
import { GOVERNING } from "./who-delivers.js";

export const BULK_COLUMNS = [
  "place_code", "place_name", "place_type", "service_code", "service_name", "tier", "authority_code", "authority_name", "basis", "validity", "on",
] as const;

export const BULK = `
WITH date($on) AS d
MATCH (place) WHERE (place:Parish OR place:UnparishedArea)
  AND ($area IS NULL OR EXISTS { (place)-[:WITHIN*1..2]->(a:Authority) WHERE a.code = $area })
${GOVERNING}
MATCH (g)-[ot:OF_TIER]->(t:Tier)-[resp:RESPONSIBLE_FOR]->(s:Service)
WHERE ($service IS NULL OR s.code = $service) AND ${LIVE("resp")}
RETURN place.code AS placeCode, place.name AS placeName, head(labels(place)) AS placeType, s.code AS serviceCode, s.name AS serviceName,
       t.code AS tier, g.code AS authorityCode, g.name AS authorityName, resp.basis AS basis,
       ${PROVISION_VALIDITY("resp", "ot")} AS validity, toString(d) AS on`;

/**
 * Rows per CSV chunk written. An export gives way to the
 * questions after each chunk (src/streaming.ts QuestionLoad): a question waits behind one chunk at most.
 */
const BATCH_ROWS = 1000;

export interface BulkArgs {
  area?: string | null;
  service?: string | null;
  on?: unknown;
}

/** Checks the filters and turns names into codes (one small query, the questions' resolver), before streaming starts. */
async function resolveFilters(driver: Driver, database: string, a: BulkArgs, timeoutMs: number): Promise<{ area: string | null; service: string | null; on: string }> {
  const on = isoDay(a.on);
  const given = (v: string | null | undefined) => (v != null && v.trim() !== "" ? v : null);
  const area = given(a.area);
  const service = given(a.service);
  const { records } = await driver.executeQuery(
    `WITH date($on) AS d
     ${RESOLVE(REF.AUTHORITY, "$area", "areas")}
     ${RESOLVE(REF.SERVICE, "$service", "services")}
     RETURN ${REF_RESULT(REF.AUTHORITY, "areas")}, ${REF_RESULT(REF.SERVICE, "services")}`,
    { area: area === null ? null : refParam(area), service: service === null ? null : refParam(service), on },
    { database, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs, metadata: EXPORT_TX_METADATA } },
  );
  const row = records[0]?.toObject() as Record<string, unknown>;
  return {
    area: area === null ? null : resolveOne("area", area, REF.AUTHORITY, refRows(row, "areas")).code,
    service: service === null ? null : resolveOne("service", service, REF.SERVICE, refRows(row, "services")).code,
    on,
  };
}

export interface StreamOptions {
  /** Neo4j stops the export's transaction after this long. */
  timeoutMs: number;
  /** Stop reading, close the session and end the transaction when this fires (the client left). */
  signal?: AbortSignal;
  onRow?: (n: number) => void;
  /** Give way to the questions in flight after each batch of rows (the server's; the CLI has none). */
  questions?: QuestionLoad;
}

/** Resolves the filters (throwing a user error before anything is written), then returns the streamer. */
export async function prepareBulk(driver: Driver, database: string, a: BulkArgs, o: { timeoutMs: number }) {
  const filters = await resolveFilters(driver, database, a, o.timeoutMs);
  return {
    filters,
    /**
     * Streams CSV (header first) into `out`, honouring back-pressure; cells that a spreadsheet
     * would run as a formula are escaped (safeCell). Returns the number of rows; rejects with
     * StreamAborted when `signal` fires.
     */
    async stream(out: Writable, s: StreamOptions): Promise<number> {
      const write = (chunk: string) => writeChunk(out, chunk, s.signal);
      await write(stringify([BULK_COLUMNS as unknown as string[]]));
      // Rows go out as CSV lines built here (csvCell: what csv-stringify writes, without its
      // per-cell machinery), fields taken by position: BULK returns them in BULK_COLUMNS' order.
      const width = BULK_COLUMNS.length;
      let lines: string[] = [];
      let rows = 0;
      const n = await streamRecords(driver, { database, query: BULK, params: filters, timeoutMs: s.timeoutMs, signal: s.signal }, (r) => {
        const cells = new Array<string>(width);
        for (let i = 0; i < width; i++) cells[i] = csvSafeCell(String(r.get(i) ?? ""));
        lines.push(cells.join(","));
        s.onRow?.(++rows);
        if (lines.length < BATCH_ROWS) return;
        const chunk = lines.join("\n") + "\n";
        lines = [];
        return write(chunk).then(() => s.questions?.giveWay(s.signal));
      });
      if (lines.length) await write(lines.join("\n") + "\n");
      return n;
    },
  };
}

