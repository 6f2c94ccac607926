/**
 * Error codes, and the one place errors become what clients see.
 *
 * Codes are stable (`extensions.code`); messages name the argument and offer candidates.
 * In production, unexpected errors are masked: no stack traces, no Cypher.
 */
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
  /** A write with a valid token that lacks the editor role. */
  FORBIDDEN: "FORBIDDEN",
  /** Over a depth, alias or cost limit (`extensions.limit` names which). */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Neo4j stopped the query at the transaction timeout. */
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

const DRIVER_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.TransactionTimedOut",
]);
/** Raised in our own @cypher statements: apoc.util.validate(..., 'tiergraph/CODE: message'). */
const CYPHER_USER_ERROR = /Caused by: java\.lang\.RuntimeException: tiergraph\/([A-Z_]+): ([^\n]*)/;

type Original = { name?: string; code?: string; message?: string; constructor?: { name?: string } } | undefined;

/** The code and message a client sees for an error that did not come with one of ours. */
function classify(original: Original, queryTimeoutMs: number): { code: ErrorCode; message: string } | undefined {
  if (!original) return undefined;
  if (original.code && DRIVER_UNAVAILABLE.has(original.code)) {
    return { code: ErrorCode.DATABASE_UNAVAILABLE, message: "The database is unavailable; try again shortly." };
  }
  if (original.code && TIMED_OUT.has(original.code)) {
    return { code: ErrorCode.QUERY_TIMEOUT, message: `The query ran longer than ${queryTimeoutMs} ms (TIERGRAPH_QUERY_TIMEOUT_MS) and was stopped; ask for less.` };
  }
  // @neo4j/graphql's error classes are not exported; their constructors' names are stable.
  const kind = original.constructor?.name;
  if (kind === "Neo4jGraphQLForbiddenError") {
    return { code: ErrorCode.FORBIDDEN, message: "Forbidden: writing needs a token with the editor role." };
  }
  if (kind === "Neo4jGraphQLError" && original.message === "Unauthenticated") {
    return { code: ErrorCode.UNAUTHENTICATED, message: "Unauthenticated: writing needs a signed token (Authorization: Bearer ...) with the editor role." };
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
