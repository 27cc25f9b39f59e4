/**
 * The benchmarks run as TypeScript through Node's type stripping, which checks no types:
 * this test type-checks them (and these tests) with benchmarks/tsconfig.json.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

it("benchmarks and their tests type-check under strict settings", async () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(process.execPath, [tsc, "-p", "benchmarks/tsconfig.json"], { cwd: repoRoot }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
  expect(result.output).toBe("");
  expect(result.code).toBe(0);
}, 120_000);
