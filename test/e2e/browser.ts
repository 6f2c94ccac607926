/**
 * Headless Chromium for the explorer's end-to-end test: Debian's /usr/bin/chromium (installed
 * by scripts/browser.sh) driven by playwright-core, which never downloads a browser. Each
 * launch gets a fresh, empty profile.
 *
 * Functions passed to page.evaluate run in the page, but are type-checked here with the root
 * tsconfig, which has no DOM types: they reach the page through `globalThis as unknown as Win`.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
// No GPU here: WebGL runs on ANGLE's SwiftShader (software), which Chromium only allows for
// WebGL when asked. With --disable-gpu instead, drawing all of England blocks the page for
// seconds at a time in the slower fallback; with these, a few hundred milliseconds.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The little of the page the tests read: body's data-* counts and what main.ts exposes. */
export interface Win {
  document: { body: { dataset: Record<string, string | undefined> }; getElementById(id: string): { textContent: string | null } | null };
  requestAnimationFrame(cb: () => void): number;
  PerformanceObserver: new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: { type: "longtask" }): void };
  __tiergraph: {
    graph: { nodes(): string[]; edges(): string[]; order: number; getNodeAttribute(key: string, name: string): unknown };
    visible(): { nodes(): string[]; edges(): string[] };
    state: { selected: string | null; highlight: { nodes: Set<string>; edges: Set<string> } | null };
    renderer: {
      refresh(): void;
      getNodeDisplayData(key: string): { x: number; y: number } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getContainer(): { getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
    };
    layoutRunning(): boolean;
  };
}

/** What is drawn: every node key in the graph, and the keys of the visible nodes and edges. */
export interface Drawn {
  nodes: string[];
  visibleNodes: string[];
  edges: string[];
}

/** Launches Chromium; fails with what to do when it is missing. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run bash scripts/browser.sh (or apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Opens the explorer and waits until it has read the tiers; page errors are collected in `errors`. */
export async function openExplorer(browser: Browser, baseUrl: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await page.goto(`${baseUrl}/explorer/`);
  await page.waitForFunction(() => (globalThis as unknown as Win).document.getElementById("status")?.textContent?.startsWith("Ready"));
  return { page, errors };
}

/** Waits until no API call is in flight and the layout has stopped (so nodes stay where they are). */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = globalThis as unknown as Win;
      return w.document.body.dataset.busy === "0" && !w.__tiergraph.layoutRunning();
    },
    null,
    { timeout, polling: 100 },
  );
}

/** The drawn graph's node keys, and the visible nodes' and edges' keys. */
export const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const t = (globalThis as unknown as Win).__tiergraph;
    const v = t.visible();
    return { nodes: t.graph.nodes(), visibleNodes: v.nodes(), edges: v.edges() };
  });

/** Clicks a node where sigma draws it, as a person would, and waits for what that starts. */
export async function clickNode(page: Page, key: string): Promise<void> {
  await settled(page);
  const at = await page.evaluate((k) => {
    const r = (globalThis as unknown as Win).__tiergraph.renderer;
    // Draw now, from the graph as it is: the last frame may predate the layout's last step.
    r.refresh();
    const d = r.getNodeDisplayData(k);
    if (!d) throw new Error(`${k} is not drawn`);
    const v = r.framedGraphToViewport(d);
    const box = r.getContainer().getBoundingClientRect();
    if (v.x < 0 || v.y < 0 || v.x > box.width || v.y > box.height) throw new Error(`${k} is drawn outside the view (${Math.round(v.x)}, ${Math.round(v.y)})`);
    return { x: box.left + v.x, y: box.top + v.y };
  }, key);
  await page.mouse.click(at.x, at.y);
  // A click on a node selects it at once (then fetches its details and neighbours).
  await page.waitForFunction((k) => (globalThis as unknown as Win).__tiergraph.state.selected === k, key, { timeout: 5_000 });
  await settled(page);
}
