/** zod schemas of the curated YAML files in seeds/curated (see seeds/curated/README.md). */
import { z } from "zod";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as yyyy-mm-dd");
/** YAML reads 2011-07-08 as a Date; accept both and keep the ISO day. */
export const dateValue = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);
const str = z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().min(1));

export const TIER_CODES = ["COUNTY", "DISTRICT", "PARISH", "UNITARY", "METROPOLITAN_DISTRICT", "LONDON_BOROUGH", "CITY_OF_LONDON", "GLA", "COMBINED_AUTHORITY"] as const;
export const BASES = ["STATUTORY_DUTY", "CONCURRENT_POWER", "STRATEGIC_AUTHORITY", "DELEGATED", "SHARED_SERVICE", "COMMISSIONED"] as const;

export const citeSchema = z
  .object({ source: str, para: str.nullish(), quote: z.string().min(1).nullish() })
  .strict();
export const citesSchema = z.array(citeSchema).min(1, "needs at least one citation");

export const sourceSchema = z
  .object({
    id: str,
    kind: z.enum(["paper", "legislation", "guidance", "dataset"]),
    title: z.string().min(1),
    publisher: z.string().nullish(),
    file: z.string().nullish(),
    date: dateValue.nullish(),
    dateNote: z.string().nullish(),
    vintage: z.string().nullish(),
    licence: z.string().nullish(),
    attribution: z.string().nullish(),
    url: z.string().url().nullish(),
  })
  .strict();

export const sourcesFile = z.object({ sources: z.array(sourceSchema) }).passthrough();

export const tiersFile = z
  .object({
    sources: z.array(sourceSchema).default([]),
    tiers: z.array(
      z.object({ code: z.enum(TIER_CODES), name: z.string(), description: z.string(), registerTypes: z.array(z.string()), cite: citesSchema }).strict(),
    ),
    providingTiers: z.array(
      z.object({ value: z.string(), tiers: z.array(z.enum(TIER_CODES)).min(1), basis: z.enum(BASES), cite: citesSchema }).strict(),
    ),
  })
  .strict();

export const organisationsFile = z
  .object({
    organisations: z.array(
      z
        .object({
          id: z.string().regex(/^org:[a-z0-9-]+$/, "must look like org:kebab-case"), name: z.string(), kind: z.string(),
          validFrom: dateValue.nullish(), validTo: dateValue.nullish(), cite: citesSchema, note: z.string().nullish(),
        })
        .strict(),
    ),
  })
  .strict();

/** A first or last day in force, with the Act or instrument (and section) that fixes it. */
export const boundSchema = z.object({ date: dateValue, source: str, para: str }).strict();

/** A body delivering a function, with the dates it did so where the law changed. */
export const deliverySchema = z
  .object({ body: z.string().regex(/^org:[a-z0-9-]+$/), validFrom: boundSchema.nullish(), validTo: boundSchema.nullish(), cite: citesSchema })
  .strict();

const bodyId = z.string().regex(/^(E\d{8}|org:[a-z0-9-]+|partnership:[a-z0-9-]+)$/, "must be a GSS code, org:... or partnership:...");

export const partnershipsFile = z
  .object({
    partnerships: z.array(
      z
        .object({
          id: z.string().regex(/^partnership:[a-z0-9-]+$/, "must look like partnership:kebab-case"),
          name: z.string(),
          kind: z.string().regex(/^[a-z0-9-]+$/),
          statutory: z.boolean(),
          legalBasis: z.array(z.string()),
          status: z.enum(["proposed", "planned", "pilot", "active", "replaced", "ended"]),
          validFrom: dateValue.nullish(),
          validTo: dateValue.nullish(),
          replacedBy: bodyId.nullish(),
          parent: bodyId.nullish(),
          area: z.array(z.string().regex(/^E\d{8}$/, "must be a GSS code")),
          themes: z.array(z.string()),
          services: z.array(str),
          members: z.array(z.object({ body: bodyId, role: z.enum(["chair", "member", "adviser", "signatory", "lead"]), cite: citesSchema }).strict()),
          cite: citesSchema,
          note: z.string().nullish(),
        })
        .strict(),
    ),
  })
  .strict();

export const fundingFile = z
  .object({
    streams: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          name: z.string(),
          description: z.string().nullish(),
          twoTierSplit: z.object({ lowerTier: z.number().min(0).max(1), upperTier: z.number().min(0).max(1) }).strict().refine((v) => Math.abs(v.lowerTier + v.upperTier - 1) < 1e-9, "lowerTier + upperTier must be 1").nullish(),
          cite: citesSchema,
        })
        .strict(),
    ),
    flows: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          stream: z.string(),
          from: bodyId.nullish(),
          to: bodyId,
          amount: z.number().nonnegative().nullish(),
          currency: z.literal("GBP"),
          year: z.string().regex(/^\d{4}-\d{2}$/, "must be a financial year such as 2011-12").nullish(),
          kind: z.enum(["total", "allocation", "pooled", "devolved", "proposed"]),
          description: z.string().nullish(),
          cite: citesSchema,
        })
        .strict(),
    ),
  })
  .strict();

export const functionsFile = z
  .object({
    functions: z.array(
      z
        .object({
          code: str,
          name: z.string(),
          tiers: z.array(z.enum(TIER_CODES)).min(1),
          basis: z.enum(BASES),
          deliveredBy: z.array(deliverySchema).min(1).nullish(),
          validFrom: boundSchema.nullish(),
          validTo: boundSchema.nullish(),
          /** ESTABLISHMENT: each authority of the tier holds it from the order that establishes it (dated by its OF_TIER). */
          heldFrom: z.enum(["ESTABLISHMENT"]).nullish(),
          cite: citesSchema,
          note: z.string().nullish(),
        })
        .strict(),
    ),
  })
  .strict();
