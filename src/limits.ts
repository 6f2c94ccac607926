/**
 * Limits on what one GraphQL request may ask, checked before anything reaches Neo4j: tokens
 * while the document is parsed (graphql-js), depth, aliases (`__typename` included) and directives as
 * validation rules (graphql-armor), estimated cost once the operation and its variables are
 * known (graphql-query-complexity). Each breach is a 400 with `extensions.code`
 * QUERY_TOO_COMPLEX and `extensions.limit` naming the limit. A cost that cannot be estimated is
 * refused too, never let through.
 *
 * The request body size is limited by the HTTP layer (src/server.ts), the time a query may run
 * by a Neo4j transaction timeout (src/context.ts), and list sizes by `@limit` on every type.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  Kind,
  visit,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Limits } from "./config.js";
import type { Logger } from "./log.js";
import { ErrorCode } from "./errors.js";
import { FLOWS_LIMIT } from "./questions/funding.js";
import type { ListLimit } from "./questions/limit.js";
import { SEARCH_LIMIT } from "./questions/search.js";
import { OVERLAP_LIMIT } from "./questions/overlap.js";
import { CANDIDATES_LIMIT } from "./questions/subsumption.js";

/** What an unlimited generated list is assumed to return: the `@limit` default of every type. */
export const DEFAULT_LIST_SIZE = 100;
/** The `@limit` maximum of every type: a larger `limit`/`first` is cut to this by the library. */
export const MAX_LIST_SIZE = 2500;

/**
 * Our own questions with a `limit` argument: its default and maximum (owned by the question
 * module, which refuses a limit outside them), and which list it cuts — the field itself, or a
 * list inside the answer (`partnershipOverlap { pairs }`).
 */
export const LIMITED_LISTS: Readonly<Record<string, ListLimit & { readonly list?: string }>> = {
  "Query.subsumptionCandidates": CANDIDATES_LIMIT,
  "Query.partnershipOverlap": { ...OVERLAP_LIMIT, list: "PartnershipOverlap.pairs" },
  "Query.fundingFlows": { ...FLOWS_LIMIT, list: "FundingFlows.flows" },
  "Query.search": SEARCH_LIMIT,
};

/**
 * The most items each of our other lists can hold, from the Cypher that builds it or from the
 * data (figures of the seeded data in brackets; test/integration/limits.int.test.ts measures
 * the data and fails when it outgrows a bound). A list missing here counts as MAX_LIST_SIZE.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  // The bodies governing the place: itself, up to 3 levels up (WITHIN), a combined authority at
  // each of those 4, and for an area asked as a whole the authorities WITHIN it (at most 33: London).
  "Query.whoDelivers": 1 + 3 + 4 + 40,
  "Provision.deliveredBy": 5, // functional bodies DELIVERED_BY per service (2, one in force at a time)
  // by construction: 3 WITHIN, CONSTITUENT_OF, OF_TIER, RESPONSIBLE_FOR, then a DELIVERED_BY per body delivering it
  "Provision.path": 6 + 5,
  "Provision.sources": 12, // one source per step, and the Acts or instruments behind the dated steps' dates

  "AuthorityServices.groups": 6, // the kinds of basis (schema: 6; the data uses 4)
  "ServiceGroup.services": 1100, // services (1,015)
  "TierMatrix.tiers": 12, // tiers (9)
  "TierMatrix.rows": 1100, // services (1,015)
  "TierMatrixRow.cells": 12, // tiers (9)
  // Up to 3 levels up, a combined authority and a fire authority at each, and the partnerships
  // covering each level (at most 13 cover one authority).
  "PostcodeAnswer.bodies": 3 + 3 + 3 + 3 * 15,
  "PostcodeBody.path": 4, // by construction: 3 steps up, then CONSTITUENT_OF, FIRE_AND_RESCUE_BY or COVERS
  "PostcodeAnswer.sources": 64, // sources (53: the parish lists and the Acts behind dated responsibilities added 12)
  "Candidate.areaInside": 40, // a partnership's units, at district level (33)
  "Candidate.areaOutside": 40, // the same
  "Candidate.sharedMembers": 40, // a partnership's members (33)
  "Candidate.missingMembers": 40, // the same
  "OverlapPair.sharedMembers": 40, // a partnership's members (33)
  "Scenario.subsumed": 100, // partnerships (92)
  "Scenario.newMembersOfBroaderBody": 400, // bodies that are members of a partnership (360)
  "Scenario.budgetsPooled": 50, // funding flows to partnerships (38)
  "Scenario.servicesChangingGovernance": 1100, // services (1,015)
  "FundingSummary.byTierAndStream": 12 * 20, // tiers (9) × funding streams (16)
  "FundingSummary.twoTierSplits": 20, // funding streams (16; 1 with a two-tier rule)
  "FundingSummary.statedTotals": 10, // stated totals for one area (1)
  // changes(area, from, to), measured over every authority from 2000-01-01 to 2026-01-01 (in brackets)
  "Changes.bodies": 40, // the area, its predecessors and successors, and what lies within them (34: London's fire authority)
  "Changes.changes": 200, // (141: a fire authority's districts and their parishes)
  "Changes.sources": 32, // (16)
  "Change.before": 12, // predecessors of one authority, or codes merged into one (8: North Yorkshire)
  "Change.after": 12, // successors (2)
  "Change.services": 150, // services some tier is responsible for (144; one change: 125)
  "Change.sources": 8, // (4)
};

function limitError(limit: keyof Limits, max: number, found: number | undefined, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, ...(found === undefined ? {} : { found }), http: { status: 400 } },
  });
}

const VARIABLE = { maxDepth: "TIERGRAPH_MAX_DEPTH", maxAliases: "TIERGRAPH_MAX_ALIASES", maxDirectives: "TIERGRAPH_MAX_DIRECTIVES" } as const;

export function validationRules(limits: Limits): ValidationRule[] {
  const reject = (limit: keyof typeof VARIABLE, max: number, what: string) => (ctx: ValidationContext | null, err: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1]) || undefined;
    ctx?.reportError(limitError(limit, max, found, `The query is too ${what}: at most ${max} allowed (${limit}, ${VARIABLE[limit]})${found ? `, found ${found}` : ""}.`));
  };
  return [
    maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reject("maxDepth", limits.maxDepth, "deep")] }),
    // The library leaves aliases of `__typename` out by default (allowList); 5,000 of them are
    // as much work to answer as any other 5,000 fields, so every alias counts.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: [reject("maxAliases", limits.maxAliases, "wide (aliases)")] }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: [reject("maxDirectives", limits.maxDirectives, "decorated (directives)")] }),
  ] as ValidationRule[];
}

/**
 * The token limit, while parsing: Apollo hands `parseOptions` to graphql-js's parser, which
 * counts tokens and stops at the limit, so a document padded with thousands of fields is never
 * parsed in full. (graphql-armor's max-tokens does the same count in a plugin hook, but an error
 * thrown from Apollo 5's parsing hooks becomes a 500 "Internal server error", not a 400 that
 * names the limit.) The parser's error is then given our code and message (tokenLimitFormatter).
 */
