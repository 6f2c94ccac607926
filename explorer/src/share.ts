/**
 * Shareable views: after every change the view is written to the URL's hash (url-state.ts),
 * with history.replaceState, so the address bar always holds a link to what is on screen and
 * Back is not filled with every click; on load, a link's hash is read and the view rebuilt:
 * the date and filters, the same nodes expanded in the same order, the selection, the
 * who-delivers form (asked again, for the date it was asked for), the what-changed view (asked
 * again; the view's date stays the link's) and the table view.
 * What a link holds that cannot be used is listed in #view-note, not thrown.
 */
import type { App } from "./app.js";
import { mergeNode } from "./graph.js";
import { isKind } from "./relations.js";
import { decodeView, encodeView, keepOrder, type SharedView } from "./url-state.js";

/** What the page does for a rebuilt view (main.ts owns the form, the selection and the table). */
export interface ShareHooks {
  select(key: string): Promise<void>;
  /** Fills the who-delivers form and, with a date, asks it for that date. */
  fillWho(service: string, place: string, asked: string | null): Promise<void>;
  /** The form as it is, and the date of the answers shown (null: none shown). */
  who(): SharedView["who"];
  setDate(date: string): void;
  tableOpen(): boolean;
  openTable(): void;
  /** The what-changed question shown (null: none). */
  changes(): SharedView["changes"];
  /** Fills the what-changed form, asks it and shows the before/after view. */
  fillChanges(changes: NonNullable<SharedView["changes"]>): Promise<void>;
}

/** Wires the URL to the app; `note` shows what a link held that was left out. */
export function createSharing(app: App, hooks: ShareHooks, note: HTMLElement) {
  const { graph, state } = app;
  // Nothing is written until the link the page was opened with has been read.
  let restoring = true;
  let order: string[] = [];

  const current = (): SharedView => {
    const expanded: string[] = [];
    graph.forEachNode((key, a) => void (a.expanded && expanded.push(key)));
    order = keepOrder(order, expanded);
    return {
      date: state.date,
      expanded: order,
      selected: state.selected && graph.hasNode(state.selected) ? state.selected : null,
      hiddenKinds: [...state.hiddenKinds],
      hiddenRels: [...state.hiddenRels],
      who: hooks.who(),
      table: hooks.tableOpen(),
      changes: hooks.changes(),
    };
  };

  const showNote = (lines: string[]) => {
    note.hidden = !lines.length;
    note.textContent = lines.length ? `Part of this link was not used: ${lines.join("; ")}.` : "";
  };

  const sharing = {
    /** Writes the view to the hash (replacing the history entry). */
    record(): void {
      if (restoring) return;
      const hash = `#${encodeView(current())}`;
      if (hash !== location.hash) history.replaceState(history.state, "", hash === "#" ? location.pathname + location.search : hash);
    },
    /** Rebuilds the view the page's hash describes; then starts recording. */
    async restore(): Promise<void> {
      const { view, ignored } = decodeView(location.hash);
      const notes = [...ignored];
      try {
        if (view.date) hooks.setDate(view.date);
        view.hiddenKinds.forEach((k) => state.hiddenKinds.add(k));
        view.hiddenRels.forEach((r) => state.hiddenRels.add(r));
        for (const key of view.expanded) {
          const created = !graph.hasNode(key);
          if (created) {
            const kind = key.slice(0, key.indexOf(":"));
            const code = key.slice(kind.length + 1);
            if (isKind(kind)) mergeNode(graph, key, { kind, code, name: code, label: code });
          }
          await app.expand(key);
          if (!graph.getNodeAttribute(key, "expanded")) {
            notes.push(`${key} could not be expanded`);
            if (created && graph.degree(key) === 0) graph.dropNode(key);
          }
        }
        if (view.selected && graph.hasNode(view.selected)) await hooks.select(view.selected);
        else if (view.selected) notes.push(`select=${view.selected}: not among the nodes drawn`);
        if (view.changes) await hooks.fillChanges(view.changes);
        if (view.who.service || view.who.place) await hooks.fillWho(view.who.service, view.who.place, view.who.asked);
        if (view.table && !hooks.tableOpen()) hooks.openTable();
      } finally {
        restoring = false;
        app.changed();
        showNote(notes);
      }
    },
    /** Copies the link to the clipboard; where the browser refuses, shows it to copy by hand. */
    async copy(status: HTMLElement): Promise<void> {
      sharing.record();
      try {
        await navigator.clipboard.writeText(location.href);
        status.textContent = "Link to this view copied.";
      } catch {
        status.textContent = `Copy this link: ${location.href}`;
      }
    },
  };
  // A hash typed or pasted into the address bar does not reload the page: rebuild from it.
  addEventListener("hashchange", () => location.reload());
  return sharing;
}
