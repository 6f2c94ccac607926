/**
 * Every English postcode (ONSPD, November 2025; 2.26 million rows), each IN_DISTRICT of its
 * ONS local authority district (a district, unitary, metropolitan district or London borough),
 * so that the same Cypher answers from a postcode as from any other place.
 *
 * Postcodes have their own relationship type rather than WITHIN: a council has up to ~190,000
 * postcodes, and any walk inwards along WITHIN (a county's districts, a district's parishes)
 * would otherwise read all of them. They are kept lean for the same reason — the store is mostly
 * postcodes — a node holds its code, its ONSPD form and its set (a small integer); the
 * relationship holds nothing; their source is the PostcodeSet's (SOURCED_FROM), rendered in a
 * path step by `step()` in questions/resolve.ts.
 *
 * Too big for the main seed's single transaction on a small heap, so it is all-or-nothing in
 * another way: the whole file is validated first (a bad row stops it, naming file, line and
 * column); the rows are then written as a new, invisible *set* in batched transactions; one
 * tiny transaction makes that set the active one; the old set is removed. Queries only see the
 * active set (PostcodeSet {id: 'active'}), so an interrupted load changes nothing visible, and
 * the next run clears its leftovers. An unchanged file (same sha256, same FORMAT) is not loaded
 * again; a set written in an older format is replaced.
 */
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "../log.js";
import { POSTCODE_REL } from "../model.js";
import { DEFAULT_SEEDS } from "./context.js";
import { SeedError, SeedValidationError } from "./errors.js";

export const POSTCODE_SOURCE = "onspd-2025-11";
/** How postcodes are stored; a set loaded in another format is loaded again. 2: IN_DISTRICT, integer sets. */
export const POSTCODE_FORMAT = 2;
/** The relationship from a postcode to its district or unitary (the model's). */
export { POSTCODE_REL };
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

/**
 * Reads and checks every row, handing each good one to `onRow` as it is read (the bulk import
 * streams them to its CSV files); resolves each district code to an Authority code in the graph.
 * Throws SeedValidationError (at most 25 problems) once the file has been read.
 */
export async function scanPostcodes(file: string, codes: Map<string, string>, onRow: (row: PostcodeRow) => void | Promise<void>): Promise<{ rows: number; areas: string[] }> {
  const errors: SeedError[] = [];
  const areas = new Set<string>();
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let line = 0;
  let rows = 0;
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
    else if (!errors.length) {
      rows++;
      const wait = onRow({ code: pcds.replace(" ", ""), name: pcds, lad: codes.get(lad) as string });
      if (wait) await wait;
      areas.add(/^[A-Z]+/.exec(pcds)?.[0] ?? "");
    }
    if (errors.length >= 25) break;
  }
  if (errors.length) throw new SeedValidationError(errors);
  return { rows, areas: [...areas].sort() };
}

/** Reads and checks every row; resolves each district code to an Authority code in the graph. */
export async function readPostcodes(file: string, codes: Map<string, string>): Promise<{ rows: PostcodeRow[]; areas: string[] }> {
  const rows: PostcodeRow[] = [];
  const { areas } = await scanPostcodes(file, codes, (r) => void rows.push(r));
  return { rows, areas };
}

/** Every code a postcode file may give a district by (current or former) → the Authority's code. */
export function authorityCodes(authorities: Iterable<{ code: string; otherCodes?: string[] | null }>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const a of authorities) for (const c of [a.code, ...(a.otherCodes ?? [])]) codes.set(c, a.code);
  return codes;
}

/** The file's sha256, which tells an unchanged file from a changed one. */
export const fileSha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/**
 * Makes `set` the active set (one small transaction: what questions see switches here), with
 * its SOURCED_FROM the source of every postcode.
 */
export async function activatePostcodeSet(
  driver: Driver,
  database: string,
  s: { set: number; sha256: string; rows: number; areas: string[] },
): Promise<void> {
  await driver.executeQuery(
    `MATCH (src:Source {id: $source})
     MERGE (s:PostcodeSet {id: 'active'})
     SET s.set = $set, s.format = $format, s.sha256 = $sha256, s.rows = $n, s.areas = $areas, s.source = $source, s.at = datetime()
     WITH s, src OPTIONAL MATCH (s)-[old:SOURCED_FROM]->() DELETE old
     WITH DISTINCT s, src MERGE (s)-[r:SOURCED_FROM]->(src) SET r.source = $source, r.cite = 'pcds, lad25cd'`,
    { set: neo4j.int(s.set), format: neo4j.int(POSTCODE_FORMAT), sha256: s.sha256, n: neo4j.int(s.rows), areas: s.areas, source: POSTCODE_SOURCE },
    { database },
  );
}

/** The postcode index (the transactional load makes it before it writes; the bulk import after). */
export const POSTCODE_INDEX = "CREATE INDEX tg_postcode_code IF NOT EXISTS FOR (p:Postcode) ON (p.code)";

