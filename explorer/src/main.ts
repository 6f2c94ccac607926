/**
 * The page: wires the search, the toolbar, the panels and the picture to the app (app.ts).
 * Exposes `window.__tiergraph` (graph, view state, renderer) and `data-*` counts on <body>
 * so the end-to-end test can check what is drawn.
 */
import "./styles.css";
import { drawChanges, fetchChanges, renderChanges } from "./changes.js";
import { fetchAnalysis, renderAnalysis, type Analysis, type PartnershipRef } from "./analysis.js";
import { gql } from "./api.js";
import { createApp } from "./app.js";
import { loadEngland } from "./england.js";
import { exportAs } from "./exporters.js";
import { bindMouse } from "./interact.js";
import { nodeKey } from "./graph.js";
import { AUTO_LAYOUT_MAX, isRunning, ring, settle, stop } from "./layout.js";
import { renderLegend } from "./legend.js";
import { fetchDetails, renderPanel, type Details } from "./panel.js";
import { TIERS } from "./queries.js";
import { mountSearch } from "./search.js";
import { createSharing } from "./share.js";
import { colourOf, setTiers } from "./style.js";
import { renderTable } from "./table.js";
import { visibleSubgraph } from "./view.js";
import { drawPaths, renderAnswers, whoDelivers } from "./who.js";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");
const app = createApp($("graph"), status, () => {
  renderLegend($("legend"), app.graph, app.state, app.changed);
  if (!$("table").hidden) renderTable($("table"), visibleSubgraph(app.graph, app.state), select);
  renderSelected();
  markSide();
  sharing.record();
});
const { graph, state, renderer } = app;
const details = new Map<string, Details>();
const analyses = new Map<string, Analysis>();
const PLACES = ["Parish", "Authority", "UnparishedArea"];
Object.assign(window, { __tiergraph: { graph, state, renderer, visible: () => visibleSubgraph(graph, state), layoutRunning: isRunning } });

function renderSelected(): void {
  const key = state.selected;
  if (!key || !graph.hasNode(key)) return;
  const a = graph.getNodeAttributes(key);
  renderPanel($("panel"), a, details.get(key) ?? null, [
    a.expanded ? ["Collapse", () => app.collapse(key)] : ["Expand", () => void app.expand(key)],
    [a.pinned ? "Unpin" : "Pin", () => app.togglePin(key)],
    ...(PLACES.includes(a.kind) ? [["Who delivers here…", () => $("who-service").focus()] as [string, () => void]] : []),
    ...(a.kind === "Authority" ? [["What changed here…", () => $("changes-from").focus()] as [string, () => void]] : []),
  ]);
}

/** Draws a partnership named in the analysis panel, and selects it. */
const showPartnership = (p: PartnershipRef) => void app.start({ kind: "Partnership", code: p.id, name: p.name, detail: p.kind }).then(select);

/** The partnership panel: shown for a selected partnership, from the analysis queries (slow: seconds). */
async function renderPartnership(key: string): Promise<void> {
  const host = $("analysis");
  const a = graph.getNodeAttributes(key);
  host.hidden = a.kind !== "Partnership";
  if (host.hidden) return;
  renderAnalysis(host, a.name, analyses.get(a.code) ?? null, showPartnership);
  if (analyses.has(a.code)) return;
  const got = await app.busy(`Asking how ${a.name} overlaps with other partnerships…`, () => fetchAnalysis(a.code));
  if (!got) return;
  analyses.set(a.code, got);
  status.textContent = `${a.name}: ${got.overlaps.length} overlapping partnerships${got.area ? ` in ${got.area}` : ""}.`;
  if (state.selected === key) renderAnalysis(host, a.name, got, showPartnership);
}

async function select(key: string): Promise<void> {
  state.selected = key;
  const a = graph.getNodeAttributes(key);
  if (PLACES.includes(a.kind)) $<HTMLInputElement>("who-place").value = a.code;
  if (a.kind === "Authority") $<HTMLInputElement>("changes-area").value = a.code;
  app.changed();
  const partnership = renderPartnership(key);
  if (!details.has(key)) {
    const d = await app.busy(`Reading ${a.name}…`, () => fetchDetails(a.kind, a.code));
    if (d) {
      details.set(key, d);
      status.textContent = `${a.name} selected.`;
    }
    renderSelected();
  }
  await partnership;
}

