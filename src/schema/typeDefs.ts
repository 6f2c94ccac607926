/** The hand-written type definitions: every schema/*.graphql file, in name order. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.js";

export const SCHEMA_DIR = join(ROOT, "schema");

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => `# ${f}\n${readFileSync(join(dir, f), "utf8")}`)
    .join("\n");
}
