/**
 * The content hash of a seeds folder, stored on the SeedRun: `npm start` re-seeds when it
 * differs, so a changed file in seeds/ never goes unnoticed. It covers the importer too: its own
 * source (every file under src/seed/ and src/model.ts, read where this module lies, so a change
 * to what it writes from the same files needs no version to bump) and the schema statements
 * (indexes and constraints), so a new tiergraph over an old store re-seeds it.
 */
import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEEDS } from "./context.js";
import { SCHEMA_STATEMENTS } from "./write.js";

/** The folder holding the importer's source: src/, from src/seed/hash.ts. */
export const IMPORTER_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every file under `dir`, by path relative to `root` ("/"-separated, whatever the platform), in path order. */
function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** Each file's path and bytes, in path order. */
function updateWithFiles(h: Hash, root: string, files: string[]): void {
  for (const f of [...files].sort()) h.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
}

/** The importer's source files, relative to `root` (src/): everything under seed/, and model.ts. */
export function importerFiles(root = IMPORTER_ROOT): string[] {
  return [...filesUnder(root, "seed"), "model.ts"].sort();
}

/** sha256 over the importer's source, then its schema, then every file of `seeds` (path and bytes, in path order). */
export function seedsHash(seeds = DEFAULT_SEEDS, importer = IMPORTER_ROOT): string {
  const h = createHash("sha256");
  updateWithFiles(h, importer, importerFiles(importer));
  h.update(SCHEMA_STATEMENTS.join("\n")).update("\0");
  updateWithFiles(h, seeds, filesUnder(seeds, "."));
  return h.digest("hex");
}
