/**
 * Source nodes: the datasets (seeds/datasets/sources.yaml), and the papers and legislation
 * (seeds/curated/sources.yaml, plus `sources:` blocks of other curated files).
 */
import { join } from "node:path";
import type { z } from "zod";
import type { LoadContext } from "../context.js";
import { readYaml } from "../yaml.js";
import { sourcesFile, type sourceSchema } from "./schemas.js";

export function addSources(ctx: LoadContext, file: string, sources: z.infer<typeof sourceSchema>[], lineOf: (p: (string | number)[]) => number | undefined) {
  sources.forEach((s, i) => {
    const at = { file, line: lineOf(["sources", i]) };
    const props = {
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      vintage: s.vintage ?? s.date ?? s.dateNote ?? null,
      licence: s.licence ?? (s.kind === "legislation" ? "Open Government Licence v3.0 (legislation.gov.uk)" : null),
      attribution: s.attribution ?? null,
      url: s.url ?? null,
      file: s.kind === "paper" && s.file ? `seeds/papers/${s.file}` : (s.file ?? null),
    };
    const existing = ctx.plan.get("Source", s.id);
    if (!existing) ctx.plan.addNode("Source", props, [], at);
    else if (existing.title !== props.title) ctx.plan.error(at, `source ${s.id} is defined twice with different titles`);
  });
}

export function loadSources(ctx: LoadContext): void {
  for (const file of [join(ctx.seeds, "datasets", "sources.yaml"), join(ctx.seeds, "curated", "sources.yaml")]) {
    const { data, lineOf } = readYaml(file, sourcesFile);
    addSources(ctx, file, data.sources, lineOf);
  }
}
