/**
 * GraphQL Code Generator: TypeScript types from the schema the server actually serves.
 * `npm run codegen` first prints that schema (src/schema/print.ts), then runs this.
 * `npm run codegen:check` fails when the committed output is stale.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = {
  ID: "string",
  Date: "string",
  DateTime: "string",
  BigInt: "string",
  Duration: "string",
  LocalDateTime: "string",
  LocalTime: "string",
  Time: "string",
};

const config: CodegenConfig = {
  schema: "src/__generated__/schema.graphql",
  documents: ["test/**/*.graphql"],
  ignoreNoDocuments: true,
  config: { scalars, strictScalars: true, enumsAsTypes: true, useTypeImports: true },
  generates: {
    // Types for the schema and for our custom resolvers.
    "src/__generated__/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: { contextType: "../context.js#Context", useIndexSignature: true },
    },
    // Typed operations for tests (test/**/*.graphql): typescript-operations 6 writes just the
    // types the operations use, so the schema's base types are not repeated here.
    "test/__generated__/operations.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
    },
  },
};

export default config;
