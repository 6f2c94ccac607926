/**
 * CSV cells, for the server's CSVs and the explorer's downloads alike: no Node, no DOM and no
 * imports, so the browser bundle takes this very file (explorer/src/csv.ts) and the two can
 * never write a cell differently.
 */

/** A path step as the CSVs write it: the two ends' ids, the relationship, and a dated step's days. */
export interface PathStepCell {
  from: { id: string };
  relationship: string;
  to: { id: string };
  validFrom?: string | null;
  validTo?: string | null;
}

/** A dated step's days, e.g. "[2018-04-01..]"; nothing for an undated one. */
const span = (s: PathStepCell) => (s.validFrom || s.validTo ? `[${s.validFrom ?? ""}..${s.validTo ?? ""}]` : "");

/** A path in one cell: `FROM -RELATIONSHIP[days]-> TO` steps joined by ` | `. */
export function pathCell(steps: readonly PathStepCell[]): string {
  return steps.map((s) => `${s.from.id} -${s.relationship}${span(s)}-> ${s.to.id}`).join(" | ");
}

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
 * million rows with this: with csv-stringify's per-cell machinery (cast, transform, options) the
 * export took 10.7 s of CPU against the driver drain's 6.75 s; with this, 8.2 s (issue #18, item
 * 3; the wall time is Neo4j's either way). A property test holds the two to the same output.
 */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/** Anything that safeCell or csvCell would change: a formula's first character, a comma, quote or line break. */
const NEEDS_WORK = /^[=+\-@\t\r]|[",\r\n]/;

/**
 * csvCell(safeCell(value)) with one test of the value instead of two, for the bulk export's 17
 * million cells, nearly all of which need neither.
 */
export function csvSafeCell(value: string): string {
  return NEEDS_WORK.test(value) ? csvCell(safeCell(value)) : value;
}
