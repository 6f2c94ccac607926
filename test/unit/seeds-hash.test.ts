/**
 * The seeds' content hash covers the importer's own source (src/seed/ and src/model.ts), so a
 * changed importer re-seeds an existing store without anyone bumping a version. Computed over a
 * temporary copy of the importer, changed one file at a time.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SEEDS } from "../../src/seed/context.js";
import { IMPORTER_ROOT, importerFiles, seedsHash } from "../../src/seed/hash.js";

const copies: string[] = [];
afterAll(() => {
  for (const d of copies) rmSync(d, { recursive: true, force: true });
});

/** A copy of the importer's source files, laid out as under src/. */
function importerCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "tiergraph-importer-"));
  copies.push(root);
  for (const f of importerFiles()) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(IMPORTER_ROOT, f), join(root, f));
  }
  return root;
}

describe("the seeds' content hash covers the importer's own source", () => {
  it("reads every file under src/seed/ and src/model.ts, and nothing else of src/", () => {
    const files = importerFiles();
    expect(files).toEqual(expect.arrayContaining(["model.ts", "seed/write.ts", "seed/bulk-import.ts", "seed/loaders/lookup.ts"]));
    expect(files.every((f) => f === "model.ts" || f.startsWith("seed/"))).toBe(true);
    expect(files).toEqual([...files].sort());
  });

  it("is the same over an unchanged copy of the importer", () => {
    expect(seedsHash(DEFAULT_SEEDS, importerCopy())).toBe(seedsHash());
  });

  it.each(["seed/write.ts", "seed/loaders/lookup.ts", "model.ts"])("changes when %s changes", (file) => {
    const copy = importerCopy();
    appendFileSync(join(copy, file), "\n// changed\n");
    expect(seedsHash(DEFAULT_SEEDS, copy)).not.toBe(seedsHash());
  });

  it("changes when a file is added under seed/", () => {
    const copy = importerCopy();
    writeFileSync(join(copy, "seed/loaders/new-source.ts"), "export const x = 1;\n");
    expect(seedsHash(DEFAULT_SEEDS, copy)).not.toBe(seedsHash());
  });
});
