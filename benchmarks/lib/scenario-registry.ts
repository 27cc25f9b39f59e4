/**
 * Finds the scenarios: every `benchmarks/scenarios/*.ts` whose default export is a
 * {@link Scenario} named like its file.
 */
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Scenario } from "./scenario.ts";

/**
 * Loads all scenarios of a directory, sorted by name.
 *
 * @example
 * ```ts
 * const scenarios = await loadScenarios(join(repoRoot, "benchmarks", "scenarios"));
 * scenarios.map((s) => s.name); // ["authorize", "transport"]
 * ```
 */
export async function loadScenarios(dir: string): Promise<Scenario[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort();
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    scenarios.push(checkScenario(module.default, basename(file, ".ts")));
  }
  return scenarios;
}

/**
 * Picks scenarios by name (all of them for an empty list); throws naming the unknown ones.
 *
 * @example
 * ```ts
 * selectScenarios(all, ["authorize"]);
 * ```
 */
export function selectScenarios(all: readonly Scenario[], names: readonly string[]): Scenario[] {
  if (names.length === 0) return [...all];
  // A name also selects its group: `audit` runs `audit`, `audit-writer` and `audit-query`.
  const selects = (name: string, s: Scenario) => s.name === name || s.name.startsWith(`${name}-`);
  const unknown = names.filter((n) => !all.some((s) => selects(n, s)));
  if (unknown.length > 0) {
    throw new Error(`unknown scenario${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; available: ${all.map((s) => s.name).join(", ")}`);
  }
  return all.filter((s) => names.some((n) => selects(n, s)));
}

function checkScenario(value: unknown, fileName: string): Scenario {
  const s = value as Partial<Scenario> | undefined;
  const problem =
    !s || typeof s !== "object"
      ? "has no default export"
      : s.name !== fileName
        ? `exports name '${String(s.name)}'; it must equal the file name '${fileName}'`
        : typeof s.setup !== "function" || typeof s.phases !== "function"
          ? "needs setup() and phases()"
          : !Array.isArray(s.variants)
            ? "needs variants"
            : undefined;
  if (problem) throw new Error(`benchmarks/scenarios/${fileName}.ts ${problem}`);
  return s as Scenario;
}