mountSearch($("search"), $("search-results"), status, (hit) => void app.start(hit).then(select), () => state.date);
if (renderer) bindMouse(renderer, graph, (key) => void select(key).then(() => (graph.getNodeAttribute(key, "expanded") ? undefined : app.expand(key))), () => app.changed());

$<HTMLInputElement>("date").value = state.date;
$<HTMLInputElement>("date").addEventListener("change", (e) => {
  state.date = (e.target as HTMLInputElement).value || state.date;
  app.changed();
});

/** The date the answers shown were asked for (null: none shown); the link asks again for it. */
let askedOn: string | null = null;

/** Asks the who-delivers form's question for `on`, lists the answers and highlights their paths. */
async function ask(on: string): Promise<void> {
  const service = $<HTMLInputElement>("who-service").value.trim();
  const place = $<HTMLInputElement>("who-place").value.trim();
  const answers = await app.busy("Asking who delivers…", () => whoDelivers(service, place, on));
  if (!answers) return;
  askedOn = on;
  state.highlight = drawPaths(graph, answers);
  renderAnswers($("who-answers"), answers);
  $("who-answers").scrollIntoView({ block: "nearest" });
  // No layout run here: what was drawn stays put, and the path's new nodes are placed by drawPaths.
  renderer?.setCustomBBox(null);
  app.changed();
  status.textContent = `${answers.length} answer(s): ${answers.map((p) => p.authority.name).join(", ") || "none"}. The path is highlighted.`;
}
$("who-form").addEventListener("submit", (e) => (e.preventDefault(), void ask(state.date)));
$("who-clear").addEventListener("click", () => ((state.highlight = null), (askedOn = null), $("who-answers").replaceChildren(), app.changed()));
for (const id of ["who-service", "who-place"]) $(id).addEventListener("change", () => sharing.record());

/** The what-changed question whose answer is shown (null: none); the link asks it again. */
let askedChanges: { area: string; from: string; to: string } | null = null;

/** Presses the what-changed view's Before or After button when the view's date is on that side. */
function markSide(): void {
  const side = !askedChanges ? null : state.date === askedChanges.from ? "before" : state.date === askedChanges.to ? "after" : null;
  for (const b of document.querySelectorAll<HTMLElement>("#changes-view [data-side]")) b.setAttribute("aria-pressed", String(b.dataset.side === side));
}

/** Sets the view's date (the date box too). */
function setDate(date: string): void {
  state.date = date;
  $<HTMLInputElement>("date").value = date;
}

/**
 * Asks what changed in the area between the form's dates, shows the before/after table, draws
 * the bodies the changes name and highlights them; `moveDate` puts the view on the after side.
 */
async function askChanges(moveDate: boolean): Promise<void> {
  const q = { area: $<HTMLInputElement>("changes-area").value.trim(), from: $<HTMLInputElement>("changes-from").value, to: $<HTMLInputElement>("changes-to").value };
  if (q.from > q.to) return void (status.textContent = "What changed: From must not be after To.");
  const got = await app.busy(`Asking what changed in ${q.area}…`, async () => {
    const answer = await fetchChanges(q.area, q.from, q.to);
    return { answer, drawn: await drawChanges(graph, answer) };
  });
  if (!got) return;
  const { answer, drawn } = got;
  askedChanges = q;
  if (moveDate) setDate(answer.to);
  state.highlight = drawn.nodes.size ? { nodes: drawn.nodes, edges: drawn.edges } : null;
  ring(graph, nodeKey("Authority", answer.area.code), drawn.added);
  renderer?.setCustomBBox(null);
  if (renderer && drawn.added.length && graph.order <= AUTO_LAYOUT_MAX) settle(graph, 1500);
  const note = drawn.nodes.size ? `${drawn.nodes.size} bodies drawn${drawn.cut ? " (the first of them)" : ""}: Before and After set the view's date.` : "";
  renderChanges($("changes-view"), answer, (side) => (setDate(side === "before" ? answer.from : answer.to), app.changed()), note);
  app.changed();
  status.textContent = `${answer.area.name}: ${answer.changes.length} change(s) after ${answer.from}, up to ${answer.to}.`;
}
$("changes-form").addEventListener("submit", (e) => (e.preventDefault(), void askChanges(true)));
$("changes-clear").addEventListener("click", () => {
  askedChanges = null;
  state.highlight = null;
  $("changes-view").replaceChildren();
  $("changes-view").hidden = true;
  app.changed();
});
for (const id of ["changes-area", "changes-from", "changes-to"]) $(id).addEventListener("change", () => sharing.record());

