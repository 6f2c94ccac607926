/**
 * An instance's password: read from its password file, or — for an instance whose store has no
 * database yet — set with `neo4j-admin dbms set-initial-password` before the first start, so the
 * default neo4j/neo4j login never exists.
 *
 * The admin tool writes `auth.ini` under the data folder of the neo4j.conf it reads
 * (`server.directories.data`/dbms), and the server reads it from there only once: when it creates
 * the system database. So neo4j.conf is written first (both read the same file), and the auth
 * file is checked before the server starts. A store that already has a database but no password
 * file is never deleted: the operator is told what to do.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { LocalNeo4jCode, LocalNeo4jError } from "../errors.js";
import type { InstanceDirs } from "./paths.js";
import { ROOT } from "../paths.js";

/** The admin tool is a JVM doing a few milliseconds of work: a minute is far beyond normal. */
const ADMIN_TIMEOUT_MS = 120_000;

export const authFile = (dirs: InstanceDirs) => join(dirs.data, "dbms", "auth.ini");

/** Anything in the data folder besides `dbms/` (the auth file) means Neo4j has created a store. */
export async function hasDatabase(dirs: InstanceDirs): Promise<boolean> {
  const entries = await readdir(dirs.data).catch(() => [] as string[]);
  return entries.some((e) => e !== "dbms");
}

function setInitialPassword(dirs: InstanceDirs, lib: string, password: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // "--" ends the options: a password beginning with "-h" was taken for --help (usage printed,
    // exit 0, no auth.ini written, so Neo4j set up neo4j/neo4j), one beginning with "-" otherwise
    // for an unknown option (exit 64).
    const p = spawn("java", ["-cp", join(lib, "*"), "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", "--", password], {
      env: { ...process.env, NEO4J_HOME: dirs.root, NEO4J_CONF: dirs.conf },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    const timer = setTimeout(() => p.kill("SIGKILL"), ADMIN_TIMEOUT_MS);
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    p.on("error", (e) => (clearTimeout(timer), reject(e)));
    p.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const why = signal ? `killed by ${signal}${signal === "SIGKILL" ? ` after ${ADMIN_TIMEOUT_MS / 1000}s` : ""}` : `exit code ${code}`;
      reject(new LocalNeo4jError(LocalNeo4jCode.NEO4J_INITIAL_PASSWORD, `neo4j-admin dbms set-initial-password failed (${why}): ${err.trim()}`));
    });
  });
}

export interface InstancePassword {
  password: string;
  /** True when the store is brand new (no database yet): the first start will create it. */
  fresh: boolean;
}

function missingPassword(dirs: InstanceDirs, name: string): LocalNeo4jError {
  const shown = process.cwd() === ROOT ? relative(ROOT, dirs.root) : dirs.root;
  return new LocalNeo4jError(
    LocalNeo4jCode.NEO4J_PASSWORD_MISSING,
    `The local Neo4j instance "${name}" has a database in ${dirs.data} but its password file ${dirs.passwordFile} is missing, ` +
      `so tiergraph cannot log in. Nothing was deleted. If you know the password, put it in that file ` +
      `(printf '%s\\n' 'PASSWORD' > ${dirs.passwordFile} && chmod 600 ${dirs.passwordFile}); ` +
      `otherwise delete the instance, data and all (the next start creates and seeds a new one): rm -rf ${shown}`,
  );
}

/** The password of an instance that has a database (a running one, say). */
export async function storedPassword(dirs: InstanceDirs, name: string): Promise<string> {
  const stored = existsSync(dirs.passwordFile) ? (await readFile(dirs.passwordFile, "utf8")).trim() : "";
  if (!stored) throw missingPassword(dirs, name);
  return stored;
}

/**
 * The password to log in with. Call after neo4j.conf is written and before the server starts.
 * `wanted` (TIERGRAPH_NEO4J_PASSWORD) is used only when there is no password file yet.
 */
export async function instancePassword(dirs: InstanceDirs, name: string, lib: string, wanted?: string): Promise<InstancePassword> {
  return (await beginInstancePassword(dirs, name, lib, wanted)).settled;
}

/**
 * instancePassword in two steps: this resolves as soon as the answer is known or the admin tool's
 * JVM is running (about a second of its own), and `settled` when the password is in place, so the
 * caller can do other work meanwhile. `settled` must be awaited (or handled) at once.
 */
export async function beginInstancePassword(
  dirs: InstanceDirs,
  name: string,
  lib: string,
  wanted?: string,
): Promise<{ settled: Promise<InstancePassword> }> {
  const stored = existsSync(dirs.passwordFile) ? (await readFile(dirs.passwordFile, "utf8")).trim() || undefined : undefined;
  if (await hasDatabase(dirs)) {
    if (stored) return { settled: Promise.resolve({ password: stored, fresh: false }) };
    throw missingPassword(dirs, name);
  }
  // No database yet: a new instance, or one whose first start never got as far as creating its
  // store. Its auth file is (re)written, so the first start takes this password.
  // A letter first: base64url may begin with "-", which shells and tools read as an option.
  const password = stored ?? wanted ?? `tg${randomBytes(18).toString("base64url")}`;
  await rm(join(dirs.data, "dbms"), { recursive: true, force: true });
  const running = setInitialPassword(dirs, lib, password); // spawned now
  return { settled: running.then(() => recordPassword(dirs, password, stored)) };
}

async function recordPassword(dirs: InstanceDirs, password: string, stored: string | undefined): Promise<InstancePassword> {
  const auth = await readFile(authFile(dirs), "utf8").catch(() => "");
  if (!/^neo4j:/m.test(auth)) {
    throw new LocalNeo4jError(
      LocalNeo4jCode.NEO4J_INITIAL_PASSWORD,
      `neo4j-admin dbms set-initial-password succeeded but ${authFile(dirs)}, where the server reads the initial password, ${auth ? "has no neo4j user" : "does not exist"}.`,
    );
  }
  if (!stored) {
    // Written whole or not at all: a start killed here leaves no password file, and no database.
    const tmp = `${dirs.passwordFile}.new`;
    await writeFile(tmp, `${password}\n`, { mode: 0o600 });
    await chmod(tmp, 0o600);
    await rename(tmp, dirs.passwordFile);
  }
  return { password, fresh: true };
}
