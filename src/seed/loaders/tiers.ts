/** Tier nodes, and the vocabularies (register types, GOV.UK providing tiers) that map onto them. */
import { join } from "node:path";
import type { z } from "zod";
import type { LoadContext } from "../context.js";
import type { Cite } from "../plan.js";
import { readYaml } from "../yaml.js";
import { tiersFile, type citeSchema } from "./schemas.js";
import { addSources } from "./sources.js";

export const toCites = (cites: z.infer<typeof citeSchema>[]): Cite[] =>
  cites.map((c) => ({ source: c.source, cite: c.para ?? null, quote: c.quote ?? null }));

export interface TierMaps {
  /** Register type (CTY, NMD...) → tier code. */
  byRegisterType: Map<string, string>;
  /** GOV.UK providing tier → the tiers it means, with the basis and its citation. */
  byProvidingTier: Map<string, { tiers: string[]; basis: string; cites: Cite[] }>;
}

export function loadTiers(ctx: LoadContext): TierMaps {
  const file = join(ctx.seeds, "curated", "tiers.yaml");
  const { data, lineOf } = readYaml(file, tiersFile);
  addSources(ctx, file, data.sources, lineOf);
  const maps: TierMaps = { byRegisterType: new Map(), byProvidingTier: new Map() };
  data.tiers.forEach((t, i) => {
    ctx.plan.addNode("Tier", { code: t.code, name: t.name, description: t.description }, toCites(t.cite), { file, line: lineOf(["tiers", i]) });
    for (const type of t.registerTypes) maps.byRegisterType.set(type, t.code);
  });
  for (const p of data.providingTiers) maps.byProvidingTier.set(p.value, { tiers: p.tiers, basis: p.basis, cites: toCites(p.cite) });
  return maps;
}
