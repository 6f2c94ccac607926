/** Resolving the codes other datasets use to the register's authorities, and successors. */
import { nameKey, type LoadContext } from "../context.js";
import type { Location } from "../errors.js";
import type { Cite } from "../plan.js";

/**
 * Adds a body another dataset knows and the register does not (a 2024 combined authority, a
 * fire and rescue authority), with only what that dataset says, and makes its code resolvable.
 */
export function addDatasetAuthority(ctx: LoadContext, body: { code: string; name: string; type: string; typeName: string }, cites: Cite[], at: Location): void {
  ctx.codes.set(body.code, body.code);
  ctx.plan.addNode("Authority", {
    ...body, otherCodes: [], aliases: [], officialName: null, registryCode: null, region: null, population: null, validFrom: null, validTo: null, current: true,
  }, cites, at);
}

/**
 * The Authority code for a GSS code from another dataset. A code the register does not know
 * (Barnsley's E08000038 in 2025 ONS files) is matched by name to exactly one current council
 * of the same kind, recorded as one of its `otherCodes`, and reported: one council, two codes,
 * never two councils.
 */
export function resolveAuthority(ctx: LoadContext, code: string, name: string, at: Location, dataset: string): string | undefined {
  const known = ctx.codes.get(code);
  if (known) return known;
  const prefix = code.slice(0, 3);
  const matches = [...(ctx.plan.nodes.get("Authority")?.values() ?? [])].filter(
    (n) => n.props.current === true && String(n.props.code).startsWith(prefix) && nameKey(String(n.props.name)) === nameKey(name),
  );
  if (matches.length === 1) {
    const target = String(matches[0]?.props.code);
    ctx.codes.set(code, target);
    const other = matches[0]?.props.otherCodes;
    if (Array.isArray(other) && !other.includes(code)) other.push(code);
    ctx.plan.warn(`${dataset} line ${at.line}: ${code} "${name}" is not in the register; it is ${target} there (same council, new code): both codes lead to one Authority.`);
    return target;
  }
  return undefined;
}

/**
 * The authorities that took over from `code`, following chains (district → unitary), each with
 * the date the change took effect. Empty when it was never replaced; undefined when it split
 * (a place inside cannot be mapped forward without boundaries).
 */
export function successorsOf(ctx: LoadContext, code: string): { code: string; from: string | null }[] | undefined {
  const replaced = ctx.plan.rels.get("REPLACED_BY|Authority|Authority");
  const chain: { code: string; from: string | null }[] = [];
  let current = code;
  for (let guard = 0; guard < 10; guard++) {
    const next = [...(replaced?.rows.values() ?? [])].filter((r) => r.from === current);
    if (next.length === 0) return chain;
    if (next.length > 1) return undefined;
    const step = next[0];
    if (!step) return chain;
    chain.push({ code: step.to, from: (step.props.validFrom as string | null) ?? null });
    current = step.to;
  }
  return chain;
}
