/**
 * Cross-source checks of the geography (issue #15): for every authority's county, region, type
 * and end date, every independent signal the datasets carry is compared, and the weight of
 * evidence settles it (see settle.ts). The register is one voice among several:
 *
 * - county of a district: the register's `county-la`; its successor's `county-la`; its old
 *   ONS/SNAC code and its MHCLG E-code (both begin with the county's number); the ONS
 *   district → county lookups of April 2020 and April 2021; GOV.UK Local Links Manager's parent
 *   and SNAC; the county the other districts of its fire authority and of its resilience forum
 *   are filed under; and where the digital-land register and Core Spending Power put the
 *   district's region, counted for each candidate county in that region;
 * - region: the register, digital-land, Core Spending Power, and (for a county) its districts;
 * - type: the register and digital-land;
 * - end date: the register and digital-land, with the dates other datasets show it alive on;
 * - start date of a combined authority (the day its establishing order gave it its functions):
 *   the register and digital-land, with the ONS membership lists of December 2019 and May 2025
 *   as the dates it was alive on. (Councils' start dates are not weighed: both registers give
 *   most of them a record date, 2005-06-xx in one and 1905-06-xx in the other, not a first day,
 *   and no third source dates them.)
 */
import { join } from "node:path";
import type { LoadContext } from "../context.js";
import { readCsv, type Row } from "../csv.js";
import { where } from "../errors.js";
import { recordConflict, settle, type Signal } from "./settle.js";

const REG = "mysociety-register";

export interface SettledCounty {
  /** Register code of the county. */
  county: string;
  source: string;
  cite: string;
}

export interface SettledGeography {
  /** District register code → its county, where any signal names one. */
  county: Map<string, SettledCounty>;
  /** Register code → region name (null when no source gives one). */
  region: Map<string, string | null>;
  /** Register code → type code. */
  type: Map<string, string>;
  /** Register code → last day (null: still exists). */
  end: Map<string, string | null>;
  /** Register code → the source whose end date won (the first that states the settled value). */
  endSource: Map<string, string>;
  /** Register code of a combined authority → its first day, with the source that won. */
  start: Map<string, SettledDate>;
}

export interface SettledDate {
  date: string | null;
  source: string;
  cite: string;
}

/** Values another dataset uses for the register's region names, learnt from where both give one. */
function nameMapping(pairs: [string, string][]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [code, name] of pairs) {
    const byName = counts.get(code) ?? new Map<string, number>();
    byName.set(name, (byName.get(name) ?? 0) + 1);
    counts.set(code, byName);
  }
  return new Map([...counts].map(([code, byName]) => [code, [...byName].sort((a, b) => b[1] - a[1])[0]?.[0] ?? code]));
}

const unanimous = (values: string[]) => (values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined);

