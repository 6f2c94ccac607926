/**
 * The first seed of an empty local store, built offline by `neo4j-admin database import full`
 * instead of written through transactions (issue #18): the checked plan (src/seed/run.ts) and
 * the postcode file are written as the importer's CSV files, the store is built before the
 * server's first start (src/db/local.ts, `prepareStore`), and once the server is up `finish`
 * creates the constraints and indexes and records the SeedRun and the active PostcodeSet, so
 * that the graph is the one `seedAll` + `loadPostcodes` write on an empty database (the
 * bulk-import test compares the two, property by property).
 *
 * Only for a local store that does not exist yet: every later change (a changed seeds/, a new
 * postcode file) and every NEO4J_URI server go through the transactional path, which works on
 * a bulk-built store as on any other.
 *
 * How each property keeps its type: strings are quoted (so "" stays an empty string and an
 * empty field is an absent property, as null is in Cypher); numbers are `double` (the driver
 * sends every JavaScript number as a float); booleans `boolean`; validFrom/validTo `date`;
 * lists `string[]` separated by U+001F, which no seed value holds (checked). The key is the
 * node's `:ID` in its label's ID group, and relationships refer to it.
 *
 * Crash safety: the store is moved into place only when the importer succeeded (local.ts). It
 * holds the postcode set's 'loading' marker, so if `finish` never runs (the process dies right
 * after the import), the next start finds no SeedRun and an interrupted postcode load: it
 * re-seeds transactionally and loads the postcodes again, as after any interrupted load.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { once } from "node:events";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { EmptyStore } from "../db/local.js";
import type { Logger } from "../log.js";
import { seedsHash } from "./hash.js";
import { DATE_PROPS, NODE_KEYS, type Label, type Plan, type Value } from "./plan.js";
import { activatePostcodeSet, authorityCodes, fileSha256, POSTCODE_INDEX, POSTCODE_REL, postcodeFile, scanPostcodes } from "./postcodes.js";
import { buildPlan } from "./run.js";
import { propsHash, SCHEMA_STATEMENTS, SEED_RUN, seedRunParams, type Changes } from "./write.js";

const ARRAY_DELIMITER = "\u001f";
/** The set number a first postcode load gets (src/seed/postcodes.ts). */
const FIRST_SET = 1;

type ColumnType = "string" | "double" | "boolean" | "date" | "string[]";

/** A value the importer's CSV cannot carry with its type: the bulk path is not taken. */
export class BulkImportUnsupported extends Error {
  override name = "BulkImportUnsupported";
}

export interface BulkImportOptions {
  log: Logger;
  seeds?: string;
  /** Load the postcodes too (TIERGRAPH_POSTCODES). */
  postcodes: boolean;
  /** Another postcode file (tests). */
  postcodeFile?: string;
}

/** What the import wrote, for `finish` to record once the server is up. */
export interface BulkImported {
  run: string;
  plan: Plan;
  seedsHash: string;
  changes: Record<string, Changes>;
  postcodes?: { set: number; sha256: string; rows: number; areas: string[] };
  emptyLists: EmptyList[];
  /** Milliseconds: the CSV files, the importer. */
  ms: { csv: number; importer: number };
}

/** A quoted CSV field: "" inside, and an empty quoted field is an empty string. */
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function field(v: Value | undefined, type: ColumnType, where: string): string {
  if (v === null || v === undefined) return "";
  switch (type) {
    case "string[]": {
      const items = v as string[];
      for (const item of items) if (item.includes(ARRAY_DELIMITER)) throw new BulkImportUnsupported(`${where}: a list item holds U+001F`);
      return quote(items.join(ARRAY_DELIMITER));
    }
    case "double":
      return String(v);
    case "boolean":
      return v ? "true" : "false";
    default:
      return quote(String(v));
  }
}

