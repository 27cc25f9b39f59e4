/**
 * A quick A/B of inline scan speed for two builds on the same inputs, alternating rounds so
 * load on a shared machine hits both alike: `node eval/scan-speed.ts [--baseline dir]`.
 * Prints MB/s (best round) for the 64 KB mixed payload and a few adversarial inputs.
 */
import { parseArgs } from "node:util";
import { adversarialPayloads, mixedPayload } from "./payloads.ts";

type ScanFn = (input: { text: string }, config: Record<string, unknown>) => unknown;
const { values: args } = parseArgs({
  options: { baseline: { type: "string", default: "../sidecar/dist-baseline" }, rounds: { type: "string", default: "7" } },
});
const load = async (dir: string): Promise<ScanFn> => ((await import(`${dir}/guardrails/index.js`)) as { scan: ScanFn }).scan;
const builds: Array<[string, ScanFn]> = [
  ["before", await load(new URL(args.baseline, import.meta.url).pathname)],
  ["after", await load(new URL("../sidecar/dist", import.meta.url).pathname)],
];
const CONFIG = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 };
const inputs: Array<[string, string]> = [["mixed 64 KB", mixedPayload(64 * 1024)], ...Object.entries(adversarialPayloads(1024 * 1024))];
const rounds = Number(args.rounds);
console.log("| input | before MB/s | after MB/s |\n| --- | ---: | ---: |");
for (const [name, text] of inputs) {
  const best = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const [label, scan] of builds) {
      const reps = text.length < 100_000 ? 20 : 2;
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) scan({ text }, CONFIG);
      const mbps = (Buffer.byteLength(text) * reps) / 1e6 / ((performance.now() - t0) / 1000);
      best.set(label, Math.max(best.get(label) ?? 0, mbps));
    }
  }
  console.log(`| ${name} | ${(best.get("before") ?? 0).toFixed(0)} | ${(best.get("after") ?? 0).toFixed(0)} |`);
}
