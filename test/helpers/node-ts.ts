import { join } from "node:path";
import { ROOT } from "../../src/paths.js";

/**
 * The arguments with which npm's scripts run a TypeScript entry point (package.json): this Node,
 * with tsx's loader in the same process — `node --import tsx src/index.ts`. Spawn
 * `process.execPath` with them, cwd ROOT. (The tsx CLI would put a second process in front,
 * which relays a Ctrl-C only after 30 ms and then SIGKILLs a server that is slow to say it got it.)
 */
export function tsArgs(script: string, ...args: string[]): string[] {
  return ["--import", "tsx", join(ROOT, script), ...args];
}
