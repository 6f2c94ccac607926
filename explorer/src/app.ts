/**
 * The explorer's state and actions, apart from the page's buttons (main.ts): one graph, one
 * view state, one sigma renderer. Every action that waits on the API goes through `busy`, which
 * shows progress, reports errors in the status line and keeps `data-busy` for tests.
 */
import Sigma from "sigma";
import { collapse, expand } from "./expand.js";
import { createGraph, mergeNode, nodeKey, type EdgeAttrs, type NodeAttrs } from "./graph.js";
import { AUTO_LAYOUT_MAX, ring, settle } from "./layout.js";
import type { Hit } from "./search.js";
import { edgeReducer, nodeReducer, today, visibleCounts, type ViewState } from "./view.js";

/** Above this many edges, edge labels are not drawn (they would be unreadable and slow). */
const EDGE_LABELS_MAX = 600;

/** Builds the app on the graph container; `onChange` re-renders the side panels. */
export function createApp(container: HTMLElement, status: HTMLElement, onChange: () => void) {
  const graph = createGraph();
  const state: ViewState = { hiddenKinds: new Set(), hiddenRels: new Set(), date: today(), selected: null, highlight: null };
  let renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  try {
    renderer = new Sigma(graph, container, {
      renderEdgeLabels: true,
      defaultEdgeType: "arrow",
      labelFont: "system-ui, sans-serif",
      edgeLabelFont: "system-ui, sans-serif",
      edgeLabelColor: { color: "#374151" },
      labelColor: { color: "#111827" },
      zIndex: true,
      // Room for the labels of nodes at the edge of the frame.
      stagePadding: 60,
      nodeReducer: nodeReducer(state, graph),
      edgeReducer: edgeReducer(state, graph),
    });
  } catch (err) {
    // No WebGL: the table view still shows everything.
    status.textContent = `The picture cannot be drawn here (${(err as Error).message}); use the table view.`;
  }
  let pending = 0;

  const app = {
    graph,
    state,
    renderer,
    /** Re-applies filters and date, and tells the panels. */
    changed(): void {
      const big = graph.size > EDGE_LABELS_MAX;
      if (renderer && renderer.getSetting("renderEdgeLabels") === big) renderer.setSetting("renderEdgeLabels", !big);
      renderer?.refresh();
      const shown = visibleCounts(graph, state);
      Object.assign(document.body.dataset, { nodes: String(shown.nodes), edges: String(shown.edges), total: String(graph.order) });
      onChange();
    },
    /** Runs an action with progress and error reporting. */
    async busy<T>(message: string, fn: () => Promise<T>): Promise<T | undefined> {
      document.body.dataset.busy = String(++pending);
      status.textContent = message;
      try {
        return await fn();
      } catch (err) {
        status.textContent = `${message.replace(/…$/, "")} failed: ${(err as Error).message}`;
        return undefined;
      } finally {
        document.body.dataset.busy = String(--pending);
      }
    },
    /** Draws a neighbourhood, then lets the layout settle it. */
    async expand(key: string): Promise<void> {
      const name = graph.getNodeAttribute(key, "name");
      await app.busy(`Fetching the neighbours of ${name}…`, async () => {
        const added = await expand(graph, key);
        ring(graph, key, added);
        renderer?.setCustomBBox(null);
        if (graph.order <= AUTO_LAYOUT_MAX) settle(graph, 1500);
        app.changed();
        status.textContent = `${name}: ${added.length} new neighbours drawn.`;
      });
    },
    collapse(key: string): void {
      const n = collapse(graph, key, new Set([...(state.highlight?.nodes ?? []), ...(state.selected ? [state.selected] : [])]));
      status.textContent = `${graph.getNodeAttribute(key, "name")}: ${n} neighbours removed.`;
      app.changed();
    },
    togglePin(key: string): void {
      const pinned = !graph.getNodeAttribute(key, "pinned");
      graph.mergeNodeAttributes(key, { pinned, fixed: pinned });
      app.changed();
    },
    /** Adds a search result and its neighbourhood. */
    async start(hit: Hit): Promise<string> {
      const key = nodeKey(hit.kind, hit.code);
      mergeNode(graph, key, { kind: hit.kind, code: hit.code, name: hit.name, label: hit.name });
      state.selected = key;
      await app.expand(key);
      return key;
    },
  };
  return app;
}

/** The app as createApp builds it. */
export type App = ReturnType<typeof createApp>;
