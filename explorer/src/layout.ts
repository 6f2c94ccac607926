/**
 * Layout: new neighbours go on a ring round the node they came from (instant and stable), then
 * ForceAtlas2 runs in a web worker for a moment so the page never freezes. Pinned nodes carry
 * `fixed`, which ForceAtlas2 leaves in place.
 */
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { TGraph } from "./graph.js";

/** Above this many nodes the layout only runs when asked (the Layout button): it would move too much at once. */
export const AUTO_LAYOUT_MAX = 2000;

let running: FA2Layout | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Puts `keys` on a ring round `centre`, wider for more nodes. */
export function ring(g: TGraph, centre: string, keys: string[]): void {
  if (!keys.length || !g.hasNode(centre)) return;
  const { x, y } = g.getNodeAttributes(centre);
  // About two units of arc per node: rings of 150 parishes stay readable before the layout runs.
  const radius = 10 + keys.length / 3;
  keys.forEach((k, i) => {
    const angle = (2 * Math.PI * i) / keys.length;
    g.mergeNodeAttributes(k, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}

/** Runs ForceAtlas2 in a worker for `ms` milliseconds (or until stop()). */
export function settle(g: TGraph, ms: number): void {
  stop();
  if (g.order < 2) return;
  running = new FA2Layout(g, { settings: { ...inferSettings(g), slowDown: 10, barnesHutOptimize: g.order > 500 } });
  running.start();
  if (Number.isFinite(ms)) timer = setTimeout(stop, ms);
}

/** Whether a layout is running. */
export const isRunning = (): boolean => running?.isRunning() ?? false;

/** Stops and frees the worker. */
export function stop(): void {
  clearTimeout(timer);
  running?.kill();
  running = null;
}
