/**
 * Part 3 (and #10's postcode import): the import, into an empty database, against a naive
 * import of the same rows measured in the same run.
 *
 * - seeds/: `seedAll` (batched UNWIND … MERGE in one transaction) against the same plan written
 *   one auto-commit query per node and per relationship.
 * - postcodes: `loadPostcodes` (validated, then batched CREATE grouped by district) against the
 *   same rows written one auto-commit query per postcode.
 *
 * The naive imports are timed on reproducible random samples and extrapolated (rows/s): all
 * ~2.4 million rows one by one would take hours. The real imports run in child processes so
 * their peak memory is their own.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import neo4j, { type Driver } from "neo4j-driver";
import { DATE_PROPS, NODE_KEYS, type Label, type Plan, type Props } from "../src/seed/plan.js";
import { postcodeFile } from "../src/seed/postcodes.js";
import { buildPlan } from "../src/seed/run.js";
import { ensureSchema } from "../src/seed/write.js";
import { runScript, type Neo4jEnv } from "./children.js";
import { clearDatabase } from "./db.js";
import { procMemory } from "./mem.js";
import { intBetween, mulberry32, sample } from "./prng.js";
import type { StepResult } from "./seed-child.js";
import { ratio, round } from "./stats.js";

const dateFixes = (v: string) => DATE_PROPS.map((p) => `${v}.${p} = CASE WHEN ${v}.${p} IS NULL THEN null ELSE date(${v}.${p}) END`).join(", ");

/** The same SET clauses as src/seed/write.ts, for one row instead of a batch. */
const nodeQuery = (label: Label) =>
  `MERGE (n:${label} {${NODE_KEYS[label]}: $row.${NODE_KEYS[label]}}) SET n = $row, n._seed = $run SET ${dateFixes("n")}`;
const relQuery = (type: string, from: Label, to: Label) =>
  `MATCH (a:${from} {${NODE_KEYS[from]}: $row.from}) MATCH (b:${to} {${NODE_KEYS[to]}: $row.to}) ` +
  `MERGE (a)-[r:${type}]->(b) SET r = $row.props, r._seed = $run SET ${dateFixes("r")}`;
/** The same CREATE as src/seed/postcodes.ts, for one postcode. */
/** How many postcodes are sampled from the file (for the naive import and the by-postcode load). */
export const POSTCODE_SAMPLE = 5000;
/** Seconds each naive import writes for. */
const NAIVE_SECONDS = { seed: 8, postcodes: 4 };

const POSTCODE_QUERY =
  "MATCH (a:Authority {code: $lad}) CREATE (p:Postcode {code: $code, name: $name, set: $set})-[:IN_DISTRICT]->(a)";

type Row =
  | { kind: "node"; label: Label; key: string; props: Props }
  | { kind: "rel"; type: string; fromLabel: Label; toLabel: Label; row: { from: string; to: string; props: Props } };

function planRows(plan: Plan): Row[] {
  const rows: Row[] = [];
  for (const [label, byKey] of plan.nodes) for (const [key, n] of byKey) rows.push({ kind: "node", label, key, props: n.props });
  for (const g of plan.rels.values()) {
    for (const r of g.rows.values()) rows.push({ kind: "rel", type: g.type, fromLabel: g.fromLabel, toLabel: g.toLabel, row: { from: r.from, to: r.to, props: r.props } });
  }
  return rows;
}

/**
 * Writes rows one query at a time, in order, for about `seconds` (at least `min` rows), and
 * returns rows/s and the extrapolation to `total` rows. Time-bounded rather than a fixed count,
 * so a busy machine costs the bench no more time, only fewer samples.
 */
async function timed(rows: number, total: number, seconds: number, writeOne: (i: number) => Promise<void>) {
  const min = Math.min(rows, 100);
  const t0 = performance.now();
  let n = 0;
  while (n < rows && (n < min || performance.now() - t0 < seconds * 1000)) await writeOne(n++);
  const elapsed = (performance.now() - t0) / 1000;
  return {
    sampledRows: n,
    seconds: round(elapsed, 2),
    rowsPerSecond: round(n / elapsed, 1),
    totalRows: total,
    extrapolatedSeconds: round(total / (n / elapsed), 0),
    extrapolated: true as const,
  };
}

