/**
 * Configuration: the only module that reads `process.env`.
 *
 * Every setting is validated once, at start, and a bad value fails with a message that
 * names the variable and says what to set. The result is frozen.
 */
import { z } from "zod";

const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const port = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(fallback);

/** Sizes as Neo4j writes them: 512m, 1g, 1024k. */
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmgKMG]$/, "must be a size such as 512m or 1g")
    .default(fallback);

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const schema = z
  .object({
    PORT: port(4000),
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    NEO4J_URI: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
          "must be a Neo4j URI such as neo4j://host:7687, bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io",
        )
        .optional(),
    ),
    NEO4J_USERNAME: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    TIERGRAPH_NEO4J_BOLT_PORT: port(7687),
    TIERGRAPH_NEO4J_HEAP: memorySize("1g"),
    TIERGRAPH_NEO4J_PAGECACHE: memorySize("512m"),
    TIERGRAPH_NEO4J_PASSWORD: z.preprocess(
      emptyAsUndefined,
      z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set (the password of NEO4J_USERNAME on that server)",
      });
    }
  });

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly production: boolean;
  /** An external server; when absent, tiergraph runs its own local Neo4j. */
  readonly external?: {
    readonly uri: string;
    readonly username: string;
    readonly password: string;
  };
  readonly database: string;
  readonly local: {
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
    readonly password?: string;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment. Throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = i.path.join(".");
      return `  ${name}=${JSON.stringify(env[name] ?? "")}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}\nSee "Configuration" in README.md.`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === "production",
    external:
      e.NEO4J_URI && e.NEO4J_PASSWORD
        ? Object.freeze({ uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD })
        : undefined,
    database: e.NEO4J_DATABASE,
    local: Object.freeze({
      boltPort: e.TIERGRAPH_NEO4J_BOLT_PORT,
      heap: e.TIERGRAPH_NEO4J_HEAP,
      pageCache: e.TIERGRAPH_NEO4J_PAGECACHE,
      password: e.TIERGRAPH_NEO4J_PASSWORD,
    }),
  });
}
