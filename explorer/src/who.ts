/**
 * "Who delivers…": asks the server's whoDelivers question for a service in a place on the
 * view's date, lists the answers with their basis and sources, and draws each answer's path
 * (place → … → provider → tier → service) into the graph for the view to highlight.
 */
import { gql } from "./api.js";
import { toCsv, WHO_COLUMNS, whoRows } from "./csv.js";
import { download } from "./exporters.js";
import { mergeNode, nodeKey, upsertEdge, type TGraph } from "./graph.js";
import { WHO_DELIVERS } from "./queries.js";
import { isKind } from "./relations.js";

/** A NodeRef: `id` is its code where it has one (the explorer's node key), otherwise its id. */
interface Ref { label: string; id: string; code: string | null; name: string }
/** One answer of whoDelivers, as selected by WHO_DELIVERS. */
export interface Provision {
  service: Ref;
  place: Ref;
  on: string;
  authority: { code: string; name: string; type: string };
  tier: string;
  tierName: string;
  basis: string;
  note: string | null;
  deliveredBy: { id: string; name: string; type: string }[];
  path: { from: Ref; relationship: string; to: Ref; validFrom: string | null; validTo: string | null }[];
  sources: { id: string; title: string; licence: string | null }[];
}

/** Asks the question. */
export async function whoDelivers(service: string, place: string, on: string): Promise<Provision[]> {
  return (await gql<{ whoDelivers: Provision[] }>(WHO_DELIVERS, { service, place, on })).whoDelivers;
}

/** Draws every answer's path; returns the node and edge keys to highlight. */
export function drawPaths(g: TGraph, provisions: Provision[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const created = new Set<string>();
  const add = (r: Ref, near?: string): string | null => {
    if (!isKind(r.label)) return null;
    const key = nodeKey(r.label, r.id);
    if (!g.hasNode(key)) created.add(key);
    mergeNode(g, key, { kind: r.label, code: r.id, name: r.name, label: r.name }, near && g.hasNode(near) ? g.getNodeAttributes(near) : undefined);
    nodes.add(key);
    return key;
  };
  for (const p of provisions) {
    for (const step of p.path) {
      const from = add(step.from);
      const to = add(step.to, from ?? undefined);
      if (!from || !to) continue;
      // The path names the provider's tier: colour the provider by it even if it was never expanded.
      if (step.relationship === "OF_TIER" && step.from.label === "Authority") mergeNode(g, from, { tier: step.to.id });
      edges.add(upsertEdge(g, from, step.relationship, to, { validFrom: step.validFrom, validTo: step.validTo }));
    }
  }
  placeNew(g, created, edges);
  return { nodes, edges };
}

/**
 * Puts the nodes a path brought in where the path reads, without moving anything already drawn:
 * a tier beside its provider, away from the middle of the picture; a service outside the
 * picture, on the side of its tiers, so the RESPONSIBLE_FOR steps converge on it.
 */
function placeNew(g: TGraph, created: Set<string>, edges: Set<string>): void {
  const old = g.nodes().filter((k) => !created.has(k));
  if (!old.length || !created.size) return;
  const xs = old.map((k) => g.getNodeAttribute(k, "x"));
  const ys = old.map((k) => g.getNodeAttribute(k, "y"));
  const c = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const radius = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 10) / 2;
  /** `by` further from the middle than `p`, on the line from the middle through `p` (downwards from the middle itself). */
  const outward = (p: { x: number; y: number }, by: number) => {
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const d = Math.hypot(dx, dy);
    return d < radius * 0.05 ? { x: p.x, y: p.y - by } : { x: p.x + (dx / d) * by, y: p.y + (dy / d) * by };
  };
  const along = (rel: string) => [...edges].filter((e) => g.getEdgeAttribute(e, "rel") === rel);
  for (const e of along("OF_TIER")) {
    const tier = g.target(e);
    if (created.has(tier)) g.mergeNodeAttributes(tier, outward(g.getNodeAttributes(g.source(e)), radius * 0.35));
  }
  const responsible = along("RESPONSIBLE_FOR");
  for (const service of new Set(responsible.map((e) => g.target(e)))) {
    if (!created.has(service)) continue;
    const tiers = responsible.filter((e) => g.target(e) === service).map((e) => g.getSourceAttributes(e));
    const mean = { x: tiers.reduce((a, t) => a + t.x, 0) / tiers.length, y: tiers.reduce((a, t) => a + t.y, 0) / tiers.length };
    const d = Math.hypot(mean.x - c.x, mean.y - c.y);
    g.mergeNodeAttributes(service, outward(mean, radius * 1.3 - Math.min(d, radius)));
  }
}

/** Renders the answers as a list: provider, tier, basis, path, sources. */
export function renderAnswers(host: HTMLElement, provisions: Provision[]): void {
  if (!provisions.length) {
    host.textContent = "No body answers for that service there on that date.";
    return;
  }
  const first = provisions[0] as Provision;
  const head = document.createElement("p");
  head.textContent = `${first.service.name} (${first.service.code}) in ${first.place.name}, ${first.on}:`;
  const csv = Object.assign(document.createElement("button"), { type: "button", id: "who-csv", textContent: "Download CSV" });
  const file = `who-delivers-${first.service.code ?? first.service.id}-${first.place.code ?? first.place.id}-${first.on}.csv`.replace(/[^\w.-]+/g, "-");
  csv.addEventListener("click", () => download(file, "text/csv;charset=utf-8", toCsv(WHO_COLUMNS, whoRows(provisions))));
  const ol = document.createElement("ol");
  ol.className = "answers";
  for (const p of provisions) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = `${p.authority.name} (${p.authority.code})`;
    const path = p.path.map((s) => `${s.from.name} —${s.relationship}→ ${s.to.name}`).join("; ");
    const lines = [
      `${p.tierName}, ${p.basis.toLowerCase().replace(/_/g, " ")}`,
      p.deliveredBy.length ? `delivered by ${p.deliveredBy.map((d) => d.name).join(", ")}` : "",
      `path: ${path}`,
      `sources: ${p.sources.map((s) => `${s.title}${s.licence ? ` (${s.licence})` : ""}`).join("; ")}`,
      p.note ?? "",
    ].filter(Boolean);
    li.append(who, ...lines.map((t) => Object.assign(document.createElement("div"), { textContent: t })));
    li.dataset.authority = p.authority.code;
    ol.append(li);
  }
  host.replaceChildren(head, ol, csv);
}