export const parseOptions = (limits: Limits): ParseOptions => ({ maxTokens: limits.maxTokens });

/** graphql-js's words when it stops at `maxTokens` ("Document contains more that N tokens. Parsing aborted."). */
const TOKENS_EXCEEDED = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens/;

/** Wraps the error formatter so that the parser's token-limit error reads like the other limits. */
export function tokenLimitFormatter(limits: Limits, next: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== "GRAPHQL_PARSE_FAILED" || !TOKENS_EXCEEDED.test(formatted.message)) return next(formatted, error);
    const max = limits.maxTokens;
    return next(
      {
        message: `The query is too long: at most ${max} tokens allowed (maxTokens, TIERGRAPH_MAX_TOKENS); send fewer fields, aliases or arguments.`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "maxTokens", max },
      },
      error,
    );
  };
}

/** What `limit` is costed at: the value asked for within 1..max (a value outside is refused by the question), else the default. */
function limitAsked(value: unknown, bounds: ListLimit): number {
  const n = Number(value ?? bounds.default);
  return Number.isFinite(n) ? Math.min(Math.max(Math.ceil(n), 1), bounds.max) : bounds.default;
}

/**
 * Cost = 1 per field, plus the children's cost times the number of items a list field can return:
 * one for a `where` on a unique key, else its `limit`/`first` argument, else the `@limit` default. (The library's own estimators count an
 * unlimited list as one item, which lets `authorities { parishes { ... } }` through as cheap.)
 * Our own lists count at their `limit` (LIMITED_LISTS), else at their bound (LIST_BOUNDS).
 *
 * A list cut by its question's `limit` (`pairs` in partnershipOverlap) is met before the
 * question's field: the estimator visits children first. Its cost per item is kept in `pending`
 * and multiplied when the question's field, with its `limit`, is reached — right after its own
 * children, so what is pending is this question's. One estimator per estimate, for that state.
 */
