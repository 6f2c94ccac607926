/**
 * The page: wires the search, the toolbar, the panels and the picture to the app (app.ts).
 * Exposes `window.__tiergraph` (graph, view state, renderer) and `data-*` counts on <body>
 * so the end-to-end test can check what is drawn.
 */
import "./styles.css";
import { fetchAnalysis, renderAnalysis, type Analysis, type PartnershipRef } from "./analysis.js";
import { gql } from "./api.js";
import { createApp } from "./app.js";
import { loadEngland } from "./england.js";
import { exportAs } from "./exporters.js";
import { bindMouse } from "./interact.js";
import { isRunning, settle, stop } from "./layout.js";
import { renderLegend } from "./legend.js";
import { fetchDetails, renderPanel, type Details } from "./panel.js";
import { TIERS } from "./queries.js";
import { mountSearch } from "./search.js";
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

$("who-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const service = $<HTMLInputElement>("who-service").value.trim();
  const place = $<HTMLInputElement>("who-place").value.trim();
  const answers = await app.busy("Asking who delivers…", () => whoDelivers(service, place, state.date));
  if (!answers) return;
  state.highlight = drawPaths(graph, answers);
  renderAnswers($("who-answers"), answers);
  $("who-answers").scrollIntoView({ block: "nearest" });
  // No layout run here: what was drawn stays put, and the path's new nodes are placed by drawPaths.
  renderer?.setCustomBBox(null);
  app.changed();
  status.textContent = `${answers.length} answer(s): ${answers.map((p) => p.authority.name).join(", ") || "none"}. The path is highlighted.`;
});
$("who-clear").addEventListener("click", () => ((state.highlight = null), $("who-answers").replaceChildren(), app.changed()));

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

void app.busy("Reading the tiers…", async () => {
  setTiers((await gql<{ tiers: { code: string; name: string }[] }>(TIERS)).tiers);
  graph.updateEachNodeAttributes((_, a) => ({ ...a, color: colourOf(a) }));
  app.changed();
  status.textContent = "Ready: search for a place, an authority, a service or a partnership.";
});
