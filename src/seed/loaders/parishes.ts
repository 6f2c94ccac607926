/**
 * Parish areas as ONS listed them from December 2016 to April 2025, and unparished areas
 * (December 2019). One Parish per E04 code, its life bounded by the lists that carry it
 * (parish-lives.ts), within each district a list names for it (mapped forward to the council's
 * successors, with dates), and REPLACED_BY the code that continued it where names and districts
 * say so (marked `inferred`, citing both lists' lines).
 */
import { join } from "node:path";
import { readCsv, type Row } from "../csv.js";
import type { LoadContext } from "../context.js";
import type { Location } from "../errors.js";
import type { Label } from "../plan.js";
import { inferSuccessions, lifeOf, nameOf, type Listed, type Vintage } from "./parish-lives.js";
import { resolveAuthority, successorsOf } from "./resolve.js";

interface ParishList extends Vintage {
  source: string;
  file: string;
  code: string;
  name: string;
  /** The district column; none in the 2022 list. */
  lad?: string;
  ladName?: string;
}

const GSS = /^E0[6-9]\d{6}$/;

/** The lists, oldest first (seeds/datasets/parishes/PROVENANCE.md). */
export const PARISH_LISTS: ParishList[] = [
  { label: "Dec 2016", month: "2016-12", asAt: "2016-12-31", source: "ons-parish-2016", file: "Parish_to_Ward_to_LAD_Dec2016_EW__ons-lookups_csv_069.csv", code: "PAR16CD", name: "PAR16NM", lad: "LAD16CD", ladName: "LAD16NM" },
  { label: "Dec 2017", month: "2017-12", asAt: "2017-12-31", source: "ons-parish-2017", file: "Parish_to_Ward_to_LAD_Dec2017_EW__ons-lookups_csv_073.csv", code: "PAR17CD", name: "PAR17NM", lad: "LAD17CD", ladName: "LAD17NM" },
  { label: "Dec 2018", month: "2018-12", asAt: "2018-12-31", source: "ons-parish-2018", file: "Parish_to_Ward_to_LAD_Dec2018_EW__ons-lookups_csv_072.csv", code: "PAR18CD", name: "PAR18NM", lad: "LAD18CD", ladName: "LAD18NM" },
  { label: "Dec 2019", month: "2019-12", asAt: "2019-12-31", source: "ons-parish-2019", file: "Parish_to_Ward_to_LAD_Dec2019_EW__ons-lookups_csv_081.csv", code: "PAR19CD", name: "PAR19NM", lad: "LAD19CD", ladName: "LAD19NM" },
  { label: "Dec 2022", month: "2022-12", asAt: "2022-12-31", source: "ons-parish-2022", file: "Parish_names_codes_Dec2022__onsvisual_par22.csv", code: "areacd", name: "areanm" },
  { label: "April 2025", month: "2025-04", asAt: "2025-04-01", source: "ons-parish-2025", file: "Parishes_April_2025_Names_and_Codes_in_EW_v2.csv", code: "PAR25CD", name: "PAR25NM", lad: "LAD25CD", ladName: "LAD25NM" },
];

/**
 * A row whose quoted names the scrape split at their commas ("Saltburn, Marske and New Marske"
 * became `"""Saltburn"," Marske and New Marske"""`, shifting the columns and losing one): the
 * parts joined again, the parish name and the district code read from their places. Undefined
 * when the row is not of that shape.
 */
function unsplit(r: Row, [code, name]: string[]): { name: string; lad: string | undefined } | undefined {
  const cells = Object.entries(r).filter(([k]) => k !== "$line").map(([, v]) => String(v));
  const joined: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i] ?? "";
    if (cell.startsWith('"')) {
      while (!cell.endsWith('"') && i + 1 < cells.length) cell += `,${cells[++i]}`;
      cell = cell.replace(/^"|"$/g, "");
    }
    joined.push(cell);
  }
  const at = cells.indexOf(r[code ?? ""] ?? "");
  const lad = joined.slice(at + 2).find((c) => GSS.test(c));
  const parish = joined[Object.keys(r).indexOf(name ?? "")];
  return parish && at === 0 ? { name: parish.replace(/\s+/g, " ").trim(), lad } : undefined;
}

/** The council governing `lad`'s area on `day`, following its successors; undefined when it split. */
function councilOn(ctx: LoadContext, lad: string, day: string): string | undefined {
  const chain = successorsOf(ctx, lad);
  if (chain === undefined) return undefined;
  return chain.filter((s) => s.from === null || s.from <= day).at(-1)?.code ?? lad;
}

/** Within `lad` while that council lasted, and within each council that took over from it, from the day it did. */
function placeWithin(ctx: LoadContext, label: Label, code: string, lad: string, src: string, line: number, at: Location) {
  const ladNode = ctx.plan.get("Authority", lad);
  ctx.plan.addRel("WITHIN", [label, code], ["Authority", lad], {
    validFrom: (ladNode?.validFrom as string | null) ?? null, validTo: (ladNode?.validTo as string | null) ?? null, source: src, cite: `row ${line}`,
  }, at);
}

