/**
 * Issue #17 item 1: a bulk list of 100,000 mixed rows through POST /bulk/who-delivers.csv —
 * real postcodes (from the postcode file the project loads), GSS codes and names (from the
 * store), 1% junk — its rows/s, the server's resident memory sampled while it streams (flat:
 * the second half's peak no higher than the first half's plus a little), and a sample of rows
 * compared with whoDelivers asked one by one.
 *
 * Standalone, against any loaded store (read-only): `NEO4J_URI=... NEO4J_PASSWORD=... npx tsx
 * bench/bulk-lists.ts [--rows N] [--sample N] [--service S] [--on D]`. It starts its own
 * server (a child process, production mode, TIERGRAPH_POSTCODES=off) and stops it.
 */
import { createReadStream } from "node:fs";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { parse } from "csv-parse/sync";
import { loadConfig } from "../src/config.js";
import { makeDriver } from "../src/db/connect.js";
import { UserError } from "../src/errors.js";
import { bulkColumns, TRAILER } from "../src/questions/bulk-lists.js";
import { provisionRows, safeCell } from "../src/questions/csv.js";
import { whoDelivers } from "../src/questions/who-delivers.js";
import { postcodeFile } from "../src/seed/postcodes.js";
import { startTiergraph, stopChildren } from "./children.js";
import { procMemory } from "./mem.js";
import { mulberry32 } from "./prng.js";
import { round } from "./stats.js";

const { values: a } = parseArgs({ options: { rows: { type: "string", default: "100000" }, sample: { type: "string", default: "200" }, service: { type: "string", default: "524" }, on: { type: "string", default: "2025-04-01" } } });
const ROWS = Number(a.rows);
const log = (m: string) => process.stderr.write(`[bulk-lists] ${m}\n`);

/** Every 20th postcode of the directory (about 113,000), as ONSPD writes it. */
async function postcodes(): Promise<string[]> {
  const out: string[] = [];
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(postcodeFile()).pipe(createGunzip()) })) {
    if (i++ > 0 && i % 20 === 0) out.push(line.split(",")[0] ?? "");
  }
  return out;
}

async function main() {
  const config = loadConfig();
  if (!config.external) throw new Error("set NEO4J_URI (and NEO4J_PASSWORD) to a loaded store");
  const db = { ...config.external, database: config.database };
  const driver = makeDriver(db.uri, db.username, db.password);
  try {
    const { records } = await driver.executeQuery(
      "MATCH (n) WHERE (n:Authority OR n:Parish) AND n.validTo IS NULL AND n.code IS NOT NULL RETURN n.code AS code, n.name AS name ORDER BY code",
      {}, { database: db.database },
    );
    const codes = records.map((r) => r.get("code") as string);
    const names = records.map((r) => r.get("name") as string);
    const pcs = await postcodes();
    const rnd = mulberry32(17);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
    // 60% postcodes, 25% GSS codes, 14% names, 1% junk (misspelt, out of England, nonsense, blank).
    const junk = () => pick(["Edenbrige", "EH1 1YZ", "ZZ99 9ZZ", "not a place", " ", "E9999999"]);
    const places = Array.from({ length: ROWS }, () => {
      const x = rnd();
      return x < 0.6 ? pick(pcs) : x < 0.85 ? pick(codes) : x < 0.99 ? pick(names) : junk();
    });
    const body = "place\n" + places.map((p) => (/[",\n]/.test(p) ? `"${p.replace(/"/g, '""')}"` : p)).join("\n") + "\n";
    log(`${ROWS} rows (${(body.length / 1048576).toFixed(1)} MB): ${pcs.length} postcodes, ${codes.length} codes and names to pick from`);

    const server = await startTiergraph(db, 180_000, { TIERGRAPH_POSTCODES: "off", TIERGRAPH_EXPORT_TIMEOUT_MS: "600000" });
    try {
      const samples: { s: number; rows: number; rss: number }[] = [];
      const idle = procMemory(server.pid).rssMiB;
      let lines = -1;
      let text = "";
      const keep = new Set<number>(Array.from({ length: Number(a.sample) }, (_, i) => 1 + Math.floor((i * ROWS) / Number(a.sample))));
      const t0 = performance.now();
      const timer = setInterval(() => {
        const rss = procMemory(server.pid).rssMiB;
        if (rss !== null) samples.push({ s: round((performance.now() - t0) / 1000, 1), rows: lines, rss });
      }, 200);
      let tail = "";
      const kept: string[] = [];
      try {
        const res = await fetch(`http://127.0.0.1:${server.port}/bulk/who-delivers.csv?service=${encodeURIComponent(a.service)}&on=${a.on}`, { method: "POST", headers: { "content-type": "text/csv" }, body });
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
        const dec = new TextDecoder();
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          text = tail + dec.decode(chunk, { stream: true });
          const parts = text.split("\n");
          tail = parts.pop() ?? "";
          for (const p of parts) {
            lines++;
            const row = Number(p.slice(0, p.indexOf(",")));
            if (lines === 0 || keep.has(row) || p.startsWith(TRAILER)) kept.push(p);
          }
        }
      } finally {
        clearInterval(timer);
      }
      const seconds = (performance.now() - t0) / 1000;
      const out = parse(kept.join("\n") + "\n", { columns: true, relax_quotes: true }) as Record<string, string>[];
      const trailer = out.at(-1);
      log(`${ROWS} rows → ${lines} lines in ${seconds.toFixed(1)} s: ${Math.round(ROWS / seconds)} rows/s; trailer: ${trailer?.input_place} ${trailer?.error_code}`);

      // The sample, one by one.
      const width = bulkColumns("who-delivers").length;
      let same = 0;
      const differ: string[] = [];
      for (const row of keep) {
        const place = places[row - 1] ?? "";
        if (!place.trim()) continue; // a blank cell is the list's own error (whoDelivers is never asked)
        const block = out.filter((r) => r.row === String(row));
        let want: string[];
        try {
          const p = provisionRows(await whoDelivers(driver, db.database, { service: a.service, place, on: a.on })).map((r) => r.map(safeCell).join("\u0001"));
          want = p.length ? p : [""];
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          want = [`${err.code}\u0001${err.message}`];
        }
        const got = block.map((r) => (r.error_code ? `${r.error_code}\u0001${r.error_message}` : r.place_code ? Object.values(r).slice(5, width - 2).join("\u0001") : ""));
        if (JSON.stringify(got) === JSON.stringify(want)) same++;
        else differ.push(`row ${row} (${place})`);
      }
      const half = lines / 2;
      const peak = (xs: typeof samples) => (xs.length ? Math.max(...xs.map((x) => x.rss)) : null);
      const first = peak(samples.filter((x) => x.rows > 0 && x.rows <= half));
      const second = peak(samples.filter((x) => x.rows > half));
      const result = {
        rows: ROWS, outputLines: lines, seconds: round(seconds, 1), rowsPerSecond: Math.round(ROWS / seconds),
        trailer: { text: trailer?.input_place, code: trailer?.error_code },
        memory: { idleMiB: idle, firstHalfPeakMiB: first, secondHalfPeakMiB: second, growthMiB: first !== null && second !== null ? round(second - first, 1) : null },
        sample: { compared: [...keep].filter((r) => (places[r - 1] ?? "").trim()).length, same, differ: differ.slice(0, 10) },
      };
      process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    } finally {
      await server.stop();
    }
  } finally {
    await driver.close();
    await stopChildren();
  }
}

main().catch(async (err: Error) => {
  process.stderr.write(`[bulk-lists] failed: ${err.stack ?? err.message}\n`);
  await stopChildren();
  process.exit(1);
});
