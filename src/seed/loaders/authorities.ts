/**
 * Authorities from the mySociety register (England): every principal authority current and
 * abolished, the GLA and the combined authorities; their tier, county, successors and dates.
 * County, region, type and end date are cross-checked against every other dataset that states
 * them (crosscheck.ts) and settled by the weight of evidence; every disagreement is reported and
 * recorded as a Conflict node. GOV.UK's tiers and codes are checked here as before.
 */
import { join } from "node:path";
import { readCsv, type Row } from "../csv.js";
import type { LoadContext } from "../context.js";
import { settleGeography, type SettledDate } from "./crosscheck.js";
import type { TierMaps } from "./tiers.js";

const SRC = "mysociety-register";
const ENGLISH_TYPES = new Set(["CTY", "NMD", "UA", "MD", "LBO", "CC", "SRA", "COMB"]);

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export function loadAuthorities(ctx: LoadContext, tiers: TierMaps): void {
  const file = join(ctx.seeds, "datasets", "authorities", "uk_local_authorities.csv");
  const rows = readCsv(file, ["local-authority-code", "gss-code", "official-name", "nice-name", "local-authority-type", "start-date", "end-date", "replaced-by", "county-la", "combined-authority", "current-authority", "former-gss-codes", "nation", "alt-names", "gov-uk-slug", "snac", "ecode"]);
  const english = rows.filter((r) => r.nation === "England" && ENGLISH_TYPES.has(r["local-authority-type"] ?? ""));
  const byReg = new Map<string, Row>();
  for (const r of english) {
    const at = { file, line: r.$line };
    if (!/^E\d{8}$/.test(r["gss-code"] ?? "")) {
      ctx.plan.error({ ...at, column: "gss-code" }, `"${r["gss-code"]}" is not an English GSS code`);
      continue;
    }
    byReg.set(r["local-authority-code"] ?? "", r);
    ctx.registry.set(r["local-authority-code"] ?? "", r["gss-code"] ?? "");
  }

  // End dates: the register mostly gives the last day (2020-03-31) but sometimes the
  // successor's first day (2023-04-01). Stored validTo is always the last day.
  const ends = new Map<Row, string | null>();
  for (const r of byReg.values()) {
    const end = r["end-date"] || null;
    const successorStarts = (r["replaced-by"] ?? "").split(",").filter(Boolean).map((c) => byReg.get(c)?.["start-date"]);
    ends.set(r, end && successorStarts.includes(end) ? dayBefore(end) : end);
  }
  const normalised = [...ends].filter(([r, end]) => end !== (r["end-date"] || null)).length;
  const validTo = (r: Row): string | null => ends.get(r) ?? null;

  for (const r of byReg.values()) {
    const code = r["gss-code"] ?? "";
    const at = { file, line: r.$line };
    const type = r["local-authority-type"] ?? "";
    const otherCodes = (r["former-gss-codes"] ?? "").split(",").map((c) => c.trim()).filter((c) => c && c !== code);
    const pop = Number.parseFloat(r["pop-2020"] ?? "");
    ctx.plan.addNode(
      "Authority",
      {
        code,
        otherCodes,
        name: r["nice-name"] || r["official-name"] || code,
        officialName: r["official-name"] || null,
        registryCode: r["local-authority-code"] ?? null,
        type,
        typeName: r["local-authority-type-name"] || type,
        region: r.region || null,
        population: Number.isFinite(pop) && r["current-authority"] === "True" ? Math.round(pop) : null,
        validFrom: r["start-date"] || null,
        validTo: validTo(r),
        current: r["current-authority"] === "True",
        // Other names and codes people use for it (src/seed/loaders/lookup.ts makes them look-up keys).
        aliases: aliasesOf(r),
      },
      [{ source: SRC, cite: `row ${r.$line} (${r["local-authority-code"]})` }],
      at,
    );
    ctx.codes.set(code, code);
    for (const c of otherCodes) ctx.codes.set(c, code);
  }

  // Other codes the register knows for its authorities (e.g. pre-2009 and boundary-change codes).
  const lookupFile = join(ctx.seeds, "datasets", "authorities", "lookup_gss_to_registry.csv");
  for (const r of readCsv(lookupFile, ["gss-code", "local-authority-code"])) {
    const gss = ctx.registry.get(r["local-authority-code"] ?? "");
    const other = r["gss-code"] ?? "";
    if (gss && other.startsWith("E") && !ctx.codes.has(other)) {
      ctx.codes.set(other, gss);
      const node = ctx.plan.get("Authority", gss);
      if (node && Array.isArray(node.otherCodes)) node.otherCodes.push(other);
    }
  }

  // The settled geography: what the graph holds wherever the sources disagree.
  const settled = settleGeography(ctx, byReg, file, validTo);
  for (const r of byReg.values()) {
    const reg = r["local-authority-code"] ?? "";
    const code = r["gss-code"] ?? "";
    const at = { file, line: r.$line };
    const node = ctx.plan.get("Authority", code);
    const end = settled.end.get(reg) ?? null;
    const start = settled.start.get(reg);
    if (node) {
      node.region = settled.region.get(reg) ?? null;
      if (end !== node.validTo) Object.assign(node, { validTo: end, current: end === null && node.current === true });
      if (start) node.validFrom = start.date;
    }
    ends.set(r, end);
    const type = settled.type.get(reg) ?? r["local-authority-type"] ?? "";
    const tier = tiers.byRegisterType.get(type);
    const cite = type === r["local-authority-type"] ? `local-authority-type ${type}` : `type settled as ${type} (Conflict conflict:type:${code})`;
    // A combined authority holds its tier's functions for its life: from the order that establishes it (LDEDCA 2009 s.103) to its abolition.
    const life = start ? combinedAuthorityLife(start, end, settled.endSource.get(reg) ?? SRC, r) : {};
    if (tier) ctx.plan.addRel("OF_TIER", ["Authority", code], ["Tier", tier], { source: "mysociety-register", cite, ...life }, at);
    else ctx.plan.error({ ...at, column: "local-authority-type" }, `no tier for register type "${type}" in seeds/curated/tiers.yaml`);
  }

  for (const r of byReg.values()) {
    const code = r["gss-code"] ?? "";
    const at = { file, line: r.$line };
    const from = r["start-date"] || null;
    const to = validTo(r);
    if (r["county-la"] && !byReg.has(r["county-la"])) ctx.plan.error({ ...at, column: "county-la" }, `county "${r["county-la"]}" is not in the register`);
    const county = settled.county.get(r["local-authority-code"] ?? "");
    const parent = county ? byReg.get(county.county) : undefined;
    if (county && parent)
      ctx.plan.addRel("WITHIN", ["Authority", code], ["Authority", parent["gss-code"] ?? ""], {
        validFrom: later(from, parent["start-date"] || null),
        validTo: earlier(to, validTo(parent)),
        source: county.source,
        cite: county.cite,
      }, at);
    // London boroughs and the City lie in the GLA's area (the register files this under combined-authority).
    if (r["combined-authority"] === "GLA" && byReg.has("GLA")) {
      ctx.plan.addRel("WITHIN", ["Authority", code], ["Authority", byReg.get("GLA")?.["gss-code"] ?? ""], {
        validFrom: null, validTo: to, source: SRC, cite: `row ${r.$line}: combined-authority GLA`,
      }, at);
    }
    for (const succ of (r["replaced-by"] ?? "").split(",").filter(Boolean)) {
      const s = byReg.get(succ);
      if (!s) {
        ctx.plan.error({ ...at, column: "replaced-by" }, `successor "${succ}" is not in the register`);
        continue;
      }
      ctx.plan.addRel("REPLACED_BY", ["Authority", code], ["Authority", s["gss-code"] ?? ""], {
        validFrom: s["start-date"] || (r["end-date"] ?? null), validTo: null, source: SRC, cite: `row ${r.$line}: replaced-by ${succ}`,
      }, at);
    }
  }
  if (normalised) ctx.plan.warn(`mysociety-register: ${normalised} end-date(s) were the successor's first day; stored as the day before (validTo is the last day).`);
  crossCheckLocalLinks(ctx, byReg);
}

