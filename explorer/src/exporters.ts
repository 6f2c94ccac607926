/**
 * Exports of what is on screen: PNG (sigma's own snapshot helper), the visible subgraph as
 * graphology JSON, GEXF (graphology-gexf) and GraphML. graphology-graphml only parses, so
 * GraphML is written with the browser's XML DOM (which escapes for us); the e2e test reads
 * it back with graphology-graphml.
 */
import { downloadAsPNG } from "@sigma/export-image";
import { write as writeGexf } from "graphology-gexf/browser";
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, TGraph } from "./graph.js";

const NS = "http://graphml.graphdrawing.org/xmlns";
const NODE_KEYS: [keyof NodeAttrs, string][] = [["kind", "string"], ["code", "string"], ["name", "string"], ["tier", "string"], ["population", "long"], ["members", "long"], ["validFrom", "string"], ["validTo", "string"], ["x", "double"], ["y", "double"]];
const EDGE_KEYS: [keyof EdgeAttrs, string][] = [["rel", "string"], ["role", "string"], ["basis", "string"], ["validFrom", "string"], ["validTo", "string"]];

/** The subgraph as GraphML text. */
export function toGraphML(g: TGraph): string {
  const doc = document.implementation.createDocument(NS, "graphml", null);
  const root = doc.documentElement;
  const key = (id: string, on: "node" | "edge", name: string, type: string) => {
    const k = doc.createElementNS(NS, "key");
    for (const [a, v] of Object.entries({ id, for: on, "attr.name": name, "attr.type": type })) k.setAttribute(a, v);
    root.append(k);
  };
  NODE_KEYS.forEach(([n, t]) => key(`n_${n}`, "node", n, t));
  EDGE_KEYS.forEach(([n, t]) => key(`e_${n}`, "edge", n, t));
  const graph = doc.createElementNS(NS, "graph");
  graph.setAttribute("edgedefault", "directed");
  const data = (parent: Element, k: string, v: unknown) => {
    if (v === undefined || v === null) return;
    const d = doc.createElementNS(NS, "data");
    d.setAttribute("key", k);
    d.textContent = String(v);
    parent.append(d);
  };
  g.forEachNode((id, a) => {
    const n = doc.createElementNS(NS, "node");
    n.setAttribute("id", id);
    NODE_KEYS.forEach(([k]) => data(n, `n_${k}`, a[k]));
    graph.append(n);
  });
  g.forEachEdge((id, a, source, target) => {
    const e = doc.createElementNS(NS, "edge");
    for (const [k, v] of Object.entries({ id, source, target })) e.setAttribute(k, v);
    EDGE_KEYS.forEach(([k]) => data(e, `e_${k}`, a[k]));
    graph.append(e);
  });
  root.append(graph);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Downloads text as a file (also the panels' CSVs). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the visible subgraph in one format, or the picture. */
export async function exportAs(format: "png" | "json" | "graphml" | "gexf", sub: TGraph, renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<void> {
  // The helper is typed for untyped attributes; ours are a narrower shape of the same thing.
  if (format === "png") return downloadAsPNG(renderer as unknown as Sigma, { fileName: "tiergraph", backgroundColor: "#ffffff" });
  if (format === "json") return download("tiergraph.json", "application/json", JSON.stringify(sub.export(), null, 1));
  if (format === "gexf") return download("tiergraph.gexf", "application/xml", writeGexf(sub));
  return download("tiergraph.graphml", "application/xml", toGraphML(sub));
}
