/**
 * `npm run export -- [--area CODE|NAME] [--service CODE|NAME] [--on YYYY-MM-DD] [--out FILE]`
 *
 * The bulk "who delivers what, where" CSV (every parish and unparished area × every service),
 * streamed from Neo4j to the file (or stdout) with a progress line on stderr.
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { runCli } from "./run.js";
import { loadConfig } from "../config.js";
import { connectDatabase } from "../db/connect.js";
import { createLogger } from "../log.js";
import { prepareBulk } from "../questions/bulk.js";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { area: { type: "string" }, service: { type: "string" }, on: { type: "string" }, out: { type: "string" } } });
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, "export");
  const db = await connectDatabase(config, log, { startLocal: true });
  try {
    const timeoutMs = config.security.limits.exportTimeoutMs;
    const bulk = await prepareBulk(db.driver, db.database, values, { timeoutMs });
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const t0 = performance.now();
    const tty = process.stderr.isTTY;
    const rows = await bulk.stream(out, {
      timeoutMs,
      onRow: (n) => {
        if (tty && n % 20_000 === 0) process.stderr.write(`\r[export] ${n} rows, ${Math.round(n / ((performance.now() - t0) / 1000))} rows/s`);
      },
    });
    if (values.out) await new Promise<void>((ok) => out.end(ok));
    const s = (performance.now() - t0) / 1000;
    process.stderr.write(`${tty ? "\n" : ""}[export] ${rows} rows in ${s.toFixed(1)}s (${Math.round(rows / s)} rows/s)${values.out ? ` to ${values.out}` : ""}\n`);
  } finally {
    await db.close();
  }
  return 0;
}

runCli(main, "export failed");
