/**
 * "What changed…": asks the server's `changes(area, from, to)` question and shows it as a
 * before/after view. The table holds one row per change: when it took effect (the day, or the
 * bounds the ONS lists give), what changed, what held on `from` and what holds on `to`, and the
 * sources. The picture gets the bodies the changes name, joined as the graph joins them (a
 * predecessor REPLACED_BY its successor, a council to the fire authority it joined...), with their
 * own dates: the "Before" and "After" buttons move the view's date to `from` or `to`, so what was
 * abolished shows on one side and what replaced it on the other.
 */
import { gql } from "./api.js";
import { CHANGE_COLUMNS, changeRows, toCsv, type ChangeRow } from "./csv.js";
import { download } from "./exporters.js";
import { nodeKey, upsertEdge, upsertNode, mergeNode, type TGraph } from "./graph.js";
import { NODE_FIELDS, isKind, type Kind } from "./relations.js";

interface Ref { label: string; id: string; code: string | null; name: string }
/** One change, as CHANGES selects it: what the CSV rows read (csv.ts ChangeRow), with labels, titles and the stream's name. */
export interface Change extends ChangeRow {
  subject: Ref;
  before: Ref[];
  after: Ref[];
  services: Ref[];
  funding: (NonNullable<ChangeRow["funding"]> & { stream: { id: string; name: string } }) | null;
  sources: { id: string; title: string }[];
}
/** The answer, as CHANGES selects it. */
export interface Changes {
  area: { code: string; name: string; type: string };
  from: string;
  to: string;
  changes: Change[];
  note: string | null;
}

export const CHANGES = `query Changes($area: String!, $from: Date!, $to: Date!) {
  changes(area: $area, from: $from, to: $to) {
    area { code name type } from to note
    changes {
      kind on notBefore notAfter takenAs bounded readFrom description
      subject { label id code name } before { label id code name } after { label id code name }
      services { label id code name }
      funding { stream { id name } yearBefore yearAfter amountBefore amountAfter difference currency }
      sources { id title }
    }
  }
}`;

/** Asks the question. */
export async function fetchChanges(area: string, from: string, to: string): Promise<Changes> {
  return (await gql<{ changes: Changes }>(CHANGES, { area, from, to })).changes;
}

/** More bodies than this are not drawn (the table still lists every change). */
const MAX_DRAWN = 400;

/** The day before an ISO day. */
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The edges a change is read from, as [from, relationship, to, dates]: successions point from
 * the old body to the new; a membership from the member to the body joined or left, dated by the
 * change; a change of deliverer from the service to each body. Responsibilities and money are
 * table rows only (a reorganisation moves hundreds of services).
 */
type DrawnEdge = [Ref, string, Ref, { validFrom?: string; validTo?: string }];
function changeEdges(c: Change): DrawnEdge[] {
  const ended = c.on ? { validTo: dayBefore(c.on) } : {};
  const began = c.on ? { validFrom: c.on } : {};
  switch (c.kind) {
    case "AUTHORITY_CREATED":
    case "PARISH_RECODED":
    case "PARISH_MERGED":
      return c.before.map((b): DrawnEdge => [b, "REPLACED_BY", c.subject, {}]);
    case "AUTHORITY_ABOLISHED":
      return c.after.map((a): DrawnEdge => [c.subject, "REPLACED_BY", a, {}]);
    case "MEMBERSHIP_STARTED":
      return c.after.map((a): DrawnEdge => [c.subject, c.readFrom, a, began]);
    case "MEMBERSHIP_ENDED":
      return c.before.map((b): DrawnEdge => [c.subject, c.readFrom, b, ended]);
    case "DELIVERER_MOVED":
    case "DELIVERER_STARTED":
    case "DELIVERER_ENDED":
      return [...c.before.map((b): DrawnEdge => [c.subject, "DELIVERED_BY", b, ended]), ...c.after.map((a): DrawnEdge => [c.subject, "DELIVERED_BY", a, began])];
    default:
      return [];
  }
}

/** The refs a change draws: its subject (not a funding stream), and what its edges join. */
function drawnRefs(c: Change): Ref[] {
  const edges = changeEdges(c);
  if (edges.length) return edges.flatMap(([f, , t]) => [f, t]);
  return c.kind.startsWith("PARISH_") || c.kind.startsWith("AUTHORITY_") ? [c.subject] : [];
}

