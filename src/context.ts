/** The GraphQL context: what every resolver (generated or ours) receives. */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";

export interface Context extends Neo4jGraphQLContext {
  driver: Driver;
  database: string;
}

/** One context per request; the driver is shared, sessions are per request. */
export function createContext(driver: Driver, database: string): Context {
  return { driver, database, executionContext: driver, sessionConfig: { database } };
}
