/**
 * The panels' CSV downloads: the who-delivers answers and a partnership's overlaps, as the
 * panels show them, one row per answer or pair. Pure (no DOM), so Node tests it; the cells are
 * written by the server's own src/questions/cells.ts (pure, so the bundle takes it as it is).
 */
import { csvCell, pathCell, safeCell } from "../../src/questions/cells.js";

/** What the rows need of a whoDelivers answer (who.ts Provision; declared here so Node, which has no DOM, can load this file alone). */
interface Ref { id: string; code: string | null; name: string }
export interface ProvisionRow {
  service: Ref;
  place: Ref;
  on: string;
  authority: { code: string; name: string; type: string };
  tierName: string;
  basis: string;
  note: string | null;
  deliveredBy: { name: string }[];
  path: { from: { id: string }; relationship: string; to: { id: string } }[];
  sources: { id: string }[];
}

/** What the rows need of an overlap (analysis.ts Overlap). */
export interface OverlapRow {
  other: { id: string; name: string; kind: string; statutory: boolean };
  sharedMembers: { code: string; name: string }[];
  sharedThemes: string[];
  memberJaccard: number;
  themeJaccard: number;
  areaJaccard: number;
}

/** The CSV text: header and rows, CRLF line ends, every cell made safe. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  return [header, ...rows].map((r) => `${r.map((c) => csvCell(safeCell(c))).join(",")}\r\n`).join("");
}

export const WHO_COLUMNS = [
  "place_code", "place_name", "service_code", "service_name", "on", "authority_code", "authority_name", "authority_type",
  "tier", "basis", "delivered_by", "path", "sources", "note",
] as const;

/** The who-delivers answers, one row per provider, as the panel lists them. */
export function whoRows(provisions: ProvisionRow[]): string[][] {
  return provisions.map((p) => [
    p.place.code ?? p.place.id, p.place.name, p.service.code ?? p.service.id, p.service.name, p.on,
    p.authority.code, p.authority.name, p.authority.type, p.tierName, p.basis,
    p.deliveredBy.map((d) => d.name).join("; "),
    pathCell(p.path),
    p.sources.map((s) => s.id).join("; "), p.note ?? "",
  ]);
}

export const OVERLAP_COLUMNS = [
  "partnership_id", "partnership_name", "area", "other_id", "other_name", "other_kind", "other_statutory",
  "member_jaccard", "theme_jaccard", "area_jaccard", "shared_members", "shared_themes",
] as const;

/** Every overlap of the partnership in its area (the panel lists the closest ten of these, in the same order). */
export function overlapRows(partnership: { id: string; name: string }, area: string, overlaps: OverlapRow[]): string[][] {
  return overlaps.map((o) => [
    partnership.id, partnership.name, area, o.other.id, o.other.name, o.other.kind, String(o.other.statutory),
    o.memberJaccard.toFixed(4), o.themeJaccard.toFixed(4), o.areaJaccard.toFixed(4),
    o.sharedMembers.map((m) => `${m.name} (${m.code})`).join("; "), o.sharedThemes.join("; "),
  ]);
}

/** What the rows need of a change (changes.ts Change). */
export interface ChangeRow {
  kind: string;
  on: string | null;
  notBefore: string | null;
  notAfter: string | null;
  takenAs: string | null;
  bounded: boolean;
  subject: Ref;
  before: Ref[];
  after: Ref[];
  services: Ref[];
  readFrom: string;
  funding: { stream: { id: string }; yearBefore: string; yearAfter: string; amountBefore: number | null; amountAfter: number | null; difference: number; currency: string } | null;
  description: string;
  sources: { id: string }[];
}

export const CHANGE_COLUMNS = [
  "area_code", "from", "to", "kind", "on", "not_before", "not_after", "taken_as", "bounded",
  "subject_id", "subject_name", "before", "after", "services", "read_from",
  "year_before", "amount_before", "year_after", "amount_after", "difference", "currency", "description", "sources",
] as const;

const refList = (refs: Ref[]) => refs.map((r) => r.code ?? r.id).join("; ");
const amount = (n: number | null) => (n == null ? "" : n.toFixed(2));

/** The changes, one row each, in the answer's order (by day); bodies and services by code or id. */
export function changeRows(area: { code: string }, from: string, to: string, changes: ChangeRow[]): string[][] {
  return changes.map((c) => [
    area.code, from, to, c.kind, c.on ?? "", c.notBefore ?? "", c.notAfter ?? "", c.takenAs ?? "", String(c.bounded),
    c.subject.code ?? c.subject.id, c.subject.name, refList(c.before), refList(c.after), refList(c.services), c.readFrom,
    c.funding?.yearBefore ?? "", amount(c.funding?.amountBefore ?? null), c.funding?.yearAfter ?? "", amount(c.funding?.amountAfter ?? null),
    c.funding ? c.funding.difference.toFixed(2) : "", c.funding?.currency ?? "", c.description, c.sources.map((s) => s.id).join("; "),
  ]);
}