/**
 * Draws the area and the bodies and edges of its changes, reading each authority's and parish's
 * own dates first (so the view's date shows the before or the after side). Returns what to
 * highlight, the keys of the nodes that were new, and whether MAX_DRAWN cut the bodies.
 */
export async function drawChanges(g: TGraph, answer: Changes): Promise<{ nodes: Set<string>; edges: Set<string>; added: string[]; cut: boolean }> {
  const areaKey = nodeKey("Authority", answer.area.code);
  const refs = new Map<string, Ref>([[areaKey, { label: "Authority", id: answer.area.code, code: answer.area.code, name: answer.area.name }]]);
  for (const c of answer.changes) for (const r of drawnRefs(c)) if (isKind(r.label)) refs.set(nodeKey(r.label, r.id), r);
  const cut = refs.size > MAX_DRAWN;
  const keys = [...refs.keys()].slice(0, MAX_DRAWN);
  const codes = (label: string) => keys.filter((k) => k.startsWith(`${label}:`)).map((k) => k.slice(label.length + 1));
  type Body = Parameters<typeof upsertNode>[1];
  const { authorities, parishes } = await gql<{ authorities: Body[]; parishes: Body[] }>(
    `query ChangedBodies($authorities: [ID!]!, $parishes: [ID!]!, $n: Int!) {
      authorities(where: { code: { in: $authorities } }, limit: $n) { __typename ${NODE_FIELDS.Authority} }
      parishes(where: { code: { in: $parishes } }, limit: $n) { __typename ${NODE_FIELDS.Parish} }
    }`,
    { authorities: codes("Authority"), parishes: codes("Parish"), n: MAX_DRAWN },
  );
  const existed = new Set(keys.filter((k) => g.hasNode(k)));
  const near = g.hasNode(areaKey) ? g.getNodeAttributes(areaKey) : undefined;
  for (const n of [...authorities, ...parishes]) upsertNode(g, n, near);
  const nodes = new Set<string>();
  for (const key of keys) {
    const r = refs.get(key) as Ref;
    if (!g.hasNode(key)) mergeNode(g, key, { kind: r.label as Kind, code: r.id, name: r.name, label: r.name }, near);
    nodes.add(key);
  }
  const edges = new Set<string>();
  for (const c of answer.changes) {
    for (const [f, rel, t, dates] of changeEdges(c)) {
      const from = nodeKey(f.label, f.id);
      const to = nodeKey(t.label, t.id);
      if (nodes.has(from) && nodes.has(to)) edges.add(upsertEdge(g, from, rel, to, dates));
    }
  }
  return { nodes, edges, added: keys.filter((k) => !existed.has(k) && k !== areaKey), cut };
}

const KIND_WORDS: Record<string, string> = {
  AUTHORITY_CREATED: "Authority created",
  AUTHORITY_ABOLISHED: "Authority abolished",
  PARISH_STARTED: "Parish code started",
  PARISH_ENDED: "Parish code ended",
  PARISH_RECODED: "Parish recoded",
  PARISH_MERGED: "Parishes merged",
  RESPONSIBILITIES_MOVED: "Responsibilities moved",
  RESPONSIBILITIES_STARTED: "Responsibilities started",
  RESPONSIBILITIES_ENDED: "Responsibilities ended",
  DELIVERER_MOVED: "Deliverer changed",
  DELIVERER_STARTED: "Deliverer started",
  DELIVERER_ENDED: "Deliverer stopped",
  MEMBERSHIP_STARTED: "Membership started",
  MEMBERSHIP_ENDED: "Membership ended",
  FUNDING_CHANGED: "Funding changed",
};
const kindWords = (kind: string): string => KIND_WORDS[kind] ?? kind;

/** When: the day, or "between A and B" with the day the graph takes. */
const when = (c: Pick<Change, "on" | "notBefore" | "notAfter" | "takenAs">): string =>
  c.on ?? `between ${c.notBefore ?? "…"} and ${c.notAfter ?? "…"} (taken as ${c.takenAs ?? "unknown"})`;

const money = (n: number | null | undefined, currency: string) =>
  n == null ? "none" : new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 }).format(n);

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const names = (refs: Ref[]) => refs.map((r) => `${r.name}${r.code ? ` (${r.code})` : ""}`).join("; ");