/** Times the naive import of `size` sampled plan rows into the (empty) database. */
async function naiveSeedSample(driver: Driver, database: string, plan: Plan, size: number, seconds: number, seed: number) {
  const rows = planRows(plan);
  const picked = sample(mulberry32(seed), rows.map((_, i) => i), size).sort((a, b) => a - b).map((i) => rows[i] as Row);
  await ensureSchema(driver, database);
  // The endpoints of sampled relationships that are not themselves sampled are written first,
  // untimed, in batches: a relationship query whose MATCH finds nothing would be unfairly cheap.
  const sampledNodes = new Set(picked.flatMap((r) => (r.kind === "node" ? [`${r.label}|${r.key}`] : [])));
  const needed = new Map<Label, Map<string, Props>>();
  for (const r of picked) {
    if (r.kind !== "rel") continue;
    for (const [label, key] of [[r.fromLabel, r.row.from], [r.toLabel, r.row.to]] as const) {
      const props = plan.nodes.get(label)?.get(key)?.props;
      if (props && !sampledNodes.has(`${label}|${key}`)) needed.set(label, (needed.get(label) ?? new Map()).set(key, props));
    }
  }
  for (const [label, byKey] of needed) {
    const q = `UNWIND $rows AS row MERGE (n:${label} {${NODE_KEYS[label]}: row.${NODE_KEYS[label]}}) SET n = row`;
    await driver.executeQuery(q, { rows: [...byKey.values()] }, { database });
  }
  const session = driver.session({ database });
  try {
    let nodes = 0;
    const result = await timed(picked.length, rows.length, seconds, async (i) => {
      const r = picked[i] as Row;
      if (r.kind === "node") nodes++;
      if (r.kind === "node") await session.run(nodeQuery(r.label), { row: r.props, run: "naive" });
      else await session.run(relQuery(r.type, r.fromLabel, r.toLabel), { row: r.row, run: "naive" });
    });
    return { ...result, sampledNodes: nodes, sampledRelationships: result.sampledRows - nodes };
  } finally {
    await session.close();
  }
}

type PostcodeSample = { rows: { pcds: string; lad: string }[]; total: number };
const samples = new Map<string, Promise<PostcodeSample>>();

/**
 * A reproducible random sample of the postcode file's rows (reservoir sampling) and the file's
 * row count. The file is read once per process for each (size, seed).
 */
export function samplePostcodes(size: number, seed: number): Promise<PostcodeSample> {
  const key = `${size}/${seed}`;
  if (!samples.has(key)) samples.set(key, readSample(size, seed));
  return samples.get(key) as Promise<PostcodeSample>;
}

async function readSample(size: number, seed: number): Promise<PostcodeSample> {
  const rng = mulberry32(seed);
  const rows: { pcds: string; lad: string }[] = [];
  let total = 0;
  const lines = createInterface({ input: createReadStream(postcodeFile()).pipe(createGunzip()), crlfDelay: Infinity });
  let header = true;
  for await (const text of lines) {
    if (header || !text) {
      header = false;
      continue;
    }
    total++;
    const slot = total <= size ? total - 1 : intBetween(rng, 0, total - 1);
    if (slot < size) {
      const [pcds = "", lad = ""] = text.split(",");
      rows[slot] = { pcds, lad };
    }
  }
  return { rows, total };
}

