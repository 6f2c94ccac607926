/**
 * Runs one real import step in a process of its own, so its peak memory is that step's alone:
 * "seed" is `seedAll` (src/seed/run.ts), "postcodes" is `loadPostcodes` (src/seed/postcodes.ts).
 * Memory is sampled from process.memoryUsage().rss every 20 ms, and the kernel's exact peak
 * (VmHWM) read at the end. Connection details and the step come on stdin as JSON; the result
 * goes to stdout as JSON.
 */
import { makeDriver } from "../src/db/connect.js";
import { createLogger } from "../src/log.js";
import { loadPostcodes } from "../src/seed/postcodes.js";
import { seedAll } from "../src/seed/run.js";
import type { Neo4jEnv } from "./children.js";
import { procMemory, sampleMax, selfRssMiB } from "./mem.js";

/** What the child prints. */
export interface StepResult {
  seconds: number;
  nodes: number;
  relationships: number;
  baselineMiB: number;
  sampledPeakMiB: number | null;
  vmHwmMiB: number | null;
  /** Postcodes only: where the time went, from the loader's progress calls. */
  phases?: { readAndCheckSeconds: number; writeSeconds: number; batches: number; switchAndCleanUpSeconds: number };
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Neo4jEnv & { step: "seed" | "postcodes" };

const driver = makeDriver(input.uri, input.username, input.password);
const log = createLogger("warn", `bench-${input.step}`);
try {
  const baselineMiB = selfRssMiB();
  // Building the seed plan is synchronous, so the sampler misses its peak; VmHWM does not.
  const sampler = sampleMax(selfRssMiB, 20);
  const t0 = performance.now();
  let nodes: number;
  let relationships: number;
  let phases: StepResult["phases"];
  if (input.step === "seed") {
    const result = await seedAll({ driver, database: input.database, log });
    nodes = Object.values(result.nodes).reduce((a, b) => a + b, 0);
    relationships = Object.values(result.relationships).reduce((a, b) => a + b, 0);
  } else {
    const progress: number[] = [];
    const result = await loadPostcodes({ driver, database: input.database, log, force: true, onProgress: () => progress.push(performance.now()) });
    const end = performance.now();
    // One Postcode node and one IN_DISTRICT relationship per row.
    nodes = result.rows;
    relationships = result.rows;
    if (progress.length >= 2) {
      const first = progress[0] as number;
      const last = progress[progress.length - 1] as number;
      const perBatch = (last - first) / (progress.length - 1);
      phases = {
        readAndCheckSeconds: Math.round((first - perBatch - t0) / 100) / 10,
        writeSeconds: Math.round((last - first + perBatch) / 100) / 10,
        batches: progress.length,
        switchAndCleanUpSeconds: Math.round((end - last) / 100) / 10,
      };
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const sampled = sampler.stop();
  const out: StepResult = { seconds, nodes, relationships, baselineMiB, sampledPeakMiB: sampled.peak, vmHwmMiB: procMemory(process.pid).hwmMiB, phases };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  await driver.close();
}
