/**
 * PROFILE evidence: runs a query under PROFILE and returns the operators that cost the most
 * (database hits, rows, and the memory the operator reports), for results.json and the table.
 */
import type { Driver } from "neo4j-driver";

/** One operator of a profiled plan. */
export interface Hotspot {
  operator: string;
  rows: number;
  dbHits: number;
  memoryBytes: number | null;
  details: string;
}

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const num = (v: unknown): number | null => (v === undefined || v === null ? null : Number(v));

/** PROFILEs `query`; returns total db hits, time, and the top `n` operators by hits and by memory. */
export async function profileQuery(driver: Driver, database: string, query: string, params: Record<string, unknown>, n = 4) {
  const t0 = performance.now();
  const { summary } = await driver.executeQuery(`PROFILE ${query}`, params, { database, transactionConfig: { timeout: 60_000 } });
  const ms = performance.now() - t0;
  const all: Hotspot[] = [];
  const walk = (node: PlanNode) => {
    all.push({
      operator: node.operatorType.replace(/@.*$/, ""),
      rows: Number(node.rows),
      dbHits: Number(node.dbHits),
      memoryBytes: num(node.arguments.Memory),
      details: String(node.arguments.Details ?? "").replace(/\s+/g, " ").slice(0, 140),
    });
    node.children.forEach(walk);
  };
  if (summary.profile) walk(summary.profile as unknown as PlanNode);
  const byHits = [...all].sort((a, b) => b.dbHits - a.dbHits).slice(0, n);
  const byMemory = [...all].filter((h) => h.memoryBytes !== null).sort((a, b) => (b.memoryBytes ?? 0) - (a.memoryBytes ?? 0)).slice(0, n);
  return { ms: Math.round(ms), totalDbHits: all.reduce((s, h) => s + h.dbHits, 0), byHits, byMemory };
}