/**
 * The register's other names and codes for an authority: its alternative names, GOV.UK slug,
 * three-letter register code, old ONS/SNAC code and MHCLG E-code.
 */
function aliasesOf(r: Row): string[] {
  const names = (r["alt-names"] ?? "").split(",").map((n) => n.trim());
  const codes = [r["gov-uk-slug"], r["local-authority-code"], r.snac, r["old-ons-la-code"], r.ecode].map((c) => (c ?? "").trim());
  return [...new Set([...names, ...codes].filter(Boolean))];
}

/**
 * The dates of a combined authority's OF_TIER: its first day (the settled start date, with the
 * source that won) and its last (the settled end date). Without them it is undated.
 */
export function combinedAuthorityLife(start: SettledDate, end: string | null, endSource: string, r: Row): Record<string, string | null> {
  return {
    validFrom: start.date, validTo: end,
    validFromSource: start.date ? start.source : null,
    validFromCite: start.date ? `established ${start.date} (${start.cite})` : null,
    validToSource: end ? endSource : null,
    validToCite: end ? `last day ${end} (the settled end date of ${r["local-authority-code"]}, register row ${r.$line}; where the sources differ, Conflict conflict:end-date:${r["gss-code"]})` : null,
  };
}

/** GOV.UK's tier against the register's type, and the codes GOV.UK uses. */
function crossCheckLocalLinks(ctx: LoadContext, byReg: Map<string, Row>): void {
  const file = join(ctx.seeds, "datasets", "local-links-manager", "local-authorities.csv");
  const rows = readCsv(file, ["id", "gss", "tier_id", "parent_local_authority_id", "slug", "country_name"]).filter((r) => r.country_name === "England");
  const bySlug = new Map([...byReg.values()].filter((r) => r["current-authority"] === "True").map((r) => [r["gov-uk-slug"] ?? "", r]));
  const expectTier: Record<string, string> = { CTY: "1", NMD: "2", UA: "3", MD: "3", LBO: "3", CC: "3" };
  let stale = 0;
  const byGss = new Map([...byReg.values()].filter((r) => r["current-authority"] === "True").map((r) => [r["gss-code"] ?? "", r]));
  for (const r of rows) {
    let reg = bySlug.get(r.slug ?? "") ?? byGss.get(r.gss ?? "");
    if (!reg) {
      // GOV.UK may still list a council under the code of the body it replaced.
      const old = [...byReg.values()].find((x) => x["gss-code"] === r.gss);
      const successor = old && !(old["replaced-by"] ?? "").includes(",") ? byReg.get(old["replaced-by"] ?? "") : undefined;
      if (successor) {
        ctx.plan.warn(`local-links-manager line ${r.$line}: "${r.slug}" carries ${r.gss}, the code of the abolished ${old?.["official-name"]}; it is ${successor["gss-code"]} ${successor["official-name"]} in the register.`);
        reg = successor;
      }
    }
    if (!reg) {
      ctx.plan.warn(`local-links-manager line ${r.$line}: "${r.slug}" (${r.gss}) matches no current council in the register; ignored.`);
      continue;
    }
    if (reg["gss-code"] !== r.gss) stale++;
    const type = reg["local-authority-type"] ?? "";
    if (expectTier[type] !== r.tier_id) {
      ctx.plan.warn(`local-links-manager line ${r.$line}: ${r.slug} has tier_id ${r.tier_id}, the register says ${type}; the register is used.`);
    }
    // Its parent county is one of the signals crosscheck.ts weighs.
  }
  if (stale) ctx.plan.warn(`local-links-manager: ${stale} council(s) carry an older GSS code than the register (matched on GOV.UK slug instead).`);
}
