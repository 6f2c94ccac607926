/** What every loader gets: the plan it adds to, the seeds folder, and shared look-ups. */
import { join } from "node:path";
import { ROOT } from "../paths.js";
import type { Plan } from "./plan.js";

export interface LoadContext {
  plan: Plan;
  /** The seeds/ folder (tests point it at fixtures). */
  seeds: string;
  /** Any GSS code a dataset uses (current, former, or a newer ONS code) → the Authority's code. */
  codes: Map<string, string>;
  /** Register code (KEN, SEV...) → GSS code. */
  registry: Map<string, string>;
}

export const DEFAULT_SEEDS = join(ROOT, "seeds");

export function newContext(plan: Plan, seeds = DEFAULT_SEEDS): LoadContext {
  return { plan, seeds, codes: new Map(), registry: new Map() };
}

/** Normalises a council name for matching across datasets ("Bristol, City of" ~ "Bristol"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\b(city of|county of|royal borough of|london borough of|metropolitan borough|borough|district|council|city|county|the)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
