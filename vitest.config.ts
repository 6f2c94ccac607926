import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds. Node (and so @neo4j/graphql, Apollo, codegen) loads the
    // CJS one; Vite would hand our files the ESM one, giving two graphql realms in one process
    // ("Cannot use GraphQLObjectType from another module or realm"). Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    globalSetup: ["test/global-setup.ts"],
    include: ["test/**/*.test.ts"],
    // One Neo4j for the suite: files run one after another, each asserting the seeded state.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC" },
  },
});
