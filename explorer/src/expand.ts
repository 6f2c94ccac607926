/**
 * Expanding and collapsing a node: one query per relationship field of its kind (relations.ts),
 * sent side by side, each fetching the node and up to NEIGHBOURS_PER_FIELD neighbours, drawn
 * around it. A field the server finds too costly is asked again for fewer (gqlFitted).
 */
import { gqlFitted, type ApiConnection, type ApiNode } from "./api.js";
import { nodeKey, upsertEdge, upsertNode, type TGraph } from "./graph.js";
import { expandQuery } from "./queries.js";
import { RELATIONS } from "./relations.js";

/** Enough to see a district's parishes; a tier's hundreds of services are cut (the panel says how many). */
export const NEIGHBOURS_PER_FIELD = 150;

type Expanded = ApiNode & Record<string, ApiConnection | unknown>;

/** Fetches and draws the node's neighbourhood. Returns the keys of the nodes that were new. */
export async function expand(g: TGraph, key: string): Promise<string[]> {
  const a = g.getNodeAttributes(key);
  const answers = await Promise.all(
    RELATIONS[a.kind].map(async (rel) => {
      const { data } = await gqlFitted<{ node: Expanded[] }>(expandQuery(a.kind, rel), { key: a.code, first: NEIGHBOURS_PER_FIELD }, "first");
      const node = data.node[0];
      if (!node) throw new Error(`${a.kind} ${a.code} is no longer in the graph`);
      return { rel, node, conn: node[`${rel.field}Connection`] as ApiConnection };
    }),
  );
  const added: string[] = [];
  const counts: Record<string, { shown: number; total: number }> = {};
  const near = { x: a.x, y: a.y };
  for (const { rel, node, conn } of answers) {
    upsertNode(g, node);
    counts[rel.field] = { shown: conn.edges.length, total: conn.totalCount };
    for (const edge of conn.edges) {
      const existed = g.hasNode(nodeKey(edge.node.__typename, edge.node.code ?? edge.node.id ?? ""));
      const other = upsertNode(g, edge.node, near);
      if (!other) continue;
      if (!existed) added.push(other);
      const [from, to] = rel.direction === "OUT" ? [key, other] : [other, key];
      upsertEdge(g, from, rel.type, to, edge.properties);
    }
  }
  g.setNodeAttribute(key, "expanded", counts);
  return added;
}

/**
 * Removes the neighbours only this node holds on screen: not pinned, not expanded themselves,
 * with no other neighbour. What remains was reached some other way, so it stays.
 */
export function collapse(g: TGraph, key: string, keep: Set<string>): number {
  let removed = 0;
  for (const other of g.neighbors(key)) {
    const o = g.getNodeAttributes(other);
    if (o.pinned || o.expanded || keep.has(other)) continue;
    if (g.neighbors(other).every((n) => n === key)) {
      g.dropNode(other);
      removed++;
    }
  }
  g.removeNodeAttribute(key, "expanded");
  return removed;
}
