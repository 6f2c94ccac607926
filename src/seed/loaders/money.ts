/**
 * Money: Core Spending Power components per authority and year (2015-16 to 2020-21), and the
 * streams and flows the papers describe (seeds/curated/funding.yaml).
 *
 * The CSP panel is rectangular: a body that did not exist in a year has 0 in every column.
 * Such all-zero rows are "not applicable" and are skipped; a 0 in one column of a live row
 * (no Rural Services Delivery Grant for a city) is a real zero and is kept.
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import { readYaml } from "../yaml.js";
import { bodyRef } from "./partnerships.js";
import { addDatasetAuthority, resolveAuthority } from "./resolve.js";
import { fundingFile } from "./schemas.js";
import { toCites } from "./tiers.js";

const SRC = "core-spending-power";

/** CSP columns → stream id, name, and who pays (null: raised locally). */
const CSP_STREAMS = [
  { col: "sfa", id: "settlement-funding-assessment", name: "Settlement Funding Assessment", kind: "allocation" },
  { col: "under_index", id: "under-indexing-compensation", name: "Compensation for under-indexing the business rates multiplier", kind: "allocation" },
  { col: "ct_total", id: "council-tax", name: "Council tax", kind: "income" },
  { col: "nhb", id: "new-homes-bonus", name: "New Homes Bonus", kind: "allocation" },
  { col: "nhb_return", id: "new-homes-bonus-returned-funding", name: "New Homes Bonus returned funding", kind: "allocation" },
  { col: "rsdg", id: "rural-services-delivery-grant", name: "Rural Services Delivery Grant", kind: "allocation" },
] as const;

export const CENTRAL_GOVERNMENT = "org:mhclg";

/** £m with up to 9 decimals → whole pence, as pounds (avoids 0.1 + 0.2 drift in sums). */
function poundsFromMillions(text: string): number {
  return Math.round(Number(text) * 1e8) / 100;
}

