/**
 * Settling a fact that several sources state (an authority's county, region, type, end date).
 * Every signal is one vote; the value with the most votes wins, and a tie keeps the first
 * signal's value (the register's), saying so. Every disagreement is reported with each source's
 * file and line, and recorded in the graph as a Conflict node (CONFLICT_ABOUT the authority), so that an API
 * user sees which source lost and why. Nothing is settled silently; no code is special-cased.
 */
import type { LoadContext } from "../context.js";
import { where, type Location } from "../errors.js";

export interface Signal {
  /** Source id (seeds/datasets/sources.yaml). */
  source: string;
  /** What in the source says it: "county-la", "snac 42UC", "parent suffolk". */
  what: string;
  at: Location;
  /** The value this signal stands for (a register code, a region name, a date). */
  says: string;
}

export interface Settled {
  value: string;
  won: Signal[];
  lost: Signal[];
  tie: boolean;
}

/** The value most signals name; undefined when there are none. */
export function settle(signals: Signal[]): Settled | undefined {
  const first = signals[0];
  if (!first) return undefined;
  const votes = new Map<string, number>();
  for (const s of signals) votes.set(s.says, (votes.get(s.says) ?? 0) + 1);
  const max = Math.max(...votes.values());
  const top = [...votes].filter(([, n]) => n === max).map(([v]) => v);
  const value = top.includes(first.says) ? first.says : (top[0] ?? first.says);
  return { value, won: signals.filter((s) => s.says === value), lost: signals.filter((s) => s.says !== value), tie: top.length > 1 };
}

export const describeSignal = (s: Signal, name: (v: string) => string) => `${s.source} ${where(s.at)} ${s.what}: ${name(s.says)}`;

/**
 * Reports a settlement whose signals disagree: one line in the conflicts report and one
 * Conflict node (id `conflict:<field>:<code>`, CONFLICT_ABOUT the authority). No-op when all agree.
 */
export function recordConflict(
  ctx: LoadContext,
  subject: { code: string; name: string },
  field: string,
  result: Settled,
  name: (value: string) => string,
): void {
  if (result.lost.length === 0) return;
  const won = result.won.map((s) => describeSignal(s, name));
  const lost = result.lost.map((s) => describeSignal(s, name));
  const reason = result.tie
    ? `a tie (${result.won.length} signal(s) each): the register's value is kept`
    : `${result.won.length} signal(s) against ${result.lost.length}: the weight of evidence`;
  ctx.plan.warn(`${field} of ${subject.name} (${subject.code}): settled ${name(result.value)} — ${reason}. Lost: ${lost.join("; ")}. Won: ${won.join("; ")}.`);
  const id = `conflict:${field}:${subject.code}`;
  const all = [...result.won, ...result.lost];
  const sources = [...new Set(all.map((s) => s.source))];
  const first = all[0]?.at ?? { file: "" };
  ctx.plan.addNode(
    "Conflict",
    { id, name: `${field} of ${subject.name}`, field, subject: subject.code, settled: name(result.value), won, lost, tie: result.tie, reason },
    sources.map((source) => ({ source, cite: all.filter((s) => s.source === source).map((s) => `${where(s.at)} ${s.what}`).join("; ") })),
    first,
  );
  ctx.plan.addRel("CONFLICT_ABOUT", ["Conflict", id], ["Authority", subject.code], { source: result.won[0]?.source ?? "", cite: `settled: ${name(result.value)}` }, first);
}
