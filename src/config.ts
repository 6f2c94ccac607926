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

/** true/false, 1/0, yes/no, on/off; unset means "the default for this NODE_ENV". */
const flag = z.preprocess(
  (v) => (typeof v === "string" && v !== "" ? v.toLowerCase() : undefined),
  z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { errorMap: () => ({ message: "must be true or false" }) }).optional(),
);
const isOn = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : ["true", "1", "yes", "on"].includes(v));

const positive = (fallback: number, what: string) =>
  z.coerce.number({ invalid_type_error: `must be ${what}` }).int("must be a whole number").min(1, `must be ${what}`).default(fallback);

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
    TIERGRAPH_JWT_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters (an HS256 key; `openssl rand -base64 48` makes one)").optional(),
    ),
    TIERGRAPH_JWKS_URL: z.preprocess(emptyAsUndefined, z.string().url("must be the https URL of a JSON Web Key Set").optional()),
    TIERGRAPH_INTROSPECTION: flag,
    TIERGRAPH_CORS_ORIGINS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^(\*|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, "must be * or a comma-separated list of origins such as https://example.org")
        .optional(),
    ),
    TIERGRAPH_MAX_DEPTH: positive(12, "the deepest nesting a query may have"),
    TIERGRAPH_MAX_ALIASES: positive(30, "the most aliases a query may use"),
    TIERGRAPH_MAX_COST: positive(250_000, "the highest estimated cost a query may have"),
    TIERGRAPH_QUERY_TIMEOUT_MS: positive(15_000, "a time in milliseconds"),
    TIERGRAPH_MAX_BODY_BYTES: positive(1024 * 1024, "a size in bytes"),
    TIERGRAPH_WARMUP: flag,
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["NEO4J_PASSWORD"],
        message: "is required when NEO4J_URI is set (the password of NEO4J_USERNAME on that server)",
      });
    }
    if (env.TIERGRAPH_JWT_SECRET && env.TIERGRAPH_JWKS_URL) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["TIERGRAPH_JWKS_URL"], message: "set either TIERGRAPH_JWT_SECRET or TIERGRAPH_JWKS_URL, not both" });
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
  /** Ask the main questions once before listening (src/warmup.ts); default on. */
  readonly warmUp: boolean;
  readonly local: {
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
    readonly password?: string;
  };
  readonly security: SecurityConfig;
}

/** Who may write, what the API shows of itself, and the limits on every request. */
export interface SecurityConfig {
  /** How editors' tokens are verified; absent: no token is accepted, so nothing can be written. */
  readonly jwt?: { readonly secret: string } | { readonly jwksUrl: string };
  /** Introspection and the sandbox page (default: on, off when NODE_ENV=production). */
  readonly introspection: boolean;
  /** Origins allowed to call the API from a browser ("*" for any); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  readonly limits: Limits;
}

export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
  /** Each GraphQL request's Cypher transactions are stopped by Neo4j after this long. */
  readonly queryTimeoutMs: number;
  readonly maxBodyBytes: number;
}

/** The defaults, for tests and tools that build a server without reading the environment. */
export function defaultSecurity(overrides: Partial<Omit<SecurityConfig, "limits">> & { limits?: Partial<Limits> } = {}): SecurityConfig {
  const base = loadConfig({ NODE_ENV: "development" }).security;
  return { ...base, ...overrides, limits: { ...base.limits, ...overrides.limits } };
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
    warmUp: isOn(e.TIERGRAPH_WARMUP) ?? true,
    local: Object.freeze({
      boltPort: e.TIERGRAPH_NEO4J_BOLT_PORT,
      heap: e.TIERGRAPH_NEO4J_HEAP,
      pageCache: e.TIERGRAPH_NEO4J_PAGECACHE,
      password: e.TIERGRAPH_NEO4J_PASSWORD,
    }),
    security: Object.freeze({
      jwt: e.TIERGRAPH_JWT_SECRET
        ? Object.freeze({ secret: e.TIERGRAPH_JWT_SECRET })
        : e.TIERGRAPH_JWKS_URL
          ? Object.freeze({ jwksUrl: e.TIERGRAPH_JWKS_URL })
          : undefined,
      introspection: isOn(e.TIERGRAPH_INTROSPECTION) ?? e.NODE_ENV !== "production",
      corsOrigins: Object.freeze((e.TIERGRAPH_CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean)),
      limits: Object.freeze({
        maxDepth: e.TIERGRAPH_MAX_DEPTH,
        maxAliases: e.TIERGRAPH_MAX_ALIASES,
        maxCost: e.TIERGRAPH_MAX_COST,
        queryTimeoutMs: e.TIERGRAPH_QUERY_TIMEOUT_MS,
        maxBodyBytes: e.TIERGRAPH_MAX_BODY_BYTES,
      }),
    }),
  });
}
