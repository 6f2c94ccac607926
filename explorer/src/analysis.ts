/**
 * The partnership panel: a selected partnership's overlap with the others in its area
 * (the partnershipOverlap analysis query: shared members and themes, Jaccard of members,
 * themes and area) and, for a partnership with an area, what it could subsume
 * (subsumptionCandidates). The scores are the server's; this only picks the area and lists.
 */
import { gql } from "./api.js";
import { OVERLAP_COLUMNS, overlapRows, toCsv } from "./csv.js";
import { download } from "./exporters.js";
import { OVERLAP, PARTNERSHIP_AREA, SUBSUMPTION } from "./queries.js";

/** A partnership as the analysis queries name it. */
export interface PartnershipRef { id: string; name: string; kind: string; statutory: boolean; status: string }

/** One pair from partnershipOverlap, seen from the selected partnership (`other` is the one it overlaps). */
export interface Overlap {
  other: PartnershipRef;
  sharedMembers: { code: string; name: string }[];
  sharedThemes: string[];
  memberJaccard: number;
  themeJaccard: number;
  areaJaccard: number;
}

/** A subsumption candidate, as listed. */
/** The Recommendation enum (schema/analysis.graphql) in words. */
const RECOMMENDATION: Record<string, string> = {
  SUBSUME: "subsume",
  CONSIDER_ALIGNING: "consider aligning",
  ALIGN_OR_MERGE: "align or merge (statutory)",
  PARTIAL: "partial: straddles the boundary",
  OUTSIDE_AREA: "outside the area",
};

export interface Candidate { partnership: PartnershipRef; score: number; recommendation: string; blockers: string[] }

/** What the panel shows; `area` is null (with `why`) when no one authority holds the partnership's area. */
export interface Analysis {
  /** The partnership's id. */
  id: string;
  area: string | null;
  why: string;
  overlaps: Overlap[];
  /** How many pairs the area has in all. */
  pairsInArea: number;
  candidates: Candidate[] | null;
}

interface Covered { code: string; name: string; current: boolean; within: { code: string; name: string; current: boolean }[] }

/** Pairs asked for per area: every pair in a county's partnerships today is well under this. */
const PAIRS = 2000;
/** Rows listed in the panel. */
const SHOWN = 10;

/**
 * The area to ask partnershipOverlap about: the one authority it covers, or else the one
 * (current) authority that all it covers is or lies within — a county for a district-wide board.
 */
export function areaOf(covers: Covered[]): { code: string; name: string } | null {
  const current = covers.filter((c) => c.current);
  if (current.length === 1) return current[0] ?? null;
  const scopes = current.map((c) => [c, ...c.within.filter((w) => w.current)]);
  const common = scopes[0]?.filter((a) => scopes.every((s) => s.some((b) => b.code === a.code)));
  return common?.[0] ?? null;
}

/** Asks the analysis queries about one partnership. */
export async function fetchAnalysis(id: string): Promise<Analysis> {
  const covers = (await gql<{ partnerships: { covers: Covered[] }[] }>(PARTNERSHIP_AREA, { id })).partnerships[0]?.covers ?? [];
  const area = areaOf(covers);
  const [overlap, candidates] = await Promise.all([
    area ? gql<{ partnershipOverlap: { area: string; pairs: (Omit<Overlap, "other"> & { a: PartnershipRef; b: PartnershipRef })[] } }>(OVERLAP, { area: area.code, limit: PAIRS }) : null,
    covers.length ? gql<{ subsumptionCandidates: Candidate[] }>(SUBSUMPTION, { by: id }).then((d) => d.subsumptionCandidates) : null,
  ]);
  const pairs = overlap?.partnershipOverlap.pairs ?? [];
  const overlaps = pairs
    .filter((p) => p.a.id === id || p.b.id === id)
    .map(({ a, b, ...rest }) => ({ other: a.id === id ? b : a, ...rest }));
  const why = !covers.length
    ? "no area is recorded for it."
    : !covers.some((c) => c.current)
      ? "the authorities it covers no longer exist."
      : `its area (${covers.length} authorities) lies in more than one county or region.`;
  return { id, area: overlap?.partnershipOverlap.area ?? null, why, overlaps, pairsInArea: pairs.length, candidates };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};

