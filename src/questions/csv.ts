/**
 * Answers as CSV rows, for analysts: the same provisions whoDelivers returns, flattened.
 * Columns are documented in the README.
 */
import { stringify } from "csv-stringify/sync";

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
    p.path.map((s) => `${s.from.id} -${s.relationship}${span(s)}-> ${s.to.id}`).join(" | "),
    p.sources.map((s) => s.id).join("; "), p.note ?? "",
  ]);
}

/** A dated step's days, e.g. "[2018-04-01..]"; nothing for an undated one. */
const span = (s: Step) => (s.validFrom || s.validTo ? `[${s.validFrom ?? ""}..${s.validTo ?? ""}]` : "");

/** A cell a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (-12, +3.5): Excel and LibreOffice read it as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * CSV injection (OWASP): a cell that would start a formula gets a leading single quote, which
 * spreadsheets show as text and do not display. Plain numbers are left as they are, so a
 * negative amount stays a number. Every CSV tiergraph writes goes through this.
 */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV cell as RFC 4180 (and csv-stringify, which the rest uses) writes it: quoted only when
 * it holds a comma, a double quote or a line break, quotes doubled. The bulk export writes 1.5
 * million rows with this: csv-stringify's per-cell machinery (cast, transform, options) was a
 * sixth of the export's time and much of its garbage (issue #18, item 3). A property test holds
 * the two to the same output.
 */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/** The CSV text: a header and rows, every cell passed through safeCell. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))]);
}
