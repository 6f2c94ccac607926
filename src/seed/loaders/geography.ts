/**
 * Overlapping geographies from ONS lookups: combined-authority membership (May 2025), fire and
 * rescue authorities and local resilience forums (December 2019).
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import { addDatasetAuthority, resolveAuthority, successorsOf } from "./resolve.js";

const ONS = (ctx: LoadContext, name: string) => join(ctx.seeds, "datasets", "ons-lookups", name);

export function loadCombinedAuthorities(ctx: LoadContext): void {
  const file = ONS(ctx, "LAD25_to_CAUTH25_May2025_EN.csv");
  const src = "ons-cauth-2025";
  const members = new Map<string, string>();
  for (const r of readCsv(file, ["LAD25CD", "LAD25NM", "CAUTH25CD", "CAUTH25NM"])) {
    const at = { file, line: r.$line };
    const lad = resolveAuthority(ctx, r.LAD25CD ?? "", r.LAD25NM ?? "", at, src);
    if (!lad) {
      ctx.plan.error({ ...at, column: "LAD25CD" }, `${r.LAD25CD} "${r.LAD25NM}" matches no council in the register`);
      continue;
    }
    let ca = ctx.codes.get(r.CAUTH25CD ?? "");
    if (!ca) {
      ca = r.CAUTH25CD ?? "";
      addDatasetAuthority(ctx, { code: ca, name: `${r.CAUTH25NM} Combined Authority`, type: "COMB", typeName: "Combined authority" },
        [{ source: src, cite: `row ${r.$line}: ${r.CAUTH25CD} ${r.CAUTH25NM}` }], at);
      ctx.plan.addRel("OF_TIER", ["Authority", ca], ["Tier", "COMBINED_AUTHORITY"], { source: src, cite: `CAUTH25CD ${ca}` }, at);
      ctx.plan.warn(`${src} line ${r.$line}: combined authority ${ca} "${r.CAUTH25NM}" is not in the register; loaded from ONS (no start date known).`);
    }
    members.set(lad, ca);
    const caNode = ctx.plan.get("Authority", ca);
    ctx.plan.addRel("CONSTITUENT_OF", ["Authority", lad], ["Authority", ca], {
      validFrom: (caNode?.validFrom as string | null) ?? null, validTo: null, source: src, cite: `row ${r.$line} (as at May 2025)`,
    }, at);
  }
  // The register against ONS: a combined authority the register calls current should have members.
  const withMembers = new Set(members.values());
  for (const node of ctx.plan.nodes.get("Authority")?.values() ?? []) {
    const p = node.props;
    if (p.type === "COMB" && p.current === true && !withMembers.has(String(p.code))) {
      ctx.plan.warn(`${src}: the register says ${p.name} (${p.code}) is current, but ONS May 2025 gives it no member councils; its membership is not loaded.`);
    }
  }
}

export function loadFireAuthorities(ctx: LoadContext): void {
  const file = ONS(ctx, "LAD19_to_FRA19_Dec2019_EW__ons-lookups_csv_133.csv");
  const src = "ons-fra-2019";
  for (const r of readCsv(file, ["LAD19CD", "LAD19NM", "FRA19CD", "FRA19NM"])) {
    if (!r.LAD19CD?.startsWith("E")) continue;
    const at = { file, line: r.$line };
    const fra = r.FRA19CD ?? "";
    if (!ctx.plan.has("Authority", fra)) {
      addDatasetAuthority(ctx, { code: fra, name: `${r.FRA19NM} Fire and Rescue Authority`, type: "FRA", typeName: "Fire and rescue authority" },
        [{ source: src, cite: `FRA19CD ${fra} (as at December 2019)` }], at);
    }
    const lad = resolveAuthority(ctx, r.LAD19CD, r.LAD19NM ?? "", at, src);
    if (!lad) {
      ctx.plan.error({ ...at, column: "LAD19CD" }, `${r.LAD19CD} matches no council in the register`);
      continue;
    }
    ctx.plan.addRel("FIRE_AND_RESCUE_BY", ["Authority", lad], ["Authority", fra], { validFrom: null, validTo: null, source: src, cite: `row ${r.$line}` }, at);
    for (const s of successorsOf(ctx, lad) ?? []) {
      ctx.plan.addRel("FIRE_AND_RESCUE_BY", ["Authority", s.code], ["Authority", fra], {
        validFrom: s.from, validTo: null, source: src, cite: `row ${r.$line}, carried to ${s.code} which replaced ${lad} (mysociety-register)`,
      }, at);
    }
  }
}

/** Local resilience forums: statutory multi-agency partnerships; councils are category 1 responders. */
export function loadResilienceForums(ctx: LoadContext): void {
  const file = ONS(ctx, "LAD19_to_LRF19_Dec2019_EW__ons-lookups_csv_132.csv");
  const src = "ons-lrf-2019";
  for (const r of readCsv(file, ["LAD19CD", "LAD19NM", "LRF19CD", "LRF19NM"])) {
    if (!r.LAD19CD?.startsWith("E")) continue;
    const at = { file, line: r.$line };
    const id = `partnership:lrf-${(r.LRF19CD ?? "").toLowerCase()}`;
    if (!ctx.plan.has("Partnership", id)) {
      ctx.plan.addNode("Partnership", {
        id, name: `${r.LRF19NM} Local Resilience Forum`, kind: "local-resilience-forum", statutory: true,
        legalBasis: ["Civil Contingencies Act 2004 s.2; Civil Contingencies Act 2004 (Contingency Planning) Regulations 2005 reg.4"],
        status: "active", validFrom: null, validTo: null, themes: ["emergency planning", "resilience"], note: `ONS code ${r.LRF19CD}.`,
      }, [{ source: src, cite: `LRF19CD ${r.LRF19CD}` }, { source: "leg-cca-2004", cite: "s.2, Sch.1 Part 1" }], at);
      ctx.plan.addRel("CONCERNS", ["Partnership", id], ["Service", "703"], { source: src, cite: "emergency planning" }, at);
    }
    const lad = resolveAuthority(ctx, r.LAD19CD, r.LAD19NM ?? "", at, src);
    if (!lad) {
      ctx.plan.error({ ...at, column: "LAD19CD" }, `${r.LAD19CD} matches no council in the register`);
      continue;
    }
    const current = [lad, ...(successorsOf(ctx, lad) ?? []).map((s) => s.code)];
    for (const code of current) {
      ctx.plan.addRel("COVERS", ["Partnership", id], ["Authority", code], { validFrom: null, validTo: null, source: src, cite: `row ${r.$line}` }, at);
      // Every council whose area is in the forum's is a category 1 responder and so a member; so is its county.
      ctx.plan.addRel("MEMBER_OF", ["Authority", code], ["Partnership", id], { role: "member", validFrom: null, validTo: null, source: "leg-cca-2004", cite: `Sch.1 Part 1; area from ${src} row ${r.$line}` }, at);
      const county = [...(ctx.plan.rels.get("WITHIN|Authority|Authority")?.rows.values() ?? [])].find((w) => w.from === code && String(w.to).startsWith("E10"));
      if (county) ctx.plan.addRel("MEMBER_OF", ["Authority", county.to], ["Partnership", id], { role: "member", validFrom: null, validTo: null, source: "leg-cca-2004", cite: `Sch.1 Part 1; county of ${code}` }, at);
    }
  }
}
