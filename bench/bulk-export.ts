/**
 * Issue #10: the all-England bulk export (every parish and unparished area × every service)
 * fetched from the server's /export/who-delivers.csv, against the database floor — the same
 * Cypher (BULK in src/questions/bulk.ts) drained through the driver, with no CSV and no HTTP.
 * The server's resident memory is sampled while it streams: bounded memory means it stops
 * growing once rows flow, whatever the number of rows.
 */
import { get } from "node:http";
import neo4j, { type Driver } from "neo4j-driver";
import { BULK } from "../src/questions/bulk.js";
import type { Child } from "./children.js";
import { procMemory } from "./mem.js";
import { ratio, round } from "./stats.js";
import { ON } from "./who-delivers.js";

export interface BulkOptions {
  driver: Driver;
  database: string;
  server: Child;
  log: (msg: string) => void;
}

interface Sample {
  seconds: number;
  rows: number;
  rssMiB: number;
}

/** GETs the export, counting rows (lines after the header) and sampling the server's RSS every 100 ms. */
async function fetchExport(url: string, pid: number) {
  const samples: Sample[] = [];
  let rows = -1; // the header line
  let bytes = 0;
  const t0 = performance.now();
  const take = () => {
    const rss = procMemory(pid).rssMiB;
    if (rss !== null) samples.push({ seconds: round((performance.now() - t0) / 1000, 2), rows: Math.max(0, rows), rssMiB: rss });
  };
  take();
  const timer = setInterval(take, 100);
  try {
    // node:http, counting newlines with Buffer#indexOf: a client as light as curl, so that the
    // bench's own reading takes as little of the 2 cores the server and Neo4j share as it can.
    // (fetch's web stream and a per-byte loop cost about 2 s of CPU over the 174 MB.)
    await new Promise<void>((resolve, reject) => {
      const req = get(url, (res) => {
        if (res.statusCode !== 200) {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => reject(new Error(`bulk export: HTTP ${res.statusCode}: ${text.slice(0, 300)}`)));
          return;
        }
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
        });
        res.on("end", () => (res.complete ? resolve() : reject(new Error("bulk export: the response was cut short"))));
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  } finally {
    clearInterval(timer);
  }
  take();
  return { seconds: (performance.now() - t0) / 1000, rows, bytes, samples };
}

/** The same rows straight from the database: the floor no export can beat. */
async function drainFloor(driver: Driver, database: string) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
  const t0 = performance.now();
  let rows = 0;
  try {
    for await (const r of session.run(BULK, { area: null, service: null, on: ON })) if (r) rows++;
  } finally {
    await session.close();
  }
  return { seconds: (performance.now() - t0) / 1000, rows };
}

const peak = (s: Sample[]) => (s.length ? Math.max(...s.map((x) => x.rssMiB)) : null);

export async function benchBulkExport(o: BulkOptions) {
  const url = `http://127.0.0.1:${o.server.port}/export/who-delivers.csv?on=${ON}`;
  const before = procMemory(o.server.pid);
  const http = await fetchExport(url, o.server.pid);
  o.log(`bulk export: ${http.rows} rows in ${http.seconds.toFixed(1)} s over HTTP`);
  const floor = await drainFloor(o.driver, o.database);
  o.log(`bulk floor: ${floor.rows} rows in ${floor.seconds.toFixed(1)} s through the driver`);

  // Flat: the peak in the second half of the stream is no higher than in the first half plus
  // a little (GC timing), i.e. memory does not grow with the number of rows sent.
  const half = http.rows / 2;
  const firstHalf = peak(http.samples.filter((s) => s.rows > 0 && s.rows <= half));
  const secondHalf = peak(http.samples.filter((s) => s.rows > half));
  const growthMiB = firstHalf !== null && secondHalf !== null ? round(secondHalf - firstHalf, 1) : null;
  const rowsPerSecond = round(http.rows / http.seconds, 0);
  const floorRowsPerSecond = round(floor.rows / floor.seconds, 0);
  // Thinned to ~40 points for results.json.
  const every = Math.max(1, Math.ceil(http.samples.length / 40));
  return {
    on: ON,
    rows: http.rows,
    megabytes: round(http.bytes / 1048576, 1),
    seconds: round(http.seconds, 2),
    rowsPerSecond,
    floor: { rows: floor.rows, seconds: round(floor.seconds, 2), rowsPerSecond: floorRowsPerSecond },
    vsFloor: ratio(rowsPerSecond, floorRowsPerSecond),
    memory: {
      beforeMiB: before.rssMiB,
      peakMiB: peak(http.samples),
      firstHalfPeakMiB: firstHalf,
      secondHalfPeakMiB: secondHalf,
      secondHalfGrowthMiB: growthMiB,
      samples: http.samples.filter((_, i) => i % every === 0),
    },
    target: {
      under60s: http.seconds < 60,
      flatMemory: growthMiB !== null && growthMiB <= 32,
      sameRowsAsFloor: http.rows === floor.rows,
    },
  };
}

export type BulkResult = Awaited<ReturnType<typeof benchBulkExport>>;
