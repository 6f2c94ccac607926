/**
 * The explorer's copy of the model (explorer/src/relations.ts) against the SDL in schema/:
 * GraphQL introspection shows neither the relationship types nor (in production) anything at
 * all, so the explorer lists them itself, and this keeps the list true.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Kind as AstKind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { describe, expect, it } from "vitest";
import { CITED_KINDS, LOOKUP, MEMBER_KINDS, RELATIONS, SCALARS, type Kind } from "../../explorer/src/relations.js";

const files = readdirSync("schema").filter((f) => f.endsWith(".graphql"));
const doc = parse(files.map((f) => readFileSync(`schema/${f}`, "utf8")).join("\n"));
const types = new Map<string, ObjectTypeDefinitionNode>();
const composite = new Set<string>();
for (const d of doc.definitions) {
  if (d.kind === AstKind.OBJECT_TYPE_DEFINITION) types.set(d.name.value, d), composite.add(d.name.value);
  if (d.kind === AstKind.UNION_TYPE_DEFINITION || d.kind === AstKind.INTERFACE_TYPE_DEFINITION) composite.add(d.name.value);
}
const named = (t: TypeNode): string => (t.kind === AstKind.NAMED_TYPE ? t.name.value : named(t.type));
const arg = (f: FieldDefinitionNode, directive: string, name: string): string | undefined => {
  const v = f.directives?.find((d) => d.name.value === directive)?.arguments?.find((a) => a.name.value === name)?.value;
  return v && "value" in v ? String(v.value) : undefined;
};
const kinds = Object.keys(LOOKUP) as Kind[];
const drawn = (target: string) => target in LOOKUP || target === "Member";

describe("the explorer's model", () => {
  it.each(kinds)("%s: every relationship to a kind the explorer draws, with its type, direction and properties", (kind) => {
    const fields = types.get(kind)?.fields ?? [];
    const fromSdl = fields
      .filter((f) => f.directives?.some((d) => d.name.value === "relationship") && drawn(named(f.type)))
      .map((f) => ({
        field: f.name.value,
        type: arg(f, "relationship", "type"),
        direction: arg(f, "relationship", "direction"),
        target: named(f.type),
        props: arg(f, "relationship", "properties") ?? null,
      }));
    expect(fromSdl.length).toBeGreaterThan(0);
    const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);
    expect([...RELATIONS[kind]].sort(byField)).toEqual(fromSdl.sort(byField));
  });

  it.each(kinds)("%s: every scalar property, for the node panel, and whether its sources are cited", (kind) => {
    const fields = types.get(kind)?.fields ?? [];
    const scalars = fields.filter((f) => !composite.has(named(f.type)) && !f.directives?.some((d) => d.name.value === "relationship")).map((f) => f.name.value);
    expect(SCALARS[kind]).toEqual(scalars);
    expect(CITED_KINDS.includes(kind)).toBe(fields.some((f) => f.name.value === "sources" && arg(f, "relationship", "type") === "SOURCED_FROM"));
  });

  it("knows the members a partnership can have", () => {
    const member = doc.definitions.find((d) => d.kind === AstKind.UNION_TYPE_DEFINITION && d.name.value === "Member");
    expect(member && "types" in member ? member.types?.map((t) => t.name.value) : []).toEqual(MEMBER_KINDS);
  });
});
