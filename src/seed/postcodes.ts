/**
 * Every English postcode (ONSPD, November 2025; 2.26 million rows), each WITHIN its district
 * or unitary, so that the same Cypher answers from a postcode as from any other place.
 *
 * Too big for the main seed's single transaction on a small heap, so it is all-or-nothing in
 * another way: the whole file is validated first (a bad row stops it, naming file, line and
 * column); the rows are then written as a new, invisible *set* in batched transactions; one
 * tiny transaction makes that set the active one; the old set is removed. Queries only see the
 * active set (PostcodeSet {id: 'active'}), so an interrupted load changes nothing visible, and
 * the next run clears its leftovers. An unchanged file (same sha256) is not loaded again.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Driver } from "neo4j-driver";
import type { Logger } from "../log.js";
import { DEFAULT_SEEDS } from "./context.js";
import { SeedError, SeedValidationError } from "./errors.js";

export const POSTCODE_SOURCE = "onspd-2025-11";
const BATCH = 50_000;
/** A UK postcode as ONSPD writes it (pcds): outward code, one space, inward code. */
const PCDS = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$/;

export interface PostcodeRow {
  code: string;
  name: string;
  lad: string;
}

export interface PostcodeOptions {
  driver: Driver;
  database: string;
  log: Logger;
  seeds?: string;
  /** Another postcode file (tests use broken fixtures). */
  file?: string;
  onProgress?: (done: number, total: number) => void;
  /** Load even if the active set came from the same file. */
  force?: boolean;
  /** Test hook: stop after this many batches, as a crash would. */
  failAfterBatches?: number;
}

export const postcodeFile = (seeds: string = DEFAULT_SEEDS) => join(seeds, "datasets", "postcodes", "england_postcode_lad25.csv.gz");

/** Reads and checks every row; resolves each district code to an Authority code in the graph. */
export async function readPostcodes(file: string, codes: Map<string, string>): Promise<{ rows: PostcodeRow[]; areas: string[] }> {
  const errors: SeedError[] = [];
  const rows: PostcodeRow[] = [];
  const areas = new Set<string>();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (line === 1) {
      if (text.trim() !== "pcds,lad25cd") errors.push(new SeedError({ file, line }, `expected the header "pcds,lad25cd", found "${text}"`));
      continue;
    }
    if (!text) continue;
    const [pcds = "", lad = "", extra] = text.split(",");
    const at = { file, line };
    if (extra !== undefined) errors.push(new SeedError(at, "expected 2 columns"));
    else if (!PCDS.test(pcds)) errors.push(new SeedError({ ...at, column: "pcds" }, `"${pcds}" is not a postcode`));
    else if (!codes.has(lad)) errors.push(new SeedError({ ...at, column: "lad25cd" }, `${lad} is not an authority in the graph`));
    else {
      rows.push({ code: pcds.replace(" ", ""), name: pcds, lad: codes.get(lad) as string });
      areas.add(/^[A-Z]+/.exec(pcds)?.[0] ?? "");
    }
    if (errors.length >= 25) break;
  }
  if (errors.length) throw new SeedValidationError(errors);
  return { rows, areas: [...areas].sort() };
}

/** Loads the postcode file unless the active set already came from the same file. */
export async function loadPostcodes(o: PostcodeOptions): Promise<{ loaded: boolean; rows: number; ms: number }> {
  const t0 = performance.now();
  const file = o.file ?? postcodeFile(o.seeds);
  const sha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
  const q = (query: string, params: Record<string, unknown> = {}) => o.driver.executeQuery(query, params, { database: o.database });

  await q("CREATE INDEX tg_postcode_code IF NOT EXISTS FOR (p:Postcode) ON (p.code)");
  await q("CREATE INDEX tg_postcode_set IF NOT EXISTS FOR (p:Postcode) ON (p.set)");
  const active = (await q("OPTIONAL MATCH (s:PostcodeSet {id: 'active'}) RETURN s.set AS set, s.sha256 AS sha256, s.rows AS rows")).records[0];
  const activeSet = (active?.get("set") as string | null) ?? null;
  await removeSetsExcept(o, activeSet); // leftovers of an interrupted load
  if (!o.force && activeSet && active?.get("sha256") === sha256) return { loaded: false, rows: Number(active.get("rows")), ms: performance.now() - t0 };

  const codeRows = (await q("MATCH (a:Authority) RETURN a.code AS code, a.otherCodes AS other")).records;
  const codes = new Map<string, string>();
  for (const r of codeRows) for (const c of [r.get("code") as string, ...((r.get("other") as string[] | null) ?? [])]) codes.set(c, r.get("code") as string);
  const { rows, areas } = await readPostcodes(file, codes);

  const set = randomUUID();
  let batches = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    if (o.failAfterBatches !== undefined && batches >= o.failAfterBatches) throw new Error(`Postcode load interrupted on purpose after ${batches} batches (test)`);
    // Grouped by district: one index look-up per district in the batch, not one per postcode.
    const groups = new Map<string, { code: string; name: string }[]>();
    for (const r of rows.slice(i, i + BATCH)) {
      const g = groups.get(r.lad) ?? [];
      g.push({ code: r.code, name: r.name });
      groups.set(r.lad, g);
    }
    await q(
      `UNWIND $groups AS g MATCH (a:Authority {code: g.lad}) UNWIND g.postcodes AS r
       CREATE (p:Postcode {code: r.code, name: r.name, set: $set, sourceIds: [$source]})-[:WITHIN {source: $source, cite: 'pcds ' + r.name}]->(a)`,
      { groups: [...groups].map(([lad, postcodes]) => ({ lad, postcodes })), set, source: POSTCODE_SOURCE },
    );
    batches++;
    o.onProgress?.(Math.min(i + BATCH, rows.length), rows.length);
  }
  // The switch: one small transaction.
  await q(
    "MERGE (s:PostcodeSet {id: 'active'}) SET s.set = $set, s.sha256 = $sha256, s.rows = $n, s.areas = $areas, s.source = $source, s.at = datetime()",
    { set, sha256, n: rows.length, areas, source: POSTCODE_SOURCE },
  );
  await removeSetsExcept(o, set);
  return { loaded: true, rows: rows.length, ms: performance.now() - t0 };
}

/** Deletes postcode sets other than `keep`, in batches (an auto-commit query: CALL IN TRANSACTIONS needs one). */
async function removeSetsExcept(o: PostcodeOptions, keep: string | null): Promise<void> {
  const session = o.driver.session({ database: o.database });
  try {
    await session.run("MATCH (p:Postcode) WHERE $keep IS NULL OR p.set <> $keep CALL (p) { DETACH DELETE p } IN TRANSACTIONS OF 20000 ROWS", { keep });
  } finally {
    await session.close();
  }
}
