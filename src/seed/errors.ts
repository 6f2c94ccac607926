/** Seed errors name the file, line and column, and the reason. */
import { relative } from "node:path";
import { ROOT } from "../paths.js";

export interface Location {
  file: string;
  line?: number;
  column?: string;
}

export class SeedError extends Error {
  override name = "SeedError";
  constructor(
    readonly at: Location,
    readonly reason: string,
  ) {
    super(`${where(at)}: ${reason}`);
  }
}

export function where(at: Location): string {
  const file = relative(ROOT, at.file) || at.file;
  return `${file}${at.line ? `:${at.line}` : ""}${at.column ? ` (column ${at.column})` : ""}`;
}

/** Several bad rows at once: the import reports them all (up to a limit), then stops. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly errors: SeedError[]) {
    const shown = errors.slice(0, 25).map((e) => `  ${e.message}`);
    const more = errors.length > 25 ? [`  ... and ${errors.length - 25} more`] : [];
    super(`The seed data has ${errors.length} error(s); nothing was written:\n${[...shown, ...more].join("\n")}`);
  }
}
