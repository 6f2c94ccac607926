/**
 * The stdout table: every part, its baseline in the same run, the ratios, and the targets met
 * or missed. results.json holds everything this prints and more.
 */
import type { BulkResult } from "./bulk-export.js";
import type { ByPostcodeResult } from "./by-postcode.js";
import type { ImportResult } from "./import.js";
import type { NestedResult } from "./nested-read.js";
import type { ScalingResult } from "./scaling.js";
import { ratio, type LoadStats } from "./stats.js";
import type { WhoDeliversResult } from "./who-delivers.js";

/** Everything one run produced. */
export interface Results {
  startedAt: string;
  seconds: number;
  /** Wall time of each part run. */
  partSeconds: Record<string, number>;
  machine: { cpus: number; node: string };
  neo4j: { uri: string; rssAtEndMiB: number | null; hwmAtEndMiB: number | null };
  options: { parts: string[]; seed: number; seconds: number; concurrencies: number[]; sizes: number[]; sample: number; postcodeSample: number; timeoutMs: number };
  importing?: ImportResult;
  whoDelivers?: WhoDeliversResult;
  nested?: NestedResult;
  scaling?: ScalingResult;
  byPostcode?: ByPostcodeResult;
  bulk?: BulkResult;
  /** Why the run stopped early, if it did. */
  error?: string;
}

const pad = (s: unknown, n: number) => String(s ?? "-").padStart(n);
const x = (r: number | null | undefined) => (r === null || r === undefined ? "-" : `${r}×`);
const met = (ok: boolean | null | undefined) => (ok ? "met" : ok === false ? "MISSED" : "n/a");
const mib = (v: number | null | undefined) => (v === null || v === undefined ? "-" : `${Math.round(v)} MiB`);

function loadRow(label: string, s: LoadStats): string {
  return `${pad(s.concurrency, 4)}  ${label.padEnd(16)}${pad(s.rps, 9)}${pad(s.p50, 9)}${pad(s.p95, 9)}${pad(s.p99, 9)}${pad(s.errors, 8)}`;
}
const LOAD_HEAD = `${pad("conc", 4)}  ${"system".padEnd(16)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}${pad("errors", 8)}`;

function whoDelivers(w: WhoDeliversResult): string[] {
  const out = [
    `1. whoDelivers over HTTP vs the Cypher floor (one hand-written query, driver) and the HTTP floor (bare node:http)`,
    `   random pairs from ${w.pool.parishes} parishes × ${w.pool.services} services, on ${w.on}, seed ${w.seed}; ` +
      `floor answers = tiergraph's on ${w.equivalence.matched}/${w.equivalence.checked} pairs (${w.equivalence.nonEmpty} non-empty)`,
    LOAD_HEAD,
  ];
  for (const l of w.levels) {
    out.push(loadRow("tiergraph", l.tiergraph), loadRow("Cypher floor", l.cypherFloor));
    if (l.questionCypher) out.push(loadRow("its Cypher alone", l.questionCypher));
    out.push(loadRow("HTTP floor", l.httpFloor));
    out.push(
      `      tiergraph ÷ Cypher floor: p50 ${x(l.vsCypherFloor.p50)}  p99 ${x(l.vsCypherFloor.p99)}  throughput ${x(l.vsCypherFloor.throughput)}` +
        (l.questionCypher ? `; its Cypher alone ÷ floor: p50 ${x(ratio(l.questionCypher.p50, l.cypherFloor.p50))}` : ""),
    );
  }
  const at16 = w.levels.find((l) => l.concurrency === 16);
  out.push(
    `   targets @16: p50 ≤ 1.5× floor: ${x(at16?.vsCypherFloor.p50)} ${met(w.targets.p50Within1_5xFloorAtC16)}; ` +
      `p99 ≤ 3×: ${x(at16?.vsCypherFloor.p99)} ${met(w.targets.p99Within3xFloorAtC16)}; zero errors: ${met(w.targets.zeroErrors)}`,
    `   PROFILE, one pair: tiergraph's query ${w.profile.question.totalDbHits} db hits vs the floor's ${w.profile.floor.totalDbHits}; its top operators: ` +
      w.profile.question.byHits.slice(0, 3).map((h) => `${h.operator} ${h.dbHits} [${h.details.slice(0, 50)}]`).join("; "),
  );
  return out;
}

function byPostcode(b: ByPostcodeResult): string[] {
  const out = [
    `1b. whoDelivers by postcode vs the same question by the GSS code of the postcode's district or unitary (${b.postcodes} postcodes sampled from the file)`,
    `   same providers, tiers and bases on ${b.equivalence.matched}/${b.equivalence.checked} pairs (${b.equivalence.nonEmpty} non-empty)`,
    LOAD_HEAD,
  ];
  for (const l of b.levels) {
    out.push(loadRow("by postcode", l.byPostcode), loadRow("by GSS code", l.byGss));
    out.push(`      postcode ÷ GSS code: p50 ${x(l.ratios.p50)}  p99 ${x(l.ratios.p99)}  throughput ${x(l.ratios.throughput)}`);
  }
  out.push(`   target: p50 within 1.2× at every concurrency: ${met(b.target.p50Within1_2x)}; errors: ${b.target.errors}`);
  return out;
}

