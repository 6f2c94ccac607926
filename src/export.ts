/**
 * GET /export/who-delivers.csv?service=524&place=E04004989&on=2024-04-01 — whoDelivers as CSV.
 * GET /export/who-delivers.csv[?area=E10000016][&service=524][&on=...] (no place) — the bulk
 * table of every parish and unparished area × every service, streamed.
 * Errors come back as 400/404 with the same message the GraphQL API gives.
 */
import type http from "node:http";
import { GraphQLError } from "graphql";
import type { Driver } from "neo4j-driver";
import { ErrorCode } from "./errors.js";
import { provisionRows, toCsv, WHO_DELIVERS_COLUMNS } from "./questions/csv.js";
import type { Logger } from "./log.js";
import { prepareBulk } from "./questions/bulk.js";
import { whoDelivers } from "./questions/who-delivers.js";

const STATUS: Record<string, number> = { [ErrorCode.NOT_FOUND]: 404, [ErrorCode.AMBIGUOUS]: 400, [ErrorCode.BAD_USER_INPUT]: 400 };

/** Without `place`: the bulk table (every parish and unparished area × every service), streamed. */
async function exportBulk(url: URL, res: http.ServerResponse, driver: Driver, database: string, log: Logger): Promise<void> {
  const bulk = await prepareBulk(driver, database, {
    area: url.searchParams.get("area"),
    service: url.searchParams.get("service"),
    on: url.searchParams.get("on") ?? undefined,
  });
  res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="who-delivers-bulk.csv"' });
  try {
    const rows = await bulk.stream(res);
    res.end();
    log.debug(`bulk export: ${rows} rows`);
  } catch (err) {
    // Headers are gone: cut the response so the client sees it is incomplete.
    log.error(`bulk export failed part-way: ${(err as Error).message}`);
    res.destroy(err as Error);
  }
}

export async function exportWhoDelivers(url: URL, res: http.ServerResponse, driver: Driver, database: string, log: Logger): Promise<void> {
  const service = url.searchParams.get("service") ?? "";
  const place = url.searchParams.get("place") ?? "";
  try {
    if (!url.searchParams.has("place")) return await exportBulk(url, res, driver, database, log);
    for (const [name, value] of [["service", service], ["place", place]] as const) {
      if (!value.trim()) throw new GraphQLError(`${name}: the query parameter is required`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    const provisions = await whoDelivers(driver, database, { service, place, on: url.searchParams.get("on") ?? undefined });
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="who-delivers.csv"' });
    res.end(toCsv(WHO_DELIVERS_COLUMNS, provisionRows(provisions)));
  } catch (err) {
    const code = err instanceof GraphQLError ? String(err.extensions.code) : undefined;
    if (!code || !STATUS[code]) throw err;
    res.writeHead(STATUS[code] ?? 400, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code, message: err instanceof Error ? err.message : String(err) } }));
  }
}
