/**
 * The table view: the same visible nodes and relationships as the picture, as HTML tables a
 * screen reader can walk. Large views are cut at MAX_ROWS (the exports hold everything).
 */
import type { TGraph } from "./graph.js";

const MAX_ROWS = 500;

function table(caption: string, head: string[], rows: (string | HTMLElement)[][]): HTMLTableElement {
  const t = document.createElement("table");
  t.createCaption().textContent = caption;
  const tr = t.createTHead().insertRow();
  for (const h of head) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    tr.append(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    for (const c of r) row.insertCell().append(c);
  }
  return t;
}

const span = (from?: string | null, to?: string | null) => (from || to ? `${from ?? "…"} – ${to ?? "…"}` : "");

/** Renders the visible subgraph `sub`; a node's name is a button that selects it. */
export function renderTable(host: HTMLElement, sub: TGraph, select: (key: string) => void): void {
  const nodes = sub.nodes().slice(0, MAX_ROWS).map((key) => {
    const a = sub.getNodeAttributes(key);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link";
    b.textContent = a.name;
    b.addEventListener("click", () => select(key));
    const measure = a.population != null ? `population ${a.population}` : a.members != null ? `${a.members} members` : "";
    return [a.kind, b, a.code, a.tier ?? "", measure, span(a.validFrom, a.validTo), String(sub.degree(key))];
  });
  const name = (k: string) => sub.getNodeAttribute(k, "name");
  const edges = sub.edges().slice(0, MAX_ROWS).map((e) => {
    const a = sub.getEdgeAttributes(e);
    return [name(sub.source(e)), a.rel, name(sub.target(e)), a.role ?? a.basis ?? "", span(a.validFrom, a.validTo)];
  });
  const cut = (n: number) => (n > MAX_ROWS ? ` (first ${MAX_ROWS}; export for all)` : "");
  host.replaceChildren(
    table(`Nodes shown: ${sub.order}${cut(sub.order)}`, ["Kind", "Name", "Code", "Tier", "Measure", "In force", "Links"], nodes),
    table(`Relationships shown: ${sub.size}${cut(sub.size)}`, ["From", "Relationship", "To", "Role or basis", "In force"], edges),
  );
}