function nested(n: NestedResult): string[] {
  const out = [
    `2. Generated API (@neo4j/graphql): authority → children → partnerships → members for the ${n.counties} counties, vs the same read as one Cypher query`,
    `   answers equal on ${n.equivalence.matched}/${n.equivalence.checked} counties`,
    LOAD_HEAD,
  ];
  for (const r of n.runs) {
    out.push(loadRow("GraphQL (HTTP)", r.graphql), loadRow("Cypher (driver)", r.cypher));
    out.push(`      GraphQL ÷ Cypher: p50 ${x(r.ratios.p50)}  p99 ${x(r.ratios.p99)}  throughput ${x(r.ratios.throughput)}`);
  }
  out.push("   where the time goes (in-process, mean of 100 sequential): generated Cypher | hand-written Cypher | the library executing a parsed document (Node CPU)");
  for (const b of n.breakdown) {
    out.push(
      `   ${b.code}: ${b.meanMs.generatedCypher} ms, ${b.dbHits.generated} db hits | ${b.meanMs.handWrittenCypher} ms, ${b.dbHits.handWritten} db hits | ${b.meanMs.executeOnly} ms (${b.executeOnlyNodeCpuMs} ms CPU)` +
        `  — generated ÷ hand ${x(b.ratios.generatedCypherToHand)}`,
    );
  }
  return out;
}

function importing(i: ImportResult): string[] {
  const s = i.seed;
  const p = i.postcodes;
  const ph = p.phases;
  return [
    `3. Import into an empty database, against a naive one-query-per-row import of the same rows (timed on a random sample, extrapolated)`,
    `   seeds/ (seedAll): ${s.nodes} nodes + ${s.relationships} rels in ${s.seconds} s = ${s.rowsPerSecond} rows/s (${s.nodesPerSecond} nodes/s, ${s.relationshipsPerSecond} rels/s)`,
    `      naive: ${i.naive.sampledRows} rows in ${i.naive.seconds} s = ${i.naive.rowsPerSecond} rows/s (all ${i.naive.totalRows}: ~${i.naive.extrapolatedSeconds} s); ` +
      `seedAll ÷ naive ${x(i.speedup)} — target ≥ 10×: ${met(i.target.atLeast10x)}`,
    `      memory: import process peak ${mib(s.nodeProcess.vmHwmMiB)} (VmHWM); Neo4j after it ${mib(s.neo4jAfterSeed.rssMiB)} RSS`,
    `   postcodes (loadPostcodes): ${p.rows} postcodes (a node and an IN_DISTRICT each) in ${p.seconds} s = ${p.rowsPerSecond} rows/s` +
      (ph ? ` [read and check ${ph.readAndCheckSeconds} s, ${ph.batches} write batches ${ph.writeSeconds} s, switch and clean-up ${ph.switchAndCleanUpSeconds} s]` : ""),
    `      naive: ${i.naivePostcodes.sampledRows} postcodes in ${i.naivePostcodes.seconds} s = ${i.naivePostcodes.rowsPerSecond} rows/s (all: ~${i.naivePostcodes.extrapolatedSeconds} s); ` +
      `loadPostcodes ÷ naive ${x(i.postcodeSpeedup)}`,
    `      memory: import process peak ${mib(p.nodeProcess.vmHwmMiB)} (VmHWM); Neo4j after it ${mib(p.neo4jAfterPostcodes.rssMiB)} RSS`,
  ];
}

function scaling(s: ScalingResult): string[] {
  const names = Object.keys(s.growth);
  const sizes = s.bySize.map((b) => b.partnerships);
  const head = `${"query".padEnd(40)}${pad("seeded", 9)}${sizes.map((n) => pad(`${n / 1000}k`, 9)).join("")}   growth exponents (log-log)`;
  const ms = (t: { ms: number | null; error?: string } | undefined) => pad(t?.ms === null || t?.ms === undefined ? "-" : t.error ? "FAIL" : Math.round(t.ms), 9);
  const out = [`4. Scaling: partnership analyses with synthetic partnerships added to the seeded ones (ms, best of up to 3 runs; limit ${s.timeoutMs / 1000} s per query)`, head];
  for (const name of names) {
    const cells = s.bySize.map((b) => ms(b.timings[name]));
    out.push(`${name.padEnd(40)}${ms(s.seeded[name])}${cells.join("")}   ${(s.growth[name] ?? []).map((g) => (g === null ? "-" : g)).join(" → ")}`);
  }
  const errors = new Set(s.bySize.flatMap((b) => Object.entries(b.timings).filter(([, t]) => t.error && !t.error.startsWith("not run")).map(([n, t]) => `${n} @${b.partnerships}: ${t.error}`)));
  for (const e of errors) out.push(`   FAIL ${e}`);
  out.push(
    `   target: no worse than n·log n (every exponent ≤ 1.2; n·log n is ~1.1, n² is 2): ${met(s.target.noWorseThanNLogN)}; ` +
      `synthetic writes ${s.bySize.map((b) => `${b.partnerships / 1000}k ${b.writeSeconds} s`).join(", ")}`,
  );
  if (s.profile?.hotspots) {
    const h = s.profile.hotspots;
    out.push(
      `   PROFILE ${s.profile.case} @${s.profile.size}: ${h.totalDbHits} db hits, ${h.ms} ms; top: ` +
        h.byHits.slice(0, 2).map((m) => `${m.operator} ${m.dbHits} hits [${m.details.slice(0, 50)}]`).join("; "),
    );
  }
  return out;
}