$("england").addEventListener("click", async (e) => {
  const button = e.currentTarget as HTMLButtonElement;
  button.disabled = true;
  const t0 = performance.now();
  const loaded = await app.busy("Loading all of England…", () => loadEngland(graph, state.date, (m) => (status.textContent = m)));
  if (!loaded) return void (button.disabled = false);
  const drawn = new Promise<void>((resolve) => (renderer ? renderer.once("afterRender", () => requestAnimationFrame(() => resolve())) : resolve()));
  renderer?.setCustomBBox(null);
  app.changed();
  await drawn;
  const ms = Math.round(performance.now() - t0);
  document.body.dataset.englandMs = String(ms);
  status.textContent = `All of England: ${loaded.nodes} places and ${loaded.edges} WITHIN relationships, drawn in ${(ms / 1000).toFixed(1)} s.`;
});

$("layout").addEventListener("click", (e) => {
  const b = e.currentTarget as HTMLButtonElement;
  if (isRunning()) stop();
  else settle(graph, Infinity);
  b.setAttribute("aria-pressed", String(isRunning()));
});
$("fit").addEventListener("click", () => void renderer?.getCamera().animatedReset());
$("table-toggle").addEventListener("click", (e) => {
  const shown = $("table").hidden;
  $("table").hidden = !shown;
  (e.currentTarget as HTMLElement).setAttribute("aria-pressed", String(shown));
  app.changed();
});
for (const b of document.querySelectorAll<HTMLButtonElement>("[data-export]")) {
  b.addEventListener("click", () => {
    if (renderer) void app.busy(`Exporting ${b.dataset.export}…`, () => exportAs(b.dataset.export as "png", visibleSubgraph(graph, state), renderer)).then(() => (status.textContent = "Exported."));
  });
}

const sharing = createSharing(app, {
  select,
  async fillWho(service, place, asked) {
    $<HTMLInputElement>("who-service").value = service;
    $<HTMLInputElement>("who-place").value = place;
    if (asked) await ask(asked);
  },
  who: () => ({ service: $<HTMLInputElement>("who-service").value.trim(), place: $<HTMLInputElement>("who-place").value.trim(), asked: askedOn }),
  setDate,
  changes: () => askedChanges,
  async fillChanges(c) {
    $<HTMLInputElement>("changes-area").value = c.area;
    $<HTMLInputElement>("changes-from").value = c.from;
    $<HTMLInputElement>("changes-to").value = c.to;
    await askChanges(false);
  },
  tableOpen: () => !$("table").hidden,
  openTable: () => $("table-toggle").click(),
}, $("view-note"));
$("copy-link").addEventListener("click", () => void sharing.copy(status));

void (async () => {
  const read = await app.busy("Reading the tiers…", async () => {
    setTiers((await gql<{ tiers: { code: string; name: string }[] }>(TIERS)).tiers);
    graph.updateEachNodeAttributes((_, a) => ({ ...a, color: colourOf(a) }));
    app.changed();
    return true;
  });
  // A link opens on the view it holds; "Ready" only once it is rebuilt (the tests wait for it).
  // What it held that could not be used is listed in #view-note.
  const linked = location.hash.length > 1;
  if (linked) status.textContent = "Rebuilding the linked view…";
  await sharing.restore();
  if (!read) return;
  status.textContent = linked ? "Ready: the linked view is rebuilt." : "Ready: search for a place, an authority, a service or a partnership.";
})();
