/**
 * Limits on what one GraphQL request may ask, checked before anything reaches Neo4j:
 * depth and aliases as validation rules (graphql-armor), estimated cost once the operation and
 * its variables are known (graphql-query-complexity). Each breach is a 400 with
 * `extensions.code` QUERY_TOO_COMPLEX and `extensions.limit` naming the limit.
 *
 * The request body size is limited by the HTTP layer (src/server.ts), the time a query may run
 * by a Neo4j transaction timeout (src/context.ts), and list sizes by `@limit` on every type.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Limits } from "./config.js";
import { ErrorCode } from "./errors.js";

/** What an unlimited generated list is assumed to return: the `@limit` default of every type. */
export const DEFAULT_LIST_SIZE = 100;
/** The `@limit` maximum of every type: a larger `limit`/`first` is cut to this by the library. */
export const MAX_LIST_SIZE = 2500;
/** Our own list-returning questions (whoDelivers, fundingFlows...) are bounded by the data. */
const CUSTOM_LIST_SIZE = 10;

function limitError(limit: keyof Limits, max: number, found: number | undefined, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }), http: { status: 400 } },
  });
}

export function validationRules(limits: Limits): ValidationRule[] {
  const reject = (limit: "maxDepth" | "maxAliases", max: number, what: string) => (ctx: ValidationContext | null, err: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1]) || undefined;
    ctx?.reportError(limitError(limit, max, found, `The query is too ${what}: at most ${max} allowed (${limit}, TIERGRAPH_${limit === "maxDepth" ? "MAX_DEPTH" : "MAX_ALIASES"})${found ? `, found ${found}` : ""}.`));
  };
  return [
    maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reject("maxDepth", limits.maxDepth, "deep")] }),
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reject("maxAliases", limits.maxAliases, "wide (aliases)")] }),
  ] as ValidationRule[];
}

/**
 * Cost = 1 per field, plus the children's cost times the number of items a list field can return:
 * one for a `where` on a unique key, else its `limit`/`first` argument, else the `@limit` default. (The library's own estimators count an
 * unlimited list as one item, which lets `authorities { parishes { ... } }` through as cheap.)
 */
const estimator =
  (generated: Set<string>): ComplexityEstimator =>
  ({ type: parent, field, args, childComplexity }) => {
    // A connection's `edges` hold as many items as the connection's `first`, counted there.
    if (field.name === "edges" && parent.name.endsWith("Connection")) return 1 + childComplexity;
    const type = getNullableType(field.type);
    const named = getNamedType(type);
    const asked = Number(args.limit ?? args.first);
    const sizes = [byKey(args.where), Number.isFinite(asked) && asked > 0 ? Math.min(asked, MAX_LIST_SIZE) : undefined].filter((n) => n !== undefined);
    const size = sizes.length ? Math.min(...sizes) : undefined;
    if (isListType(type)) return 1 + childComplexity * (size ?? (named && generated.has(named.name) ? DEFAULT_LIST_SIZE : CUSTOM_LIST_SIZE));
    if (isObjectType(named) && named.name.endsWith("Connection") && "edges" in named.getFields()) {
      return 1 + childComplexity * (size ?? DEFAULT_LIST_SIZE);
    }
    return 1 + childComplexity;
  };

/** The properties every `@node` type is keyed on (uniqueness constraints, src/seed/write.ts). */
const UNIQUE_KEYS = new Set(["code", "id"]);

/** `where: { code: { eq: X } }` (or `id`; or `in: [...]`) matches at most that many: the keys are unique. */
function byKey(where: unknown): number | undefined {
  if (!where || typeof where !== "object") return undefined;
  const cond = Object.entries(where as Record<string, unknown>).find(([k]) => UNIQUE_KEYS.has(k))?.[1] as { eq?: unknown; in?: unknown } | undefined;
  if (!cond || typeof cond !== "object") return undefined;
  if (cond.eq !== undefined && cond.eq !== null) return 1;
  if (Array.isArray(cond.in)) return cond.in.length;
  return undefined;
}

/** Types @neo4j/graphql generates queries for (the `@node` types): their lists obey `@limit`. */
function nodeTypes(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  const query = schema.getQueryType()?.getFields() ?? {};
  for (const f of Object.values(query) as GraphQLField<unknown, unknown>[]) {
    if (f.name.endsWith("Connection") && isListType(getNullableType(f.type)) === false && f.args.some((a) => a.name === "after")) {
      const edges = (getNamedType(f.type) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }).getFields?.().edges;
      const node = edges && (getNamedType(edges.type) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }).getFields?.().node;
      if (node) names.add(getNamedType(node.type).name);
    }
  }
  return names;
}

/** The estimated cost of an operation (see the estimator above); throws a GraphQLError on bad variables. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  let estimators = ESTIMATORS.get(schema);
  if (!estimators) ESTIMATORS.set(schema, (estimators = [estimator(nodeTypes(schema))]));
  return getComplexity({ schema, query, variables, operationName, estimators });
}
const ESTIMATORS = new WeakMap<GraphQLSchema, ComplexityEstimator[]>();

export function costLimitPlugin(schema: GraphQLSchema, limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return; // no operation by that name: Apollo answers that itself
          if (operation.operation === "subscription" && !schema.getSubscriptionType()) {
            throw new GraphQLError("This API has no subscriptions: send a query.", { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (err) {
            // Bad variables: leave the message to graphql-js's own checks, which run next.
            if (err instanceof GraphQLError) return;
            throw err;
          }
          if (cost > limits.maxCost) {
            throw limitError(
              "maxCost",
              limits.maxCost,
              cost,
              `The query would cost about ${cost}, over the limit of ${limits.maxCost} (maxCost, TIERGRAPH_MAX_COST): ask for fewer items (limit/first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
