/**
 * `npm start` on a network interface without NODE_ENV=production refuses to start, saying what
 * to set — and refuses before it touches any database (a listening socket stands in for Neo4j
 * and must see no connection).
 */
import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { tsArgs } from "../helpers/node-ts.js";

/** Runs `node --import tsx src/index.ts` (what `npm start` runs) with exactly this environment (plus PATH/HOME); resolves when it exits. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsArgs("src/index.ts"), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`still running after 120 s: ${stderr}`));
    }, 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** A TCP listener that counts the connections made to it, in place of a Neo4j. */
async function fakeNeo4j(): Promise<{ uri: string; connections: () => number; close: () => Promise<void> }> {
  let n = 0;
  const srv = net.createServer((s) => {
    n++;
    s.destroy();
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as net.AddressInfo).port;
  return { uri: `bolt://127.0.0.1:${port}`, connections: () => n, close: () => new Promise((r) => srv.close(() => r())) };
}

describe("development mode stays on this machine unless chosen", () => {
  for (const [what, env] of [
    ["HOST=0.0.0.0 and NODE_ENV unset", { HOST: "0.0.0.0" }],
    ["HOST=:: and NODE_ENV=development", { HOST: "::", NODE_ENV: "development" }],
    ["HOST=192.168.1.10 and NODE_ENV=test", { HOST: "192.168.1.10", NODE_ENV: "test" }],
  ] as const) {
    it(`${what}: npm start exits 1 naming what to set, before connecting to any database`, async () => {
      const db = await fakeNeo4j();
      try {
        const r = await start({ ...env, NEO4J_URI: db.uri, NEO4J_PASSWORD: "irrelevant", TIERGRAPH_NEO4J_BOLT_PORT: "1" });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`HOST="${env.HOST}": listens beyond this machine`));
        expect(r.stderr).toMatch(/Set NODE_ENV=production/);
        expect(r.stderr).toMatch(/TIERGRAPH_ALLOW_DEV_ON_NETWORK=true/);
        expect(db.connections()).toBe(0);
      } finally {
        await db.close();
      }
    }, 300_000);
  }

  it("with NODE_ENV=production (or the explicit allowance) it goes on to the database", async () => {
    const allowed: Record<string, string>[] = [{ HOST: "0.0.0.0", NODE_ENV: "production" }, { HOST: "0.0.0.0", TIERGRAPH_ALLOW_DEV_ON_NETWORK: "true" }];
    for (const env of allowed) {
      const db = await fakeNeo4j();
      try {
        // The stand-in is no Neo4j: start fails, but only after trying it.
        const r = await start({ ...env, NEO4J_URI: db.uri, NEO4J_PASSWORD: "irrelevant" });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).not.toMatch(/listens beyond this machine/);
        expect(db.connections(), r.stderr).toBeGreaterThan(0);
        expect(r.stderr).toMatch(/Cannot reach Neo4j/);
      } finally {
        await db.close();
      }
    }
  }, 300_000);
});