export function settleGeography(ctx: LoadContext, byReg: Map<string, Row>, registerFile: string, registerEnd: (r: Row) => string | null): SettledGeography {
  const ds = (...p: string[]) => join(ctx.seeds, "datasets", ...p);
  const regOf = (gss: string | undefined) => {
    const code = ctx.codes.get(gss ?? "");
    return code ? ctx.plan.get("Authority", code)?.registryCode as string | undefined : undefined;
  };
  const at = (file: string, r: Row) => ({ file, line: r.$line });
  const counties = [...byReg.values()].filter((r) => r["local-authority-type"] === "CTY");
  const countyBy = (col: string, prefix: string) => counties.find((c) => (c[col] ?? "") !== "" && (c[col] ?? "").slice(0, prefix.length) === prefix)?.["local-authority-code"];
  const label = (code: string) => {
    const r = byReg.get(code);
    return r ? `${r["nice-name"]} (${code}, ${r["gss-code"]})` : code;
  };

  // The other datasets, keyed by register code.
  const onsCounty = (file: string, lad: string, cty: string, src: string) => {
    const m = new Map<string, Signal>();
    for (const r of readCsv(file, [lad, cty])) {
      const district = regOf(r[lad]);
      const county = regOf(r[cty]);
      if (district && county && r[cty]?.startsWith("E10")) m.set(district, { source: src, what: `${cty} ${r[cty]}`, at: at(file, r), says: county });
    }
    return m;
  };
  const ons20 = onsCounty(ds("ons-lookups", "LAD20_to_CTY20_Apr2020_EN__ons-lookups_csv_030.csv"), "LAD20CD", "CTY20CD", "ons-cty-2020");
  const ons21 = onsCounty(ds("ons-lookups", "LAD21_to_CTY21_Apr2021_EN.csv"), "LAD21CD", "CTY21CD", "ons-cty-2021");

  const llmFile = ds("local-links-manager", "local-authorities.csv");
  const llmRows = readCsv(llmFile, ["id", "gss", "snac", "tier_id", "parent_local_authority_id", "slug"]);
  const llmById = new Map(llmRows.map((r) => [r.id ?? "", r]));
  const regBySlug = new Map([...byReg.values()].filter((r) => r["current-authority"] === "True" && r["gov-uk-slug"]).map((r) => [r["gov-uk-slug"] ?? "", r["local-authority-code"] ?? ""]));
  const llm = new Map<string, Row>();
  for (const r of llmRows) {
    const code = regBySlug.get(r.slug ?? "");
    if (code) llm.set(code, r);
  }

  const dlFile = ds("planning-data-registers", "local-authority.csv");
  const dl = new Map(readCsv(dlFile, ["reference", "local-authority-type", "region", "start-date", "end-date"]).map((r) => [r.reference ?? "", r]));

  const cspFile = ds("core-spending-power", "CSP_long_201520.csv");
  const csp = new Map<string, { row: Row; years: number[] }>();
  for (const r of readCsv(cspFile, ["ons_code", "region", "year", "nhb"])) {
    const code = regOf(r.ons_code);
    if (!code) continue;
    const entry = csp.get(code) ?? { row: r, years: [] };
    const live = ["sfa", "ct_total", "nhb", "rsdg"].some((c) => Number(r[c] ?? 0) !== 0);
    if (live) entry.years.push(Number(r.year));
    csp.set(code, entry);
  }

  const caFile = ds("ons-lookups", "LAD25_to_CAUTH25_May2025_EN.csv");
  const caMembers = new Map<string, { file: string; line: number }>();
  for (const r of readCsv(caFile, ["LAD25CD", "CAUTH25CD"])) {
    const ca = regOf(r.CAUTH25CD);
    if (ca && !caMembers.has(ca)) caMembers.set(ca, at(caFile, r));
  }
  const ca19File = ds("ons-lookups", "LAD19_to_CAUTH19_Dec2019_EN__ons-lookups_csv_055.csv");
  const ca19Members = new Map<string, { file: string; line: number }>();
  for (const r of readCsv(ca19File, ["LAD19CD", "CAUTH19CD"])) {
    const ca = regOf(r.CAUTH19CD);
    if (ca && !ca19Members.has(ca)) ca19Members.set(ca, at(ca19File, r));
  }

  // Fire authorities and resilience forums: the county the other districts in each are under.
  const groupFile = (name: string, lad: string, grp: string, src: string) => {
    const file = ds("ons-lookups", name);
    const rows = readCsv(file, [lad, grp]).filter((r) => r[lad]?.startsWith("E07"));
    const members = new Map<string, string[]>();
    for (const r of rows) members.set(r[grp] ?? "", [...(members.get(r[grp] ?? "") ?? []), regOf(r[lad]) ?? ""]);
    const m = new Map<string, Signal>();
    for (const r of rows) {
      const self = regOf(r[lad]);
      if (!self) continue;
      const others = (members.get(r[grp] ?? "") ?? []).filter((c) => c && c !== self).map((c) => byReg.get(c)?.["county-la"] ?? "");
      const county = unanimous(others);
      if (county) m.set(self, { source: src, what: `${grp} ${r[grp]}: its other ${others.length} district(s) are all under`, at: at(file, r), says: county });
    }
    return m;
  };
  const fra = groupFile("LAD19_to_FRA19_Dec2019_EW__ons-lookups_csv_133.csv", "LAD19CD", "FRA19CD", "ons-fra-2019");
  const lrf = groupFile("LAD19_to_LRF19_Dec2019_EW__ons-lookups_csv_132.csv", "LAD19CD", "LRF19CD", "ons-lrf-2019");

  const result: SettledGeography = { county: new Map(), region: new Map(), type: new Map(), end: new Map(), endSource: new Map(), start: new Map() };

  // County of each district.
  for (const r of byReg.values()) {
    const code = r["local-authority-code"] ?? "";
    const signals: Signal[] = [];
    const here = at(registerFile, r);
    if (r["county-la"]) signals.push({ source: REG, what: "county-la", at: here, says: r["county-la"] });
    const successors = (r["replaced-by"] ?? "").split(",").filter(Boolean);
    const succ = successors.length === 1 ? byReg.get(successors[0] ?? "") : undefined;
    if (succ?.["county-la"] && succ["local-authority-type"] === "NMD") {
      signals.push({ source: REG, what: `county-la of its successor ${succ["nice-name"]} (${succ["local-authority-code"]})`, at: at(registerFile, succ), says: succ["county-la"] });
    }
    if (r["local-authority-type"] === "NMD") {
      const snac = /^(\d\d)[A-Z]{2}$/.exec(r.snac || r["old-ons-la-code"] || "")?.[1];
      const bySnac = snac ? countyBy("snac", snac) : undefined;
      if (bySnac) signals.push({ source: REG, what: `snac ${r.snac || r["old-ons-la-code"]} (county number ${snac})`, at: here, says: bySnac });
      const ecode = /^(E\d\d)\d\d$/.exec(r.ecode ?? "")?.[1];
      const byEcode = ecode ? countyBy("ecode", ecode) : undefined;
      if (byEcode) signals.push({ source: REG, what: `ecode ${r.ecode} (county number ${ecode})`, at: here, says: byEcode });
    }
    for (const m of [ons20, ons21]) {
      const s = m.get(code);
      if (s) signals.push(s);
    }
    const l = llm.get(code);
    if (l && r["local-authority-type"] !== "CTY") {
      const parent = llmById.get(l.parent_local_authority_id ?? "");
      const parentCode = parent ? regBySlug.get(parent.slug ?? "") : undefined;
      const parentReg = parentCode ? byReg.get(parentCode) : undefined;
      // GOV.UK lists North Yorkshire and Somerset under their abolished counties' codes: such a parent is not a county.
      if (parentReg?.["local-authority-type"] === "CTY") signals.push({ source: "govuk-local-links-authorities", what: `parent ${parent?.slug}`, at: at(llmFile, l), says: parentCode ?? "" });
      const snac = /^(\d\d)[A-Z]{2}$/.exec(l.snac ?? "")?.[1];
      const bySnac = snac ? countyBy("snac", snac) : undefined;
      if (bySnac) signals.push({ source: "govuk-local-links-authorities", what: `snac ${l.snac}`, at: at(llmFile, l), says: bySnac });
    }
    for (const m of [fra, lrf]) {
      const s = m.get(code);
      if (s) signals.push(s);
    }
    const candidates = [...new Set(signals.map((s) => s.says))];
    if (candidates.length === 0) continue;
    // The district's region against each candidate county's, in each dataset that gives both.
    const regionOf = {
      "digital-land-local-authority": (c: string) => dl.get(c)?.region || undefined,
      "core-spending-power": (c: string) => csp.get(c)?.row.region || undefined,
    };
    for (const [source, region] of Object.entries(regionOf)) {
      const mine = region(code);
      const matching = candidates.filter((c) => mine && region(c) === mine);
      if (!mine || matching.length === 0 || matching.length === candidates.length) continue;
      const row = source === "core-spending-power" ? csp.get(code)?.row : dl.get(code);
      const file = source === "core-spending-power" ? cspFile : dlFile;
      for (const c of matching) signals.push({ source, what: `region ${mine}, the region of ${byReg.get(c)?.["nice-name"]}`, at: at(file, row as Row), says: c });
    }
    const settled = settle(signals);
    if (!settled) continue;
    recordConflict(ctx, { code: r["gss-code"] ?? "", name: r["nice-name"] ?? code }, "county", settled, label);
    const registerLost = settled.value !== r["county-la"];
    const lead = settled.won.find((s) => s.source !== REG) ?? settled.won[0];
    result.county.set(code, {
      county: settled.value,
      source: registerLost ? (lead?.source ?? REG) : REG,
      cite: registerLost
        ? `settled against the register's county-la ${r["county-la"] || "(none)"} at row ${r.$line} (Conflict conflict:county:${r["gss-code"]}): ${settled.won.map((s) => `${s.source} ${s.what}`).join("; ")}`
        : `row ${r.$line}: county-la ${r["county-la"]}`,
    });
  }

  // Region: the register, digital-land and CSP, whose codes are named by agreement with the register.
  const dlNames = nameMapping([...byReg.values()].flatMap((r) => (r.region && dl.get(r["local-authority-code"] ?? "")?.region ? [[dl.get(r["local-authority-code"] ?? "")?.region ?? "", r.region] as [string, string]] : [])));
  const cspNames = nameMapping([...byReg.values()].flatMap((r) => (r.region && csp.get(r["local-authority-code"] ?? "")?.row.region ? [[csp.get(r["local-authority-code"] ?? "")?.row.region ?? "", r.region] as [string, string]] : [])));
  let filled = 0;
  for (const r of byReg.values()) {
    const code = r["local-authority-code"] ?? "";
    const signals: Signal[] = [];
    if (r.region) signals.push({ source: REG, what: "region", at: at(registerFile, r), says: r.region });
    const d = dl.get(code);
    const dlName = d?.region ? dlNames.get(d.region) : undefined;
    if (d && dlName) signals.push({ source: "digital-land-local-authority", what: `region ${d.region}`, at: at(dlFile, d), says: dlName });
    const c = csp.get(code);
    const cspName = c?.row.region ? cspNames.get(c.row.region) : undefined;
    if (c && cspName) signals.push({ source: "core-spending-power", what: `region ${c.row.region}`, at: at(cspFile, c.row), says: cspName });
    // A county's region is its districts'; a combined authority's, its members' (the register's combined-authority column).
    const parts = [...byReg.values()].filter((x) => x.region && (result.county.get(x["local-authority-code"] ?? "")?.county === code || x["combined-authority"] === code));
    const partsRegion = unanimous(parts.map((x) => x.region ?? ""));
    if (partsRegion) signals.push({ source: REG, what: `region of all ${parts.length} of its ${r["local-authority-type"] === "CTY" ? "districts" : "member councils"}`, at: at(registerFile, r), says: partsRegion });
    const settled = settle(signals);
    result.region.set(code, settled?.value ?? null);
    if (!settled) continue;
    if (!r.region) filled++;
    recordConflict(ctx, { code: r["gss-code"] ?? "", name: r["nice-name"] ?? code }, "region", settled, (v) => v);
  }
  if (filled) ctx.plan.warn(`region: the register gives none for ${filled} authorit(ies); taken from digital-land and Core Spending Power (settled the same way, each listed above if they disagree).`);

  // Type and end date: the register and digital-land, with the dates other datasets show a body alive on.
  for (const r of byReg.values()) {
    const code = r["local-authority-code"] ?? "";
    const subject = { code: r["gss-code"] ?? "", name: r["nice-name"] ?? code };
    const d = dl.get(code);
    const types: Signal[] = [{ source: REG, what: "local-authority-type", at: at(registerFile, r), says: r["local-authority-type"] ?? "" }];
    if (d?.["local-authority-type"]) types.push({ source: "digital-land-local-authority", what: "local-authority-type", at: at(dlFile, d), says: d["local-authority-type"] });
    const type = settle(types);
    if (type) recordConflict(ctx, subject, "type", type, (v) => v);
    result.type.set(code, type?.value ?? r["local-authority-type"] ?? "");

    const mine = registerEnd(r);
    const ends: Signal[] = [{ source: REG, what: "end-date", at: at(registerFile, r), says: mine ?? "still exists" }];
    if (d && d["end-date"] !== undefined) {
      let end = d["end-date"] || null;
      // Like the register, digital-land sometimes gives the successor's first day: the day before is the last.
      if (end && mine && end > mine && new Date(`${end}T00:00:00Z`).getTime() - new Date(`${mine}T00:00:00Z`).getTime() === 86_400_000) end = mine;
      ends.push({ source: "digital-land-local-authority", what: "end-date", at: at(dlFile, d), says: end ?? "still exists" });
    }
    // Alive on a date: in a dataset of that vintage. Each supports the candidate end dates not before it.
    const alive: { source: string; what: string; at: { file: string; line: number }; on: string }[] = [];
    const c = csp.get(code);
    const last = c && c.years.length ? Math.max(...c.years) : undefined;
    if (c && last !== undefined) alive.push({ source: "core-spending-power", what: `funded in ${last}-${String((last + 1) % 100).padStart(2, "0")}`, at: at(cspFile, c.row), on: `${last + 1}-03-31` });
    for (const [m, on] of [[ons20, "2020-04-01"], [ons21, "2021-04-01"]] as const) {
      const s = m.get(code);
      if (s) alive.push({ source: s.source, what: `listed (alive on ${on})`, at: s.at as { file: string; line: number }, on });
    }
    // ONS May 2025 lists every combined authority that has member councils: one missing from it had ended by then.
    const gone: typeof alive = [];
    if (r["local-authority-type"] === "COMB") {
      const m19 = ca19Members.get(code);
      if (m19) alive.push({ source: "ons-cauth-2019", what: "has member councils (alive on 2019-12-31)", at: m19, on: "2019-12-31" });
      const m = caMembers.get(code);
      if (m) alive.push({ source: "ons-cauth-2025", what: "has member councils (alive on 2025-05-01)", at: m, on: "2025-05-01" });
      else gone.push({ source: "ons-cauth-2025", what: "lists no member councils for it (ended before 2025-05-01)", at: { file: caFile, line: 1 }, on: "2025-05-01" });
    }
    const candidates = [...new Set(ends.map((s) => s.says))];
    if (candidates.length > 1) {
      for (const a of alive) {
        const fits = candidates.filter((e) => e === "still exists" || e >= a.on);
        if (fits.length < candidates.length) for (const e of fits) ends.push({ source: a.source, what: a.what, at: a.at, says: e });
      }
      for (const g of gone) {
        const fits = candidates.filter((e) => e !== "still exists" && e < g.on);
        if (fits.length < candidates.length) for (const e of fits) ends.push({ source: g.source, what: g.what, at: g.at, says: e });
      }
    }
    const end = settle(ends);
    if (end) recordConflict(ctx, subject, "end-date", end, (v) => v);
    result.end.set(code, end && end.value !== "still exists" ? end.value : null);
    result.endSource.set(code, end?.won[0]?.source ?? REG);

    if (r["local-authority-type"] === "COMB") {
      const starts: Signal[] = [{ source: REG, what: "start-date", at: at(registerFile, r), says: r["start-date"] || "unknown" }];
      if (d?.["start-date"]) starts.push({ source: "digital-land-local-authority", what: "start-date", at: at(dlFile, d), says: d["start-date"] });
      const firsts = [...new Set(starts.map((s) => s.says))];
      // Alive on a date: each supports the candidate first days not after it.
      if (firsts.length > 1) {
        for (const a of alive) {
          const fits = firsts.filter((f) => f !== "unknown" && f <= a.on);
          if (fits.length < firsts.length) for (const f of fits) starts.push({ source: a.source, what: a.what, at: a.at, says: f });
        }
      }
      const start = settle(starts);
      if (start) recordConflict(ctx, subject, "start-date", start, (v) => v);
      const value = start && start.value !== "unknown" ? start.value : null;
      const lead = start?.won[0];
      result.start.set(code, {
        date: value,
        source: lead?.source ?? REG,
        cite: start && start.lost.length
          ? `start-date settled as ${value} (Conflict conflict:start-date:${subject.code}): ${start.won.map((s) => `${s.source} ${where(s.at)} ${s.what}`).join("; ")}`
          : `row ${r.$line}: start-date ${value}`,
      });
    }
  }
  return result;
}