/** Loads the postcode file unless the active set already came from the same file. */
export async function loadPostcodes(o: PostcodeOptions): Promise<{ loaded: boolean; rows: number; ms: number }> {
  const t0 = performance.now();
  const file = o.file ?? postcodeFile(o.seeds);
  const sha256 = fileSha256(file);
  const q = (query: string, params: Record<string, unknown> = {}) => o.driver.executeQuery(query, params, { database: o.database });

  // A first load (no postcode in the store) makes the index after it writes: filled once from the
  // store, it costs less than one kept up to date row by row. Later loads need it from the start,
  // for the postcodes that answer while the new set is written.
  const first = Number((await q("MATCH (p:Postcode) RETURN count(p) AS n")).records[0]?.get("n") ?? 0) === 0;
  if (!first) await q(POSTCODE_INDEX);
  await q("DROP INDEX tg_postcode_set IF EXISTS"); // format 1: sets are told apart by a scan, not looked up
  const active = (
    await q(
      `OPTIONAL MATCH (s:PostcodeSet {id: 'active'}) OPTIONAL MATCH (l:PostcodeSet {id: 'loading'})
       RETURN s.set AS set, s.sha256 AS sha256, s.rows AS rows, s.format AS format, l IS NOT NULL AS interrupted`,
    )
  ).records[0];
  const activeSet = (active?.get("set") as unknown) ?? null;
  const current = activeSet !== null && Number(active?.get("format") ?? 1) === POSTCODE_FORMAT;
  // Leftovers of an interrupted load (marked by the 'loading' node, so a normal start scans nothing).
  const clearMarker = () => q("MATCH (l:PostcodeSet {id: 'loading'}) DELETE l");
  if (active?.get("interrupted")) {
    await removeSetsExcept(o, activeSet);
    await clearMarker();
  }
  if (!o.force && current && active?.get("sha256") === sha256) return { loaded: false, rows: Number(active?.get("rows")), ms: performance.now() - t0 };

  const hasSource = (await q("MATCH (src:Source {id: $source}) RETURN count(src) AS n", { source: POSTCODE_SOURCE })).records[0]?.get("n");
  if (!Number(hasSource)) throw new Error(`postcodes: the source ${POSTCODE_SOURCE} is not in the graph — load seeds/ first (npm run seed -- --no-postcodes)`);
  const codeRows = (await q("MATCH (a:Authority) RETURN a.code AS code, a.otherCodes AS other")).records;
  const codes = authorityCodes(codeRows.map((r) => ({ code: r.get("code") as string, otherCodes: r.get("other") as string[] | null })));
  const { rows, areas } = await readPostcodes(file, codes);

  // A new set number: the only integer set left is the active one (an older format's are strings).
  const set = current ? Number(activeSet) + 1 : 1;
  await q("MERGE (l:PostcodeSet {id: 'loading'}) SET l.set = $set, l.at = datetime()", { set: neo4j.int(set) });
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
       CREATE (p:Postcode {code: r.code, name: r.name, set: $set})-[:${POSTCODE_REL}]->(a)`,
      { groups: [...groups].map(([lad, postcodes]) => ({ lad, postcodes })), set: neo4j.int(set) },
    );
    batches++;
    o.onProgress?.(Math.min(i + BATCH, rows.length), rows.length);
  }
  if (first) {
    await q(POSTCODE_INDEX);
    await q("CALL db.awaitIndex('tg_postcode_code', 300)");
  }
  // The switch: one small transaction.
  await activatePostcodeSet(o.driver, o.database, { set, sha256, rows: rows.length, areas });
  await removeSetsExcept(o, set);
  await clearMarker(); // only now: a crash before this is cleaned up at the next run
  await checkpoint(o);
  return { loaded: true, rows: rows.length, ms: performance.now() - t0 };
}

/**
 * Flushes the load to the store now (some 300 MB of new pages) rather than in a background
 * checkpoint while the first questions are answered, and lets Neo4j prune the load's transaction
 * logs. A server that does not allow it (a managed service) flushes on its own schedule; that is
 * not an error.
 */
async function checkpoint(o: PostcodeOptions): Promise<void> {
  try {
    await o.driver.executeQuery("CALL db.checkpoint()", {}, { database: o.database });
  } catch (err) {
    o.log.debug(`postcodes: no checkpoint (${(err as Error).message})`);
  }
}

/**
 * Deletes postcode sets other than `keep`, 20,000 postcodes per transaction until none is left.
 * Each round is its own short transaction, so the clean-up never runs into the server's
 * transaction timeout however many postcodes are left (one `CALL … IN TRANSACTIONS` statement
 * did: the statement as a whole is bounded by db.transaction.timeout, and on a busy machine
 * 2.26 M deletions took longer than 120 s). An interruption leaves fewer to delete next time.
 */
async function removeSetsExcept(o: PostcodeOptions, keep: unknown): Promise<void> {
  const params = { keep: typeof keep === "number" ? neo4j.int(keep) : keep };
  for (;;) {
    // `p.set = $keep` is false for a set of another type (format 1's strings), so those go too.
    const res = await o.driver.executeQuery(
      "MATCH (p:Postcode) WHERE NOT coalesce(p.set = $keep, false) WITH p LIMIT 20000 DETACH DELETE p RETURN count(*) AS n",
      params,
      { database: o.database },
    );
    if (Number(res.records[0]?.get("n") ?? 0) === 0) return;
  }
}
