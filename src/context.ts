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

/**
 * The driver our own resolvers use: `executeQuery` gets a transaction timeout (Neo4j stops the
 * query there) unless the caller set one. Everything else passes through.
 */
export function withTimeout(driver: Driver, timeoutMs: number): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === "executeQuery") {
        return (query: string, params?: Record<string, unknown>, config: QueryConfig = {}) =>
          target.executeQuery(query, params, {
            ...config,
            transactionConfig: { timeout: timeoutMs, metadata: TX_METADATA, ...config.transactionConfig },
          });
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
