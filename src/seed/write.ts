/**
 * Writes a checked plan to Neo4j: constraints and indexes first, then every node and
 * relationship in ONE transaction with batched UNWIND ... MERGE. Whatever fails, the
 * transaction rolls back and the database is as it was. Running it twice gives the same graph:
 * nodes and relationships are merged on their keys, and those the new plan no longer holds are
 * removed (each write stamps `_seed` with the run id; anything with an older stamp goes).
 *
 * A re-seed loses nothing editors or the postcode load attached: before a node the plan no
 * longer holds is removed, its notes (and, for an authority, its postcodes' IN_DISTRICT) move
 * to the node that now carries its old key among its `otherCodes` (a changed GSS code); if there
 * is none, the re-seed refuses (SeedRefusedError, listing them) and the transaction rolls back.
 * Each node carries `_hash` (of its properties), so the result says what was added, changed and
 * removed, label by label.
 *
 * A first seed (a store with none of these labels: a new server behind NEO4J_URI, or the
 * transactional twin the bulk-import test builds) has nothing to compare, move or remove, so it
 * CREATEs instead of MERGE-ing and skips those steps: 23–24 s for the first write here against
 * 33–35 s, on a new Neo4j. Batches of 20,000 rows rather than 5,000 saved another 3 s.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { KEYS_INDEX, LOOKUP_LABELS, PLAIN_INDEX, SEARCH_INDEX } from "../model.js";
import { DATE_PROPS, NODE_KEYS, type Label, type Plan, type Props } from "./plan.js";

const BATCH = 20000;

/** The labels whose searchName (written on every label with a name, see writePlan) was indexed. */
const SEARCHNAME_INDEXED = ["Authority", "Parish", "UnparishedArea", "Service"] as const;

/** Labels and types come from NODE_KEYS and the loaders, never from input: safe to splice. Made before the data is written. */
const BEFORE_WRITE = [
  ...Object.entries(NODE_KEYS).map(
    ([label, key]) => `CREATE CONSTRAINT tg_${label.toLowerCase()}_${key} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`,
  ),
  ...["Authority", "Parish", "UnparishedArea", "Service", "Partnership", "Organisation"].map(
    (label) => `CREATE INDEX tg_${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  ),
  // Names were once also stored lower-cased (searchName) with an index each; look-ups now go
  // through lookupKeys (src/model.ts). An upgraded store loses the old indexes here.
  ...SEARCHNAME_INDEXED.map((label) => `DROP INDEX tg_${label.toLowerCase()}_searchname IF EXISTS`),
  "CREATE INDEX tg_authority_type IF NOT EXISTS FOR (n:Authority) ON (n.type)",
];

/**
 * Full-text indexes, made after the data is written: a new one is then filled from the store,
 * not from the write's transaction state (which would hold a Lucene document per node, three
 * times over, and push a first import past Neo4j's transaction memory limit).
 */
const FULLTEXT = [
  // Look-up (src/model.ts): exact keys, one token each; and names and descriptions, stemmed.
  `CREATE FULLTEXT INDEX ${KEYS_INDEX} IF NOT EXISTS FOR (n:${LOOKUP_LABELS.join("|")}) ON EACH [n.lookupKeys] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${LOOKUP_LABELS.join("|")}) ON EACH [n.name, n.searchText, n.searchCodes] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'english'}}`,
  // Its own properties: Neo4j takes an index on the same labels and properties to be the same index, whatever its analyser.
  `CREATE FULLTEXT INDEX ${PLAIN_INDEX} IF NOT EXISTS FOR (n:${LOOKUP_LABELS.join("|")}) ON EACH [n.searchWords, n.searchCodes] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
];

/** Every schema statement (the seeds hash covers them: a new index re-seeds an old store). */
export const SCHEMA_STATEMENTS = [...BEFORE_WRITE, ...FULLTEXT];

const dateFixes = (v: string) => DATE_PROPS.map((p) => `${v}.${p} = CASE WHEN ${v}.${p} IS NULL THEN null ELSE date(${v}.${p}) END`).join(", ");

/** The record of a completed seed: `npm start` compares its seedsHash with seeds/ (src/index.ts). */
export const SEED_RUN =
  "MERGE (m:SeedRun {id: 'tiergraph'}) SET m.run = $run, m.at = datetime(), m.counts = $counts, m.warnings = $warnings, m.seedsHash = $hash, m.changes = $changes";

export function seedRunParams(run: string, plan: Plan, seedsHash: string | undefined, changes: Record<string, Changes>) {
  return { run, counts: JSON.stringify(plan.counts()), warnings: plan.warnings, hash: seedsHash ?? null, changes: JSON.stringify(changes) };
}

export interface WriteOptions {
  /** Called after each batch, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Test hook: fail after this many batches, to prove the rollback. */
  failAfterBatches?: number;
}

export interface Changes {
  added: number;
  changed: number;
  removed: number;
}