/** Times the naive postcode import on a sample (into a set no query sees), then removes it. */
async function naivePostcodeSample(driver: Driver, database: string, size: number, seconds: number, seed: number) {
  const { rows: all, total } = await samplePostcodes(POSTCODE_SAMPLE, seed);
  // Any set of the reservoir's slots is itself a random sample of the file.
  const rows = all.slice(0, size);
  // The district codes of the file as the real loader resolves them (old codes → current ones).
  const { records } = await driver.executeQuery("MATCH (a:Authority) RETURN a.code AS code, a.otherCodes AS other", {}, { database });
  const codes = new Map<string, string>();
  for (const r of records) for (const c of [r.get("code") as string, ...((r.get("other") as string[] | null) ?? [])]) codes.set(c, r.get("code") as string);
  // The same indexes the real loader creates, so neither side pays for their absence.
  await driver.executeQuery("CREATE INDEX tg_postcode_code IF NOT EXISTS FOR (p:Postcode) ON (p.code)", {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  const set = neo4j.int(-1); // never an active set (the loader numbers sets from 1)
  const session = driver.session({ database });
  try {
    return await timed(rows.length, total, seconds, async (i) => {
      const r = rows[i] as { pcds: string; lad: string };
      await session.run(POSTCODE_QUERY, { lad: codes.get(r.lad) ?? r.lad, code: r.pcds.replace(" ", ""), name: r.pcds, set });
    });
  } finally {
    await session.run("MATCH (p:Postcode) WHERE p.set = $set DETACH DELETE p", { set });
    await session.close();
  }
}

export interface ImportOptions {
  driver: Driver;
  database: string;
  env: Neo4jEnv;
  neo4jPid: number | undefined;
  sampleSize: number;
  postcodeSampleSize: number;
  seed: number;
  log: (msg: string) => void;
}

const step = async (env: Neo4jEnv, name: "seed" | "postcodes") =>
  JSON.parse(await runScript("seed-child.ts", JSON.stringify({ ...env, step: name }))) as StepResult;

const memory = (s: StepResult) => ({ baselineMiB: s.baselineMiB, sampledPeakMiB: s.sampledPeakMiB, vmHwmMiB: s.vmHwmMiB });

/**
 * Naive seed sample (into an empty database), then seedAll into an empty database, then the
 * naive postcode sample and loadPostcodes on top of it. Leaves the full dataset loaded.
 */
export async function benchImport(o: ImportOptions) {
  const t0 = performance.now();
  const plan = buildPlan();
  const planSeconds = round((performance.now() - t0) / 1000, 2);
  const naive = await naiveSeedSample(o.driver, o.database, plan, o.sampleSize, NAIVE_SECONDS.seed, o.seed);
  o.log(`naive import: ${naive.sampledRows} rows in ${naive.seconds} s (${naive.rowsPerSecond} rows/s)`);
  await clearDatabase(o.driver, o.database);

  const seed = await step(o.env, "seed");
  const rows = seed.nodes + seed.relationships;
  const seedRowsPerSecond = rows / seed.seconds;
  // Without building the plan (parsing seeds/), which the naive sample does not pay for either.
  const writeRowsPerSecond = rows / Math.max(0.001, seed.seconds - planSeconds);
  const neo4jAfterSeed = procMemory(o.neo4jPid);
  o.log(`seedAll: ${rows} rows in ${seed.seconds.toFixed(1)} s`);

  const naivePostcodes = await naivePostcodeSample(o.driver, o.database, o.postcodeSampleSize, NAIVE_SECONDS.postcodes, o.seed);
  o.log(`naive postcode import: ${naivePostcodes.sampledRows} rows in ${naivePostcodes.seconds} s (${naivePostcodes.rowsPerSecond} rows/s)`);
  const pc = await step(o.env, "postcodes");
  const pcRowsPerSecond = pc.nodes / pc.seconds;
  o.log(`loadPostcodes: ${pc.nodes} postcodes in ${pc.seconds.toFixed(1)} s`);

  const speedup = ratio(seedRowsPerSecond, naive.rowsPerSecond, 1);
  const postcodeSpeedup = ratio(pcRowsPerSecond, naivePostcodes.rowsPerSecond, 1);
  return {
    seed: {
      seconds: round(seed.seconds, 2),
      planSeconds,
      nodes: seed.nodes,
      relationships: seed.relationships,
      nodesPerSecond: round(seed.nodes / seed.seconds, 0),
      relationshipsPerSecond: round(seed.relationships / seed.seconds, 0),
      rowsPerSecond: round(seedRowsPerSecond, 0),
      writeOnlyRowsPerSecond: round(writeRowsPerSecond, 0),
      nodeProcess: memory(seed),
      neo4jAfterSeed,
    },
    naive,
    speedup,
    writeOnlySpeedup: ratio(writeRowsPerSecond, naive.rowsPerSecond, 1),
    postcodes: {
      seconds: round(pc.seconds, 2),
      rows: pc.nodes,
      rowsPerSecond: round(pcRowsPerSecond, 0),
      phases: pc.phases ?? null,
      nodeProcess: memory(pc),
      neo4jAfterPostcodes: procMemory(o.neo4jPid),
    },
    naivePostcodes,
    postcodeSpeedup,
    target: { atLeast10x: speedup !== null && speedup >= 10, postcodesAtLeast10x: postcodeSpeedup !== null && postcodeSpeedup >= 10 },
  };
}

export type ImportResult = Awaited<ReturnType<typeof benchImport>>;
