/**
 * A tiny seeded PRNG (mulberry32) and the draws the bench needs, so every run sends the same
 * requests and builds the same synthetic landscapes: runs differ only by the machine's noise.
 */

/** A function returning floats in [0, 1), the same sequence for the same seed. */
export type Rng = () => number;

/** mulberry32: 32-bit state, good enough spread for picking test inputs (not for crypto). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** One element of a non-empty array. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick: empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

/** k distinct elements (or all of them when k ≥ length), by a partial Fisher-Yates shuffle. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}
