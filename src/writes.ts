/**
 * Deletes must say what they delete: a generated `delete*` mutation without a `where`, or with
 * one that filters nothing (`where: {}`, `where: { AND: [] }`), is refused before anything runs,
 * with BAD_USER_INPUT naming the argument. The rest of the write rules (who may write which note)
 * are `@authorization` rules in schema/editing.graphql.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { ErrorCode } from "./errors.js";

/** True when a filter matches everything: nothing in it but empty objects, lists and nulls. */
export function isEmptyFilter(where: unknown): boolean {
  if (where === null || where === undefined) return true;
  if (Array.isArray(where)) return where.every(isEmptyFilter);
  if (typeof where === "object") return Object.values(where).every(isEmptyFilter);
  return false;
}

/** The operation's top-level fields, through fragments (`...on Mutation { deleteNotes }`). */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION ? rootFields(fragment.selectionSet, document, seen) : [];
  });
}

/** The name (or alias) of the first unfiltered delete in a mutation, if any. */
export function unfilteredDelete(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): FieldNode | undefined {
  const mutation = schema.getMutationType();
  if (operation.operation !== "mutation" || !mutation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return undefined; // graphql-js reports bad variables itself, and nothing runs
  const fields = mutation.getFields();
  return rootFields(operation.selectionSet, document).find((node) => {
    const def = fields[node.name.value];
    if (!def || !/^delete[A-Z]/.test(def.name) || !def.args.some((a) => a.name === "where")) return false;
    // Arguments are already validated; coercing them here gives what the resolver would see.
    return isEmptyFilter(getArgumentValues(def, node, coerced.coerced).where);
  });
}

export function unfilteredDeletePlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const field = unfilteredDelete(schema, document, operation, request.variables ?? {});
          if (!field) return;
          const name = field.name.value;
          throw new GraphQLError(
            `${name} needs a filter: its \`where\` argument is missing or empty, which would delete every one. Name what to delete, e.g. ${name}(where: { id: { eq: "..." } }).`,
            { nodes: [field], extensions: { code: ErrorCode.BAD_USER_INPUT, argument: "where", http: { status: 400 } } },
          );
        },
      };
    },
  };
}