function placeForward(ctx: LoadContext, label: Label, code: string, lad: string, src: string, line: number, at: Location) {
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

/** Every English parish of every list: code → what that list says, with the council it names. */
function readLists(ctx: LoadContext): { lists: Map<string, Listed & { lad: string | null }>[]; perList: number[] } {
  const lists = PARISH_LISTS.map((l) => {
    const file = join(ctx.seeds, "datasets", "parishes", l.file);
    const byCode = new Map<string, Listed & { lad: string | null }>();
    const split: number[] = [];
    const unread: number[] = [];
    for (const r of readCsv(file, [l.code, l.name, ...(l.lad && l.ladName ? [l.lad, l.ladName] : [])])) {
      const code = r[l.code] ?? "";
      if (!code.startsWith("E04")) continue; // Welsh communities (W04) are out of scope
      const at = { file, line: r.$line };
      let name = r[l.name] ?? code;
      let lad: string | null = null;
      if (l.lad && l.ladName) {
        let [ladCode, ladName] = [r[l.lad] ?? "", r[l.ladName] ?? ""];
        if (!GSS.test(ladCode)) {
          const fixed = unsplit(r, [l.code, l.name]);
          if (!fixed?.name) {
            ctx.plan.error({ ...at, column: l.lad }, `${ladCode} is not a district code, and the row is not one the scrape split`);
            continue;
          }
          split.push(r.$line);
          name = fixed.name;
          if (!fixed.lad) {
            // The district code itself was lost: another row of the same parish may give it.
            unread.push(r.$line);
            if (!byCode.has(code)) byCode.set(code, { code, name, lad: null, district: null, file, line: r.$line });
            continue;
          }
          [ladCode, ladName] = [fixed.lad, ""];
        }
        lad = resolveAuthority(ctx, ladCode, ladName, at, l.source) ?? null;
        if (!lad) {
          ctx.plan.error({ ...at, column: l.lad }, `${ladCode} matches no council in the register`);
          continue;
        }
      }
      const seen = byCode.get(code);
      if (seen && seen.lad === null && lad) seen.lad = lad;
      if (seen) {
        // One row per parish × ward: every row must name the same parish and district.
        if (nameOf(seen.name) !== nameOf(name) || seen.lad !== lad) ctx.plan.error({ ...at, column: l.name }, `${code} is "${name}" in ${lad}, but "${seen.name}" in ${seen.lad} at line ${seen.line}`);
        continue;
      }
      byCode.set(code, { code, name, lad, district: null, file, line: r.$line });
    }
    const noDistrict = [...byCode.values()].filter((p) => l.lad && p.lad === null);
    if (unread.length) ctx.plan.warn(`${l.source}: ${unread.length} row(s) lost their district code in the scrape (lines ${unread.slice(0, 3).join(", ")}…); ${noDistrict.length ? `${noDistrict.map((p) => `${p.code} (line ${p.line})`).join(", ")} take no district from this list` : "each parish's district is read from its other rows"}.`);
    if (split.length) ctx.plan.warn(`${l.source}: ${split.length} row(s) have a name split at its comma by the scrape (lines ${split.slice(0, 3).join(", ")}…); the parts are joined again and the district read by its code (its name is lost).`);
    return byCode;
  });
  return { lists, perList: lists.map((l) => l.size) };
}

export interface ParishReport {
  perList: { list: string; parishes: number }[];
  codes: number;
  current: number;
  started: number;
  ended: number;
  recoded: number;
  merged: number;
  mergedInto: number;
}

export function loadParishes(ctx: LoadContext): ParishReport {
  const { lists, perList } = readLists(ctx);
  const codes = [...new Set(lists.flatMap((l) => [...l.keys()]))].sort();
  const today = "9999-12-31";
  // A code's district for matching: today's council for the newest district any list gives it.
  const district = new Map<string, string | null>();
  for (const code of codes) {
    const lad = [...lists].reverse().find((l) => l.get(code)?.lad)?.get(code)?.lad ?? null;
    district.set(code, lad ? (councilOn(ctx, lad, today) ?? null) : null);
  }
  for (const l of lists) for (const p of l.values()) p.district = district.get(p.code) ?? null;

  let started = 0;
  let ended = 0;
  for (const code of codes) {
    const seen = lists.map((l, i) => (l.has(code) ? i : -1)).filter((i) => i >= 0);
    const life = lifeOf(PARISH_LISTS, seen);
    const newest = lists[seen[seen.length - 1] ?? 0]?.get(code);
    if (!newest) continue;
    const at = { file: newest.file, line: newest.line };
    const names = [...new Set(seen.map((i) => lists[i]?.get(code)?.name ?? newest.name))];
    if (life.missingFrom.length) ctx.plan.warn(`${PARISH_LISTS[seen[0] ?? 0]?.source} line ${lists[seen[0] ?? 0]?.get(code)?.line}: ${code} "${newest.name}" is missing from the ${life.missingFrom.join(", ")} list(s) but listed before and after; taken as in use throughout.`);
    if (seen[0] !== 0) started++;
    if (!life.current) ended++;
    const { missingFrom, ...props } = life;
    ctx.plan.addNode("Parish", {
      code, name: newest.name, formerNames: names.filter((n) => n !== newest.name), councilStatus: "UNKNOWN", ...props, missingFrom,
    }, seen.map((i) => ({ source: PARISH_LISTS[i]?.source ?? "", cite: `row ${lists[i]?.get(code)?.line}` })), at);
    ctx.plan.addRel("OF_TIER", ["Parish", code], ["Tier", "PARISH"], { source: PARISH_LISTS[seen[0] ?? 0]?.source ?? "", cite: "E04 parish code" }, at);
    // What each list says first (newest first, so a list's own statement beats a mapping forward), then the councils that took over.
    const placed = [...seen].reverse().filter((i) => lists[i]?.get(code)?.lad);
    for (const i of placed) {
      const p = lists[i]?.get(code);
      if (p?.lad) placeWithin(ctx, "Parish", code, p.lad, PARISH_LISTS[i]?.source ?? "", p.line, { file: p.file, line: p.line });
    }
    checkMoves(ctx, code, placed.reverse(), lists);
    for (const i of placed) {
      const p = lists[i]?.get(code);
      if (p?.lad) placeForward(ctx, "Parish", code, p.lad, PARISH_LISTS[i]?.source ?? "", p.line, { file: p.file, line: p.line });
    }
  }

  const { successions, unsettled } = inferSuccessions(lists, (c) => district.get(c) ?? null);
  for (const u of unsettled) ctx.plan.warn(`parishes: ${u}.`);
  for (const s of successions) {
    const a = PARISH_LISTS[s.before] as ParishList;
    const b = PARISH_LISTS[s.after] as ParishList;
    const how = s.basis === "RECODED" ? "same name, same district" : `"${s.to.name}" joins the names of parishes gone at the same time`;
    ctx.plan.addRel("REPLACED_BY", ["Parish", s.from.code], ["Parish", s.to.code], {
      validFrom: lifeOf(PARISH_LISTS, [s.after]).validFrom, validTo: null, source: b.source, inferred: true, basis: s.basis,
      cite: `inferred (${how}, ${s.to.district}): ${s.from.code} "${s.from.name}" last listed ${a.label} (${a.file} line ${s.from.line}), ` +
        `not in ${b.label}; ${s.to.code} "${s.to.name}" first listed ${b.label} (${b.file} line ${s.to.line})`,
    }, { file: join(ctx.seeds, "datasets", "parishes", b.file), line: s.to.line });
  }
  const merged = successions.filter((s) => s.basis === "MERGED");
  const report: ParishReport = {
    perList: PARISH_LISTS.map((l, i) => ({ list: l.label, parishes: perList[i] ?? 0 })),
    codes: codes.length,
    current: lists.at(-1)?.size ?? 0,
    started,
    ended,
    recoded: successions.filter((s) => s.basis === "RECODED").length,
    merged: merged.length,
    mergedInto: new Set(merged.map((s) => s.to.code)).size,
  };
  const pct = (n: number) => n.toLocaleString("en-GB");
  ctx.plan.figures.push(
    `parishes: English parishes per list: ${report.perList.map((l) => `${l.list} ${pct(l.parishes)}`).join(", ")}; ${pct(report.codes)} codes in all, ${pct(report.current)} current`,
    `parishes: ${pct(report.started)} codes started after ${PARISH_LISTS[0]?.label}, ${pct(report.ended)} ended by ${PARISH_LISTS.at(-1)?.label}; inferred: ${report.recoded} recoded (same name, same district), ${report.merged} merged into ${report.mergedInto}`,
  );
  loadUnparished(ctx);
  return report;
}

/**
 * Two lists that put one code in different councils, after mapping the older forward to the
 * newer list's date: a boundary change or an error in one of them. Reported with both lines;
 * both facts are kept (each with its source).
 */
function checkMoves(ctx: LoadContext, code: string, placed: number[], lists: Map<string, Listed & { lad: string | null }>[]): void {
  for (let k = 0; k + 1 < placed.length; k++) {
    const i = placed[k] as number;
    const j = placed[k + 1] as number;
    const p = lists[i]?.get(code);
    const q = lists[j]?.get(code);
    if (!p?.lad || !q?.lad) continue;
    const forward = councilOn(ctx, p.lad, PARISH_LISTS[j]?.asAt ?? "");
    if (forward !== undefined && forward !== q.lad) {
      ctx.plan.warn(`${PARISH_LISTS[i]?.source} line ${p.line} puts ${code} "${p.name}" in ${p.lad} (${forward} by ${PARISH_LISTS[j]?.label}); ${PARISH_LISTS[j]?.source} line ${q.line} in ${q.lad}: both kept.`);
    }
  }
}

function loadUnparished(ctx: LoadContext): void {
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
    placeForward(ctx, "UnparishedArea", code, lad, ncpSrc, r.$line, at);
  }
}
