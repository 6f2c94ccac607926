import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { makeDriver } from "../../src/db/connect.js";
import { portInUse } from "../../src/db/local.js";
import { seedsHash } from "../../src/seed/hash.js";
import { seededHash } from "../../src/seed/run.js";
import { serversOf } from "../../src/db/processes.js";
import { instanceDirs } from "../../src/db/paths.js";
import { ROOT } from "../../src/paths.js";
import { tsArgs } from "../helpers/node-ts.js";

const run = promisify(execFile);
const cleanEnv = (extra: Record<string, string>) => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("NEO4J_") && !k.startsWith("TIERGRAPH_")) env[k] = v;
  return { ...env, ...extra };
};
// The lifecycle tests' own instance and port (faults.int.test.ts uses them too), never the suite's.
const port = Number(process.env.TIERGRAPH_LIFECYCLE_BOLT_PORT ?? 7689);
const dirs = instanceDirs("lifecycle");
// Without postcodes: db:start bulk-imports seeds/ alone into a new store (a few seconds).
const env = cleanEnv({ TIERGRAPH_NEO4J_BOLT_PORT: String(port), TIERGRAPH_NEO4J_INSTANCE: "lifecycle", TIERGRAPH_NEO4J_HEAP: "1536m", TIERGRAPH_NEO4J_PAGECACHE: "128m", TIERGRAPH_POSTCODES: "off" });
const cli = (cmd: string) => run(process.execPath, tsArgs("src/cli/db.ts", cmd, "lifecycle"), { env, cwd: ROOT });
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the local Neo4j and the server's start-up", () => {
  it("two db:start at once make one Neo4j, its new store bulk-imported; db:status and db:stop find and stop a server no pid file names", async () => {
    // From nothing, each run: the instance is the lifecycle tests' own.
    await cli("stop").catch(() => undefined);
    rmSync(dirs.root, { recursive: true, force: true });
    const [a, b] = await Promise.all([cli("start"), cli("start")]);
    // Both succeed: one starts the server, the other waits for it and finds it running.
    expect([a.stderr, b.stderr].map((e) => (/Neo4j is up at/.test(e) ? "started" : /Neo4j was already running at/.test(e) ? "reused" : e)).sort()).toEqual(["reused", "started"]);
    expect(await portInUse(port)).toBe(true);
    const pid = Number(readFileSync(dirs.pidFile, "utf8"));
    expect(await serversOf(dirs.root)).toEqual([pid]); // one JVM for the instance, not two
    expect((await cli("status")).stdout).toMatch(new RegExp(`running: instance "lifecycle", pid ${pid}`));
    // The new store was built by the bulk importer, as npm start builds one: seeded, with today's seeds/.
    expect((a.stderr + b.stderr).match(/Bulk-imported \d+ nodes/g)).toHaveLength(1);
    const driver = makeDriver(`bolt://127.0.0.1:${port}`, "neo4j", readFileSync(dirs.passwordFile, "utf8").trim());
    try {
      expect(await seededHash(driver, "neo4j")).toBe(seedsHash());
    } finally {
      await driver.close();
    }

    // The pid file lost (its starter killed before it wrote it, say): the server is an orphan.
    renameSync(dirs.pidFile, `${dirs.pidFile}.away`);
    const orphan = await cli("status").catch((e: { code: number; stdout: string }) => e);
    expect(orphan).toMatchObject({ code: 3, stdout: expect.stringMatching(new RegExp(`orphaned: instance "lifecycle", pid ${pid}`)) });
    expect((await cli("stop")).stderr).toMatch(new RegExp(`Stopping an orphaned Neo4j of instance "lifecycle" \\(pid ${pid}\\)`));
    expect(await portInUse(port)).toBe(false);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(await serversOf(dirs.root)).toEqual([]);
    await expect(cli("status")).rejects.toMatchObject({ code: 3, stdout: expect.stringMatching(/^stopped/) });
    rmSync(`${dirs.pidFile}.away`);
  }, 300_000);

  it("refuses, deleting nothing, to start an instance whose data has lost its password file", async () => {
    expect(existsSync(join(dirs.data, "databases"))).toBe(true); // created by the test above
    renameSync(dirs.passwordFile, `${dirs.passwordFile}.away`);
    try {
      const err = await cli("start").catch((e: { code: number; stderr: string }) => e);
      expect(err).toMatchObject({ code: 1 });
      const stderr = (err as { stderr: string }).stderr;
      expect(stderr).toMatch(/NEO4J_PASSWORD_MISSING: The local Neo4j instance "lifecycle" has a database .* Nothing was deleted/);
      expect(stderr).toMatch(/rm -rf neo4j\/instances\/lifecycle\n/);
      expect(existsSync(join(dirs.data, "databases", "neo4j"))).toBe(true);
      expect(await serversOf(dirs.root)).toEqual([]);
    } finally {
      renameSync(`${dirs.passwordFile}.away`, dirs.passwordFile);
    }
  }, 60_000);

  it("Ctrl-C in the terminal, even while the server is busy, answers the request in flight, then stops Neo4j", async () => {
    const http = await freePort();
    // As `npm start` in a terminal: a process group of its own, whose leader gets the Ctrl-C.
    const child = spawn(process.execPath, tsArgs("src/index.ts"), {
      env: { ...env, PORT: String(http), TIERGRAPH_WARMUP: "off", TIERGRAPH_POSTCODES: "off", LOG_LEVEL: "info" },
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    try {
      // db:start above built the store (seeds/, no postcodes): npm start finds it seeded.
      const t0 = Date.now();
      while (!/Ready in/.test(stderr)) {
        if (child.exitCode !== null || Date.now() - t0 > 480_000) throw new Error(`the server did not start:\n${stderr}`);
        await sleep(200);
      }
      const jvm = Number(readFileSync(dirs.pidFile, "utf8"));

      // A request whose body is still arriving: its query reaches Neo4j only after the Ctrl-C.
      const body = JSON.stringify({ query: "{ authorities(limit: 1) { code } }" });
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: http, path: "/graphql", method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
          let text = "";
          res.on("data", (d: Buffer) => (text += d.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on("error", reject);
        req.write(body.slice(0, 10));
        setTimeout(() => req.end(body.slice(10)), 3_000); // well within the 10 s the server drains for
      });
      // Time for the server to read the request's head (then the request is in flight, not an idle
      // connection that the shutdown may close): 300 ms was once too little on 2 busy cores.
      await sleep(1_000);
      // The Ctrl-C comes while the server is too busy to take it at once (stopped for 500 ms): it
      // is still one Ctrl-C, answered by a drain, not a second signal or a SIGKILL from a wrapper.
      process.kill(child.pid!, "SIGSTOP");
      process.kill(-child.pid!, "SIGINT"); // the whole group, as a terminal does
      await sleep(500);
      process.kill(child.pid!, "SIGCONT");
      const res = await answer;
      const answeredAt = Date.now();
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ data: { authorities: [{ code: expect.any(String) }] } });

      expect(await exited).toBe(0);
      // Neo4j began to shut down after the answer, when Node stopped it, not at the Ctrl-C.
      const shutdowns = readFileSync(dirs.consoleLog, "utf8").match(/^\S+ \S+(?= INFO {2}Neo4j Server shutdown initiated)/gm) ?? [];
      expect(Date.parse(shutdowns.at(-1)!.replace(" ", "T").replace("+0000", "Z"))).toBeGreaterThanOrEqual(answeredAt - 50);
      expect(stderr).toMatch(/SIGINT: shutting down[^]*Stopping Neo4j \(instance "lifecycle"/);
      expect(existsSync(`/proc/${jvm}`)).toBe(false);
      expect(await serversOf(dirs.root)).toEqual([]);
      expect(await portInUse(port)).toBe(false);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      await cli("stop").catch(() => undefined);
    }
  }, 600_000);

  it("refuses to start, with a message that says what to do, when Neo4j is not there", async () => {
    const env = cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "whatever" });
    const err = await run(process.execPath, tsArgs("src/index.ts"), { env, cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*check that the server is running and NEO4J_URI is right/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack-trace wall
  });

  it("refuses bad configuration before touching anything", async () => {
    const err = await run(process.execPath, tsArgs("src/index.ts"), { env: cleanEnv({ PORT: "99999" }), cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1, stderr: expect.stringMatching(/PORT="99999": must be between 1 and 65535/) });
  });
});
