/**
 * Summarizes V8 CPU profiles (`.cpuprofile`, as `node --cpu-prof` writes them): the
 * functions with the most self time, to see where a sidecar spends its CPU.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One function's share of a profile. */
export interface ProfileEntry {
  /** `name file:line`. */
  readonly frame: string;
  readonly selfMs: number;
  /** Share of the sampled time, idle included, in percent. */
  readonly percent: number;
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * The `limit` functions with the most self time in a profile.
 *
 * @example
 * ```ts
 * for (const e of await topSelfTime("sidecar.cpuprofile", 10)) console.log(e.percent, e.frame);
 * ```
 */
export async function topSelfTime(file: string, limit = 15): Promise<ProfileEntry[]> {
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const frames = new Map(
    profile.nodes.map((n) => {
      const where = n.callFrame.url ? ` ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}` : "";
      return [n.id, `${n.callFrame.functionName || "(anonymous)"}${where}`];
    }),
  );
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const frame = frames.get(id) ?? "?";
    self.set(frame, (self.get(frame) ?? 0) + dt);
    total += dt;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([frame, us]) => ({ frame, selfMs: Math.round(us / 1000), percent: Math.round((1000 * us) / Math.max(1, total)) / 10 }));
}

/**
 * The `.cpuprofile` files under a directory (one level of subdirectories, one per scenario).
 *
 * @example
 * ```ts
 * const files = await listProfiles("benchmarks/results/profiles");
 * ```
 */
export async function listProfiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listProfiles(path)));
    else if (entry.name.endsWith(".cpuprofile")) found.push(path);
  }
  return found.sort();
}