function nameButton(p: PartnershipRef, show: (p: PartnershipRef) => void): HTMLButtonElement {
  const b = el("button", p.name, "link");
  b.type = "button";
  b.title = `Draw ${p.name} and its neighbours`;
  b.addEventListener("click", () => show(p));
  return b;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Renders the analysis (or "Loading…" when `a` is null); a partnership's name draws it with `show`. */
export function renderAnalysis(host: HTMLElement, name: string, a: Analysis | null, show: (p: PartnershipRef) => void): void {
  const head = el("h2", `Overlap: ${name}`);
  head.id = "analysis-title";
  if (!a) return void host.replaceChildren(head, el("p", "Asking partnershipOverlap and subsumptionCandidates…", "muted"));
  const parts: HTMLElement[] = [head];
  if (!a.area) {
    parts.push(el("p", `Overlap is asked for by area: ${a.why}`, "muted"));
  } else if (!a.overlaps.length) {
    parts.push(el("p", `No other partnership in ${a.area} shares a member or area with it.`, "muted"));
  } else {
    const shown = a.overlaps.slice(0, SHOWN);
    parts.push(el("p", `${a.overlaps.length} of the ${a.pairsInArea} overlapping pairs in ${a.area} include it${a.overlaps.length > SHOWN ? `; the ${SHOWN} closest` : ""} (Jaccard: shared ÷ either):`, "muted"));
    // A list, not a table: the side panel is narrow.
    const ol = el("ol", undefined, "answers");
    ol.id = "overlap-list";
    ol.setAttribute("aria-label", `Overlap with other partnerships in ${a.area}`);
    for (const o of shown) {
      const li = el("li");
      li.dataset.partnership = o.other.id;
      const shared = o.sharedMembers.map((m) => m.name).join(", ");
      li.append(
        nameButton(o.other, show),
        el("div", `members ${pct(o.memberJaccard)}, themes ${pct(o.themeJaccard)}, area ${pct(o.areaJaccard)}`),
        ...(shared ? [el("div", `shared members: ${shared}`, "muted")] : []),
        ...(o.sharedThemes.length ? [el("div", `shared themes: ${o.sharedThemes.join(", ")}`, "muted")] : []),
      );
      ol.append(li);
    }
    const csv = el("button", `Download CSV (${a.overlaps.length})`);
    csv.type = "button";
    csv.id = "overlap-csv";
    csv.title = "Every overlapping partnership in the area, not only the ten listed";
    const area = a.area;
    csv.addEventListener("click", () => download(`overlap-${a.id}.csv`.replace(/[^\w.-]+/g, "-"), "text/csv;charset=utf-8", toCsv(OVERLAP_COLUMNS, overlapRows({ id: a.id, name }, area, a.overlaps))));
    parts.push(ol, csv);
  }
  if (a.candidates) {
    parts.push(el("h3", "Could take over (subsumptionCandidates)"));
    if (!a.candidates.length) parts.push(el("p", "No candidates.", "muted"));
    const ol = el("ol", undefined, "answers");
    ol.id = "subsumption-list";
    for (const c of a.candidates.slice(0, 5)) {
      const li = el("li");
      li.append(nameButton(c.partnership, show), el("div", `score ${c.score.toFixed(2)}: ${RECOMMENDATION[c.recommendation] ?? c.recommendation}`));
      for (const b of c.blockers) li.append(el("div", b, "muted"));
      ol.append(li);
    }
    if (a.candidates.length) parts.push(ol);
  }
  host.replaceChildren(...parts);
}
