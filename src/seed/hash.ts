/**
 * The content hash of a seeds folder, stored on the SeedRun: `npm start` re-seeds when it
 * differs, so a changed file in seeds/ never goes unnoticed. It covers the importer too: its
 * version (bumped when what it writes from the same files changes) and the schema statements
 * (indexes and constraints), so a new tiergraph over an old store re-seeds it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEEDS } from "./context.js";
import { SCHEMA_STATEMENTS } from "./write.js";

/** Bump when the importer writes something different from the same seeds (e.g. new look-up keys). */
export const IMPORTER_VERSION = "2026-12-02 look-up keys, full-text indexes, dated combined-authority memberships";

/** sha256 over the importer's version and schema, then every file's path (relative to the folder) and bytes, in path order. */
export function seedsHash(seeds = DEFAULT_SEEDS): string {
  const files = readdirSync(seeds, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(seeds.length + 1))
    .sort();
  const h = createHash("sha256");
  h.update(IMPORTER_VERSION).update("\0").update(SCHEMA_STATEMENTS.join("\n")).update("\0");
  for (const f of files) h.update(f).update("\0").update(readFileSync(join(seeds, f))).update("\0");
  return h.digest("hex");
}
