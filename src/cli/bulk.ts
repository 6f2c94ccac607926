/**
 * `npm run ask -- bulk FILE [--service S] [--on D] [--places] [--jsonl]`: a bulk list answered
 * on the command line, as POST /bulk/... answers it (src/questions/bulk-lists.ts): CSV on
 * stdout, ending with the `#end` trailer row. Progress on stderr: rows done of the file's rows
 * and rows/s, redrawn four times a second when stderr is a terminal, otherwise a line every
 * 10 s (so a log shows the run without filling up). A file-level problem before the first
 * answer is the command's error (exit 2); after, it is in the trailer and the exit status is 2.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { ErrorCode, userError } from "../errors.js";
import { checkBulkDefaults, runBulkList } from "../questions/bulk-lists.js";

/** Data rows in the file, roughly (its lines, less the header), for the progress display; undefined for stdin. */
async function countRows(file: string): Promise<number | undefined> {
  if (file === "-") return undefined;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file)) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;
    last = b[b.length - 1] ?? last;
  }
  return Math.max(0, lines + (last === 10 ? 0 : 1) - 1);
}

export async function bulk(driver: Driver, database: string, file: string, o: { service?: string; on?: string; places?: boolean; jsonl?: boolean; timeoutMs: number }): Promise<number> {
  if (file !== "-") {
    const s = await stat(file).catch(() => undefined);
    if (!s?.isFile()) throw userError(ErrorCode.BAD_USER_INPUT, `FILE: ${file} is not a readable file`, { argument: "FILE" });
  }
  const kind = o.places ? "places" : "who-delivers";
  if (o.places && o.service) throw userError(ErrorCode.BAD_USER_INPUT, "--service: --places answers every body a place falls under; it takes no service", { argument: "service" });
  const timeoutMs = o.timeoutMs;
  await checkBulkDefaults(driver, database, { service: o.service, on: o.on, timeoutMs });
  const total = await countRows(file);
  const tty = process.stderr.isTTY === true;
  const t0 = Date.now();
  let done = 0;
  let shown = 0;
  const show = (final = false) => {
    const s = (Date.now() - t0) / 1000;
    const rate = s > 0 ? Math.round(done / s) : 0;
    const line = `bulk: ${done}${total === undefined ? "" : ` / ${total}`} rows, ${rate} rows/s, ${s.toFixed(0)} s`;
    process.stderr.write(tty ? `\r${line}\x1b[K${final ? "\n" : ""}` : `${line}\n`);
    shown = Date.now();
  };
  const timer = setInterval(() => {
    if (tty || Date.now() - shown >= 10_000) show();
  }, 250);
  timer.unref();
  try {
    const input = file === "-" ? process.stdin : createReadStream(file);
    const summary = await runBulkList(input, process.stdout, {
      driver, database, kind, format: o.jsonl ? "jsonl" : "csv", service: o.service, on: o.on, timeoutMs, onProgress: (n) => (done = n),
    });
    show(true);
    if (summary.stopped) {
      process.stderr.write(`${summary.stopped.code}: ${summary.stopped.message} (the output says so in its last row)\n`);
      return 2;
    }
    if (summary.errorRows) process.stderr.write(`bulk: ${summary.errorRows} of ${summary.rows} rows could not be answered (error_code, error_message)\n`);
    return 0;
  } finally {
    clearInterval(timer);
  }
}
