/**
 * Writes a checked plan to Neo4j: constraints and indexes first, then every node and
 * relationship in ONE transaction with batched UNWIND ... MERGE. Whatever fails, the
 * transaction rolls back and the database is as it was. Running it twice gives the same graph:
 * nodes and relationships are merged on their keys, and those the new plan no longer holds are
 * removed (each write stamps `_seed` with the run id; anything with an older stamp goes).
 */
import { randomUUID } from "node:crypto";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { DATE_PROPS, NODE_KEYS, type Label, type Plan, type Props } from "./plan.js";

const BATCH = 5000;

/** Labels and types come from NODE_KEYS and the loaders, never from input: safe to splice. */
const SCHEMA_STATEMENTS = [
  ...Object.entries(NODE_KEYS).map(
    ([label, key]) => `CREATE CONSTRAINT tg_${label.toLowerCase()}_${key} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`,
  ),
  ...["Authority", "Parish", "UnparishedArea", "Service", "Partnership", "Organisation"].map(
    (label) => `CREATE INDEX tg_${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  ),
  ...["Authority", "Parish", "UnparishedArea", "Service"].map(
    (label) => `CREATE INDEX tg_${label.toLowerCase()}_searchname IF NOT EXISTS FOR (n:${label}) ON (n.searchName)`,
  ),
  "CREATE INDEX tg_authority_type IF NOT EXISTS FOR (n:Authority) ON (n.type)",
];

const dateFixes = (v: string) => DATE_PROPS.map((p) => `${v}.${p} = CASE WHEN ${v}.${p} IS NULL THEN null ELSE date(${v}.${p}) END`).join(", ");

export interface WriteOptions {
  /** Called after each batch, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Test hook: fail after this many batches, to prove the rollback. */
  failAfterBatches?: number;
}

export interface WriteResult {
  run: string;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

export async function writePlan(driver: Driver, database: string, plan: Plan, o: WriteOptions = {}): Promise<WriteResult> {
  await ensureSchema(driver, database);
  const run = randomUUID();
  const counts = plan.counts();
  const total = Object.values(counts.nodes).reduce((a, b) => a + b, 0) + Object.values(counts.relationships).reduce((a, b) => a + b, 0);
  let done = 0;
  let batchCount = 0;

  const step = async (tx: ManagedTransaction, query: string, rows: unknown[]) => {
    if (o.failAfterBatches !== undefined && batchCount >= o.failAfterBatches) {
      throw new Error(`Import interrupted on purpose after ${batchCount} batches (test)`);
    }
    await tx.run(query, { rows, run });
    batchCount++;
    done += rows.length;
    o.onProgress?.(done, total);
  };

  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        for (const [label, byKey] of plan.nodes) {
          const key = NODE_KEYS[label];
          const rows = [...byKey.values()].map((n) => n.props);
          // searchName: the lower-cased name, for case-insensitive look-ups by name.
          const q = `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET n = row, n._seed = $run, n.searchName = toLower(row.name) SET ${dateFixes("n")}`;
          for (const b of batches<Props>(rows)) await step(tx, q, b);
        }
        for (const g of plan.rels.values()) {
          const fk = NODE_KEYS[g.fromLabel];
          const tk = NODE_KEYS[g.toLabel];
          const rows = [...g.rows.values()].map((r) => ({ from: r.from, to: r.to, props: r.props }));
          const q =
            `UNWIND $rows AS row MATCH (a:${g.fromLabel} {${fk}: row.from}) MATCH (b:${g.toLabel} {${tk}: row.to}) ` +
            `MERGE (a)-[r:${g.type}]->(b) SET r = row.props, r._seed = $run SET ${dateFixes("r")}`;
          for (const b of batches(rows)) await step(tx, q, b);
        }
        // Remove what this plan no longer holds (a renamed code, a dropped row), label by
        // label so that other nodes (2 million postcodes) are never scanned.
        for (const label of Object.keys(NODE_KEYS) as Label[]) {
          await tx.run(`MATCH (n:${label}) WHERE n._seed <> $run DETACH DELETE n`, { run });
          await tx.run(`MATCH (:${label})-[r]->() WHERE r._seed IS NOT NULL AND r._seed <> $run DELETE r`, { run });
        }
        await tx.run(
          `MERGE (m:SeedRun {id: 'tiergraph'}) SET m.run = $run, m.at = datetime(), m.counts = $counts, m.warnings = $warnings`,
          { run, counts: JSON.stringify(counts), warnings: plan.warnings },
        );
      },
      // The metadata lets an operator (and the kill-mid-import test) see the import in SHOW TRANSACTIONS.
      { timeout: 600_000, metadata: { app: "tiergraph-seed", run } },
    );
  } finally {
    await session.close();
  }
  return { run, ...counts };
}
