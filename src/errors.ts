/**
 * Error codes, and the one place errors become what clients see.
 *
 * Codes are stable (`extensions.code`); messages name the argument and offer candidates.
 * In production, unexpected errors are masked: no stack traces, no Cypher.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  AMBIGUOUS: "AMBIGUOUS",
  /** A well-formed input outside what tiergraph covers (a Scottish postcode). */
  OUT_OF_COVERAGE: "OUT_OF_COVERAGE",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  /** A write without a token, or with one that does not verify. */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** A write with a valid token that lacks the editor role, or to a note by someone else (not an admin). */
  FORBIDDEN: "FORBIDDEN",
  /** Over a depth, alias or cost limit (`extensions.limit` names which). */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Neo4j stopped the query at the transaction timeout. */
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  /**
   * Too busy right now, try again (HTTP 503 with Retry-After): the driver's pool is exhausted,
   * Neo4j is out of memory or transactions, or every export slot is taken (TIERGRAPH_MAX_EXPORTS).
   */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** A bulk list (POST /bulk/...) that cannot be read as CSV: no header, no `place` column, no rows, a malformed line. */
  BAD_CSV: "BAD_CSV",
  /** A bulk list that is not valid UTF-8. */
  BAD_ENCODING: "BAD_ENCODING",
  /** A bulk list over its row limit (100,000). */
  ROW_LIMIT: "ROW_LIMIT",
  /** A request body over its byte limit. */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a write without a (valid) token is told. */
export const UNAUTHENTICATED_MESSAGE = "Unauthenticated: writing needs a signed token (Authorization: Bearer ...) with the editor role.";

/**
 * A user's mistake — a bad argument, nothing or several found, a date out of range: the domain's
 * error, thrown by the questions, which know nothing of GraphQL. Each edge converts it: GraphQL
 * (formatError: `extensions.code` and the extras), the CSV export (clientError: a 4xx JSON body)
 * and the CLIs (src/cli/run.ts: the code and message, exit status 2).
 */
export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What else a client is told: the argument, suggestions, candidates. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): UserError {
  return new UserError(code, message, extra);
}

const DRIVER_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);
/** Seconds a client is told to wait (Retry-After) when the answer is SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_S = 5;
/** Neo4j refusing work for want of resources: a retry later can succeed. */
const OVERLOADED = new Set([
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.OutOfMemoryError",
  "Neo.TransientError.General.StackOverFlowError",
  "Neo.TransientError.Request.ResourceExhaustion",
  "Neo.TransientError.Transaction.MaximumTransactionLimitReached",
  "Neo.TransientError.Transaction.Outdated",
]);
/** neo4j-driver's pool: every connection busy for connectionAcquisitionTimeout (its code is "N/A"). */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;
/** Raised in our own @cypher statements: apoc.util.validate(..., 'tiergraph/CODE: message'). */
const CYPHER_USER_ERROR = /Caused by: java\.lang\.RuntimeException: tiergraph\/([A-Z_]+): ([^\n]*)/;

type Original = { name?: string; code?: string; message?: string; constructor?: { name?: string } } | undefined;

/** The code and message a client sees for an error that did not come with one of ours. */
function classify(original: Original, queryTimeoutMs: number): { code: ErrorCode; message: string } | undefined {
  if (!original) return undefined;
  if (original.code && DRIVER_UNAVAILABLE.has(original.code)) {
    return { code: ErrorCode.DATABASE_UNAVAILABLE, message: "The database is unavailable; try again shortly." };
  }
  if ((original.code && OVERLOADED.has(original.code)) || POOL_EXHAUSTED.test(original.message ?? "")) {
    return { code: ErrorCode.SERVICE_UNAVAILABLE, message: `The server is too busy to answer now; try again in ${RETRY_AFTER_S} s.` };
  }
  if (original.code && TIMED_OUT.has(original.code)) {
    return { code: ErrorCode.QUERY_TIMEOUT, message: `The query ran longer than ${queryTimeoutMs} ms (TIERGRAPH_QUERY_TIMEOUT_MS) and was stopped; ask for less.` };
  }
  // @neo4j/graphql's error classes are not exported; their constructors' names are stable.
  const kind = original.constructor?.name;
  if (kind === "Neo4jGraphQLForbiddenError") {
    return { code: ErrorCode.FORBIDDEN, message: "Forbidden: adding a note needs a token with the editor role; changing, linking or deleting one, its author or an admin." };
  }
  if (kind === "Neo4jGraphQLError" && original.message === "Unauthenticated") {
    return { code: ErrorCode.UNAUTHENTICATED, message: UNAUTHENTICATED_MESSAGE };
  }
  const ours = CYPHER_USER_ERROR.exec(original.message ?? "");
  if (ours && ours[1] && ours[1] in ErrorCode) return { code: ours[1] as ErrorCode, message: ours[2] ?? "" };
  return undefined;
}