export function loadCoreSpendingPower(ctx: LoadContext): void {
  const file = join(ctx.seeds, "datasets", "core-spending-power", "CSP_long_201520.csv");
  if (!ctx.plan.has("Organisation", CENTRAL_GOVERNMENT)) {
    ctx.plan.addNode("Organisation", {
      id: CENTRAL_GOVERNMENT, name: "Ministry of Housing, Communities and Local Government (DCLG to 2018, DLUHC 2021-2024)", kind: "central-government",
    }, [{ source: SRC, cite: "data_description.qmd: provided by the Department for Levelling Up, Housing and Communities" }], { file });
  }
  for (const s of CSP_STREAMS) {
    const cites = [{ source: SRC, cite: `column ${s.col}` }];
    if (ctx.plan.has("FundingStream", s.id)) ctx.plan.extendNode("FundingStream", s.id, {}, cites, { file });
    else ctx.plan.addNode("FundingStream", { id: s.id, name: s.name, description: null, lowerTierShare: null, upperTierShare: null }, cites, { file });
  }
  const rows = readCsv(file, ["ons_code", "authority", "year", ...CSP_STREAMS.map((s) => s.col)]);
  for (const r of rows) {
    const at = { file, line: r.$line };
    const values = CSP_STREAMS.map((s) => r[s.col] ?? "");
    const bad = CSP_STREAMS.find((s) => !Number.isFinite(Number(r[s.col])) || (r[s.col] ?? "") === "");
    if (bad) {
      ctx.plan.error({ ...at, column: bad.col }, `"${r[bad.col]}" is not an amount in £m`);
      continue;
    }
    if (!/^\d{4}$/.test(r.year ?? "")) {
      ctx.plan.error({ ...at, column: "year" }, `"${r.year}" is not a year`);
      continue;
    }
    if (values.every((v) => Number(v) === 0)) continue;
    const code = r.ons_code === "-" ? undefined : r.ons_code;
    let to = code ? resolveAuthority(ctx, code, r.authority ?? "", at, SRC) : resolveByName(ctx, r.authority ?? "");
    if (!to && code?.startsWith("E31")) {
      to = code;
      addDatasetAuthority(ctx, { code, name: `${r.authority} Authority`, type: "FRA", typeName: "Fire and rescue authority" }, [{ source: SRC, cite: `row ${r.$line}` }], at);
      ctx.plan.warn(`${SRC} line ${r.$line}: fire authority ${code} "${r.authority}" is not in the ONS 2019 lookup; loaded from this dataset.`);
    }
    if (!to) {
      ctx.plan.error({ ...at, column: "ons_code" }, `${r.ons_code} "${r.authority}" matches no authority`);
      continue;
    }
    const y = Number(r.year);
    const year = `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
    CSP_STREAMS.forEach((s, i) => {
      const id = `csp-${s.id}-${to}-${year}`;
      ctx.plan.addNode("FundingFlow", {
        id, amount: poundsFromMillions(values[i] ?? "0"), currency: "GBP", year, kind: s.kind,
        description: `${s.name}, ${r.authority}, ${year} (Core Spending Power; £m in the source)`,
      }, [{ source: SRC, cite: `row ${r.$line}, column ${s.col}` }], at);
      ctx.plan.addRel("OF_STREAM", ["FundingFlow", id], ["FundingStream", s.id], { source: SRC, cite: `column ${s.col}` }, at);
      ctx.plan.addRel("TO", ["FundingFlow", id], ["Authority", to], { source: SRC, cite: `row ${r.$line}` }, at);
      if (s.kind === "allocation") ctx.plan.addRel("FROM", ["FundingFlow", id], ["Organisation", CENTRAL_GOVERNMENT], { source: SRC, cite: "central government grant" }, at);
    });
  }
}

/** The CSP file gives the GLA no code ("-"): match it by name to exactly one authority. */
function resolveByName(ctx: LoadContext, name: string): string | undefined {
  const hits = [...(ctx.plan.nodes.get("Authority")?.values() ?? [])].filter((n) => n.props.name === name || n.props.officialName === name);
  if (hits.length === 1) {
    ctx.plan.warn(`${SRC}: "${name}" has no GSS code in the source; matched by name to ${hits[0]?.props.code}.`);
    return String(hits[0]?.props.code);
  }
  return undefined;
}

export function loadPaperFunding(ctx: LoadContext): void {
  const file = join(ctx.seeds, "curated", "funding.yaml");
  const { data, lineOf } = readYaml(file, fundingFile);
  data.streams.forEach((s, i) => {
    const at = { file, line: lineOf(["streams", i]) };
    const props = { description: s.description ?? null, lowerTierShare: s.twoTierSplit?.lowerTier ?? null, upperTierShare: s.twoTierSplit?.upperTier ?? null };
    if (ctx.plan.has("FundingStream", s.id)) ctx.plan.extendNode("FundingStream", s.id, props, toCites(s.cite), at);
    else ctx.plan.addNode("FundingStream", { id: s.id, name: s.name, ...props }, toCites(s.cite), at);
  });
  data.flows.forEach((f, i) => {
    const at = { file, line: lineOf(["flows", i]) };
    const cites = toCites(f.cite);
    const base = { source: cites[0]?.source ?? "", cite: cites[0]?.cite ?? null };
    ctx.plan.addNode("FundingFlow", {
      id: f.id, amount: f.amount ?? null, currency: f.currency, year: f.year ?? null, kind: f.kind, description: f.description ?? null,
    }, cites, at);
    ctx.plan.addRel("OF_STREAM", ["FundingFlow", f.id], ["FundingStream", f.stream], base, at);
    const to = bodyRef(ctx, f.to, at);
    if (to) ctx.plan.addRel("TO", ["FundingFlow", f.id], to, base, at);
    if (f.from) {
      const from = bodyRef(ctx, f.from, at);
      if (from?.[0] === "Partnership") ctx.plan.error(at, `a partnership as payer is not modelled (${f.from})`);
      else if (from) ctx.plan.addRel("FROM", ["FundingFlow", f.id], from, base, at);
    }
  });
}
