/**
 * Legend and filters in one: a checkbox per kind and per relationship type drawn (with counts,
 * from the graph itself), the tier colours (from the API), and what size means.
 */
import type { TGraph } from "./graph.js";
import { KIND_COLOURS, TIERS } from "./style.js";
import type { ViewState } from "./view.js";

function swatch(colour: string): HTMLSpanElement {
  const s = document.createElement("span");
  s.className = "swatch";
  s.style.background = colour;
  s.setAttribute("aria-hidden", "true");
  return s;
}

function checkbox(group: string, value: string, text: string, checked: boolean, colour: string | null, onToggle: (on: boolean) => void): HTMLLabelElement {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = checked;
  box.name = group;
  box.value = value;
  box.addEventListener("change", () => onToggle(box.checked));
  label.append(box, ...(colour ? [swatch(colour)] : []), document.createTextNode(` ${text}`));
  return label;
}

/** Re-renders the legend for what the graph holds now; `changed` is called after a filter changes. */
export function renderLegend(host: HTMLElement, g: TGraph, s: ViewState, changed: () => void): void {
  const kinds = new Map<string, number>();
  const tiersUsed = new Set<string>();
  g.forEachNode((_, a) => {
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    if (a.tier) tiersUsed.add(a.tier);
    if (a.kind === "Tier") tiersUsed.add(a.code);
  });
  const rels = new Map<string, number>();
  g.forEachEdge((_, a) => rels.set(a.rel, (rels.get(a.rel) ?? 0) + 1));
  const toggle = (set: Set<string>, v: string) => (on: boolean) => (on ? set.delete(v) : set.add(v), changed());

  const kindSet = fieldset("Show kinds");
  for (const [kind, n] of [...kinds].sort()) {
    // Authorities and tiers take their tier's colour (below), so their kind has no swatch.
    const byTier = kind === "Authority" || kind === "Tier";
    const colour = byTier ? null : KIND_COLOURS[kind as keyof typeof KIND_COLOURS];
    kindSet.append(checkbox("kind", kind, `${kind} (${n})${byTier ? ", by tier" : ""}`, !s.hiddenKinds.has(kind), colour, toggle(s.hiddenKinds, kind)));
  }
  const relSet = fieldset("Show relationships");
  for (const [rel, n] of [...rels].sort()) relSet.append(checkbox("rel", rel, `${rel} (${n})`, !s.hiddenRels.has(rel), null, toggle(s.hiddenRels, rel)));
  const tierList = document.createElement("ul");
  tierList.className = "tiers";
  for (const [code, t] of TIERS) {
    if (!tiersUsed.has(code)) continue;
    const li = document.createElement("li");
    li.append(swatch(t.colour), document.createTextNode(` ${t.name}`));
    tierList.append(li);
  }
  const tierHead = document.createElement("h3");
  tierHead.textContent = "Tiers (authorities and tier nodes)";
  const note = document.createElement("p");
  note.className = "muted";
  note.textContent = "Size: population for authorities, members for partnerships. Hidden: whatever is not in force on the date.";
  host.replaceChildren(kindSet, ...(tierList.children.length ? [tierHead, tierList] : []), relSet, note);
}

function fieldset(legend: string): HTMLFieldSetElement {
  const f = document.createElement("fieldset");
  const l = document.createElement("legend");
  l.textContent = legend;
  f.append(l);
  return f;
}
