/** The GraphQL context: what every resolver (generated or ours) receives. */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver, QueryConfig } from "neo4j-driver";

export interface Context extends Neo4jGraphQLContext {
  /** The shared driver, wrapped so that every `executeQuery` carries the transaction timeout. */
  driver: Driver;
  database: string;
}

/** Marks tiergraph's transactions in `SHOW TRANSACTIONS`, so an operator can tell them apart. */
export const TX_METADATA = { app: "tiergraph-graphql" };

const rewritten = new Map<string, string>();

/**
 * The same query with its parameters passed as one map, `$name` read as `$q.name`.
 *
 * Why: Neo4j caches a plan per query text *and* per parameter types, and a string's length
 * bucket is part of its type (1; 2–10; 11–100; ... characters). So whoDelivers was planned again
 * for each new mix of lengths — service "1", "524" or "TG-PARISH-PUBLIC-CLOCKS"; place "E04004989"
 * or "Boughton Monchelsea" — 2–3 s each on a warm Neo4j here, 15 s on a cold one, and the start-up
 * warm-up covered only the lengths it happened to ask with (measured: the first question after
 * "Ready" took 6–10 s; issue #14's soak). A map parameter has one type, so one plan serves them all.
 * Parameters appear in our Cypher only as `$name` (never inside string literals).
 */
export function oneParameterMap(query: string, params: Record<string, unknown>): { query: string; params: Record<string, unknown> } {
  let q = rewritten.get(query);
  if (q === undefined) {
    q = query.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$q.${name}`);
    rewritten.set(query, q);
  }
  return { query: q, params: { q: params } };
}

/**
 * The driver our own resolvers use: `executeQuery` gets a transaction timeout (Neo4j stops the
 * query there) unless the caller set one, and its parameters go as one map (oneParameterMap).
 * Everything else passes through (@neo4j/graphql's generated reads use sessions, not this).
 */
export function withTimeout(driver: Driver, timeoutMs: number): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "executeQuery") {
        return (query: string, params?: Record<string, unknown>, config: QueryConfig = {}) => {
          const one = params && Object.keys(params).length ? oneParameterMap(query, params) : { query, params };
          return target.executeQuery(one.query, one.params, {
            ...config,
            transactionConfig: { timeout: timeoutMs, metadata: TX_METADATA, ...config.transactionConfig },
          });
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * One context per request; the driver is shared, sessions are per request. `token` is the
 * Authorization header as sent; @neo4j/graphql verifies it (src/schema/build.ts).
 */
export function createContext(driver: Driver, database: string, o: { token?: string; timeoutMs: number }): Context {
  return {
    driver,
    database,
    executionContext: driver,
    sessionConfig: { database },
    transaction: { timeout: o.timeoutMs, metadata: TX_METADATA },
    ...(o.token ? { token: o.token } : {}),
  };
}
