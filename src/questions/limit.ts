/**
 * The `limit` argument of our own list questions (partnershipOverlap, subsumptionCandidates,
 * fundingFlows): each question owns its default and maximum; the cost estimate (src/limits.ts)
 * counts the list at the limit asked for, so the maximum is also what the most expensive answer
 * can cost.
 */
import { ErrorCode, userError } from "../errors.js";

export interface ListLimit {
  /** What an absent (or null) `limit` means. */
  readonly default: number;
  /** The most that may be asked for; more is BAD_USER_INPUT, not silently cut. */
  readonly max: number;
}

/** The limit to use: the default when absent; a value outside 1..max is refused, naming the argument. */
export function checkLimit(value: number | null | undefined, bounds: ListLimit, argument = "limit"): number {
  const n = value ?? bounds.default;
  if (!Number.isInteger(n) || n < 1 || n > bounds.max) {
    throw userError(ErrorCode.BAD_USER_INPUT, `${argument}: ${n} must be a whole number from 1 to ${bounds.max} (default ${bounds.default})`, { argument });
  }
  return n;
}
