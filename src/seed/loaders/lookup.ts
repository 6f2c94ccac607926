/**
 * Look-up keys and search text (issue #16): every node a question's argument can name gets
 * `lookupKeys` — each of its names and codes as `keyOf` writes them, for exact matches — and
 * `searchText`, the words `search` and the questions' suggestions match against (names, ESD
 * labels and descriptions, GOV.UK descriptions, everyday synonyms), and `searchCodes` (its codes,
 * so that a mistyped code finds the nearest). Both are indexed by
 * full-text indexes (seed/write.ts); questions/resolve.ts queries them.
 *
 * Everyday words for services come from seeds/curated/synonyms.yaml, each citing the record
 * that justifies it.
 */
import { join } from "node:path";
import { z } from "zod";
import { keyOf, LOOKUP_LABELS } from "../../model.js";
import type { LoadContext } from "../context.js";
import type { Props } from "../plan.js";
import { readYaml } from "../yaml.js";
import { citesSchema } from "./schemas.js";
import { toCites } from "./tiers.js";

const synonymsFile = z
  .object({
    synonyms: z.array(
      z.object({
        service: z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().min(1)),
        words: z.array(z.string().min(1)).min(1),
        note: z.string().nullish(),
        cite: citesSchema,
      }).strict(),
    ),
  })
  .strict();

export function loadSynonyms(ctx: LoadContext): void {
  const file = join(ctx.seeds, "curated", "synonyms.yaml");
  const { data, lineOf } = readYaml(file, synonymsFile);
  const seen = new Map<string, string>();
  data.synonyms.forEach((s, i) => {
    const at = { file, line: lineOf(["synonyms", i]) };
    const service = ctx.plan.get("Service", s.service);
    if (!service) return ctx.plan.error({ ...at, column: "service" }, `LGSL ${s.service} is not a service`);
    for (const w of s.words) {
      const k = keyOf(w);
      if (seen.has(k) && seen.get(k) !== s.service) ctx.plan.error({ ...at, column: "words" }, `"${w}" already means LGSL ${seen.get(k)}`);
      seen.set(k, s.service);
    }
    const words = [...((service.synonyms as string[] | undefined) ?? []), ...s.words];
    ctx.plan.extendNode("Service", s.service, { synonyms: words }, toCites(s.cite), at);
  });
}

const strings = (...values: unknown[]): string[] =>
  values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === "string" && v.trim() !== "");

/** The names and codes a node answers to (exact look-up), and the text it is searched by. */
function lookupOf(label: string, p: Props): { keys: string[]; text: string; codes: string } {
  const key = strings(p.code, p.id, p.otherCodes, p.registryCode);
  let names: string[];
  let more: string[] = [];
  switch (label) {
    case "Authority":
      names = strings(p.name, p.officialName, p.aliases);
      break;
    case "Parish":
      names = strings(p.name, p.formerNames);
      break;
    case "Service":
      names = strings(p.name, p.esdLabel, p.govukDescription, p.synonyms);
      more = strings(p.esdDescription);
      break;
    default:
      names = strings(p.name);
  }
  const keys = [...new Set([...key, ...names].map(keyOf))];
  return { keys, text: [...new Set([...names, ...more])].join(" \n "), codes: key.join(" ") };
}

/** Adds `lookupKeys` and `searchText` to every node of the look-up labels (after every loader). */
export function indexLookups(ctx: LoadContext): void {
  for (const label of LOOKUP_LABELS) {
    for (const node of ctx.plan.nodes.get(label)?.values() ?? []) {
      const { keys, text, codes } = lookupOf(label, node.props);
      node.props.lookupKeys = keys;
      node.props.searchText = text;
      node.props.searchCodes = codes;
      // The same words in one property, for the unstemmed index (an index needs its own properties).
      node.props.searchWords = `${String(node.props.name ?? "")} \n ${text}`;
    }
  }
}
