import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Tests import the workspaces' TypeScript sources directly (see the packages' exports).
    conditions: ["@portcullis/source"],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
