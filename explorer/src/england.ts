/**
 * "Load all of England": every authority (current and abolished, so the date control can bring
 * back the old districts), every parish and unparished area, with their WITHIN edges, fetched in
 * pages side by side, then laid out at once by hierarchical circle packing (county › district ›
 * parishes): deterministic and a single pass, so the first picture needs no iterative layout.
 * ForceAtlas2 can refine it afterwards, in a worker.
 */
import circlepack from "graphology-layout/circlepack";
import { gql, gqlFitted, type ApiEdgeProps, type ApiNode } from "./api.js";
import { createGraph, nodeKey, upsertEdge, upsertNode, type TGraph } from "./graph.js";
import { ENGLAND_AUTHORITIES, ENGLAND_COUNTS, englandPlaces } from "./queries.js";
import { inForce } from "./view.js";

/** The most a list may return (the types' `@limit` max); the server may make pages smaller (gqlFitted). */
const PAGE = 2500;
/** Pages in flight at once, to share the server with other users. */
const PARALLEL = 4;

type Place = ApiNode & {
  withinConnection?: { edges: { properties: ApiEdgeProps; node: { code: string } }[] };
  within?: { code: string }[];
};

/**
 * Every node a paged query gives: a first page of `page` (cut to what the server's limits allow),
 * then the rest, PARALLEL at a time.
 */
async function fetchAll(query: string, total: number, page = PAGE): Promise<Place[]> {
  const first = await gqlFitted<{ nodes: Place[] }>(query, { limit: Math.min(page, total), offset: 0 }, "limit");
  const offsets: number[] = [];
  for (let o = first.size; o < total; o += first.size) offsets.push(o);
  const pages: Place[][] = [first.data.nodes];
  for (let i = 0; i < offsets.length; i += PARALLEL) {
    const batch = offsets.slice(i, i + PARALLEL).map((offset) => gql<{ nodes: Place[] }>(query, { limit: first.size, offset }).then((d) => d.nodes));
    pages.push(...(await Promise.all(batch)));
  }
  return pages.flat();
}

/** Loads and lays out the whole of England; `progress` gets short messages for the status line. */
export async function loadEngland(g: TGraph, date: string, progress: (msg: string) => void): Promise<{ nodes: number; edges: number }> {
  const counts = await gql<Record<"authoritiesConnection" | "parishesConnection" | "unparishedAreasConnection", { totalCount: number }>>(ENGLAND_COUNTS);
  const [na, np, nu] = [counts.authoritiesConnection.totalCount, counts.parishesConnection.totalCount, counts.unparishedAreasConnection.totalCount];
  progress(`Fetching ${na} authorities, ${np} parishes and ${nu} unparished areas…`);
  const groups = await Promise.all([
    // With its dated edges an authority costs about 200 in the server's estimate: 200 a page
    // stays under the default limit (TIERGRAPH_MAX_COST, 50,000).
    fetchAll(ENGLAND_AUTHORITIES, na, 200),
    fetchAll(englandPlaces("parishes", "Parish"), np),
    fetchAll(englandPlaces("unparishedAreas", "UnparishedArea"), nu),
  ]);
  const all = groups.flat();
  progress(`Laying out ${all.length} places…`);
  // Built and laid out apart from the drawn graph (which sigma follows event by event), then
  // copied in by chunks with pauses between, so the page keeps painting throughout.
  const staged = createGraph();
  for (let i = 0; i < all.length; i += CHUNK) {
    for (const n of all.slice(i, i + CHUNK)) upsertNode(staged, n);
    await pause();
  }
  let edges = 0;
  for (const n of all) {
    const key = nodeKey(n.__typename, n.code ?? "");
    const within = n.withinConnection?.edges ?? (n.within ?? []).map((w) => ({ node: w, properties: {} }));
    for (const e of within) {
      const to = nodeKey("Authority", e.node.code);
      if (!staged.hasNode(key) || !staged.hasNode(to)) continue;
      upsertEdge(staged, key, "WITHIN", to, e.properties);
      edges++;
    }
  }
  await pause();
  assignGroups(staged, date);
  await pause();
  circlepack.assign(staged, { hierarchyAttributes: ["root", "parent"], scale: 1000, rng: seeded(20250101) });
  await pause();
  progress(`Drawing ${all.length} places…`);
  const nodes = staged.nodes();
  for (let i = 0; i < nodes.length; i += CHUNK) {
    for (const key of nodes.slice(i, i + CHUNK)) g.mergeNode(key, staged.getNodeAttributes(key));
    await pause();
  }
  // An edge already drawn came from a dated query: keep it as it is.
  staged.forEachEdge((key, a, source, target) => void (g.hasEdge(key) || g.addDirectedEdgeWithKey(key, source, target, a)));
  return { nodes: all.length, edges };
}

/** Nodes copied into the drawn graph between pauses. */
const CHUNK = 2500;

/** Lets the browser paint and handle input before going on. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** For circle packing: `parent` is what a place lies within on `date`, `root` the top of that chain. */
function assignGroups(g: TGraph, date: string): void {
  // In force, and so is what it reaches (a parish's WITHIN carries no dates of its own here).
  const within = (e: string): boolean =>
    g.getEdgeAttribute(e, "rel") === "WITHIN" && inForce(g.getEdgeAttributes(e), date) && inForce(g.getTargetAttributes(e), date);
  const parentOf = (key: string): string | undefined => {
    const e = g.outEdges(key).find(within);
    return e === undefined ? undefined : g.target(e);
  };
  const groups = new Map<string, { root: string; parent: string }>();
  g.forEachNode((key) => {
    const parent = parentOf(key);
    let root = parent ?? key;
    for (let hops = 0, up = parentOf(root); up && hops < 5; hops++, up = parentOf(root)) root = up;
    // An area with children groups with them (a district sits among its parishes).
    groups.set(key, { root, parent: g.inEdges(key).some(within) ? key : (parent ?? key) });
  });
  // No `attributes` hint: with one, sigma repaints in place and fails on nodes it has not indexed yet.
  g.updateEachNodeAttributes((key, a) => ({ ...a, ...groups.get(key) }));
}

/** A small seeded PRNG (mulberry32) so the same data gives the same picture. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
