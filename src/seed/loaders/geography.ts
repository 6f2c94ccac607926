/**
 * Overlapping geographies from ONS lookups: combined-authority membership (December 2019 and May 2025), fire and
 * rescue authorities and local resilience forums (December 2019).
 */
import { join } from "node:path";
import { readCsv } from "../csv.js";
import type { LoadContext } from "../context.js";
import { dayAfter, lifeOf, type Vintage } from "./parish-lives.js";
import { addDatasetAuthority, resolveAuthority, successorsOf } from "./resolve.js";

const ONS = (ctx: LoadContext, name: string) => join(ctx.seeds, "datasets", "ons-lookups", name);

/** The two ONS lists of combined authorities' constituent councils. */
export const CA_LISTS = [
  { label: "Dec 2019", month: "2019-12", asAt: "2019-12-31", source: "ons-cauth-2019", file: "LAD19_to_CAUTH19_Dec2019_EN__ons-lookups_csv_055.csv", lad: "LAD19CD", ladName: "LAD19NM", ca: "CAUTH19CD", caName: "CAUTH19NM" },
  { label: "May 2025", month: "2025-05", asAt: "2025-05-01", source: "ons-cauth-2025", file: "LAD25_to_CAUTH25_May2025_EN.csv", lad: "LAD25CD", ladName: "LAD25NM", ca: "CAUTH25CD", caName: "CAUTH25NM" },
] as const;

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One council's membership of one combined authority, as the lists show it. */
interface Membership {
  lad: string;
  ca: string;
  seen: number[];
  rows: { list: number; line: number }[];
}

/**
 * Combined-authority membership from ONS's lists of December 2019 and May 2025. As for parishes
 * (parish-lives.ts), a list shows only that a council was a constituent member at its date: a
 * membership in both is taken as holding throughout; one only in the newer list from the day
 * after the older; one only in the older until its date. The authority's own dates tighten
 * those bounds where they are known (settled from the registers, crosscheck.ts): no membership
 * before the authority's first day or after its last, and since a council is a constituent of
 * one combined authority at a time, a membership that ended ends the day before the council's
 * next one began. Each bound says which it is.
 */
