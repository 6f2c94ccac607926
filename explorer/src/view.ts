/**
 * What is shown: the filters (kinds, relationship types), the date, the selection and the
 * highlighted who-delivers path. Hiding is done in sigma's reducers, never by removing data,
 * so changing a filter or the date back brings everything back.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { createGraph, type EdgeAttrs, type NodeAttrs, type TGraph } from "./graph.js";
import { HIGHLIGHT } from "./style.js";

/** The view's state; main.ts owns the one instance and refreshes sigma when it changes. */
export interface ViewState {
  hiddenKinds: Set<string>;
  hiddenRels: Set<string>;
  /** YYYY-MM-DD: what is not in force on this day is hidden. */
  date: string;
  selected: string | null;
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
}

/** Today as YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Whether something dated validFrom..validTo (inclusive, null = open) holds on `date`. ISO dates compare as strings. */
export const inForce = (a: { validFrom?: string | null; validTo?: string | null }, date: string): boolean =>
  (!a.validFrom || a.validFrom <= date) && (!a.validTo || a.validTo >= date);

/** Whether a node passes the filters and the date. */
export const nodeVisible = (a: NodeAttrs, s: ViewState): boolean => !s.hiddenKinds.has(a.kind) && inForce(a, s.date);

/** Whether an edge passes the filters and the date, and both its ends are shown. */
export function edgeVisible(g: TGraph, edge: string, s: ViewState): boolean {
  const a = g.getEdgeAttributes(edge);
  return !s.hiddenRels.has(a.rel) && inForce(a, s.date) && nodeVisible(g.getSourceAttributes(edge), s) && nodeVisible(g.getTargetAttributes(edge), s);
}

/** How many nodes and edges are visible (what visibleSubgraph would hold, without building it). */
export function visibleCounts(g: TGraph, s: ViewState): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  g.forEachNode((_, a) => void (nodeVisible(a, s) && nodes++));
  g.forEachEdge((key) => void (edgeVisible(g, key, s) && edges++));
  return { nodes, edges };
}

/** The visible part of the graph, as a new graph (for the table and the exports). */
export function visibleSubgraph(g: TGraph, s: ViewState): TGraph {
  const sub = createGraph();
  g.forEachNode((key, a) => {
    if (nodeVisible(a, s)) sub.addNode(key, { ...a });
  });
  g.forEachEdge((key, a, source, target) => {
    if (edgeVisible(g, key, s)) sub.addDirectedEdgeWithKey(key, source, target, { ...a });
  });
  return sub;
}

/** sigma's node reducer: hide, fade what is off the highlighted path, mark the selection. */
export function nodeReducer(s: ViewState, g: TGraph) {
  return (key: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    if (!nodeVisible(data, s)) return { ...data, hidden: true };
    const out: Partial<NodeDisplayData> = { ...data };
    if (s.highlight && !s.highlight.nodes.has(key) && key !== s.selected) {
      out.color = HIGHLIGHT.faded;
      out.label = g.order > 200 ? null : data.label;
    } else if (s.highlight || key === s.selected) {
      out.highlighted = true;
      out.forceLabel = true;
    }
    // Words, not a pin emoji: not every system has a font that draws one.
    if (data.pinned && out.label) out.label = `${out.label} (pinned)`;
    return out;
  };
}

/** sigma's edge reducer: hide, and draw the highlighted path thick and coloured. */
export function edgeReducer(s: ViewState, g: TGraph) {
  return (key: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (!edgeVisible(g, key, s)) return { ...data, hidden: true };
    if (!s.highlight) return data;
    if (s.highlight.edges.has(key)) return { ...data, color: HIGHLIGHT.edge, size: 4, forceLabel: true };
    return { ...data, color: HIGHLIGHT.faded, label: null };
  };
}
