/**
 * Parish areas and unparished areas (ONS, December 2019), each within its 2019 district or
 * unitary; where that council was later replaced, also within its successor from the date of
 * the change. Both facts are kept, with their dates.
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import type { Label } from "../plan.js";
import { resolveAuthority, successorsOf } from "./resolve.js";

function placeWithin(ctx: LoadContext, label: Label, code: string, lad: string, src: string, line: number, at: { file: string; line: number }) {
  const ladNode = ctx.plan.get("Authority", lad);
  ctx.plan.addRel("WITHIN", [label, code], ["Authority", lad], {
    validFrom: null, validTo: (ladNode?.validTo as string | null) ?? null, source: src, cite: `row ${line}`,
  }, at);
  const successors = successorsOf(ctx, lad);
  if (successors === undefined) {
    ctx.plan.warn(`${src} line ${line}: ${code} lies in ${lad}, which split between several successors; it is not mapped forward.`);
    return;
  }
  for (const s of successors) {
    ctx.plan.addRel("WITHIN", [label, code], ["Authority", s.code], {
      validFrom: s.from, validTo: (ctx.plan.get("Authority", s.code)?.validTo as string | null) ?? null, source: "mysociety-register",
      cite: `${lad} (${src} row ${line}) replaced by ${s.code}`,
    }, at);
  }
}

export function loadParishes(ctx: LoadContext): void {
  const file = join(ctx.seeds, "datasets", "parishes", "Parish_to_Ward_to_LAD_Dec2019_EW__ons-lookups_csv_081.csv");
  const src = "ons-parish-2019";
  for (const r of readCsv(file, ["PAR19CD", "PAR19NM", "LAD19CD", "LAD19NM"])) {
    const code = r.PAR19CD ?? "";
    if (!code.startsWith("E04")) continue; // Welsh communities (W04) are out of scope
    if (ctx.plan.has("Parish", code)) continue; // one row per parish × ward
    const at = { file, line: r.$line };
    const lad = resolveAuthority(ctx, r.LAD19CD ?? "", r.LAD19NM ?? "", at, src);
    if (!lad) {
      ctx.plan.error({ ...at, column: "LAD19CD" }, `${r.LAD19CD} matches no council in the register`);
      continue;
    }
    ctx.plan.addNode("Parish", { code, name: r.PAR19NM ?? code, councilStatus: "UNKNOWN" }, [{ source: src, cite: `row ${r.$line}` }], at);
    ctx.plan.addRel("OF_TIER", ["Parish", code], ["Tier", "PARISH"], { source: src, cite: "E04 parish code" }, at);
    placeWithin(ctx, "Parish", code, lad, src, r.$line, at);
  }

  const ncpFile = join(ctx.seeds, "datasets", "parishes", "NonCivilParished_to_LAD_Dec2019_EN__ons-lookups_csv_134.csv");
  const ncpSrc = "ons-unparished-2019";
  for (const r of readCsv(ncpFile, ["NCP19CD", "NCP19NM", "LAD19CD", "LAD19NM"])) {
    const at = { file: ncpFile, line: r.$line };
    const lad = resolveAuthority(ctx, r.LAD19CD ?? "", r.LAD19NM ?? "", at, ncpSrc);
    if (!lad) {
      ctx.plan.error({ ...at, column: "LAD19CD" }, `${r.LAD19CD} matches no council in the register`);
      continue;
    }
    const code = r.NCP19CD ?? "";
    ctx.plan.addNode("UnparishedArea", { code, name: r.NCP19NM ?? code }, [{ source: ncpSrc, cite: `row ${r.$line}` }], at);
    placeWithin(ctx, "UnparishedArea", code, lad, ncpSrc, r.$line, at);
  }
}
