/** Rules every type in schema/ must keep, so a new type cannot slip past the limits or the editors' rule. */
import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_SIZE, MAX_LIST_SIZE } from "../../src/limits.js";
import { loadTypeDefs } from "../../src/schema/typeDefs.js";

const nodes = parse(loadTypeDefs()).definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && !!d.directives?.some((x) => x.name.value === "node"),
);
const directive = (t: ObjectTypeDefinitionNode, name: string) => t.directives?.find((d) => d.name.value === name);

describe("schema rules", () => {
  it("every @node type has @limit(default: 100, max: 2500), which the cost estimate assumes", () => {
    expect(nodes.length).toBeGreaterThan(5);
    for (const t of nodes) {
      const args = Object.fromEntries((directive(t, "limit")?.arguments ?? []).map((a) => [a.name.value, a.value.kind === Kind.INT ? Number(a.value.value) : undefined]));
      expect(args, t.name.value).toEqual({ default: DEFAULT_LIST_SIZE, max: MAX_LIST_SIZE });
    }
  });

  it("only Note has generated mutations, and it requires the editor role for every write", () => {
    const writable = nodes.filter((t) => !directive(t, "mutation")?.arguments?.some((a) => a.name.value === "operations" && a.value.kind === Kind.LIST && a.value.values.length === 0));
    expect(writable.map((t) => t.name.value)).toEqual(["Note"]);
    const rule = JSON.stringify(directive(writable[0]!, "authorization"));
    for (const op of ["CREATE", "UPDATE", "DELETE", "CREATE_RELATIONSHIP", "DELETE_RELATIONSHIP"]) expect(rule).toContain(`"value":"${op}"`);
    expect(rule).toContain('"value":"editor"');
  });
});