export function loadCombinedAuthorities(ctx: LoadContext): void {
  const dlFile = join(ctx.seeds, "datasets", "planning-data-registers", "local-authority.csv");
  const dl = new Map(readCsv(dlFile, ["statistical-geography", "local-authority-type", "start-date", "end-date"])
    .filter((r) => r["local-authority-type"] === "COMB").map((r) => [r["statistical-geography"] ?? "", r]));
  const vintages: Vintage[] = CA_LISTS.map((l) => ({ label: l.label, month: l.month, asAt: l.asAt }));
  const memberships = new Map<string, Membership>();
  const counts = CA_LISTS.map(() => new Set<string>());
  CA_LISTS.forEach((list, i) => {
    const file = ONS(ctx, list.file);
    for (const r of readCsv(file, [list.lad, list.ladName, list.ca, list.caName])) {
      const at = { file, line: r.$line };
      const lad = resolveAuthority(ctx, r[list.lad] ?? "", r[list.ladName] ?? "", at, list.source);
      if (!lad) {
        ctx.plan.error({ ...at, column: list.lad }, `${r[list.lad]} "${r[list.ladName]}" matches no council in the register`);
        continue;
      }
      const caCode = r[list.ca] ?? "";
      let ca = ctx.codes.get(caCode);
      if (!ca) {
        ca = caCode;
        const d = dl.get(caCode);
        addDatasetAuthority(ctx, { code: ca, name: `${r[list.caName]} Combined Authority`, type: "COMB", typeName: "Combined authority" },
          [{ source: list.source, cite: `row ${r.$line}: ${caCode} ${r[list.caName]}` }, ...(d ? [{ source: "digital-land-local-authority", cite: `row ${d.$line}: start-date ${d["start-date"] || "(none)"}, end-date ${d["end-date"] || "(none)"}` }] : [])], at);
        const node = ctx.plan.get("Authority", ca);
        // A combined authority with members in a later list and none in an earlier one had not begun at the earlier date.
        const earlier = i > 0 ? CA_LISTS[i - 1] : undefined;
        const bound = !d?.["start-date"] && earlier ? dayAfter(earlier.asAt) : null;
        const first = d?.["start-date"] || bound;
        const last = d?.["end-date"] || null;
        if (node) Object.assign(node, { validFrom: first, validTo: last, current: last === null });
        ctx.plan.addRel("OF_TIER", ["Authority", ca], ["Tier", "COMBINED_AUTHORITY"], {
          source: list.source, cite: `${list.ca} ${ca}`,
          validFrom: first, validTo: last,
          validFromSource: d?.["start-date"] ? "digital-land-local-authority" : bound ? earlier?.source ?? null : null,
          validFromCite: d?.["start-date"] ? `established ${first} (row ${d.$line}: start-date)`
            : bound ? `bound: no member councils in ONS's ${earlier?.label} list, so begun after it; taken as from ${bound}, its first day not being known` : null,
          validToSource: last ? "digital-land-local-authority" : null, validToCite: last ? `last day ${last} (row ${d?.$line}: end-date)` : null,
        }, at);
        ctx.plan.warn(d
          ? `${list.source} line ${r.$line}: combined authority ${ca} "${r[list.caName]}" is not in the mySociety register; loaded from ONS, its dates from digital-land (line ${d.$line}: start ${first ?? "none"}).`
          : `${list.source} line ${r.$line}: combined authority ${ca} "${r[list.caName]}" is in neither register; loaded from ONS (first day not known${bound ? `: taken as ${bound}, after the ${earlier?.label} list that does not carry it` : ""}).`);
      }
      counts[i]?.add(lad);
      const key = `${lad}|${ca}`;
      const m = memberships.get(key) ?? { lad, ca, seen: [], rows: [] };
      if (!m.seen.includes(i)) m.seen.push(i);
      m.rows.push({ list: i, line: r.$line });
      memberships.set(key, m);
    }
  });

  const life = (ca: string) => {
    const node = ctx.plan.get("Authority", ca);
    const tier = ctx.plan.rels.get("OF_TIER|Authority|Tier")?.rows.get(`${ca}->COMBINED_AUTHORITY`)?.props;
    return {
      from: (node?.validFrom as string | null) ?? null, to: (node?.validTo as string | null) ?? null, name: String(node?.name ?? ca),
      fromSource: (tier?.validFromSource as string | null) ?? null, toSource: (tier?.validToSource as string | null) ?? null,
    };
  };
  const byLad = new Map<string, Membership[]>();
  for (const m of memberships.values()) byLad.set(m.lad, [...(byLad.get(m.lad) ?? []), m]);
  let joined = 0;
  let left = 0;
  for (const m of memberships.values()) {
    const bounds = lifeOf(vintages, m.seen.sort());
    const ca = life(m.ca);
    const [firstRow] = m.rows;
    const list = CA_LISTS[firstRow?.list ?? 0];
    const at = { file: ONS(ctx, list?.file ?? ""), line: firstRow?.line ?? 0 };
    const cite = m.rows.map((r) => `${CA_LISTS[r.list]?.source} row ${r.line}`).join("; ");
    // First day: the authority's, when the membership is in the older list or the authority began after it.
    let validFrom = bounds.validFrom;
    let fromCite = bounds.validFrom ? `bound: ${bounds.startedBy} (in force by the lists' rule from ${bounds.validFrom})` : null;
    let fromSource: string | null = bounds.validFrom ? (CA_LISTS[m.seen[0] ?? 0]?.source ?? null) : null;
    if (ca.from && (validFrom === null || ca.from > validFrom)) {
      validFrom = ca.from;
      fromSource = ca.fromSource;
      fromCite = `from ${ca.name}'s first day, ${ca.from}${bounds.validFrom ? ` (the lists: ${bounds.startedBy})` : ""}`;
    }
    // Last day: the authority's, or the day before the council's next membership began.
    let validTo = bounds.validTo;
    let toCite = bounds.validTo ? `bound: ${bounds.endedBetween} (in force by the lists' rule until ${bounds.validTo})` : null;
    let toSource: string | null = bounds.validTo ? (CA_LISTS[m.seen[m.seen.length - 1] ?? 0]?.source ?? null) : null;
    if (bounds.validTo) {
      left++;
      const next = (byLad.get(m.lad) ?? []).filter((o) => o !== m && !o.seen.includes(m.seen[0] ?? -1)).map((o) => life(o.ca)).find((o) => o.from && o.from > (bounds.validTo ?? ""));
      const candidates = [
        ca.to ? { day: ca.to, why: `${ca.name}'s last day`, source: ca.toSource } : undefined,
        next?.from ? { day: dayBefore(next.from), why: `the day before ${next.name} began (${next.from})`, source: next.fromSource } : undefined,
      ].filter((c): c is { day: string; why: string; source: string | null } => c !== undefined && c.day >= (bounds.validTo ?? ""));
      const tightest = candidates.sort((a, b) => a.day.localeCompare(b.day))[0];
      if (tightest) {
        validTo = tightest.day;
        toCite = `${tightest.why}, ${tightest.day} (the lists: ${bounds.endedBetween})`;
        toSource = tightest.source ?? toSource;
      }
    } else if (ca.to) {
      validTo = ca.to;
      toCite = `${ca.name}'s last day, ${ca.to}`;
      toSource = ca.toSource;
    }
    if (bounds.validFrom) joined++;
    ctx.plan.addRel("CONSTITUENT_OF", ["Authority", m.lad], ["Authority", m.ca], {
      validFrom, validTo,
      validFromSource: fromSource, validFromCite: fromCite,
      validToSource: toSource, validToCite: toCite,
      seenIn: bounds.seenIn, membershipBounds: bounds.lifeBounds,
      source: list?.source ?? "", cite,
    }, at);
  }
  ctx.plan.figures.push(`combined authorities: constituent councils per list: ${CA_LISTS.map((l, i) => `${l.label} ${counts[i]?.size ?? 0}`).join(", ")}; ${memberships.size} memberships, ${joined} begun after ${CA_LISTS[0].label}, ${left} ended before ${CA_LISTS[1].label}`);

  // The register against ONS: a combined authority the register calls current should have members.
  const withMembers = new Set([...memberships.values()].filter((m) => m.seen.includes(CA_LISTS.length - 1)).map((m) => m.ca));
  for (const node of ctx.plan.nodes.get("Authority")?.values() ?? []) {
    const p = node.props;
    if (p.type === "COMB" && p.current === true && !withMembers.has(String(p.code))) {
      ctx.plan.warn(`ons-cauth-2025: the register says ${p.name} (${p.code}) is current, but ONS May 2025 gives it no member councils.`);
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
