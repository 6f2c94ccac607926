/**
 * A parish code's life from the lists it appears in, and which codes followed which. Pure
 * functions on in-memory rows (no files, no plan), so the rules can be tested on small cases.
 *
 * ONS publishes parish lists at a few dates and no successor table. A code is known only to be
 * in use at the dates of the lists that carry it: its start and end are bounds, never days.
 * The rule for "in force on D" (documented in README, "Parishes as they are now, and as they were"):
 * a code is taken as in force from the day after the last list without it (open when it is in
 * the first list) to the date of the last list with it (open when it is in the newest): an old
 * code and the code that replaced it hand over at the earliest list that has only the new one.
 */

/** One published list: its label in messages, its month (as ONS names it) and the date it describes. */
export interface Vintage {
  label: string;
  month: string;
  asAt: string;
}

/** One parish as a list gives it. `district` is today's council for its district then (mapped forward), or null when the list has none. */
export interface Listed {
  code: string;
  name: string;
  district: string | null;
  file: string;
  line: number;
}

export interface Life {
  firstSeen: string;
  lastSeen: string;
  seenIn: string[];
  /** Lists between the first and last that do not carry the code (an omission, not a gap in the parish's life). */
  missingFrom: string[];
  startedBy: string;
  endedBetween: string | null;
  lifeBounds: string;
  validFrom: string | null;
  validTo: string | null;
  current: boolean;
}

/** The next calendar day of an ISO date. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The bounds of a code's life from the (ascending) positions in `vintages` of the lists that carry it. */
export function lifeOf(vintages: Vintage[], seen: number[]): Life {
  const first = seen[0];
  const last = seen[seen.length - 1];
  const newest = vintages.length - 1;
  if (first === undefined || last === undefined) throw new Error("lifeOf: a code seen in no list");
  const v = (i: number) => vintages[i] as Vintage;
  const startedBy = first === 0 ? `in use by ${v(0).label}` : `started between ${v(first - 1).label} and ${v(first).label}`;
  const endedBetween = last === newest ? null : `gone between ${v(last).label} and ${v(last + 1).label}`;
  const missingFrom = vintages.filter((_, i) => i > first && i < last && !seen.includes(i)).map((x) => x.label);
  return {
    firstSeen: v(first).month,
    lastSeen: v(last).month,
    seenIn: seen.map((i) => v(i).month),
    missingFrom,
    startedBy,
    endedBetween,
    lifeBounds: `${startedBy}; ${endedBetween ?? `still listed in ${v(newest).label}`}`,
    validFrom: first === 0 ? null : dayAfter(v(first - 1).asAt),
    validTo: last === newest ? null : v(last).asAt,
    current: last === newest,
  };
}

/** A name for comparing: lower case, "&" as "and", punctuation as spaces. */
export function nameOf(name: string): string {
  return name.toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim();
}

/** The places a parish name joins: "Wilcot, Huish and Oare" → wilcot, huish, oare. */
export function partsOf(name: string): string[] {
  return nameOf(name.replace(/,/g, " and ")).split(/\s+(?:and|with)\s+/).map((s) => s.trim()).filter(Boolean);
}

export interface Succession {
  from: Listed;
  to: Listed;
  basis: "RECODED" | "MERGED";
  /** Positions of the two lists: `from` is in `before` and not in `after`; `to` the other way. */
  before: number;
  after: number;
}

export interface Inference {
  successions: Succession[];
  /** Cases the names and districts do not settle (two gone codes of one name in one district). */
  unsettled: string[];
}

/**
 * Which new codes continue which gone ones, across each pair of adjacent lists.
 * Recoded: exactly one gone and one new code with the same name in the same district.
 * Merged: a new code whose name joins places ("A and B", "A with B", "A, B and C") where two or
 * more codes gone in the same district at the same time are named after those places (each gone
 * name, or all of its own joined names, among them). The new name may add a place that was never
 * a parish ("Wilcot, Huish and Oare" from Wilcot and Huish); one gone code alone is not a merger. A code whose district is unknown (the 2022 list has none, and it is
 * in no other) is never matched. `districtOf` gives a code's district from any list that has one.
 */
export function inferSuccessions(lists: Map<string, Listed>[], districtOf: (code: string) => string | null): Inference {
  const successions: Succession[] = [];
  const unsettled: string[] = [];
  for (let i = 0; i + 1 < lists.length; i++) {
    const a = lists[i] as Map<string, Listed>;
    const b = lists[i + 1] as Map<string, Listed>;
    const gone = [...a.values()].filter((p) => !b.has(p.code) && !lists.slice(i + 2).some((l) => l.has(p.code)));
    const added = [...b.values()].filter((p) => !a.has(p.code) && !lists.slice(0, i).some((l) => l.has(p.code)));
    const key = (p: Listed) => `${districtOf(p.code)}|${nameOf(p.name)}`;
    const group = (ps: Listed[]) => {
      const m = new Map<string, Listed[]>();
      for (const p of ps) if (districtOf(p.code)) m.set(key(p), [...(m.get(key(p)) ?? []), p]);
      return m;
    };
    const goneBy = group(gone);
    const addedBy = group(added);
    const used = new Set<string>();
    for (const [k, news] of addedBy) {
      const olds = goneBy.get(k);
      if (!olds) continue;
      if (olds.length === 1 && news.length === 1 && olds[0] && news[0]) {
        successions.push({ from: olds[0], to: news[0], basis: "RECODED", before: i, after: i + 1 });
        used.add(olds[0].code).add(news[0].code);
      } else {
        unsettled.push(`${olds.map((p) => p.code).join(", ")} gone and ${news.map((p) => p.code).join(", ")} new, all named "${olds[0]?.name}" in ${districtOf(olds[0]?.code ?? "")}: which followed which is not inferred`);
      }
    }
    for (const n of added) {
      if (used.has(n.code)) continue;
      const parts = partsOf(n.name);
      const district = districtOf(n.code);
      if (parts.length < 2 || !district) continue;
      const joined = gone.filter((g) => !used.has(g.code) && districtOf(g.code) === district && partsOf(g.name).every((x) => parts.includes(x)));
      if (joined.length < 2) continue;
      for (const g of joined) {
        successions.push({ from: g, to: n, basis: "MERGED", before: i, after: i + 1 });
        used.add(g.code);
      }
      used.add(n.code);
    }
  }
  return { successions, unsettled };
}
