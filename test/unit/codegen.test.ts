import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { PRINTED_SCHEMA, printServedSchema } from "../../src/schema/print.js";

const run = promisify(execFile);

describe("generated files are up to date (run `npm run codegen` if this fails)", () => {
  it("src/__generated__/schema.graphql is the schema the server serves", async () => {
    expect(await printServedSchema()).toBe(readFileSync(PRINTED_SCHEMA, "utf8"));
  });

  it("the TypeScript types match what GraphQL Code Generator makes from it", async () => {
    // The CLI's dry run: exits non-zero when any output would change.
    const out = await run(join(ROOT, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.ts", "--check"], { cwd: ROOT }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect("code" in out ? `${out.stdout}${out.stderr}` : "").toBe("");
  });
});
