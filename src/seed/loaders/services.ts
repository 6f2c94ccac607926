/**
 * Services: the full ESD LGSL list, GOV.UK's providing tier for the services it uses (2025 list,
 * plus the seven it dropped in 2025 from the 2022 list), and the functions the list leaves out
 * (seeds/curated/functions.yaml: parish powers, GLA and combined-authority functions).
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import { readYaml } from "../yaml.js";
import type { z } from "zod";
import type { Location } from "../errors.js";
import type { Props } from "../plan.js";
import { boundSchema, functionsFile } from "./schemas.js";
import { toCites, type TierMaps } from "./tiers.js";

export function loadServices(ctx: LoadContext, tiers: TierMaps): void {
  const dir = join(ctx.seeds, "datasets", "lgsl-services");
  const esdFile = join(dir, "englishAndWelshServices-all.csv");
  for (const r of readCsv(esdFile, ["Identifier", "Label", "Status"])) {
    const at = { file: esdFile, line: r.$line };
    if (!/^\d+$/.test(r.Identifier ?? "")) {
      ctx.plan.error({ ...at, column: "Identifier" }, `"${r.Identifier}" is not an LGSL code`);
      continue;
    }
    ctx.plan.addNode("Service", {
      code: r.Identifier ?? "", name: r.Label ?? "", esdLabel: r.Label ?? null, esdStatus: r.Status ?? null, govukDescription: null, providingTier: null,
      esdDescription: r.Description || null,
    }, [{ source: "esd-lgsl", cite: `row ${r.$line}` }], at);
  }

  const govuk = (file: string, src: string, only?: (code: string) => boolean) => {
    for (const r of readCsv(file, ["LGSL", "Description", "Providing Tier"])) {
      const code = r.LGSL ?? "";
      if (only && !only(code)) continue;
      const at = { file, line: r.$line };
      const tierValue = r["Providing Tier"] ?? "";
      const mapping = tiers.byProvidingTier.get(tierValue);
      if (!mapping) {
        ctx.plan.error({ ...at, column: "Providing Tier" }, `unknown providing tier "${tierValue}" (seeds/curated/tiers.yaml lists the known ones)`);
        continue;
      }
      const cites = [{ source: src, cite: `row ${r.$line}` }];
      const props = { govukDescription: r.Description ?? null, providingTier: tierValue };
      if (ctx.plan.has("Service", code)) ctx.plan.extendNode("Service", code, props, cites, at);
      else {
        ctx.plan.addNode("Service", { code, name: r.Description ?? code, esdLabel: null, esdStatus: null, ...props }, cites, at);
        ctx.plan.warn(`${src} line ${r.$line}: LGSL ${code} is not in the ESD list; named from GOV.UK's description.`);
      }
      for (const tier of mapping.tiers) {
        ctx.plan.addRel("RESPONSIBLE_FOR", ["Tier", tier], ["Service", code], { basis: mapping.basis, ...UNDATED, source: src, cite: `row ${r.$line}: ${tierValue}` }, at);
      }
    }
  };
  const current = join(dir, "local_services.csv");
  govuk(current, "govuk-local-services");
  const currentCodes = new Set(readCsv(current, ["LGSL"]).map((r) => r.LGSL));
  govuk(join(dir, "local_services_2022-03-31_5305a3b.csv"), "govuk-local-services-2022", (code) => !currentCodes.has(code));
}

type Bound = z.infer<typeof boundSchema>;

/** GOV.UK's list is today's: its responsibilities carry no dates (the answers say "undated"). */
const UNDATED: Props = dates(undefined, undefined);

/**
 * The validity properties of a RESPONSIBLE_FOR or DELIVERED_BY: each bound with the Act or
 * instrument (and section) that fixes it. Both null: undated.
 */
function dates(from: Bound | null | undefined, to: Bound | null | undefined): Props {
  return {
    validFrom: from?.date ?? null, validTo: to?.date ?? null,
    validFromSource: from?.source ?? null, validFromCite: from?.para ?? null,
    validToSource: to?.source ?? null, validToCite: to?.para ?? null,
  };
}

function checkedDates(ctx: LoadContext, at: Location, from: Bound | null | undefined, to: Bound | null | undefined): Props {
  if (from && to && from.date > to.date) ctx.plan.error({ ...at, column: "validTo" }, `validTo ${to.date} is before validFrom ${from.date}`);
  return dates(from, to);
}

export function loadFunctions(ctx: LoadContext): void {
  const file = join(ctx.seeds, "curated", "functions.yaml");
  const { data, lineOf } = readYaml(file, functionsFile);
  data.functions.forEach((f, i) => {
    const at = { file, line: lineOf(["functions", i]) };
    const cites = toCites(f.cite);
    if (ctx.plan.has("Service", f.code)) ctx.plan.extendNode("Service", f.code, {}, cites, at);
    else if (/^\d+$/.test(f.code)) return ctx.plan.error({ ...at, column: "code" }, `LGSL ${f.code} is not in the ESD list`);
    else ctx.plan.addNode("Service", { code: f.code, name: f.name, esdLabel: null, esdStatus: null, govukDescription: null, providingTier: null }, cites, at);
    const first = cites[0];
    const responsibility = checkedDates(ctx, at, f.validFrom, f.validTo);
    if (f.heldFrom && f.tiers.some((t) => t !== "COMBINED_AUTHORITY")) {
      ctx.plan.error({ ...at, column: "heldFrom" }, `heldFrom ${f.heldFrom} is for combined authorities' functions (dated by each authority's establishment); ${f.code} also names ${f.tiers.filter((t) => t !== "COMBINED_AUTHORITY").join(", ")}`);
    }
    if (f.heldFrom && (f.validFrom || f.validTo)) ctx.plan.error({ ...at, column: "heldFrom" }, `${f.code}: heldFrom and validFrom/validTo both date it; give one`);
    for (const tier of f.tiers) {
      ctx.plan.addRel("RESPONSIBLE_FOR", ["Tier", tier], ["Service", f.code], { basis: f.basis, ...responsibility, heldFrom: f.heldFrom ?? null, source: first?.source ?? "", cite: first?.cite ?? null }, at);
    }
    (f.deliveredBy ?? []).forEach((d, j) => {
      const dAt = { file, line: lineOf(["functions", i, "deliveredBy", j]) };
      const [c] = toCites(d.cite);
      ctx.plan.addRel("DELIVERED_BY", ["Service", f.code], ["Organisation", d.body], {
        ...checkedDates(ctx, dAt, d.validFrom, d.validTo), source: c?.source ?? "", cite: c?.cite ?? null,
      }, dAt);
    });
  });
}
