/**
 * A/B scan speed of two builds on the same inputs, in CPU time rather than wall time: on a
 * shared machine another job's load stretches wall time but not (much) the CPU time a scan
 * uses. Rounds alternate between the builds. `node eval/scan-speed.ts [--baseline dir]
 * [--rounds N] [--write]`; `--write` puts the table in eval/RESULTS.md (section `scan-speed`).
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { adversarialPayloads, mixedPayload } from "./payloads.ts";
import { replaceSection } from "./results-file.ts";

type ScanFn = (input: { text: string }, config: Record<string, unknown>) => unknown;
const { values: args } = parseArgs({
  options: {
    baseline: { type: "string", default: "../sidecar/dist-baseline" },
    rounds: { type: "string", default: "7" },
    write: { type: "boolean", default: false },
  },
});
const load = async (dir: string): Promise<ScanFn> => ((await import(`${dir}/guardrails/index.js`)) as { scan: ScanFn }).scan;
const builds: Array<[string, ScanFn]> = [
  ["before", await load(new URL(args.baseline, import.meta.url).pathname)],
  ["after", await load(new URL("../sidecar/dist", import.meta.url).pathname)],
];
const CONFIG = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 };
const inputs: Array<[string, string]> = [
  ["mixed 64 KB", mixedPayload(64 * 1024)],
  ...Object.entries(adversarialPayloads(1024 * 1024)).map(([k, v]): [string, string] => [`${k} (1 MB)`, v]),
];
const rounds = Number(args.rounds);
const median = (xs: number[] = []): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const before = loadavg();
const lines = ["| input | before | after |", "| --- | ---: | ---: |"];
for (const [name, text] of inputs) {
  const runs = new Map<string, number[]>();
  const reps = text.length < 100_000 ? 40 : 2;
  for (let r = 0; r < rounds; r++) {
    for (const [label, scan] of builds) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < reps; i++) scan({ text }, CONFIG);
      const c = process.cpuUsage(c0);
      const mbps = (Buffer.byteLength(text) * reps) / 1e6 / ((c.user + c.system) / 1e6);
      runs.set(label, [...(runs.get(label) ?? []), mbps]);
    }
  }
  // Whole MB/s hide a slow input's change (0.3 and 0.8 both print as 1): one decimal below 10.
  const rate = (label: string): string => {
    const mbps = median(runs.get(label));
    return mbps < 10 ? mbps.toFixed(1) : mbps.toFixed(0);
  };
  lines.push(`| ${name} | ${rate("before")} | ${rate("after")} |`);
  console.log(lines.at(-1));
}
const after = loadavg();
const md = `Full detector set, inline, MB per CPU-second (median of ${rounds} alternating rounds), Node ${process.version}, ${availableParallelism()} cores, load average ${before[0]?.toFixed(1)} before / ${after[0]?.toFixed(1)} after. "Before" is the build before the behaviour-signal rework (issue 13), "after" this one.\n\n${lines.join("\n")}`;
if (args.write) replaceSection("scan-speed", md, "## Scan speed: injection rework A/B (CPU time)");
