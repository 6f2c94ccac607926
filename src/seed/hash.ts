/**
 * The content hash of a seeds folder, stored on the SeedRun: `npm start` re-seeds when it
 * differs, so a changed file in seeds/ never goes unnoticed.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEEDS } from "./context.js";

/** sha256 over every file's path (relative to the folder) and bytes, in path order. */
export function seedsHash(seeds = DEFAULT_SEEDS): string {
  const files = readdirSync(seeds, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(seeds.length + 1))
    .sort();
  const h = createHash("sha256");
  for (const f of files) h.update(f).update("\0").update(readFileSync(join(seeds, f))).update("\0");
  return h.digest("hex");
}
