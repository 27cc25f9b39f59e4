/**
 * Throughput of the full detector set (PII + secrets + injection, detect mode): mixed
 * payloads of 1 KB, 64 KB and 1 MB inline and through the worker pool, adversarial inputs
 * from 64 KB to 8 MB (should stay roughly constant), and the npm peers on the same data.
 * Run after `npm run build`: `node eval/throughput.ts [--repeat N] [--impl path] [--write]`.
 *
 * Each cell is the best round of a short timed loop after a warm-up (the machine is shared,
 * so the best round is the least disturbed one); `--repeat N` measures every cell N times and
 * reports the median. The load average is printed before and after. `--impl` loads `scan` and
 * `GuardrailScanner` from another build (e.g. a copy of an older dist) for before/after
 * comparisons; `--write` puts the tables into eval/RESULTS.md's throughput section.
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { adversarialPayloads, mixedPayload } from "./payloads.ts";
import { loadPeers } from "./peers.ts";
import { replaceSection } from "./results-file.ts";

const CONFIG = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 } as const;

const { values: args } = parseArgs({
  options: { repeat: { type: "string", default: "1" }, impl: { type: "string" }, write: { type: "boolean", default: false } },
});
const repeat = Math.max(1, Number(args.repeat));

type ScanFn = (input: { text: string }, config: typeof CONFIG) => unknown;
interface Scanner {
  /** Warms the pool; without it the first large scans run inline while the pool starts. */
  start(): Promise<void>;
  scan(input: { text: string }, config: typeof CONFIG): Promise<unknown>;
  close(): Promise<void>;
}
const impl = (await import(args.impl ?? "../sidecar/dist/guardrails/index.js")) as {
  scan: ScanFn;
  GuardrailScanner: new (o: { inlineMaxBytes: number; maxThreads: number; minThreads: number }) => Scanner;
};

/** Best-of-rounds MB/s for `fn` over `bytes` input. */
async function bestRound(bytes: number, fn: () => unknown, minMs: number): Promise<number> {
  await fn();
  let best = Infinity;
  const until = performance.now() + minMs;
  let rounds = 0;
  while (performance.now() < until || rounds < 3) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
    rounds++;
  }
  return bytes / 1e6 / (best / 1e3);
}

/**
 * Median over `repeat` measurements of `bestRound`, after a warm-up: the optimizing compiler
 * runs on a background thread, and on a busy machine it takes a while to catch up; without
 * the warm-up the first cell of each size measures half-compiled code.
 */
async function mbps(bytes: number, fn: () => unknown, minMs = 300, warmMs = 1000): Promise<number> {
  const warmUntil = performance.now() + warmMs;
  while (performance.now() < warmUntil) await fn();
  const xs: number[] = [];
  for (let i = 0; i < repeat; i++) xs.push(await bestRound(bytes, fn, minMs));
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] ?? 0;
}

const fmt = (x: number): string => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");

export async function main(): Promise<void> {
  const loadBefore = load();
  const lines: string[] = [];
  const out = (line = ""): void => {
    console.log(line);
    lines.push(line);
  };
  const header = `Node ${process.version}, ${availableParallelism()} cores, ${repeat === 1 ? "one run" : `median of ${repeat} runs`} per cell; load average (1/5/15 min) before: ${loadBefore}`;
  console.log(`${header}\n`);

  const scanner = new impl.GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
  await scanner.start();
  out("Mixed payloads, full detector set, MB/s (best round; pool = one worker, includes the thread hop):");
  out();
  out("| size | inline | pool |");
  out("| --- | ---: | ---: |");
  for (const size of [1024, 64 * 1024, 1024 * 1024]) {
    const text = mixedPayload(size);
    const inline = await mbps(size, () => impl.scan({ text }, CONFIG));
    const pool = await mbps(size, () => scanner.scan({ text }, CONFIG));
    out(`| ${size / 1024} KB | ${fmt(inline)} | ${fmt(pool)} |`);
  }
  await scanner.close();

  out();
  out("Adversarial inputs, inline MB/s by size (roughly constant = linear time):");
  out();
  const sizes = [64 * 1024, 1024 * 1024, 8 * 1024 * 1024];
  out(`| input | ${sizes.map((s) => `${s / 1024} KB`).join(" | ")} |`);
  out(`| --- | ${sizes.map(() => "---:").join(" | ")} |`);
  const bySize = sizes.map((s) => adversarialPayloads(s));
  for (const name of Object.keys(bySize[0] ?? {})) {
    const row: number[] = [];
    for (const [i, s] of sizes.entries()) {
      const text = bySize[i]?.[name] ?? "";
      row.push(await mbps(s, () => impl.scan({ text }, CONFIG), 150, 400));
    }
    out(`| ${name} | ${row.map(fmt).join(" | ")} |`);
  }

  out();
  out("Peers on the 64 KB mixed payload, MB/s (each covers one category):");
  out();
  out("| peer | MB/s |");
  out("| --- | ---: |");
  const text = mixedPayload(64 * 1024);
  for (const peer of await loadPeers()) out(`| ${peer.name} | ${fmt(await mbps(text.length, () => peer.run(text), 300))} |`);
  const footer = `Load average after: ${load()}.`;
  console.log(`\n${footer}`);
  if (args.write) replaceSection("throughput", [`${header}.`, "", ...lines, "", footer].join("\n"));
}

await main();
