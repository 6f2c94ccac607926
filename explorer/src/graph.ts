/**
 * The drawn graph: one graphology graph whose nodes are keyed `Kind:code` (the same key a
 * whoDelivers path step gives, so answers land on nodes already drawn) and whose edges are
 * keyed `from|TYPE|to`. Everything here comes from API answers.
 */
import Graph from "graphology";
import type { ApiEdgeProps, ApiNode } from "./api.js";
import { isKind, type Kind } from "./relations.js";
import { colourOf, sizeOf } from "./style.js";

/** What a drawn node holds. `label` is sigma's display text; the Neo4j label is `kind`. */
export interface NodeAttrs {
  kind: Kind;
  code: string;
  name: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  tier?: string;
  /** The register's type code (NMD, UA, CTY…); not `type`, which sigma reads as the drawing program. */
  authorityType?: string;
  population?: number | null;
  members?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** Neighbours fetched; `shown`/`total` per relationship field, for the panel. */
  expanded?: Record<string, { shown: number; total: number }>;
  /** Pinned by the user: the layout leaves it where it is (`fixed` is what ForceAtlas2 reads). */
  pinned?: boolean;
  fixed?: boolean;
  /** Layout groups for the whole-England circle packing. */
  root?: string;
  parent?: string;
}

/** What a drawn edge holds; `label` is the relationship type, shown on the edge. */
export interface EdgeAttrs extends ApiEdgeProps {
  rel: string;
  label: string;
  size: number;
  color: string;
}

export type TGraph = Graph<NodeAttrs, EdgeAttrs>;

/** An empty directed multigraph of the explorer's shape. */
export const createGraph = (): TGraph => new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: true });

/** `Kind:code`, the node key. */
export const nodeKey = (kind: string, code: string): string => `${kind}:${code}`;

/** Adds a node from an API object, or merges new fields into the drawn one. Returns its key, or null for kinds not drawn. */
export function upsertNode(g: TGraph, n: ApiNode, near?: { x: number; y: number }): string | null {
  if (!isKind(n.__typename)) return null;
  const code = n.code ?? n.id ?? "";
  const key = nodeKey(n.__typename, code);
  const fields: Partial<NodeAttrs> = { kind: n.__typename, code, name: n.name, label: n.name };
  if (n.tiers?.[0]) fields.tier = n.tiers[0].code;
  if (n.type !== undefined) fields.authorityType = n.type;
  if (n.population !== undefined) fields.population = n.population;
  if (n.memberCount) fields.members = n.memberCount.totalCount;
  if (n.validFrom !== undefined) fields.validFrom = n.validFrom;
  if (n.validTo !== undefined) fields.validTo = n.validTo;
  mergeNode(g, key, fields, near);
  return key;
}

/** Adds or updates a node by key with the given fields; new nodes start near `near` (or the origin). */
export function mergeNode(g: TGraph, key: string, fields: Partial<NodeAttrs>, near?: { x: number; y: number }): void {
  if (g.hasNode(key)) {
    g.mergeNodeAttributes(key, fields);
  } else {
    // A small deterministic offset (from the key) so new nodes do not sit on top of each other.
    const h = [...key].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
    const angle = (h % 360) * (Math.PI / 180);
    const x = (near?.x ?? 0) + Math.cos(angle) * (1 + (h % 7));
    const y = (near?.y ?? 0) + Math.sin(angle) * (1 + (h % 7));
    g.addNode(key, { kind: "Authority", code: key, name: key, label: key, size: 1, color: "#000", ...fields, x, y });
  }
  const a = g.getNodeAttributes(key);
  g.mergeNodeAttributes(key, { color: colourOf(a), size: sizeOf(a) });
}

/** Adds (once) the edge `from -TYPE-> to` with its properties. */
export function upsertEdge(g: TGraph, from: string, rel: string, to: string, props: ApiEdgeProps = {}): string {
  const key = `${from}|${rel}|${to}`;
  const attrs: EdgeAttrs = {
    rel,
    label: props.role ? `${rel} (${props.role})` : props.basis ? `${rel} (${props.basis})` : rel,
    size: 1.5,
    color: "#8a8f98",
    validFrom: props.validFrom ?? null,
    validTo: props.validTo ?? null,
    ...(props.role ? { role: props.role } : {}),
    ...(props.basis ? { basis: props.basis } : {}),
  };
  if (g.hasEdge(key)) g.mergeEdgeAttributes(key, attrs);
  else g.addDirectedEdgeWithKey(key, from, to, attrs);
  return key;
}
