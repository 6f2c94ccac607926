/** Rules every type in schema/ must keep, so a new type cannot slip past the limits or the editors' rule. */
import { Kind, parse, type EnumTypeDefinitionNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_SIZE, MAX_LIST_SIZE } from "../../src/limits.js";
import { BASES } from "../../src/seed/loaders/schemas.js";
import { loadTypeDefs } from "../../src/schema/typeDefs.js";

const document = parse(loadTypeDefs());
const objects = document.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION as never);
const nodes = document.definitions.filter(
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

  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  const isList = (t: TypeNode): boolean => t.kind === Kind.LIST_TYPE || (t.kind === Kind.NON_NULL_TYPE && isList(t.type));
  const fields = objects.flatMap((t) => (t.fields ?? []).map((f) => ({ type: t.name.value, f })));
  const args = fields.flatMap(({ type, f }) => (f.arguments ?? []).map((a) => ({ where: `${type}.${f.name.value}(${a.name.value})`, a })));

  it("every date, in and out, is the strict Date scalar: no field or argument named like a date is a String", () => {
    const datey = /^(on|validFrom|validTo|date)$/;
    const strings = [
      ...fields.filter(({ f }) => datey.test(f.name.value) && named(f.type) !== "Date").map(({ type, f }) => `${type}.${f.name.value}`),
      ...args.filter(({ a }) => datey.test(a.name.value) && named(a.type) !== "Date").map(({ where }) => where),
    ];
    expect(strings).toEqual([]);
    expect(args.filter(({ a }) => a.name.value === "on").length).toBeGreaterThanOrEqual(5);
  });

  it("fixed vocabularies are enums; the Basis enum is the importer's list of bases", () => {
    const enums = new Map(document.definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION).map((e) => [e.name.value, (e.values ?? []).map((v) => v.name.value)]));
    expect(enums.get("Basis")).toEqual([...BASES]);
    expect(enums.get("Validity")).toEqual(["DATED", "UNDATED"]);
    const want: Record<string, string> = { validity: "Validity", recommendation: "Recommendation", relationship: "PostcodeRelationship", match: "SearchMatch" };
    const off = fields
      .filter(({ type, f }) => (f.name.value in want && !(type === "PathStep" && f.name.value === "relationship")) || (f.name.value === "basis" && !["PathStep", "Succession", "Responsibility"].includes(type)))
      .filter(({ f }) => named(f.type) !== (want[f.name.value] ?? "Basis"))
      .map(({ type, f }) => `${type}.${f.name.value}: ${named(f.type)}`);
    expect(off).toEqual([]);
  });

  it("`code` holds GSS, LGSL or tier codes only, so a type that can be a partnership or organisation has an `id` and a nullable `code`", () => {
    for (const ref of ["BodyRef", "NodeRef", "SearchHit"]) {
      const f = objects.find((t) => t.name.value === ref)?.fields ?? [];
      const field = (n: string): FieldDefinitionNode | undefined => f.find((x) => x.name.value === n);
      expect(field("id")?.type.kind, ref).toBe(Kind.NON_NULL_TYPE);
      expect(field("code")?.type.kind, ref).toBe(Kind.NAMED_TYPE);
    }
  });

  it("every relationship field is a list and has a plural name (or a preposition: within, memberOf...)", () => {
    const singular = fields
      .filter(({ f }) => f.directives?.some((d) => d.name.value === "relationship"))
      .filter(({ f }) => isList(f.type))
      // Collective or prepositional names that are not plural in form but name many.
      .filter(({ f }) => !/s$|^(within|memberOf|replacedBy|replaced|deliveredBy|children|fundingReceived|fundingPaid|about)$/.test(f.name.value))
      .map(({ type, f }) => `${type}.${f.name.value}`);
    expect(singular).toEqual([]);
  });
});