/** One column per property, typed from every value it holds; mixed types are not bulk-imported. */
function columnTypes(rows: Iterable<Record<string, Value>>, where: string): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  const keys = new Set<string>();
  for (const props of rows) {
    for (const [k, v] of Object.entries(props)) {
      keys.add(k);
      if (v === null) continue;
      const t: ColumnType = Array.isArray(v)
        ? "string[]"
        : typeof v === "number"
          ? "double"
          : typeof v === "boolean"
            ? "boolean"
            : (DATE_PROPS as readonly string[]).includes(k)
              ? "date"
              : "string";
      if (t === "string[]" && (v as unknown[]).some((x) => typeof x !== "string")) throw new BulkImportUnsupported(`${where}.${k}: a list of non-strings`);
      if (t === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(String(v))) throw new BulkImportUnsupported(`${where}.${k}: "${String(v)}" is not yyyy-mm-dd`);
      const seen = types.get(k);
      if (seen === undefined) types.set(k, t);
      else if (seen !== t) throw new BulkImportUnsupported(`${where}.${k}: both ${seen} and ${t} values`);
    }
  }
  // A property that is null everywhere: an empty column, so no property, as in Cypher.
  for (const k of keys) if (!types.has(k)) types.set(k, "string");
  return types;
}

/** A file written in 256 kB chunks, waiting when the disk is behind. */
class CsvFile {
  private readonly out: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  multiline = false;
  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }
  /** A promise only when a chunk went out and the disk is behind (2 million rows, few awaits). */
  line(fields: string[]): Promise<void> | undefined {
    const text = fields.join(",");
    if (text.includes("\n") || text.includes("\r")) this.multiline = true;
    this.buffer.push(text);
    this.size += text.length + 1;
    return this.size >= 256 * 1024 ? this.flush() : undefined;
  }
  private flush(): Promise<void> | undefined {
    const chunk = `${this.buffer.join("\n")}\n`;
    this.buffer = [];
    this.size = 0;
    return this.out.write(chunk) ? undefined : once(this.out, "drain").then(() => undefined);
  }
  async close(): Promise<void> {
    if (this.buffer.length) await this.flush();
    this.out.end();
    await once(this.out, "finish");
  }
}

const header = (name: string, type: ColumnType) => (type === "string" ? name : `${name}:${type}`);

/** The changes a first seed of an empty database records (src/seed/write.ts tallies them so). */
function firstSeedChanges(plan: Plan): Record<string, Changes> {
  const changes: Record<string, Changes> = {};
  const add = (name: string, n: number) => {
    const c = (changes[name] ??= { added: 0, changed: 0, removed: 0 });
    c.added += n;
  };
  for (const [label, byKey] of plan.nodes) if (byKey.size) add(label, byKey.size);
  for (const g of plan.rels.values()) if (g.rows.size) add(g.type, g.rows.size);
  for (const label of Object.keys(NODE_KEYS)) add(label, 0);
  return changes;
}

/** A node whose plan holds an empty list: the importer cannot write one, `finish` sets it. */
export interface EmptyList {
  label: Label;
  prop: string;
  keys: string[];
}

/**
 * Writes the plan (and the postcodes) as the importer's CSV files; returns its arguments.
 * Nodes are told apart by a number (--id-type=integer, the importer's fastest), unique across
 * the files; the key is an ordinary property.
 */
