/**
 * A small levelled logger on stderr, so stdout stays free for answers (CSV, tables, JSON).
 */
import type { LogLevel } from "./config.js";

const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface Logger {
  error(msg: string): void;
  warn(msg: string): void;
  info(msg: string): void;
  debug(msg: string): void;
}

export function createLogger(level: LogLevel, prefix = "tiergraph"): Logger {
  const emit = (at: LogLevel) => (msg: string) => {
    if (ORDER[at] <= ORDER[level]) process.stderr.write(`[${prefix}] ${at === "info" ? "" : `${at}: `}${msg}\n`);
  };
  return { error: emit("error"), warn: emit("warn"), info: emit("info"), debug: emit("debug") };
}
