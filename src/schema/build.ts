/**
 * Builds the executable schema: @neo4j/graphql 7 over schema/*.graphql plus our resolvers.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { resolvers } from "../resolvers.js";
import { loadTypeDefs } from "./typeDefs.js";

// @neo4j/graphql reads a `Date` argument in the process's local time zone, so "2024-05-01"
// becomes 2024-04-30 west of Greenwich. Dates in tiergraph are calendar days: pin UTC.
process.env.TZ = "UTC";

export function createNeoSchema(driver?: Driver): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers,
    driver,
    features: {
      // Only the current filter syntax (where: { code: { eq: "E07000111" } }); the
      // deprecated code_EQ-style fields would double the API and the generated types.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
}