/** One side of a row: the bodies, or the year's amount; services in a disclosure when many. */
function side(c: Change, which: "before" | "after"): HTMLElement {
  const td = el("td");
  if (c.funding) {
    const f = c.funding;
    td.textContent = which === "before" ? `${f.yearBefore}: ${money(f.amountBefore, f.currency)}` : `${f.yearAfter}: ${money(f.amountAfter, f.currency)}`;
    return td;
  }
  td.textContent = sideRefs(c, which).map((r) => names([r])).join("; ") || "—";
  return td;
}

/**
 * What held on one side: the change's `before` or `after`, and the subject itself on the side
 * it exists on when the change is its beginning or end (a new authority after, an abolished one
 * before; a parish code likewise).
 */
function sideRefs(c: Pick<Change, "kind" | "subject" | "before" | "after">, which: "before" | "after"): Ref[] {
  const refs = c[which];
  if (refs.length) return refs;
  const begins = c.kind === "AUTHORITY_CREATED" || c.kind === "PARISH_STARTED";
  const ends = c.kind === "AUTHORITY_ABOLISHED" || c.kind === "PARISH_ENDED";
  return (which === "after" && begins) || (which === "before" && ends) ? [c.subject] : [];
}

function what(c: Change): HTMLElement {
  const td = el("td");
  td.append(el("strong", kindWords(c.kind)), el("div", c.funding ? c.funding.stream.name : names([c.subject])));
  if (c.services.length > 1) {
    const d = el("details");
    d.append(el("summary", `${c.services.length} services`), el("div", names(c.services), "muted"));
    td.append(d);
  } else if (c.services.length === 1 && c.services[0]?.id !== c.subject.id) td.append(el("div", names(c.services), "muted"));
  td.append(el("div", c.description, "muted"));
  return td;
}

/**
 * Renders the before/after view of an answer into `host`. `onSide` moves the view's date to `from`
 * ("before") or `to` ("after"); main.ts presses the button of the side the date is on, as it changes.
 */
export function renderChanges(host: HTMLElement, a: Changes, onSide: (side: "before" | "after") => void, drawnNote = ""): void {
  const head = el("h2", `What changed in ${a.area.name} (${a.area.code}) after ${a.from}, up to ${a.to}`);
  head.id = "changes-title";
  const summary = el("p", `${a.changes.length} change(s).${drawnNote ? ` ${drawnNote}` : ""}`);
  const bar = el("div", undefined, "actions");
  const buttons = (["before", "after"] as const).map((s) => {
    const b = Object.assign(el("button", s === "before" ? `Before: ${a.from}` : `After: ${a.to}`), { type: "button" });
    b.dataset.side = s;
    b.setAttribute("aria-pressed", "false");
    b.addEventListener("click", () => onSide(s));
    return b;
  });
  const csv = Object.assign(el("button", "Download CSV"), { type: "button", id: "changes-csv" });
  const file = `changes-${a.area.code}-${a.from}-${a.to}.csv`.replace(/[^\w.-]+/g, "-");
  csv.addEventListener("click", () => download(file, "text/csv;charset=utf-8", toCsv(CHANGE_COLUMNS, changeRows(a.area, a.from, a.to, a.changes))));
  bar.append(...buttons, csv);

  const parts: HTMLElement[] = [head, summary, bar];
  if (a.note) parts.push(el("p", a.note, "muted"));
  if (a.changes.length) {
    const t = el("table");
    t.createCaption().textContent = `Changes in ${a.area.name}: the state on ${a.from} (before) and on ${a.to} (after)`;
    const tr = t.createTHead().insertRow();
    for (const h of ["Took effect", "What changed", `Before (${a.from})`, `After (${a.to})`, "Sources"]) tr.append(Object.assign(el("th", h), { scope: "col" }));
    const body = t.createTBody();
    for (const c of a.changes) {
      const row = body.insertRow();
      row.dataset.kind = c.kind;
      row.dataset.subject = c.subject.id;
      row.append(el("td", when(c)), what(c), side(c, "before"), side(c, "after"), el("td", c.sources.map((s) => s.title).join("; ")));
    }
    parts.push(t);
  } else parts.push(el("p", "Nothing in the graph changed there between those dates."));
  host.replaceChildren(...parts);
  host.hidden = false;
}