function memory(r: Results): string[] {
  const out: string[] = [`5. Memory (resident, VmRSS)`];
  if (r.whoDelivers) {
    const m = r.whoDelivers.memory;
    out.push(
      `   tiergraph server: idle ${mib(m.idleMiB)}, after warm-up ${mib(m.idleAfterWarmupMiB)}, peak under c=${Math.max(...r.options.concurrencies)} ${mib(m.underMaxLoadPeakMiB)}, ` +
        `after load ${mib(m.afterLoadMiB)}; peak under load ÷ idle ${x(ratio(m.underMaxLoadPeakMiB, m.idleMiB))}`,
    );
  }
  if (r.bulk) {
    const b = r.bulk;
    out.push(
      `   all-England bulk export (GET /export/who-delivers.csv?on=${b.on}): ${b.rows} rows, ${b.megabytes} MB in ${b.seconds} s = ${b.rowsPerSecond} rows/s; ` +
        `the same query drained by the driver: ${b.floor.rowsPerSecond} rows/s (export ÷ floor ${x(b.vsFloor)}, same rows: ${b.target.sameRowsAsFloor})`,
      `      server while streaming: before ${mib(b.memory.beforeMiB)}, peak ${mib(b.memory.peakMiB)} (first half ${mib(b.memory.firstHalfPeakMiB)}, second half ${mib(b.memory.secondHalfPeakMiB)}); ` +
        `targets: under 60 s ${met(b.target.under60s)}, memory flat (second-half peak ≤ first-half + 32 MiB) ${met(b.target.flatMemory)}`,
    );
  }
  out.push(`   Neo4j at the end: ${mib(r.neo4j.rssAtEndMiB)} (peak ${mib(r.neo4j.hwmAtEndMiB)})`);
  return out;
}

/** Every target of issues #7 and #10, one line each. */
function targets(r: Results): string[] {
  const rows: [string, boolean | null | undefined][] = [];
  if (r.whoDelivers) {
    rows.push(["whoDelivers p50 ≤ 1.5× Cypher floor @16", r.whoDelivers.targets.p50Within1_5xFloorAtC16]);
    rows.push(["whoDelivers p99 ≤ 3× Cypher floor @16", r.whoDelivers.targets.p99Within3xFloorAtC16]);
    rows.push([`whoDelivers p99 ≤ 3× Cypher floor @${Math.max(...r.options.concurrencies)}`, r.whoDelivers.targets.p99Within3xFloorAtMax]);
    rows.push(["whoDelivers zero errors", r.whoDelivers.targets.zeroErrors]);
  }
  if (r.byPostcode) rows.push(["by postcode p50 ≤ 1.2× by GSS code", r.byPostcode.target.p50Within1_2x]);
  if (r.importing) rows.push(["import ≥ 10× naive", r.importing.target.atLeast10x]);
  if (r.scaling) rows.push(["analyses no worse than n·log n", r.scaling.target.noWorseThanNLogN]);
  if (r.bulk) {
    rows.push(["bulk export < 60 s", r.bulk.target.under60s]);
    rows.push(["bulk export memory flat", r.bulk.target.flatMemory]);
  }
  return ["Targets", ...rows.map(([name, ok]) => `   ${name.padEnd(44)}${met(ok)}`)];
}

/** Renders the whole table. */
export function renderTable(r: Results): string {
  const parts = Object.entries(r.partSeconds).map(([k, v]) => `${k} ${Math.round(v)} s`).join(", ");
  const lines = [
    `tiergraph bench — ${r.startedAt}, ${r.machine.cpus} CPUs, Node ${r.machine.node}, Neo4j ${r.neo4j.uri}; ${Math.round(r.seconds)} s in all (${parts})`,
    "",
  ];
  if (r.whoDelivers) lines.push(...whoDelivers(r.whoDelivers), "");
  if (r.byPostcode) lines.push(...byPostcode(r.byPostcode), "");
  if (r.nested) lines.push(...nested(r.nested), "");
  if (r.importing) lines.push(...importing(r.importing), "");
  if (r.scaling) lines.push(...scaling(r.scaling), "");
  if (r.whoDelivers || r.bulk) lines.push(...memory(r), "");
  lines.push(...targets(r));
  if (r.error) lines.push("", `The run stopped early: ${r.error.split("\n")[0]}`);
  return `${lines.join("\n")}\n`;
}
