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

/** https, or http to this machine only (loopback: nobody in between). */
function isHttpsOrLoopback(url: string): boolean {
  if (!URL.canParse(url)) return true; // reported by .url()
  const u = new URL(url);
  return u.protocol === "https:" || (u.protocol === "http:" && ["127.0.0.1", "[::1]", "localhost"].includes(u.hostname));
}

/** 127.x.x.x, ::1 and localhost: nobody but this machine can connect. */
const isLoopback = (host: string) => /^127(\.\d{1,3}){3}$/.test(host) || ["::1", "[::1]", "localhost", "::ffff:127.0.0.1"].includes(host.toLowerCase());

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
    TIERGRAPH_NEO4J_INSTANCE: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,40}$/, "must be a name of lower-case letters, digits and dashes (a folder under neo4j/instances)")
      .default("dev"),
    TIERGRAPH_NEO4J_BOLT_PORT: port(7687),
    TIERGRAPH_NEO4J_HEAP: memorySize("1536m"),
    TIERGRAPH_NEO4J_PAGECACHE: memorySize("512m"),
    TIERGRAPH_NEO4J_PASSWORD: z.preprocess(
      emptyAsUndefined,
      z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
    ),
    TIERGRAPH_JWT_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters (an HS256 key; `openssl rand -base64 48` makes one)").optional(),
    ),
    TIERGRAPH_JWKS_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .url("must be the https URL of a JSON Web Key Set")
        // Keys fetched over plain http could be swapped on the way; loopback (the tests' own
        // identity provider) is the one exception.
        .refine(isHttpsOrLoopback, "must be an https URL (http only for 127.0.0.1, ::1 or localhost)")
        .optional(),
    ),
    TIERGRAPH_JWT_ISSUER: z.preprocess(emptyAsUndefined, z.string().optional()),
    TIERGRAPH_JWT_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().optional()),
    TIERGRAPH_INTROSPECTION: flag,
    TIERGRAPH_ALLOW_DEV_ON_NETWORK: flag,
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
    // The largest query tiergraph's own clients send (the explorer's search, 4 spellings) has
    // 360 tokens; 2,000 leaves room for hand-written queries and stops documents padded with
    // thousands of fields or aliases before they are even parsed in full.
    TIERGRAPH_MAX_TOKENS: positive(2_000, "the most tokens a query document may have"),
    // Our clients send none; a few @include/@skip per query are normal, hundreds are an attack.
    TIERGRAPH_MAX_DIRECTIVES: positive(20, "the most directives a query may use"),
    TIERGRAPH_QUERY_TIMEOUT_MS: positive(15_000, "a time in milliseconds"),
    TIERGRAPH_MAX_BODY_BYTES: positive(1024 * 1024, "a size in bytes"),
    // Each export holds one of the driver's 100 connections while it streams: at most 32, so the
    // questions always keep most of the pool (src/streaming.ts).
    TIERGRAPH_MAX_EXPORTS: positive(2, "the most CSV exports that may stream at once").pipe(z.number().max(32, "must be at most 32 (each export holds one of the 100 database connections)")),
    TIERGRAPH_EXPORT_TIMEOUT_MS: positive(180_000, "a time in milliseconds"),
    // Exports are bulk work; questions are someone waiting. While any question is in flight an
    // export pauses this long after each batch of rows (0: never), src/streaming.ts QuestionLoad.
    TIERGRAPH_EXPORT_YIELD_MS: z.coerce
      .number({ invalid_type_error: "must be a time in milliseconds (0 to 1000)" })
      .int("must be a whole number")
      .min(0, "must be a time in milliseconds (0 to 1000)")
      .max(1000, "must be at most 1000 ms (longer pauses would run exports into their deadline)")
      .default(50),
    // Answers to queries carry an ETag and, without a token, `public, max-age=N` (src/cache.ts).
    TIERGRAPH_CACHE_MAX_AGE: z.coerce
      .number({ invalid_type_error: "must be a time in seconds (0 to 86400)" })
      .int("must be a whole number")
      .min(0, "must be a time in seconds (0 to 86400)")
      .max(86400, "must be at most 86400 s (a day)")
      .default(60),
    TIERGRAPH_DATA_VERSION_TTL_MS: z.coerce
      .number({ invalid_type_error: "must be a time in milliseconds (0 to 60000)" })
      .int("must be a whole number")
      .min(0, "must be a time in milliseconds (0 to 60000)")
      .max(60000, "must be at most 60000 ms")
      .default(1000),
    TIERGRAPH_WARMUP: flag,
    TIERGRAPH_POSTCODES: flag,
  })
  .superRefine((env, ctx) => {
    // Development mode (introspection, the sandbox, stack traces in errors) is for this machine:
    // on any other interface it must be chosen, not fallen into by leaving NODE_ENV unset.
    if (!isLoopback(env.HOST) && env.NODE_ENV !== "production" && !isOn(env.TIERGRAPH_ALLOW_DEV_ON_NETWORK)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["HOST"],
        message:
          `listens beyond this machine, but NODE_ENV is ${env.NODE_ENV} (introspection, the sandbox and stack traces in errors would be open to the network). ` +
          "Set NODE_ENV=production (add TIERGRAPH_INTROSPECTION=true to keep introspection and the sandbox), " +
          "or set TIERGRAPH_ALLOW_DEV_ON_NETWORK=true to serve development mode on the network on purpose, or HOST=127.0.0.1",
      });
    }
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
    // An identity provider signs tokens for many applications: without checking who issued a
    // token and for whom, any of its tokens with an editor role could write here.
    for (const name of ["TIERGRAPH_JWT_ISSUER", "TIERGRAPH_JWT_AUDIENCE"] as const) {
      if (env.TIERGRAPH_JWKS_URL && !env[name]) {
        const what = name === "TIERGRAPH_JWT_ISSUER" ? "the `iss` your identity provider puts in its tokens" : "the `aud` your identity provider gives tokens meant for tiergraph";
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [name], message: `is required with TIERGRAPH_JWKS_URL (${what})` });
      }
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
  /** Load the postcodes at start (src/seed/postcodes.ts); default on. Off: a quicker first start without them. */
  readonly postcodes: boolean;
  readonly local: {
    /** The instance `npm start` and `npm run db:*` use: neo4j/instances/NAME. */
    readonly instance: string;
    readonly boltPort: number;
    readonly heap: string;
    readonly pageCache: string;
    readonly password?: string;
  };
  readonly security: SecurityConfig;
}

