/**
 * The shared ending of every command-line entry point: exit with main's code; on failure print
 * the message (with its error code for user errors), never a stack trace, and exit non-zero.
 */
import { ConfigError } from "../config.js";
import { UserError } from "../errors.js";

export function runCli(main: () => Promise<number>, failure = "failed"): void {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      const prefix = err instanceof UserError ? `${err.code}: ` : err instanceof ConfigError ? "" : `${failure}: `;
      process.stderr.write(`${prefix}${err.message}\n`);
      process.exit(err instanceof UserError ? 2 : 1);
    },
  );
}
