/**
 * Colour and size. Authorities take their tier's colour (tiers come from the API, coloured in
 * the order it lists them); other kinds have one colour each. Every colour has at least 3:1
 * contrast on the white background (WCAG 1.4.11 for graphics). Size says something: population
 * for authorities, number of members for partnerships.
 */
import type { Kind } from "./relations.js";

/** One colour per kind; Authority's is for bodies with no tier (e.g. fire authorities). */
export const KIND_COLOURS: Record<Kind, string> = {
  Authority: "#57534e",
  Parish: "#4d7c0f",
  UnparishedArea: "#6b7280",
  Tier: "#111827",
  Service: "#a16207",
  Partnership: "#9333ea",
  Organisation: "#db2777",
};

// Nine tiers today; hues kept apart from each other and from the kind colours above.
const TIER_PALETTE = ["#1e293b", "#dc2626", "#0f766e", "#ea580c", "#4338ca", "#c026d3", "#0891b2", "#4d7c0f", "#1d4ed8", "#854d0e"];

/** Tier code → { name, colour }, filled from the API by setTiers. */
export const TIERS = new Map<string, { name: string; colour: string }>();

/** Gives each tier the API lists a colour, in the API's order. */
export function setTiers(tiers: { code: string; name: string }[]): void {
  tiers.forEach((t, i) => TIERS.set(t.code, { name: t.name, colour: TIER_PALETTE[i % TIER_PALETTE.length] ?? "#000" }));
}

interface Styled {
  kind: Kind;
  tier?: string;
  population?: number | null;
  members?: number | null;
}

/** The node's colour: its tier's for authorities and tiers, else its kind's. */
export function colourOf(a: Styled & { code?: string }): string {
  if (a.kind === "Authority" && a.tier) return TIERS.get(a.tier)?.colour ?? KIND_COLOURS.Authority;
  if (a.kind === "Tier" && a.code) return TIERS.get(a.code)?.colour ?? KIND_COLOURS.Tier;
  return KIND_COLOURS[a.kind];
}

/** The node's size in pixels at the default zoom. */
export function sizeOf(a: Styled): number {
  switch (a.kind) {
    case "Authority":
      // sqrt: area grows with population; Kent (1.6 M) is about 4 times Sevenoaks (120 k).
      return a.population ? Math.min(24, 4 + Math.sqrt(a.population) / 70) : 6;
    case "Partnership":
      return 4 + 1.5 * Math.sqrt(a.members ?? 1);
    case "Tier":
      return 10;
    case "Parish":
    case "UnparishedArea":
      return 3.5;
    default:
      return 5;
  }
}

/** Colours for what the view emphasises. */
export const HIGHLIGHT = { edge: "#c2410c", faded: "#e5e7eb" };