/**
 * How tokens are verified: an HS256 secret (issuer and audience checked when set), or an
 * identity provider's key set (issuer and audience required, and checked on every token).
 */
export type JwtConfig =
  | { readonly secret: string; readonly issuer?: string; readonly audience?: string }
  | { readonly jwksUrl: string; readonly issuer: string; readonly audience: string };

/** Who may write, what the API shows of itself, and the limits on every request. */
export interface SecurityConfig {
  /** How editors' tokens are verified; absent: no token is accepted, so nothing can be written. */
  readonly jwt?: JwtConfig;
  /** Introspection and the sandbox page (default: on, off when NODE_ENV=production). */
  readonly introspection: boolean;
  /** Origins allowed to call the API from a browser ("*" for any); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  readonly limits: Limits;
  /** ETags and Cache-Control on read answers (src/cache.ts). */
  readonly cache: CacheConfig;
}

export interface CacheConfig {
  /** `Cache-Control: public, max-age=N` on answers to requests without a token (0: revalidate every time). */
  readonly maxAgeS: number;
  /** How long the data version read from the store is reused before it is read again. */
  readonly versionTtlMs: number;
}

export interface Limits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxCost: number;
  /** Tokens in the query document, counted while parsing (the parse stops at the limit). */
  readonly maxTokens: number;
  readonly maxDirectives: number;
  /** Each GraphQL request's Cypher transactions are stopped by Neo4j after this long. */
  readonly queryTimeoutMs: number;
  readonly maxBodyBytes: number;
  /** Streamed exports running at once; one more is refused with 503 and Retry-After. */
  readonly maxExports: number;
  /** An export's transaction (and its response) is stopped after this long, however slow the reader. */
  readonly exportTimeoutMs: number;
  /** While questions are in flight, an export pauses this long after each batch of rows (0: never). */
  readonly exportYieldMs: number;
}

/** The defaults, for tests and tools that build a server without reading the environment. */
export function defaultSecurity(
  overrides: Partial<Omit<SecurityConfig, "limits" | "cache">> & { limits?: Partial<Limits>; cache?: Partial<CacheConfig> } = {},
): SecurityConfig {
  const base = loadConfig({ NODE_ENV: "development" }).security;
  return { ...base, ...overrides, limits: { ...base.limits, ...overrides.limits }, cache: { ...base.cache, ...overrides.cache } };
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
    postcodes: isOn(e.TIERGRAPH_POSTCODES) ?? true,
    local: Object.freeze({
      instance: e.TIERGRAPH_NEO4J_INSTANCE,
      boltPort: e.TIERGRAPH_NEO4J_BOLT_PORT,
      heap: e.TIERGRAPH_NEO4J_HEAP,
      pageCache: e.TIERGRAPH_NEO4J_PAGECACHE,
      password: e.TIERGRAPH_NEO4J_PASSWORD,
    }),
    security: Object.freeze({
      jwt: e.TIERGRAPH_JWT_SECRET
        ? Object.freeze({
            secret: e.TIERGRAPH_JWT_SECRET,
            ...(e.TIERGRAPH_JWT_ISSUER ? { issuer: e.TIERGRAPH_JWT_ISSUER } : {}),
            ...(e.TIERGRAPH_JWT_AUDIENCE ? { audience: e.TIERGRAPH_JWT_AUDIENCE } : {}),
          })
        : e.TIERGRAPH_JWKS_URL && e.TIERGRAPH_JWT_ISSUER && e.TIERGRAPH_JWT_AUDIENCE
          ? Object.freeze({ jwksUrl: e.TIERGRAPH_JWKS_URL, issuer: e.TIERGRAPH_JWT_ISSUER, audience: e.TIERGRAPH_JWT_AUDIENCE })
          : undefined,
      introspection: isOn(e.TIERGRAPH_INTROSPECTION) ?? e.NODE_ENV !== "production",
      corsOrigins: Object.freeze((e.TIERGRAPH_CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean)),
      cache: Object.freeze({ maxAgeS: e.TIERGRAPH_CACHE_MAX_AGE, versionTtlMs: e.TIERGRAPH_DATA_VERSION_TTL_MS }),
      limits: Object.freeze({
        maxDepth: e.TIERGRAPH_MAX_DEPTH,
        maxAliases: e.TIERGRAPH_MAX_ALIASES,
        maxCost: e.TIERGRAPH_MAX_COST,
        maxTokens: e.TIERGRAPH_MAX_TOKENS,
        maxDirectives: e.TIERGRAPH_MAX_DIRECTIVES,
        queryTimeoutMs: e.TIERGRAPH_QUERY_TIMEOUT_MS,
        maxBodyBytes: e.TIERGRAPH_MAX_BODY_BYTES,
        maxExports: e.TIERGRAPH_MAX_EXPORTS,
        exportTimeoutMs: e.TIERGRAPH_EXPORT_TIMEOUT_MS,
        exportYieldMs: e.TIERGRAPH_EXPORT_YIELD_MS,
      }),
    }),
  });
}
