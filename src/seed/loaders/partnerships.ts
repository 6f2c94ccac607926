/**
 * Organisations and partnerships from the papers (seeds/curated), and the membership of the
 * four London sub-regional partnerships from the DfE LSIP lookup.
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import type { Location } from "../errors.js";
import type { Label } from "../plan.js";
import { readYaml } from "../yaml.js";
import { organisationsFile, partnershipsFile } from "./schemas.js";
import { toCites } from "./tiers.js";

/** The node a curated body id names: a GSS code, org:..., or partnership:... */
export function bodyRef(ctx: LoadContext, id: string, at: Location): [Label, string] | undefined {
  if (id.startsWith("org:")) return ["Organisation", id];
  if (id.startsWith("partnership:")) return ["Partnership", id];
  const code = ctx.codes.get(id);
  if (!code) ctx.plan.error(at, `${id} is not an authority in the register`);
  return code ? ["Authority", code] : undefined;
}

export function loadOrganisations(ctx: LoadContext): void {
  const file = join(ctx.seeds, "curated", "organisations.yaml");
  const { data, lineOf } = readYaml(file, organisationsFile);
  data.organisations.forEach((o, i) =>
    ctx.plan.addNode("Organisation", { id: o.id, name: o.name, kind: o.kind, validFrom: o.validFrom ?? null, validTo: o.validTo ?? null, note: o.note ?? null }, toCites(o.cite), { file, line: lineOf(["organisations", i]) }),
  );
}

export function loadPartnerships(ctx: LoadContext): void {
  const file = join(ctx.seeds, "curated", "partnerships.yaml");
  const { data, lineOf } = readYaml(file, partnershipsFile);
  for (const p of data.partnerships) {
    const i = data.partnerships.indexOf(p);
    const at = { file, line: lineOf(["partnerships", i]) };
    ctx.plan.addNode("Partnership", {
      id: p.id, name: p.name, kind: p.kind, statutory: p.statutory, legalBasis: p.legalBasis, status: p.status,
      validFrom: p.validFrom ?? null, validTo: p.validTo ?? null, themes: p.themes, note: p.note ?? null,
    }, toCites(p.cite), at);
  }
  // Relationships after all nodes, so a partnership may name one defined further down.
  data.partnerships.forEach((p, i) => {
    const at = { file, line: lineOf(["partnerships", i]) };
    const first = toCites(p.cite)[0];
    const base = { source: first?.source ?? "", cite: first?.cite ?? null };
    p.members.forEach((m, j) => {
      const mAt = { file, line: lineOf(["partnerships", i, "members", j]) };
      const ref = bodyRef(ctx, m.body, mAt);
      const c = toCites(m.cite)[0];
      if (ref) ctx.plan.addRel("MEMBER_OF", ref, ["Partnership", p.id], { role: m.role, validFrom: null, validTo: null, source: c?.source ?? "", cite: c?.cite ?? null }, mAt);
    });
    for (const area of p.area) {
      const ref = bodyRef(ctx, area, at);
      if (ref) ctx.plan.addRel("COVERS", ["Partnership", p.id], ref, { validFrom: null, validTo: null, ...base }, at);
    }
    if (p.parent) ctx.plan.addRel("PART_OF", ["Partnership", p.id], ["Partnership", p.parent], { validFrom: null, validTo: null, ...base }, at);
    if (p.replacedBy) ctx.plan.addRel("REPLACED_BY", ["Partnership", p.id], ["Partnership", p.replacedBy], { validFrom: null, validTo: null, ...base }, at);
    for (const s of p.services) ctx.plan.addRel("CONCERNS", ["Partnership", p.id], ["Service", s], base, at);
  });
  loadLondonSubRegions(ctx);
}

/** The London rows of the LSIP lookup name each borough's sub-regional partnership. */
function loadLondonSubRegions(ctx: LoadContext): void {
  const file = join(ctx.seeds, "datasets", "partnerships", "LSIP_lookup.LA_Districts_to_LSIPs.derived.csv");
  const src = "dfe-lsip-2025";
  const col = "NEW LSIP GEOGRAPHY (4 london areas)";
  for (const r of readCsv(file, ["LAD23CD", "LAD23NM", "LSIP23CD", col])) {
    if ((r.LSIP23NM ?? "").trim() !== "Greater London") continue;
    const at = { file, line: r.$line };
    const name = (r[col] ?? "").trim();
    const id = `partnership:${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
    if (!ctx.plan.has("Partnership", id)) {
      ctx.plan.addNode("Partnership", {
        id, name, kind: "sub-regional-partnership", statutory: false, legalBasis: [], status: "active",
        validFrom: null, validTo: null, themes: [], note: "Membership from the DfE LSIP lookup (skills-planning geography aligned to the sub-regional partnerships).",
      }, [{ source: src, cite: `London rows, column "${col}"` }], at);
    } else {
      ctx.plan.extendNode("Partnership", id, {}, [{ source: src, cite: `London rows, column "${col}"` }], at);
    }
    const borough = ctx.codes.get(r.LAD23CD ?? "");
    if (!borough) {
      ctx.plan.error({ ...at, column: "LAD23CD" }, `${r.LAD23CD} is not a London borough in the register`);
      continue;
    }
    ctx.plan.addRel("MEMBER_OF", ["Authority", borough], ["Partnership", id], { role: "member", validFrom: null, validTo: null, source: src, cite: `row ${r.$line}` }, at);
    ctx.plan.addRel("COVERS", ["Partnership", id], ["Authority", borough], { validFrom: null, validTo: null, source: src, cite: `row ${r.$line}` }, at);
  }
}
