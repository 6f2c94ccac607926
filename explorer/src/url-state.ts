/**
 * A view as a link: what main.ts needs to rebuild it, written to and read from the URL's hash
 * (`#on=2024-06-01&expand=Parish:E04004989&select=…`). Pure (no DOM): encodeView and decodeView
 * are tested in Node (test/unit/url-state.test.ts). The hash, not the query string: the server
 * never sees it, and changing it does not reload the page.
 *
 * Parameters (repeatable ones may appear many times, in order):
 * - `on`: the date (YYYY-MM-DD);
 * - `expand` (repeatable): the nodes expanded, as `Kind:code`, in the order they were expanded;
 * - `select`: the selected node;
 * - `hide` / `hiderel` (repeatable): the kinds and relationship types unticked in the legend;
 * - `service`, `place`: the who-delivers form; `ask`: the date it was asked for (answers shown);
 * - `table=1`: the table view is open;
 * - `changes`, `from`, `to`: the what-changed form (area, and the two dates), asked and shown.
 * The partnership panel opens by itself for a selected partnership; its area is the partnership's.
 */
import { isKind, RELATIONS } from "./relations.js";

/** What a link holds. */
export interface SharedView {
  date: string | null;
  expanded: string[];
  selected: string | null;
  hiddenKinds: string[];
  hiddenRels: string[];
  who: { service: string; place: string; asked: string | null };
  table: boolean;
  /** The what-changed question shown (null: none). */
  changes: { area: string; from: string; to: string } | null;
}

/** Nothing: what an empty hash decodes to. */
export const emptyView = (): SharedView => ({
  date: null,
  expanded: [],
  selected: null,
  hiddenKinds: [],
  hiddenRels: [],
  who: { service: "", place: "", asked: null },
  table: false,
  changes: null,
});

/** More nodes than this in one link are not expanded (each is a few API calls). */
export const MAX_EXPANDED = 40;
/** The longest text taken for the who-delivers form's fields. */
const MAX_TEXT = 200;

const REL_TYPES = new Set(Object.values(RELATIONS).flatMap((rs) => rs.map((r) => r.type)));
const KNOWN = new Set(["on", "expand", "select", "hide", "hiderel", "service", "place", "ask", "table", "changes", "from", "to"]);

/** A day that exists, as YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A node key the explorer draws: `Kind:code`, with a known kind and a non-empty code. */
export function isNodeKey(s: string): boolean {
  const i = s.indexOf(":");
  return i > 0 && isKind(s.slice(0, i)) && s.length > i + 1 && s.length <= 200;
}

/** The view as a hash (without `#`); parameters in a fixed order, empty ones left out. */
export function encodeView(v: SharedView): string {
  const p = new URLSearchParams();
  if (v.date) p.set("on", v.date);
  for (const k of v.expanded) p.append("expand", k);
  if (v.selected) p.set("select", v.selected);
  for (const k of [...v.hiddenKinds].sort()) p.append("hide", k);
  for (const r of [...v.hiddenRels].sort()) p.append("hiderel", r);
  if (v.who.service) p.set("service", v.who.service);
  if (v.who.place) p.set("place", v.who.place);
  if (v.who.asked) p.set("ask", v.who.asked);
  if (v.table) p.set("table", "1");
  if (v.changes) {
    p.set("changes", v.changes.area);
    p.set("from", v.changes.from);
    p.set("to", v.changes.to);
  }
  return p.toString();
}

/**
 * Reads a hash (with or without `#`). Nothing in it is trusted: what is unknown, garbled or
 * repeated where it should not be is left out, and `ignored` says what and why, for the page to show.
 */
export function decodeView(hash: string): { view: SharedView; ignored: string[] } {
  const ignored: string[] = [];
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const one = (name: string, valid: (s: string) => boolean, what: string): string | null => {
    const all = p.getAll(name);
    if (all.length > 1) ignored.push(`${name}: given ${all.length} times, the first is used`);
    const v = all[0];
    if (v === undefined) return null;
    if (valid(v)) return v;
    ignored.push(`${name}=${clip(v)}: not ${what}`);
    return null;
  };
  const many = (name: string, valid: (s: string) => boolean, what: string): string[] => {
    const out: string[] = [];
    for (const v of p.getAll(name)) {
      if (!valid(v)) ignored.push(`${name}=${clip(v)}: not ${what}`);
      else if (!out.includes(v)) out.push(v);
    }
    return out;
  };
  for (const name of new Set(p.keys())) if (!KNOWN.has(name)) ignored.push(`${clip(name)}: not a view parameter`);

  const text = (s: string) => s.trim().length > 0 && s.length <= MAX_TEXT;
  const expanded = many("expand", isNodeKey, "a node (Kind:code)");
  if (expanded.length > MAX_EXPANDED) ignored.push(`expand: ${expanded.length} nodes, only the first ${MAX_EXPANDED} are expanded`);
  const table = one("table", (s) => s === "1" || s === "0", "1 or 0");
  const view: SharedView = {
    date: one("on", isDay, "a date (YYYY-MM-DD)"),
    expanded: expanded.slice(0, MAX_EXPANDED),
    selected: one("select", isNodeKey, "a node (Kind:code)"),
    hiddenKinds: many("hide", isKind, "a kind"),
    hiddenRels: many("hiderel", (s) => REL_TYPES.has(s), "a relationship type"),
    who: {
      service: one("service", text, "a service (1 to 200 characters)") ?? "",
      place: one("place", text, "a place (1 to 200 characters)") ?? "",
      asked: one("ask", isDay, "a date (YYYY-MM-DD)"),
    },
    table: table === "1",
    changes: null,
  };
  const area = one("changes", text, "an area (1 to 200 characters)");
  const from = one("from", isDay, "a date (YYYY-MM-DD)");
  const to = one("to", isDay, "a date (YYYY-MM-DD)");
  if (area && from && to && from <= to) view.changes = { area, from, to };
  else if (area || from || to) ignored.push(area && from && to ? "changes: from is after to" : "changes: the what-changed form needs an area, from and to");
  if (view.who.asked && !(view.who.service && view.who.place)) {
    ignored.push("ask: the who-delivers form needs both a service and a place");
    view.who.asked = null;
  }
  return { view, ignored };
}

/** Keeps expansion order across changes: the keys still expanded, in their old order, then the new ones. */
export function keepOrder(before: string[], now: Iterable<string>): string[] {
  const current = new Set(now);
  return [...before.filter((k) => current.has(k)), ...[...current].filter((k) => !before.includes(k))];
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
