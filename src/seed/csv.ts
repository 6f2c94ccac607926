/** Reads a CSV seed file into objects that remember their line number. */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { SeedError } from "./errors.js";

export type Row = Record<string, string> & { readonly $line: number };

export function readCsv(file: string, required: string[], opts: { delimiter?: string } = {}): Row[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(file), {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      delimiter: opts.delimiter ?? ",",
      skip_empty_lines: true,
      info: true,
    }) as typeof records;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new SeedError({ file, line: e.lines }, `not valid CSV: ${e.message}`);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  for (const col of required) {
    if (records.length && !header.includes(col)) throw new SeedError({ file, line: 1, column: col }, `missing column "${col}"`);
  }
  return records.map(({ record, info }) => Object.assign(record, { $line: info.lines }) as Row);
}
