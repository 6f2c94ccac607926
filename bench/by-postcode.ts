/**
 * Issue #10: whoDelivers asked by postcode against the same question asked by the GSS code of
 * the postcode's district or unitary, both through the tiergraph server, the same services in
 * the same order, at concurrency 1 and 16. The postcode adds one IN_DISTRICT step (and the look-up
 * of the active postcode set); the target is within 1.2× at the median.
 */
import type { Driver } from "neo4j-driver";
import { isDeepStrictEqual } from "node:util";
import type { Child } from "./children.js";
import { samplePostcodes } from "./import.js";
import { httpLoad } from "./load.js";
import { mulberry32, pick } from "./prng.js";
import { ratio, type LoadStats } from "./stats.js";
import { ON } from "./who-delivers.js";

const QUERY = `query WhoDelivers($service: String!, $place: String!, $on: Date) {
  whoDelivers(service: $service, place: $place, on: $on) {
    authority { code name type } tier basis deliveredBy { id name }
    path { from { label code } relationship to { label code } validFrom validTo source }
    sources { id licence attribution } note
  }
}`;

interface Target {
  postcode: string;
  district: string;
}

export interface ByPostcodeOptions {
  driver: Driver;
  database: string;
  server: Child;
  seed: number;
  seconds: number;
  sampleSize: number;
  services: string[];
  log: (msg: string) => void;
}

type Answer = { data?: { whoDelivers?: { authority: { code: string }; tier: string; basis: string }[] }; errors?: unknown[] };

export async function benchByPostcode(o: ByPostcodeOptions) {
  const { rows } = await samplePostcodes(o.sampleSize, o.seed);
  const { records } = await o.driver.executeQuery(
    `MATCH (s:PostcodeSet {id: 'active'})
     UNWIND $codes AS code
     MATCH (p:Postcode {code: code})-[:IN_DISTRICT]->(a:Authority) WHERE p.set = s.set
     RETURN p.name AS postcode, a.code AS district ORDER BY postcode`,
    { codes: rows.map((r) => r.pcds.replace(" ", "")) },
    { database: o.database },
  );
  const targets: Target[] = records.map((r) => ({ postcode: String(r.get("postcode")), district: String(r.get("district")) }));
  if (targets.length === 0) throw new Error("by-postcode: no postcode of the sample is in the graph (is the postcode set loaded?)");
  const url = `http://127.0.0.1:${o.server.port}/graphql`;
  const body = (service: string, place: string) => JSON.stringify({ query: QUERY, variables: { service, place, on: ON } });
  const ask = async (service: string, place: string) =>
    (await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body(service, place) })).json()) as Answer;

  // The same question: the same providers, tiers and bases whichever way the place is given.
  let matched = 0;
  let nonEmpty = 0;
  const check = mulberry32(o.seed + 4);
  const checked = 40;
  let firstMismatch: { service: string; postcode: string; district: string } | undefined;
  for (let i = 0; i < checked; i++) {
    const t = pick(check, targets);
    const service = pick(check, o.services);
    const key = (a: Answer) => (a.errors ? "errors" : (a.data?.whoDelivers ?? []).map((p) => `${p.authority.code}|${p.tier}|${p.basis}`).sort());
    const [byPc, byCode] = [key(await ask(service, t.postcode)), key(await ask(service, t.district))];
    if (Array.isArray(byPc) && byPc.length) nonEmpty++;
    if (isDeepStrictEqual(byPc, byCode)) matched++;
    else firstMismatch ??= { service, postcode: t.postcode, district: t.district };
  }

  const levels: { concurrency: number; byPostcode: LoadStats; byGss: LoadStats; ratios: { p50: number | null; p99: number | null; throughput: number | null } }[] = [];
  for (const c of [1, 16]) {
    // The same (service, postcode) sequence both times; one asks by the postcode, the other by its district's code.
    const next = (field: keyof Target) => {
      const rng = mulberry32(o.seed * 31 + c);
      return () => {
        const t = pick(rng, targets);
        return body(pick(rng, o.services), t[field]);
      };
    };
    const byPostcode = await httpLoad({ url, connections: c, seconds: o.seconds, nextBody: next("postcode"), graphql: true });
    const byGss = await httpLoad({ url, connections: c, seconds: o.seconds, nextBody: next("district"), graphql: true });
    levels.push({
      concurrency: c,
      byPostcode,
      byGss,
      ratios: { p50: ratio(byPostcode.p50, byGss.p50), p99: ratio(byPostcode.p99, byGss.p99), throughput: ratio(byPostcode.rps, byGss.rps) },
    });
    o.log(`by postcode c=${c}: p50 ${byPostcode.p50} ms vs by GSS code ${byGss.p50} ms`);
  }
  const medians = levels.map((l) => l.ratios.p50);
  return {
    postcodes: targets.length,
    equivalence: { checked, matched, nonEmpty, firstMismatch },
    levels,
    target: {
      p50Within1_2x: medians.every((r) => r !== null && r <= 1.2),
      errors: levels.reduce((n, l) => n + l.byPostcode.errors + l.byGss.errors, 0),
    },
  };
}

export type ByPostcodeResult = Awaited<ReturnType<typeof benchByPostcode>>;