/**
 * Apollo's formatError: gives driver, library and Cypher failures their stable codes, names the
 * limit a query broke, and in production masks everything unexpected (no stack, no Cypher).
 */
export function formatError(production: boolean, queryTimeoutMs = 15_000) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: Original })?.originalError;
    if (original instanceof UserError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.extensions, code: original.code } };
    }
    const known = classify(original, queryTimeoutMs);
    if (known) {
      return { message: known.message, locations: formatted.locations, path: formatted.path, extensions: { code: known.code } };
    }
    if (formatted.extensions?.limit !== undefined) {
      const { stacktrace: _s, http: _h, ...rest } = formatted.extensions;
      return { ...formatted, extensions: { ...rest, code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const code = formatted.extensions?.code;
    if (production && (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)) {
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (production && formatted.extensions && "stacktrace" in formatted.extensions) {
      const { stacktrace: _dropped, ...rest } = formatted.extensions;
      return { ...formatted, extensions: rest };
    }
    return formatted;
  };
}

/**
 * The HTTP status of each code, for the endpoints that are not GraphQL (the CSV export, any
 * later bulk endpoint): user errors are 4xx, "try again" is 503, a stopped query 504.
 */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.AMBIGUOUS]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.OUT_OF_COVERAGE]: 422,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
  [ErrorCode.BAD_CSV]: 400,
  [ErrorCode.BAD_ENCODING]: 400,
  [ErrorCode.ROW_LIMIT]: 413,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

/**
 * What a non-GraphQL endpoint tells the client about `err`: the code and message the GraphQL
 * API would give (one of ours, or a driver failure classified as formatError does), or
 * undefined for an unexpected error (the caller answers 500 and logs it).
 */
export function clientError(err: unknown, queryTimeoutMs: number): { code: ErrorCode; message: string; status: number; extensions: Record<string, unknown> } | undefined {
  if (err instanceof UserError) return { code: err.code, message: err.message, status: HTTP_STATUS[err.code] ?? 400, extensions: err.extensions };
  if (err instanceof GraphQLError && typeof err.extensions.code === "string" && err.extensions.code in ErrorCode) {
    const code = err.extensions.code as ErrorCode;
    const { code: _c, http: _h, stacktrace: _s, ...extensions } = err.extensions;
    return { code, message: err.message, status: HTTP_STATUS[code] ?? 400, extensions };
  }
  const known = classify(err as Original, queryTimeoutMs);
  return known ? { ...known, status: HTTP_STATUS[known.code] ?? 500, extensions: {} } : undefined;
}

/**
 * Apollo plugin: an answer carrying SERVICE_UNAVAILABLE (pool exhausted, Neo4j overloaded) goes
 * out as HTTP 503 with Retry-After, so clients and proxies back off instead of seeing a 200.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_S));
        },
      };
    },
  };
}

/**
 * Codes of the local Neo4j's failures (src/db/local.ts): what `npm start` and `npm run db:*`
 * print to an operator, each with what to do.
 */
export const LocalNeo4jCode = {
  /** The instance has a database but no password file: nothing is deleted, the command to recreate is printed. */
  NEO4J_PASSWORD_MISSING: "NEO4J_PASSWORD_MISSING",
  /** Neo4j refused the instance's password (after one recreation, for a brand-new instance). */
  NEO4J_AUTH_REJECTED: "NEO4J_AUTH_REJECTED",
  /** set-initial-password did not leave the auth file where the server reads it. */
  NEO4J_INITIAL_PASSWORD: "NEO4J_INITIAL_PASSWORD",
  NEO4J_PORT_TAKEN: "NEO4J_PORT_TAKEN",
  NEO4J_EXITED: "NEO4J_EXITED",
  /** A bounded wait ran out: start-up, stop, the port, another process's start or stop. */
  NEO4J_START_TIMEOUT: "NEO4J_START_TIMEOUT",
  NEO4J_STOP_TIMEOUT: "NEO4J_STOP_TIMEOUT",
  NEO4J_LOCK_TIMEOUT: "NEO4J_LOCK_TIMEOUT",
  /** The start was called off (Ctrl-C during start-up); the Neo4j it spawned was stopped. */
  NEO4J_START_ABORTED: "NEO4J_START_ABORTED",
  /** `neo4j-admin database import full` failed (its output follows); no store was left behind. */
  NEO4J_IMPORT_FAILED: "NEO4J_IMPORT_FAILED",
} as const;
export type LocalNeo4jCode = (typeof LocalNeo4jCode)[keyof typeof LocalNeo4jCode];

/** A local Neo4j failure; the message starts with its code ("NEO4J_PORT_TAKEN: Port 7687 ..."). */
export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
  constructor(
    readonly code: LocalNeo4jCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}
