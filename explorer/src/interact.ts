/**
 * Mouse on the picture: click a node to select and expand it, drag it to move it (a dragged
 * node stays pinned where it is dropped).
 */
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs, TGraph } from "./graph.js";

/** Binds click and drag; `onClick` gets the clicked node's key, `onPinned` a dragged one's. */
export function bindMouse(renderer: Sigma<NodeAttrs, EdgeAttrs>, g: TGraph, onClick: (key: string) => void, onPinned: (key: string) => void): void {
  let dragged: string | null = null;
  let moved = false;
  const container = renderer.getContainer();
  renderer.on("enterNode", () => (container.style.cursor = "pointer"));
  renderer.on("leaveNode", () => (container.style.cursor = ""));
  renderer.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    // Freeze the frame: otherwise sigma re-fits the view to the moving node and it runs away.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.on("moveBody", ({ event, preventSigmaDefault }) => {
    if (!dragged) return;
    const p = renderer.viewportToGraph(event);
    g.mergeNodeAttributes(dragged, { x: p.x, y: p.y, pinned: true, fixed: true });
    moved = true;
    preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (dragged && moved) onPinned(dragged);
    dragged = null;
  };
  renderer.on("upNode", release);
  renderer.on("upStage", release);
  renderer.on("clickNode", ({ node }) => {
    if (moved) return void (moved = false);
    onClick(node);
  });
}