export async function writeImportFiles(
  plan: Plan,
  dir: string,
  o: { run: string; postcodes?: string },
): Promise<{ args: string[]; emptyLists: EmptyList[]; postcodes?: { rows: number; areas: string[] } }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const args: string[] = [];
  const files: CsvFile[] = [];
  const emptyLists = new Map<string, EmptyList>();
  let n = 0;
  const file = (what: string) => {
    const f = new CsvFile(join(dir, `${String(++n).padStart(3, "0")}-${what}.csv`));
    files.push(f);
    return f;
  };
  let nextId = 0;
  const ids = new Map<Label, Map<string, number>>();

  for (const [label, byKey] of plan.nodes) {
    const key = NODE_KEYS[label];
    const nodes = [...byKey];
    const types = columnTypes(nodes.map(([, x]) => x.props), label);
    if (types.get(key) !== "string") throw new BulkImportUnsupported(`${label}.${key}: keys that are not strings`);
    const cols = [...types];
    const byId = new Map<string, number>();
    ids.set(label, byId);
    const f = file(label);
    await f.line([":ID", ...cols.map(([c, t]) => header(c, t)), "_seed", "_hash"]);
    for (const [k, node] of nodes) {
      const p = node.props;
      const id = nextId++;
      byId.set(k, id);
      for (const [c, t] of cols) {
        const v = p[c];
        if (t === "string[]" && Array.isArray(v) && v.length === 0) {
          const e = emptyLists.get(`${label}.${c}`) ?? { label, prop: c, keys: [] };
          e.keys.push(String(p[key]));
          emptyLists.set(`${label}.${c}`, e);
        }
      }
      await f.line([
        String(id),
        ...cols.map(([c, t]) => field(p[c], t, `${label}.${c}`)),
        quote(o.run),
        quote(propsHash(p)),
      ]);
    }
    args.push(`--nodes=${label}=${f.path}`);
  }
  const idOf = (label: Label, key: string) => {
    const id = ids.get(label)?.get(key);
    if (id === undefined) throw new Error(`bulk import: no ${label} ${key}`); // the plan checked every end
    return String(id);
  };
  for (const g of plan.rels.values()) {
    const rows = [...g.rows.values()];
    const cols = [...columnTypes(rows.map((r) => r.props), g.type)];
    for (const r of rows) for (const [c, t] of cols) if (t === "string[]" && (r.props[c] as string[] | null)?.length === 0) throw new BulkImportUnsupported(`${g.type}.${c}: an empty list`);
    const f = file(`${g.type}-${g.fromLabel}-${g.toLabel}`);
    await f.line([":START_ID", ":END_ID", ...cols.map(([c, t]) => header(c, t)), "_seed", "_hash"]);
    for (const r of rows) {
      await f.line([idOf(g.fromLabel, r.from), idOf(g.toLabel, r.to), ...cols.map(([c, t]) => field(r.props[c], t, `${g.type}.${c}`)), quote(o.run), quote(propsHash(r.props))]);
    }
    args.push(`--relationships=${g.type}=${f.path}`);
  }

  let postcodes: { rows: number; areas: string[] } | undefined;
  if (o.postcodes) {
    // Streamed: each row is checked and written as it is read, as the transactional loader checks it.
    const authorities = [...(plan.nodes.get("Authority")?.values() ?? [])].map((a) => ({
      code: String(a.props.code),
      otherCodes: (a.props.otherCodes as string[] | null | undefined) ?? null,
    }));
    const nodes = file("Postcode");
    const rels = file(POSTCODE_REL);
    await nodes.line([":ID", "code", "name", "set:long"]);
    await rels.line([":START_ID", ":END_ID"]);
    const set = String(FIRST_SET);
    const authorityIds = new Map([...(ids.get("Authority") ?? [])].map(([k, id]) => [k, String(id)]));
    postcodes = await scanPostcodes(o.postcodes, authorityCodes(authorities), (r) => {
      const ref = String(nextId++);
      // Postcodes and district codes are letters, digits and a space: nothing to quote.
      const a = nodes.line([ref, r.code, r.name, set]);
      const b = rels.line([ref, authorityIds.get(r.lad) as string]);
      return a || b ? Promise.all([a, b]).then(() => undefined) : undefined;
    });
    // The marker of a load under way: cleared by `finish`, so a store never finished is reloaded.
    const marker = file("PostcodeSet");
    await marker.line(["id", "set:long", "at:datetime"]);
    await marker.line([quote("loading"), set, new Date().toISOString()]);
    args.push(`--nodes=Postcode=${nodes.path}`, `--relationships=${POSTCODE_REL}=${rels.path}`, `--nodes=PostcodeSet=${marker.path}`);
  }
  for (const f of files) await f.close();
  const multiline = files.filter((f) => f.multiline).map((f) => f.path);
  if (multiline.length) args.push("--multiline-fields-format=v2", `--multiline-fields=${multiline.join(",")}`);
  args.push(`--array-delimiter=U+001F`, "--id-type=integer", "--max-off-heap-memory=2g");
  return { args, emptyLists: [...emptyLists.values()], postcodes };
}