const estimator = (generated: Set<string>): ComplexityEstimator => {
  const pending = new Map<string, number>();
  const cutBy = new Map(Object.values(LIMITED_LISTS).flatMap((l) => (l.list ? [[l.list, l] as const] : [])));
  return ({ type: parent, field, args, childComplexity }) => {
    // A connection's `edges` hold as many items as the connection's `first`, counted there.
    if (field.name === "edges" && parent.name.endsWith("Connection")) return 1 + childComplexity;
    const key = `${parent.name}.${field.name}`;
    if (cutBy.has(key)) {
      pending.set(key, (pending.get(key) ?? 0) + childComplexity);
      return 1 + childComplexity; // one item; the rest when the question's field is reached
    }
    const limited = LIMITED_LISTS[key];
    if (limited) {
      const size = limitAsked(args.limit, limited);
      if (!limited.list) return 1 + childComplexity * size;
      const perItem = pending.get(limited.list) ?? 0;
      pending.delete(limited.list);
      return 1 + childComplexity + perItem * (size - 1);
    }
    const type = getNullableType(field.type);
    const named = getNamedType(type);
    const asked = Number(args.limit ?? args.first);
    const sizes = [byKey(args.where), Number.isFinite(asked) && asked > 0 ? Math.min(asked, MAX_LIST_SIZE) : undefined].filter((n) => n !== undefined);
    const size = sizes.length ? Math.min(...sizes) : undefined;
    if (isListType(type)) return 1 + childComplexity * (size ?? (named && generated.has(named.name) ? DEFAULT_LIST_SIZE : (LIST_BOUNDS[key] ?? MAX_LIST_SIZE)));
    if (isObjectType(named) && named.name.endsWith("Connection") && "edges" in named.getFields()) {
      return 1 + childComplexity * (size ?? DEFAULT_LIST_SIZE);
    }
    return 1 + childComplexity;
  };
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

/**
 * Selections the estimate walks at most, fragments expanded at each use (graphql-query-complexity's
 * default, made explicit): our own clients' queries walk well under 100; a document whose
 * fragments fan out to more (each use of a fragment is walked again) is refused, not estimated.
 */
export const MAX_QUERY_NODES = 10_000;

/** The estimated cost of an operation (see the estimator above); throws a GraphQLError on bad variables or too many selections. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  let generated = NODE_TYPES.get(schema);
  if (!generated) NODE_TYPES.set(schema, (generated = nodeTypes(schema)));
  return getComplexity({ schema, query, variables, operationName, estimators: [estimator(generated)], maxQueryNodes: MAX_QUERY_NODES });
}
const NODE_TYPES = new WeakMap<GraphQLSchema, Set<string>>();

/** The arguments the estimator reads (above): a variable anywhere else cannot change the cost. */
const COST_ARGUMENTS = new Set(["limit", "first", "where"]);

/**
 * The variables a document's cost can depend on: those used in a `limit`, `first` or `where`
 * argument (at any depth inside it) or in a directive (`@include(if: $x)`, `@skip`).
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      // graphql-js's ancestors stop before the parent: the chain is both, root first, lists left out.
      const nodes = [...ancestors, parent].filter((a): a is ASTNode => !!a && !Array.isArray(a));
      if (nodes.some((a) => a.kind === Kind.VARIABLE_DEFINITION)) return; // its declaration, not a use
      const inCostArgument = nodes.some((a, i) => a.kind === Kind.ARGUMENT && COST_ARGUMENTS.has(a.name.value) && nodes[i - 1]?.kind === Kind.FIELD);
      if (inCostArgument || nodes.some((a) => a.kind === Kind.DIRECTIVE)) names.add(node.name.value);
    },
  });
  return [...names].sort();
}

/**
 * queryCost, remembered per document (Apollo hands the same parsed document for the same query
 * text) and per value of the variables the cost can depend on: a question asked with other
 * places and services is not estimated again. The estimate walked the whole document on every
 * request: 6% of the server's CPU under a whoDelivers load (issue #18, item 2). Errors are not
 * remembered (a refused query is refused again, the same way).
 */
export function cachedQueryCost(schema: GraphQLSchema, maxPerDocument = 256) {
  const byDocument = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  return (document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number => {
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
    // Absent and null differ: an absent variable takes its default value.
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((v) => (v in variables ? [variables[v]] : []))]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = queryCost(schema, document, variables, operationName);
    if (entry.costs.size >= maxPerDocument) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };
}

export function costLimitPlugin(schema: GraphQLSchema, limits: Limits, log?: Logger): ApolloServerPlugin {
  const estimate = cachedQueryCost(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return; // no operation by that name: Apollo answers that itself
          if (operation.operation === "subscription" && !schema.getSubscriptionType()) {
            throw new GraphQLError("This API has no subscriptions: send a query.", { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          // Bad variables are the client's to fix: the same message graphql-js would give, before any estimate.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (coerced.errors?.[0]) {
            throw new GraphQLError(coerced.errors[0].message, { nodes: coerced.errors[0].nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          let cost: number;
          try {
            cost = estimate(document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (err) {
            // No estimate, no answer: a query whose cost is unknown could cost anything.
            const why = err instanceof GraphQLError ? err.message : "the estimator failed";
            if (!(err instanceof GraphQLError)) log?.error(`cost estimate failed: ${(err as Error).stack ?? String(err)}`);
            throw limitError("maxCost", limits.maxCost, undefined, `The query's cost could not be estimated (${why}), so it is refused (maxCost, TIERGRAPH_MAX_COST): ask for fewer fields or fragments.`);
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
