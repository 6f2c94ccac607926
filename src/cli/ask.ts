/**
 * `npm run ask -- who-delivers SERVICE PLACE [--on YYYY-MM-DD] [--csv]`
 * `npm run ask -- services-of AUTHORITY [--on YYYY-MM-DD] [--csv]`
 * `npm run ask -- tier-matrix [--on YYYY-MM-DD] [--csv]`
 * `npm run ask -- search TEXT [--on YYYY-MM-DD] [--csv]`
 * `npm run ask -- bulk FILE [--service S] [--on YYYY-MM-DD] [--places] [--jsonl]` (src/cli/bulk.ts)
 *
 * Answers one question from the command line, as an aligned table (or CSV) on stdout. Uses
 * NEO4J_URI, or the local Neo4j (started for the question and stopped after, if not running).
 */
import { parseArgs } from "node:util";
import { bulk } from "./bulk.js";
import { runCli } from "./run.js";
import { loadConfig } from "../config.js";
import { connectDatabase } from "../db/connect.js";
import { createLogger } from "../log.js";
import { provisionRows, toCsv, WHO_DELIVERS_COLUMNS } from "../questions/csv.js";
import { search } from "../questions/search.js";
import { servicesOf } from "../questions/services-of.js";
import { tierMatrix } from "../questions/tier-matrix.js";
import { whoDelivers } from "../questions/who-delivers.js";

const USAGE = `usage:
  npm run ask -- who-delivers SERVICE PLACE [--on YYYY-MM-DD] [--csv]
  npm run ask -- services-of AUTHORITY [--on YYYY-MM-DD] [--csv]
  npm run ask -- tier-matrix [--on YYYY-MM-DD] [--csv]
  npm run ask -- search TEXT [--on YYYY-MM-DD] [--csv]
  npm run ask -- bulk FILE [--service S] [--on YYYY-MM-DD] [--places] [--jsonl]   (FILE: CSV with a place column, or - for stdin)`;

/** Columns padded to their widest cell. */
function table(header: readonly string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c ?? "").padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { on: { type: "string" }, csv: { type: "boolean" }, service: { type: "string" }, places: { type: "boolean" }, jsonl: { type: "boolean" } },
  });
  const [question, ...args] = positionals;
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "ask");
  const out = (header: readonly string[], rows: string[][]) => process.stdout.write(values.csv ? toCsv(header, rows) : table(header, rows));
  const need = (n: number) => {
    if (args.length !== n) throw new Error(USAGE);
  };
  if (question === "who-delivers") need(2);
  else if (question === "services-of") need(1);
  else if (question === "tier-matrix") need(0);
  else if (question === "search") need(1);
  else if (question === "bulk") need(1);
  else throw new Error(USAGE);
  if ((values.service || values.places || values.jsonl) && question !== "bulk") throw new Error(USAGE);

  const db = await connectDatabase(config, log, { startLocal: true });
  try {
    if (question === "bulk") return await bulk(db.driver, db.database, args[0] ?? "", { service: values.service, on: values.on, places: values.places, jsonl: values.jsonl, timeoutMs: config.security.limits.exportTimeoutMs });
    if (question === "search") {
      const hits = (await search(db.driver, db.database, { text: args[0] ?? "", on: values.on, limit: 20 })) as Record<string, unknown>[];
      const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));
      out(["kind", "id", "name", "within", "in force", "match", "score"], hits.map((h) => [h.kind, h.id, h.name, h.within, h.inForce ? "yes" : "no", h.match, h.score].map(cell)));
      if (!hits.length) log.warn(`Nothing matches "${args[0]}".`);
    } else if (question === "who-delivers") {
      const provisions = await whoDelivers(db.driver, db.database, { service: args[0] ?? "", place: args[1] ?? "", on: values.on });
      const rows = provisionRows(provisions);
      if (values.csv) out(WHO_DELIVERS_COLUMNS, rows);
      else {
        // The short table: these CSV columns, picked by name so that a new column cannot shift them.
        const shown = ["tier", "authority_code", "authority_name", "basis", "validity", "path", "sources"] as const;
        const at = shown.map((c) => WHO_DELIVERS_COLUMNS.indexOf(c));
        out(["tier", "authority", "name", "basis", "validity", "path", "sources"], rows.map((r) => at.map((i) => r[i] ?? "")));
      }
      if (!rows.length) log.warn("No tier in the graph is responsible for this service.");
    } else if (question === "services-of") {
      const a = (await servicesOf(db.driver, db.database, { authority: args[0] ?? "", on: values.on })) as {
        groups?: { basis: string; services: { code: string; name: string; validity: string }[] }[];
      };
      out(["basis", "service_code", "service_name", "validity"], (a.groups ?? []).flatMap((g) => g.services.map((s) => [g.basis, s.code, s.name, s.validity])));
    } else {
      const m = (await tierMatrix(db.driver, db.database, { on: values.on })) as {
        tiers: { code: string }[];
        rows: { service: { code: string; name: string }; cells: { basis: string | null }[] }[];
      };
      out(["service_code", "service_name", ...m.tiers.map((t) => t.code)], m.rows.map((r) => [r.service.code, r.service.name, ...r.cells.map((c) => c.basis ?? "")]));
    }
  } finally {
    await db.close();
  }
  return 0;
}

runCli(main, "ask failed");
