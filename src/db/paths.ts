/** Where the local Neo4j lives on disk: the jar cache and one folder per instance. */
import { join } from "node:path";
import { ROOT } from "../paths.js";

export const NEO4J_DIR = join(ROOT, "neo4j");

export function neo4jCache() {
  const root = join(NEO4J_DIR, "cache");
  return { root, lib: join(root, "lib"), plugins: join(root, "plugins") };
}

/** An instance's folders. "dev" serves `npm start`; "test" is the test suite's own. */
export function instanceDirs(name: string) {
  const root = join(NEO4J_DIR, "instances", name);
  return {
    root,
    conf: join(root, "conf"),
    data: join(root, "data"),
    logs: join(root, "logs"),
    run: join(root, "run"),
    pidFile: join(root, "run", "tiergraph-neo4j.pid"),
    passwordFile: join(root, "password"),
    /** Held while the instance starts or stops (src/db/lock.ts). */
    lockFile: join(root, "tiergraph.lock"),
    /** Who started the server and will stop it: a process (pid, start time) or "detached". */
    ownerFile: join(root, "run", "tiergraph-neo4j.owner"),
    consoleLog: join(root, "logs", "console.log"),
  };
}

export type InstanceDirs = ReturnType<typeof instanceDirs>;
