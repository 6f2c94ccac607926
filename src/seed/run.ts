/**
 * The import: every loader adds to one plan, the plan is checked, and only a clean plan is
 * written, in one transaction. Bad input → SeedValidationError naming file, line and column,
 * and the database untouched.
 */
import type { Driver } from "neo4j-driver";
import type { Logger } from "../log.js";
import { DEFAULT_SEEDS, newContext } from "./context.js";
import { SeedError, SeedValidationError } from "./errors.js";
import { seedsHash } from "./hash.js";
import { loadAuthorities } from "./loaders/authorities.js";
import { loadCombinedAuthorities, loadFireAuthorities, loadResilienceForums } from "./loaders/geography.js";
import { loadCoreSpendingPower, loadPaperFunding } from "./loaders/money.js";
import { loadParishes } from "./loaders/parishes.js";
import { loadOrganisations, loadPartnerships } from "./loaders/partnerships.js";
import { indexLookups, loadSynonyms } from "./loaders/lookup.js";
import { loadFunctions, loadServices } from "./loaders/services.js";
import { loadSources } from "./loaders/sources.js";
import { loadTiers } from "./loaders/tiers.js";
import { Plan } from "./plan.js";
import { writePlan, type Changes, type WriteOptions, type WriteResult } from "./write.js";

/** Reads and checks everything in seeds/; throws SeedValidationError listing every problem. */
export function buildPlan(seeds = DEFAULT_SEEDS): Plan {
  const plan = new Plan();
  const ctx = newContext(plan, seeds);
  try {
    loadSources(ctx);
    const tiers = loadTiers(ctx);
    loadAuthorities(ctx, tiers);
    loadServices(ctx, tiers);
    loadOrganisations(ctx);
    loadFunctions(ctx);
    loadCombinedAuthorities(ctx);
    loadFireAuthorities(ctx);
    loadResilienceForums(ctx);
    loadParishes(ctx);
    loadPartnerships(ctx);
    loadCoreSpendingPower(ctx);
    loadPaperFunding(ctx);
    loadSynonyms(ctx);
    indexLookups(ctx);
    plan.finish();
  } catch (err) {
    if (err instanceof SeedValidationError) throw new SeedValidationError([...plan.errors, ...err.errors]);
    if (err instanceof SeedError) throw new SeedValidationError([...plan.errors, err]);
    throw err;
  }
  if (plan.errors.length) throw new SeedValidationError(plan.errors);
  return plan;
}

export interface SeedOptions extends WriteOptions {
  driver: Driver;
  database: string;
  log: Logger;
  seeds?: string;
}

export async function seedAll(o: SeedOptions): Promise<WriteResult & { warnings: string[]; ms: number }> {
  const t0 = performance.now();
  const plan = buildPlan(o.seeds);
  for (const w of plan.warnings) o.log.debug(`conflict: ${w}`);
  for (const f of plan.figures) o.log.info(f);
  if (plan.warnings.length) o.log.info(`${plan.warnings.length} conflict(s) between sources were settled (npm run seed -- --conflicts lists them).`);
  const result = await writePlan(o.driver, o.database, plan, { ...o, seedsHash: seedsHash(o.seeds) });
  return { ...result, warnings: plan.warnings, ms: performance.now() - t0 };
}

/** "added 2 (Authority 1, WITHIN 1); changed 1 (Authority 1); removed 2 (…)", or "nothing changed". */
export function describeChanges(changes: Record<string, Changes>): string {
  const part = (kind: keyof Changes) => {
    const items = Object.entries(changes).filter(([, c]) => c[kind] > 0).sort(([a], [b]) => a.localeCompare(b));
    const n = items.reduce((s, [, c]) => s + c[kind], 0);
    return n ? `${kind} ${n} (${items.map(([k, c]) => `${k} ${c[kind]}`).join(", ")})` : undefined;
  };
  const parts = (["added", "changed", "removed"] as const).map(part).filter(Boolean);
  return parts.length ? parts.join("; ") : "nothing changed";
}

/** The content hash of seeds/ the database was last seeded from: undefined if never seeded, null if not recorded. */
export async function seededHash(driver: Driver, database: string): Promise<string | null | undefined> {
  const { records } = await driver.executeQuery("MATCH (m:SeedRun {id: 'tiergraph'}) RETURN m.seedsHash AS hash", {}, { database });
  return records.length ? ((records[0]?.get("hash") as string | null) ?? null) : undefined;
}

/** Has a seed run completed against this database? */
export async function isSeeded(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery("MATCH (m:SeedRun {id: 'tiergraph'}) RETURN count(m) AS n", {}, { database });
  return Number(records[0]?.get("n") ?? 0) > 0;
}
