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
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

const DRIVER_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Apollo's formatError: turns driver failures into DATABASE_UNAVAILABLE and masks the rest in production. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: { code?: string } })?.originalError;
    if (original?.code && DRIVER_UNAVAILABLE.has(original.code)) {
      return {
        message: "The database is unavailable; try again shortly.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      };
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
