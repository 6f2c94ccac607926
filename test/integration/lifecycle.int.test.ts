import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { portInUse } from "../../src/db/local.js";
import { instanceDirs, ROOT } from "../../src/db/paths.js";

const run = promisify(execFile);
const tsx = join(ROOT, "node_modules", ".bin", "tsx");
const cleanEnv = (extra: Record<string, string>) => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("NEO4J_") && !k.startsWith("TIERGRAPH_")) env[k] = v;
  return { ...env, ...extra };
};

describe("the local Neo4j and the server's start-up", () => {
  it("db:start, db:status and db:stop leave no Java process and a free port", async () => {
    const port = Number(process.env.TIERGRAPH_LIFECYCLE_BOLT_PORT ?? 7689);
    const env = cleanEnv({ TIERGRAPH_NEO4J_BOLT_PORT: String(port) });
    const cli = (cmd: string) => run(tsx, [join(ROOT, "src/db/cli.ts"), cmd, "lifecycle"], { env, cwd: ROOT });
    await cli("start");
    expect(await portInUse(port)).toBe(true);
    const pid = Number(readFileSync(instanceDirs("lifecycle").pidFile, "utf8"));
    expect((await cli("status")).stdout).toMatch(new RegExp(`running: instance "lifecycle", pid ${pid}`));
    await cli("stop");
    expect(await portInUse(port)).toBe(false);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    await expect(cli("status")).rejects.toMatchObject({ code: 3, stdout: expect.stringMatching(/^stopped/) });
  }, 180_000);

  it("refuses to start, with a message that says what to do, when Neo4j is not there", async () => {
    const env = cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "whatever" });
    const err = await run(tsx, [join(ROOT, "src/index.ts")], { env, cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*check that the server is running and NEO4J_URI is right/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack-trace wall
  });

  it("refuses bad configuration before touching anything", async () => {
    const err = await run(tsx, [join(ROOT, "src/index.ts")], { env: cleanEnv({ PORT: "99999" }), cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1, stderr: expect.stringMatching(/PORT="99999": must be between 1 and 65535/) });
  });
});
