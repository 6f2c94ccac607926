/** Reads a curated YAML file and validates it against a zod schema, with line numbers. */
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { SeedError, SeedValidationError } from "./errors.js";

export interface Located<T> {
  data: T;
  /** The line of the value at a path such as ["partnerships", 3, "members", 0]. */
  lineOf(path: (string | number)[]): number | undefined;
}

export function readYaml<S extends z.ZodTypeAny>(file: string, schema: S): Located<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw new SeedValidationError(
      doc.errors.map((e) => new SeedError({ file, line: e.linePos?.[0].line }, `not valid YAML: ${e.message.split("\n")[0]}`)),
    );
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let p = path; p.length >= 0; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      if (p.length === 0) return undefined;
    }
    return undefined;
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new SeedValidationError(
      parsed.error.issues.map(
        (i) => new SeedError({ file, line: lineOf(i.path), column: i.path.join(".") || undefined }, i.message),
      ),
    );
  }
  return { data: parsed.data as z.infer<S>, lineOf };
}
