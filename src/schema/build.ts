/**
 * Builds the executable schema: @neo4j/graphql 7 over schema/*.graphql plus our resolvers.
 */
import { randomBytes } from "node:crypto";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { SecurityConfig } from "../config.js";
import { GraphQLError } from "graphql";
import { ErrorCode, UNAUTHENTICATED_MESSAGE } from "../errors.js";
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
        verifyOptions: {
          algorithms: jwt && "jwksUrl" in jwt ? ["RS256", "ES256", "PS256", "EdDSA"] : ["HS256"],
          // Who issued the token and for whom (required with a key set, src/config.ts); and
          // every writer must be someone: a token without `sub` does not verify.
          ...(jwt?.issuer ? { issuer: jwt.issuer } : {}),
          ...(jwt?.audience ? { audience: jwt.audience } : {}),
          requiredClaims: ["sub"],
        },
      },
      populatedBy: {
        callbacks: {
          // Who wrote a note: the `sub` of the verified token, never the client's say. (Callbacks
          // run before the library's own authentication check, so no token is refused here too.)
          editor: (_parent: unknown, _args: unknown, ctx: { jwt?: { sub?: unknown } }) => {
            if (!ctx.jwt) throw new GraphQLError(UNAUTHENTICATED_MESSAGE, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
            const sub = ctx.jwt.sub;
            if (typeof sub !== "string" || sub.trim() === "") throw new GraphQLError("Unauthenticated: the token names nobody (its `sub` is empty); a note must have an author.", { extensions: { code: ErrorCode.UNAUTHENTICATED } });
            return sub;
          },
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
