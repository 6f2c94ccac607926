/**
 * The node panel: every scalar property of the selected node (relations.ts lists them; a test
 * checks the list against the SDL), its sources with citation and quote, the money it received
 * (the fundingFlows question), how many neighbours are drawn, and the actions.
 */
import { gql } from "./api.js";
import type { NodeAttrs } from "./graph.js";
import { CITED_KINDS, LOOKUP, SCALARS, type Kind } from "./relations.js";

interface Source { id: string; title: string; licence: string | null; url: string | null }
interface Flow { year: string | null; amount: number | null; kind: string; stream: { name: string } | null; from: { name: string } | null; sources: string[] }
/** What fundingFlows answers for a recipient. */
export interface Money { count: number; total: number; withoutAmount: number; flows: Flow[] }

/** Kinds money is paid to (fundingFlows' `to`). */
const RECIPIENTS: Kind[] = ["Authority", "Partnership", "Organisation"];
/** Flows fetched per node: every year of Core Spending Power for one council is well under this. */
const FLOWS = 500;
const MONEY = `query Money($to: String!, $limit: Int!) {
  fundingFlows(to: $to, limit: $limit) { count total withoutAmount flows { year amount kind stream { name } from { name } sources } }
}`;

/** The details the panel shows. */
export type Details = Awaited<ReturnType<typeof fetchDetails>>;
type Fetched = Record<string, unknown> & { sourceIds: string[]; sourcesConnection?: { edges: { properties: { cite: string | null; quote: string | null }; node: Source }[] } };

/** Fetches a node's properties, its sources (with cite and quote where the model has them) and the money it received. */
export async function fetchDetails(kind: Kind, code: string) {
  const [about, money] = await Promise.all([
    fetchProperties(kind, code),
    RECIPIENTS.includes(kind) ? gql<{ fundingFlows: Money }>(MONEY, { to: code, limit: FLOWS }).then((d) => d.fundingFlows) : null,
  ]);
  return { ...about, money };
}

async function fetchProperties(kind: Kind, code: string): Promise<{ props: Record<string, unknown>; sources: (Source & { cite?: string | null; quote?: string | null })[] }> {
  const { root, key } = LOOKUP[kind];
  const cited = CITED_KINDS.includes(kind);
  const sel = cited ? "sourcesConnection(first: 50) { edges { properties { cite quote } node { id title licence url } } }" : "";
  const d = await gql<{ node: Fetched[] }>(`query Details${kind}($key: ID!) { node: ${root}(where: { ${key}: { eq: $key } }, limit: 1) { ${SCALARS[kind].join(" ")} ${sel} } }`, { key: code });
  const node = d.node[0];
  if (!node) throw new Error(`${kind} ${code} was not found`);
  const { sourcesConnection, ...props } = node;
  if (sourcesConnection) return { props, sources: sourcesConnection.edges.map((e) => ({ ...e.node, ...e.properties })) };
  // Kinds without a SOURCED_FROM field (tiers, services) list their sources by id.
  const s = await gql<{ sources: Source[] }>(`query SourcesById($ids: [ID!]!) { sources(where: { id: { in: $ids } }, limit: 50) { id title licence url } }`, { ids: node.sourceIds });
  return { props, sources: s.sources };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

/** Renders the panel for one node; `actions` are buttons (label → handler) shown above the properties. */
export function renderPanel(host: HTMLElement, a: NodeAttrs, details: Details | null, actions: [string, () => void][]): void {
  const h = el("h2", a.name);
  h.id = "panel-title";
  const sub = el("p", `${a.kind} · ${a.code}`, "muted");
  const bar = el("div", undefined, "actions");
  for (const [label, fn] of actions) {
    const b = el("button", label);
    b.type = "button";
    b.addEventListener("click", fn);
    bar.append(b);
  }
  const counts = el("p", undefined, "muted");
  if (a.expanded) {
    const parts = Object.entries(a.expanded).filter(([, c]) => c.total > 0).map(([f, c]) => (c.shown < c.total ? `${f} ${c.shown} of ${c.total}` : `${f} ${c.total}`));
    counts.textContent = parts.length ? `Drawn: ${parts.join(", ")}.` : "No neighbours.";
  }
  const dl = el("dl");
  for (const [k, v] of Object.entries(details?.props ?? {})) {
    if (v === null || v === "" || (Array.isArray(v) && !v.length)) continue;
    dl.append(el("dt", k), el("dd", Array.isArray(v) ? v.join(", ") : String(v)));
  }
  const srcHead = el("h3", "Sources");
  const list = el("ul", undefined, "sources");
  for (const s of details?.sources ?? []) {
    const li = el("li");
    const title = s.url && /^https?:\/\//.test(s.url) ? Object.assign(el("a", s.title), { href: s.url, rel: "noopener", target: "_blank" }) : el("strong", s.title);
    li.append(title, el("span", ` (${s.id}${s.licence ? `, ${s.licence}` : ""})`, "muted"));
    if (s.cite) li.append(el("div", `cite: ${s.cite}`, "muted"));
    if (s.quote) li.append(el("blockquote", s.quote));
    list.append(li);
  }
  if (!details) list.append(el("li", "Loading…", "muted"));
  host.replaceChildren(h, sub, bar, counts, dl, srcHead, list, ...(details?.money ? renderMoney(details.money) : []));
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** The money a body received: the totals, then the latest year's flows by stream. */
function renderMoney(m: Money): HTMLElement[] {
  const head = el("h3", "Money received");
  if (!m.count) return [head, el("p", "No funding flows recorded.", "muted")];
  const years = [...new Set(m.flows.map((f) => f.year ?? ""))].filter(Boolean).sort();
  const latest = years.at(-1);
  const note = el("p", `${m.count} flows${years.length ? `, ${years[0]} to ${latest}` : ""}: ${pounds.format(m.total)} stated${m.withoutAmount ? `; ${m.withoutAmount} with no amount` : ""}${m.flows.length < m.count ? ` (first ${m.flows.length} listed)` : ""}.`, "muted");
  const t = el("table");
  t.id = "money-table";
  t.createCaption().textContent = `In ${latest ?? "years not stated"}`;
  const hr = t.createTHead().insertRow();
  for (const h of ["Stream", "Amount", "From", "Source"]) hr.append(Object.assign(el("th", h), { scope: "col" }));
  const body = t.createTBody();
  for (const f of m.flows.filter((x) => (x.year ?? undefined) === latest)) {
    const row = body.insertRow();
    for (const c of [f.stream?.name ?? f.kind, f.amount === null ? "not stated" : pounds.format(f.amount), f.from?.name ?? "—", f.sources.join(", ")]) row.insertCell().textContent = c;
  }
  return [head, note, t];
}
