/**
 * The inputs of the whoDelivers load: (service, parish) pairs drawn from ALL parishes and ALL
 * services some tier is responsible for, from a seeded PRNG, so every run (and every system
 * measured in a run) asks the same questions in the same order.
 */
import type { Driver } from "neo4j-driver";
import { mulberry32, pick } from "./prng.js";

/** One question: an LGSL service code and a parish GSS code. */
export interface Pair {
  service: string;
  place: string;
}

/** The populations pairs are drawn from, sorted so the draw does not depend on storage order. */
export interface PairPool {
  parishes: string[];
  services: string[];
}

/** Reads every current Parish code (in the April 2025 list; an ended code is refused for today) and every service code some tier is RESPONSIBLE_FOR. */
export async function loadPairPool(driver: Driver, database: string): Promise<PairPool> {
  const parishes = await driver.executeQuery("MATCH (p:Parish) WHERE p.current RETURN p.code AS code ORDER BY code", {}, { database });
  const services = await driver.executeQuery(
    "MATCH (s:Service)<-[:RESPONSIBLE_FOR]-() RETURN DISTINCT s.code AS code ORDER BY code",
    {},
    { database },
  );
  return {
    parishes: parishes.records.map((r) => String(r.get("code"))),
    services: services.records.map((r) => String(r.get("code"))),
  };
}

/** An endless, reproducible stream of pairs: the same seed gives the same sequence. */
export function pairStream(pool: PairPool, seed: number): () => Pair {
  const rng = mulberry32(seed);
  return () => ({ service: pick(rng, pool.services), place: pick(rng, pool.parishes) });
}