export interface WriteResult {
  run: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Per node label and relationship type: what this write added, changed and removed. */
  changes: Record<string, Changes>;
  /** Notes and postcode links moved from a removed node to the one that carries its old key. */
  moved: { notes: number; postcodes: number };
}

/** A re-seed would drop notes or postcodes attached to nodes it no longer holds: nothing is written. */
export class SeedRefusedError extends Error {
  override name = "SeedRefusedError";
  readonly code = "SEED_REFUSED";
  constructor(readonly orphans: { label: string; key: string; notes: number; postcodes: number }[]) {
    super(
      `The re-seed would lose data attached to ${orphans.length} node(s) it no longer holds (no node carries their key among its otherCodes); nothing was written:\n` +
        orphans.map((o) => `  ${o.label} ${o.key}: ${o.notes} note(s), ${o.postcodes} postcode(s)`).join("\n"),
    );
  }
}

const KEY_CHANGE_LABELS = ["Authority", "Parish", "Partnership", "Service"] as const;

/** A stable hash of a node's properties, to tell a changed node from an unchanged one. */
export function propsHash(props: Props): string {
  return createHash("sha1").update(JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]))).digest("base64");
}

/** The full-text indexes' properties: an index from an older version with others is dropped and made again. */
const FULLTEXT_PROPERTIES: Record<string, string[]> = {
  [KEYS_INDEX]: ["lookupKeys"], [SEARCH_INDEX]: ["name", "searchText", "searchCodes"], [PLAIN_INDEX]: ["searchWords", "searchCodes"],
};

