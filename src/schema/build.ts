/**
 * Builds the executable schema: @neo4j/graphql 7 over schema/*.graphql plus our resolvers.
 */
import { randomBytes } from "node:crypto";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { SecurityConfig } from "../config.js";
import { resolvers } from "../resolvers.js";
import { loadTypeDefs } from "./typeDefs.js";

// @neo4j/graphql reads a `Date` argument in the process's local time zone, so "2024-05-01"
// becomes 2024-04-30 west of Greenwich. Dates in tiergraph are calendar days: pin UTC.
process.env.TZ = "UTC";

/**
 * `jwt`: how editors' tokens are verified. Without it the schema is the same, but no token
 * verifies, so every write answers UNAUTHENTICATED.
 */
export function createNeoSchema(driver?: Driver, jwt?: SecurityConfig["jwt"]): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers,
    driver,
    features: {
      authorization: {
        // With no key configured, a random one nobody holds: tokens never verify.
        key: jwt && "jwksUrl" in jwt ? { url: jwt.jwksUrl } : (jwt?.secret ?? randomBytes(48).toString("base64")),
        verifyOptions: { algorithms: jwt && "jwksUrl" in jwt ? ["RS256", "ES256", "PS256", "EdDSA"] : ["HS256"] },
      },
      populatedBy: {
        callbacks: {
          // Who wrote a note: the `sub` of the (already verified) token.
          editor: (_parent: unknown, _args: unknown, ctx: { jwt?: { sub?: string } }) => ctx.jwt?.sub ?? "unknown",
        },
      },
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
