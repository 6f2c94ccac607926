/**
 * Installs the local Neo4j server and APOC from Maven Central, once.
 *
 * `neo4j/pom.xml` names the versions; Maven copies the server's jars into
 * `neo4j/cache/lib` and APOC also into `neo4j/cache/plugins` (APOC must be both on the
 * classpath and in the plugins folder). A stamp records the version, so a second start
 * downloads nothing.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Logger } from "../log.js";
import { withFileLock } from "./lock.js";
import { NEO4J_DIR, neo4jCache } from "./paths.js";

const run = promisify(execFile);

export class InstallError extends Error {
  override name = "InstallError";
}

/** The Neo4j version pinned in neo4j/pom.xml. */
export async function pinnedVersion(): Promise<string> {
  const pom = await readFile(join(NEO4J_DIR, "pom.xml"), "utf8");
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new InstallError("neo4j/pom.xml has no <neo4j.version> property");
  return m[1];
}

async function requireTool(cmd: string, args: string[], what: string): Promise<string> {
  try {
    const { stdout, stderr } = await run(cmd, args);
    return `${stdout}${stderr}`;
  } catch {
    throw new InstallError(`${what} was not found on PATH ("${cmd}"). ${installHint(cmd)}`);
  }
}

function installHint(cmd: string): string {
  return cmd === "java"
    ? "Install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use an existing Neo4j."
    : "Install Apache Maven (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.";
}

/** Checks that Java 17+ is available; returns its major version. */
export async function checkJava(): Promise<number> {
  const out = await requireTool("java", ["-version"], "Java");
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out);
  const major = m ? Number(m[1] === "1" ? m[2] : m[1]) : NaN;
  if (!(major >= 17)) throw new InstallError(`Neo4j 5 needs Java 17 or newer; found: ${out.split("\n")[0]}`);
  return major;
}

/** The folders to put on the classpath and to use as the plugins folder. */
export interface Installed {
  lib: string;
  plugins: string;
  version: string;
}

/** Maven's download of about 120 MB, on a slow line. */
const INSTALL_LOCK_MS = 15 * 60_000;

/** Makes sure the jars are in the cache; downloads them with Maven if not. */
export async function ensureInstalled(log: Logger): Promise<Installed> {
  const version = await pinnedVersion();
  const cache = neo4jCache();
  const stamp = join(cache.root, "installed-version");
  const done: Installed = { lib: cache.lib, plugins: cache.plugins, version };
  const installed = async () => existsSync(stamp) && (await readFile(stamp, "utf8")).trim() === version;
  if (await installed()) return done;
  // Two processes on a new machine (`npm start` and `db:start`, or `npm test` beside `npm start`)
  // would otherwise download into the same staging folder at once; the second waits, then finds the jars.
  await mkdir(cache.root, { recursive: true });
  await withFileLock(join(cache.root, "install.lock"), { action: "install", timeoutMs: INSTALL_LOCK_MS, log }, async () => {
    if (!(await installed())) await download(log, version, stamp);
  });
  return done;
}

async function download(log: Logger, version: string, stamp: string): Promise<void> {
  const cache = neo4jCache();
  await requireTool("mvn", ["-v"], "Maven");
  log.info(`Downloading Neo4j ${version} and APOC from Maven Central (once; about 120 MB)...`);
  const staging = `${cache.lib}.partial`;
  await rm(staging, { recursive: true, force: true });
  try {
    await run(
      "mvn",
      [
        "-B", "-q", "-f", join(NEO4J_DIR, "pom.xml"),
        "dependency:copy-dependencies",
        `-DoutputDirectory=${staging}`,
        "-DincludeScope=runtime",
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    const detail = `${e.stdout ?? ""}${e.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
    throw new InstallError(`Maven could not fetch Neo4j ${version} from Maven Central:\n${detail || e.message}`);
  }
  const jars = await readdir(staging);
  const apoc = jars.filter((j) => /^apoc-(core|common)-.*\.jar$/.test(j));
  if (!jars.includes(`neo4j-${version}.jar`) || apoc.length !== 2) {
    throw new InstallError(`Maven finished but the jars are incomplete (neo4j-${version}.jar and 2 APOC jars expected).`);
  }
  await rm(cache.lib, { recursive: true, force: true });
  await rm(cache.plugins, { recursive: true, force: true });
  await rename(staging, cache.lib);
  await mkdir(cache.plugins, { recursive: true });
  for (const jar of apoc) await cp(join(cache.lib, jar), join(cache.plugins, jar));
  await writeFile(stamp, `${version}\n`);
  log.info(`Neo4j ${version}: ${jars.length} jars cached in ${cache.root}`);
}
