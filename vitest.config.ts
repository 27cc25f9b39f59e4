import { defineConfig } from "vitest/config";

/**
 * Two projects: `main` (unit and end-to-end tests — `npm test`, well under two minutes on two
 * cores) and `bench` (the benchmark smoke run and the report rendered in Chromium —
 * `npm run test:bench`, its own CI step: it keeps both cores busy for about a minute, which
 * would only make the main run slower and its timeouts likelier).
 */
const BENCH_TESTS = ["test/benchmarks/quick-mode.test.ts", "test/benchmarks/report-render.test.ts"];

export default defineConfig({
  // Tests import the workspaces' TypeScript sources directly (see the packages' exports),
  // so they never run against a stale build. Vitest runs tests in Vite's SSR environment.
  resolve: { conditions: ["@portcullis/source"] },
  ssr: { resolve: { conditions: ["@portcullis/source", "node", "import", "default"], externalConditions: ["@portcullis/source"] } },
  test: {
    // Timeouts catch hangs, never slowness: on a busy two-core machine a test that spawns a
    // dozen CLI processes can take a minute, and must still pass.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Test files share their worker's module cache instead of loading the sidecar's sources
    // afresh each (that was a fifth of the run: 129 s -> 94 s on two quiet cores). Tests
    // restore what they change in the process (environment variables, spies), and
    // end-to-end tests run the sidecar as a child process of its own.
    isolate: false,
    // Most test files wait on child processes, sockets and timers rather than compute: three
    // workers keep two cores busy (the default, one per core minus one, leaves one idle).
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: "main", include: ["test/**/*.test.ts"], exclude: BENCH_TESTS } },
      { extends: true, test: { name: "bench", include: BENCH_TESTS } },
    ],
  },
});
