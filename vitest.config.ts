import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    include: ["test/**/*.test.ts"],
    // One Neo4j for the suite: files run one after another, each asserting the seeded state.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC" },
    reporters: ["default"],
  },
});
