/**
 * Synthetic partnership landscapes for the scaling runs, built from the real authorities.
 *
 * Partnership i is generated from its own seeded PRNG, so a landscape of 10k is the 1k one plus
 * 9k more, and every run builds the same graph. Each covers 1-3 real current districts or
 * unitaries (NMD, UA, MD, LBO), has 2-6 members (the ones it covers first, then real authorities
 * of the same region, as real partnerships are local), and 1-4 themes from a fixed vocabulary.
 * They carry the extra label BenchSynthetic and ids `partnership:bench-N`, so they can be told
 * apart from the seeded ones and deleted.
 */
import type { Driver } from "neo4j-driver";
import { intBetween, mulberry32, pick, sample } from "./prng.js";

/** Themes, several of them used by the seeded partnerships (so theme scores are not all 0). */
export const THEMES = [
  "community safety", "public health", "social care", "economic development", "regeneration",
  "housing", "transport", "skills", "employment support", "resilience", "emergency planning",
  "joint commissioning", "climate", "waste", "troubled families", "property assets",
  "digital", "culture and tourism", "planning", "youth services",
] as const;

const WRITE_BATCH = 5000;

interface Unit {
  code: string;
  region: string;
}

/** The real authorities synthetic partnerships are drawn from. */
export interface Landscape {
  /** Current districts and unitaries (NMD, UA, MD, LBO), sorted by code. */
  units: Unit[];
  /** Current authorities with a region (councils of every tier), by region, sorted by code. */
  byRegion: Map<string, string[]>;
}

export async function loadLandscape(driver: Driver, database: string): Promise<Landscape> {
  const { records } = await driver.executeQuery(
    "MATCH (a:Authority {current: true}) WHERE a.region IS NOT NULL RETURN a.code AS code, a.type AS type, a.region AS region ORDER BY code",
    {},
    { database },
  );
  const units: Unit[] = [];
  const byRegion = new Map<string, string[]>();
  for (const r of records) {
    const code = String(r.get("code"));
    const region = String(r.get("region"));
    if (["NMD", "UA", "MD", "LBO"].includes(String(r.get("type")))) units.push({ code, region });
    byRegion.set(region, [...(byRegion.get(region) ?? []), code]);
  }
  return { units, byRegion };
}

interface SyntheticPartnership {
  id: string;
  name: string;
  themes: string[];
  covers: string[];
  members: string[];
}

/** Partnership number i of the landscape built from `seed`. */
export function synthetic(land: Landscape, seed: number, i: number): SyntheticPartnership {
  const rng = mulberry32((seed * 1_000_003 + i) >>> 0);
  const covered = sample(rng, land.units, intBetween(rng, 1, 3));
  const want = intBetween(rng, 2, 6);
  const members = covered.map((u) => u.code).slice(0, want);
  const region = land.byRegion.get(pick(rng, covered).region) ?? [];
  for (let tries = 0; members.length < want && tries < 50; tries++) {
    const m = pick(rng, region);
    if (!members.includes(m)) members.push(m);
  }
  return {
    id: `partnership:bench-${i}`,
    name: `Bench synthetic partnership ${i}`,
    themes: sample(rng, THEMES, intBetween(rng, 1, 4)),
    covers: covered.map((u) => u.code),
    members,
  };
}

const WRITE = `
UNWIND $rows AS row
CREATE (p:Partnership:BenchSynthetic {id: row.id, name: row.name, kind: 'bench-synthetic',
  statutory: false, legalBasis: [], status: 'active', themes: row.themes, sourceIds: []})
WITH p, row
CALL (p, row) {
  UNWIND row.covers AS code
  MATCH (a:Authority {code: code})
  CREATE (p)-[:COVERS {source: 'bench'}]->(a)
}
CALL (p, row) {
  UNWIND row.members AS code
  MATCH (a:Authority {code: code})
  CREATE (a)-[:MEMBER_OF {role: 'member', source: 'bench'}]->(p)
}`;

/** Writes partnerships [from, to) in UNWIND batches, one transaction per batch. */
export async function writeSynthetic(driver: Driver, database: string, land: Landscape, seed: number, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += WRITE_BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(to, start + WRITE_BATCH); i++) rows.push(synthetic(land, seed, i));
    await driver.executeQuery(WRITE, { rows }, { database });
  }
}

/** Deletes every synthetic partnership and its relationships, in batches. */
export async function deleteSynthetic(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (p:BenchSynthetic) CALL (p) { DETACH DELETE p } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