export async function ensureSchema(driver: Driver, database: string, which: "before" | "fulltext" | "all" = "all"): Promise<void> {
  const { records } = await driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, properties, labelsOrTypes", {}, { database });
  for (const r of records) {
    const want = FULLTEXT_PROPERTIES[r.get("name") as string];
    const labels = (r.get("labelsOrTypes") as string[]).join("|");
    if (want && (want.join(",") !== (r.get("properties") as string[]).join(",") || labels !== LOOKUP_LABELS.join("|"))) {
      await driver.executeQuery(`DROP INDEX ${r.get("name") as string}`, {}, { database });
    }
  }
  const statements = which === "before" ? BEFORE_WRITE : which === "fulltext" ? FULLTEXT : SCHEMA_STATEMENTS;
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

export async function writePlan(driver: Driver, database: string, plan: Plan, o: WriteOptions & { seedsHash?: string } = {}): Promise<WriteResult> {
  await ensureSchema(driver, database, "before");
  const run = randomUUID();
  const counts = plan.counts();
  const total = Object.values(counts.nodes).reduce((a, b) => a + b, 0) + Object.values(counts.relationships).reduce((a, b) => a + b, 0);
  let done = 0;
  let batchCount = 0;

  const changes: Record<string, Changes> = {};
  const tally = (name: string, kind: keyof Changes, n: number) => {
    const c = (changes[name] ??= { added: 0, changed: 0, removed: 0 });
    c[kind] += n;
  };
  const moved = { notes: 0, postcodes: 0 };
  const step = async (tx: ManagedTransaction, query: string, rows: unknown[], name: string) => {
    if (o.failAfterBatches !== undefined && batchCount >= o.failAfterBatches) {
      throw new Error(`Import interrupted on purpose after ${batchCount} batches (test)`);
    }
    const res = await tx.run(query, { rows, run });
    for (const rec of res.records) if (rec.get("change") !== "same") tally(name, rec.get("change") as keyof Changes, Number(rec.get("n")));
    batchCount++;
    done += rows.length;
    o.onProgress?.(done, total);
  };

  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        // A store seeded before lookupKeys replaced it has searchName on every named node an
        // unchanged re-seed would not rewrite: removed here (its indexes go in BEFORE_WRITE).
        await tx.run(`MATCH (n:${Object.keys(NODE_KEYS).join("|")}) WHERE n.searchName IS NOT NULL REMOVE n.searchName`);
        // A store with none of the seed's nodes (a first seed): everything is added, nothing is
        // there to compare with, move or remove, so the rows are created without the look-ups.
        const fresh = (await tx.run(`MATCH (n:${Object.keys(NODE_KEYS).join("|")}) RETURN 1 LIMIT 1`)).records.length === 0;
        for (const [label, byKey] of plan.nodes) {
          const key = NODE_KEYS[label];
          const rows = [...byKey.values()].map((n) => ({ props: n.props, hash: propsHash(n.props) }));
          const q = fresh ?
            `UNWIND $rows AS r CREATE (n:${label}) SET n = r.props, n._seed = $run, n._hash = r.hash SET ${dateFixes("n")} RETURN 'added' AS change, count(*) AS n` :
            `UNWIND $rows AS r WITH r, r.props AS row OPTIONAL MATCH (old:${label} {${key}: row.${key}}) ` +
            `WITH r, row, CASE WHEN old IS NULL THEN 'added' WHEN old._hash = r.hash THEN 'same' ELSE 'changed' END AS change ` +
            // An unchanged node gets only its stamp: nothing else is rewritten (nor re-indexed).
            `MERGE (n:${label} {${key}: row.${key}}) SET n._seed = $run WITH n, r, row, change WHERE change <> 'same' ` +
            `SET n = row, n._seed = $run, n._hash = r.hash SET ${dateFixes("n")} ` +
            `RETURN change, count(*) AS n`;
          for (const b of batches(rows)) await step(tx, q, b, label);
        }
        for (const g of plan.rels.values()) {
          const fk = NODE_KEYS[g.fromLabel];
          const tk = NODE_KEYS[g.toLabel];
          const rows = [...g.rows.values()].map((r) => ({ from: r.from, to: r.to, props: r.props, hash: propsHash(r.props) }));
          const match = `UNWIND $rows AS row MATCH (a:${g.fromLabel} {${fk}: row.from}) MATCH (b:${g.toLabel} {${tk}: row.to}) `;
          const q = fresh ?
            match + `CREATE (a)-[r:${g.type}]->(b) SET r = row.props, r._seed = $run, r._hash = row.hash SET ${dateFixes("r")} RETURN 'added' AS change, count(*) AS n` :
            match +
            `WITH a, b, row, CASE WHEN EXISTS { (a)-[:${g.type}]->(b) } THEN 'same' ELSE 'added' END AS change ` +
            `MERGE (a)-[r:${g.type}]->(b) WITH r, row, change, coalesce(r._hash = row.hash, false) AS unchanged SET r._seed = $run ` +
            `WITH r, row, change, unchanged WHERE NOT unchanged ` +
            `SET r = row.props, r._seed = $run, r._hash = row.hash SET ${dateFixes("r")} RETURN change, count(*) AS n`;
          for (const b of batches(rows)) await step(tx, q, b, g.type);
        }
        // What is attached to a node about to go moves to the node that now carries its old key.
        const orphans: { label: string; key: string; notes: number; postcodes: number }[] = [];
        for (const label of fresh ? [] : KEY_CHANGE_LABELS) {
          const key = NODE_KEYS[label];
          const res = await tx.run(
            `MATCH (old:${label}) WHERE old._seed <> $run AND (EXISTS { (:Note)-[:ABOUT]->(old) } OR EXISTS { (:Postcode)-[:IN_DISTRICT]->(old) })
             OPTIONAL MATCH (new:${label}) WHERE new._seed = $run AND old.${key} IN coalesce(new.otherCodes, [])
             WITH old, collect(new) AS news
             OPTIONAL CALL (old, news) {
               WITH old, news WHERE size(news) = 1
               WITH old, news[0] AS new
               CALL (old, new) {
                 MATCH (note:Note)-[r:ABOUT]->(old) MERGE (note)-[r2:ABOUT]->(new) SET r2 = properties(r) DELETE r RETURN count(*) AS notes
               }
               CALL (old, new) {
                 MATCH (p:Postcode)-[r:IN_DISTRICT]->(old) CREATE (p)-[:IN_DISTRICT]->(new) DELETE r RETURN count(*) AS postcodes
               }
               RETURN notes, postcodes
             }
             RETURN old.${key} AS key, size(news) AS targets, notes, postcodes,
                    COUNT { (:Note)-[:ABOUT]->(old) } AS notesLeft, COUNT { (:Postcode)-[:IN_DISTRICT]->(old) } AS postcodesLeft`,
            { run },
          );
          for (const r of res.records) {
            moved.notes += Number(r.get("notes") ?? 0);
            moved.postcodes += Number(r.get("postcodes") ?? 0);
            const [notes, postcodes] = [Number(r.get("notesLeft")), Number(r.get("postcodesLeft"))];
            if (notes || postcodes) orphans.push({ label, key: String(r.get("key")), notes, postcodes });
          }
        }
        if (orphans.length) throw new SeedRefusedError(orphans);
        // Remove what this plan no longer holds (a renamed code, a dropped row), label by
        // label so that other nodes (2 million postcodes) are never scanned.
        for (const label of fresh ? [] : (Object.keys(NODE_KEYS) as Label[])) {
          const gone = await tx.run(`MATCH (n:${label}) WHERE n._seed <> $run DETACH DELETE n RETURN count(*) AS n`, { run });
          tally(label, "removed", Number(gone.records[0]?.get("n") ?? 0));
          const rels = await tx.run(`MATCH (:${label})-[r]->() WHERE r._seed IS NOT NULL AND r._seed <> $run WITH r, type(r) AS type DELETE r RETURN type, count(*) AS n`, { run });
          for (const r of rels.records) tally(String(r.get("type")), "removed", Number(r.get("n")));
        }
        await tx.run(SEED_RUN, seedRunParams(run, plan, o.seedsHash, changes));
      },
      // The metadata lets an operator (and the kill-mid-import test) see the import in SHOW TRANSACTIONS.
      { timeout: 600_000, metadata: { app: "tiergraph-seed", run } },
    );
  } finally {
    await session.close();
  }
  await ensureSchema(driver, database, "fulltext");
  return { run, ...counts, changes, moved };
}
