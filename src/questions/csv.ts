/**
 * Answers as CSV rows, for analysts: the same provisions whoDelivers returns, flattened.
 * Columns are documented in the README.
 */
import { stringify } from "csv-stringify/sync";
import { csvCell, csvSafeCell, pathCell, safeCell } from "./cells.js";

export { csvCell, csvSafeCell, safeCell };

interface Ref { code: string; name: string; label?: string; type?: string }
/** A NodeRef: `id` is the code where there is one, else the id (an organisation's). */
interface StepRef { id: string; name: string }
interface Step { from: StepRef; relationship: string; to: StepRef; validFrom: string | null; validTo: string | null }
interface Provision {
  place: Ref; service: Ref; on: string; authority: Ref; tier: string; basis: string; validity: string;
  deliveredBy: { id: string; name: string }[]; path: Step[]; sources: { id: string }[]; note: string | null;
}

export const WHO_DELIVERS_COLUMNS = [
  "place_code", "place_name", "place_type", "service_code", "service_name", "tier", "authority_code", "authority_name",
  "basis", "validity", "delivered_by", "on", "path", "sources", "note",
] as const;

export function provisionRows(provisions: Record<string, unknown>[]): string[][] {
  return (provisions as unknown as Provision[]).map((p) => [
    p.place.code, p.place.name, p.place.label ?? "", p.service.code, p.service.name, p.tier, p.authority.code, p.authority.name,
    p.basis, p.validity, p.deliveredBy.map((d) => d.name).join("; "), p.on,
    pathCell(p.path),
    p.sources.map((s) => s.id).join("; "), p.note ?? "",
  ]);
}

/** The CSV text: a header and rows, every cell passed through safeCell. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))]);
}