/**
 * The bulk first seed: `prepare` goes to startLocal as `prepareStore` (called only when the
 * store does not exist yet); after the server is up, `finish` completes what the import began.
 */
export class BulkSeed {
  imported: BulkImported | undefined;
  constructor(private readonly o: BulkImportOptions) {}

  readonly prepare = async (store: EmptyStore): Promise<void> => {
    const { log } = this.o;
    const t0 = performance.now();
    const hash = seedsHash(this.o.seeds); // of what is read next
    const plan = buildPlan(this.o.seeds); // a bad seeds/ stops here: SeedValidationError, no store
    for (const w of plan.warnings) log.debug(`conflict: ${w}`);
    for (const f of plan.figures) log.info(f);
    const run = randomUUID();
    const pcFile = this.o.postcodes ? (this.o.postcodeFile ?? postcodeFile(this.o.seeds)) : undefined;
    const sha256 = pcFile ? fileSha256(pcFile) : "";
    let files;
    try {
      files = await writeImportFiles(plan, store.scratch, { run, postcodes: pcFile });
    } catch (err) {
      await rm(store.scratch, { recursive: true, force: true });
      if (!(err instanceof BulkImportUnsupported)) throw err;
      log.warn(`The empty store is seeded through transactions: the bulk import cannot carry ${err.message}.`);
      return;
    }
    const t1 = performance.now();
    log.info(`The database is empty: building its store with neo4j-admin database import (seeds/${pcFile ? " and postcodes" : ""}) ...`);
    try {
      const output = await store.importFull(files.args);
      log.debug(output);
    } finally {
      await rm(store.scratch, { recursive: true, force: true });
    }
    const t2 = performance.now();
    this.imported = {
      run,
      plan,
      seedsHash: hash,
      changes: firstSeedChanges(plan),
      emptyLists: files.emptyLists,
      postcodes: pcFile && files.postcodes ? { set: FIRST_SET, sha256, ...files.postcodes } : undefined,
      ms: { csv: t1 - t0, importer: t2 - t1 },
    };
  };

  /** Constraints and indexes, the SeedRun, the active postcode set: the store is then seeded. */
  async finish(driver: Driver, database: string): Promise<void> {
    const imp = this.imported;
    if (!imp) return;
    const t0 = performance.now();
    // Every constraint and index in one transaction: Neo4j then fills them in one pass over the store.
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (const q of [...SCHEMA_STATEMENTS, ...(imp.postcodes ? [POSTCODE_INDEX] : [])]) await tx.run(q);
      });
    } finally {
      await session.close();
    }
    await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
    // What the importer cannot write: an empty list (Cypher stores `[]`; an empty CSV field is no property).
    for (const e of imp.emptyLists) {
      await driver.executeQuery(`UNWIND $keys AS k MATCH (n:${e.label} {${NODE_KEYS[e.label]}: k}) SET n.${e.prop} = []`, { keys: e.keys }, { database });
    }
    await driver.executeQuery(SEED_RUN, seedRunParams(imp.run, imp.plan, imp.seedsHash, imp.changes), { database });
    if (imp.postcodes) {
      await activatePostcodeSet(driver, database, imp.postcodes);
      await driver.executeQuery("MATCH (l:PostcodeSet {id: 'loading'}) DELETE l", {}, { database });
    }
    const counts = imp.plan.counts();
    const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    this.o.log.info(
      `Bulk-imported ${total(counts.nodes)} nodes and ${total(counts.relationships)} relationships` +
        (imp.postcodes ? ` and ${imp.postcodes.rows} postcodes` : "") +
        ` (CSV ${(imp.ms.csv / 1000).toFixed(1)}s, importer ${(imp.ms.importer / 1000).toFixed(1)}s, indexes ${((performance.now() - t0) / 1000).toFixed(1)}s).`,
    );
  }
}
