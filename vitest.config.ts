import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests import the workspaces' TypeScript sources directly (see the packages' exports),
  // so they never run against a stale build. Vitest runs tests in Vite's SSR environment.
  resolve: { conditions: ["@portcullis/source"] },
  ssr: { resolve: { conditions: ["@portcullis/source", "node", "import", "default"], externalConditions: ["@portcullis/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
