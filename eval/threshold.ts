/**
 * Measures where the worker pool starts to pay off: inline `scan()` latency versus a round
 * trip through a warm one-thread piscina pool, on mixed payloads from 1 KB to 512 KB. The
 * pool's fixed cost is the hop (structured clone + message + wake-up); once an inline scan
 * costs about as much as the round trip, larger payloads go to the pool so the event loop
 * stays free. Run after `npm run build`: `node eval/threshold.ts [--repeat N] [--impl path]`.
 *
 * Both paths are warmed up first (the optimizing compiler needs many calls), inline and pool
 * calls alternate so a busy moment on the shared machine hits both, and every cell is the
 * median of its rounds (and, with `--repeat`, the median of the runs' medians).
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { mixedPayload } from "./payloads.ts";

const CONFIG = { pii: "detect", secrets: "detect", injection: "detect" } as const;
const SIZES_KB = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
const ROUNDS = 60;

const { values: args } = parseArgs({ options: { repeat: { type: "string", default: "3" }, impl: { type: "string" } } });
const repeat = Math.max(1, Number(args.repeat));

interface Scanner {
  /** Warms the pool; without it the first large scans run inline while the pool starts. */
  start(): Promise<void>;
  scan(input: { text: string }, config: typeof CONFIG): Promise<unknown>;
  close(): Promise<void>;
}
const impl = (await import(args.impl ?? "../sidecar/dist/guardrails/index.js")) as {
  scan: (input: { text: string }, config: typeof CONFIG) => unknown;
  GuardrailScanner: new (o: { inlineMaxBytes: number; maxThreads: number; minThreads: number }) => Scanner;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const scanner = new impl.GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
await scanner.start();
const texts = SIZES_KB.map((kb) => mixedPayload(kb * 1024, kb));
console.log(
  `load average (1/5/15 min) before: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")}`,
);

// Warm-up: every size on both paths until the compiler has settled.
const warmUntil = performance.now() + 3000;
while (performance.now() < warmUntil) {
  for (const text of texts) {
    impl.scan({ text }, CONFIG);
    await scanner.scan({ text }, CONFIG);
  }
}

const hops: number[] = [];
const inline: number[][] = SIZES_KB.map(() => []);
const pool: number[][] = SIZES_KB.map(() => []);
for (let run = 0; run < repeat; run++) {
  const hop: number[] = [];
  for (let i = 0; i < 400; i++) hop.push(await time(() => scanner.scan({ text: "x" }, CONFIG)));
  hops.push(median(hop));
  for (const [i, text] of texts.entries()) {
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      a.push(await time(() => impl.scan({ text }, CONFIG)));
      b.push(await time(() => scanner.scan({ text }, CONFIG)));
    }
    inline[i]?.push(median(a));
    pool[i]?.push(median(b));
  }
}
await scanner.close();

const hop = median(hops);
console.log(`pool hop on a 1-byte payload (fixed cost): ${hop.toFixed(3)} ms median${repeat > 1 ? ` of ${repeat} runs` : ""}\n`);
console.log("size      inline ms   pool ms   pool/inline");
let reachesHop: number | undefined;
let poolNoDearer: number | undefined;
for (const [i, kb] of SIZES_KB.entries()) {
  const a = median(inline[i] ?? []);
  const b = median(pool[i] ?? []);
  if (reachesHop === undefined && a >= hop) reachesHop = kb;
  if (b <= a) poolNoDearer ??= kb;
  else poolNoDearer = undefined;
  console.log(`${String(kb).padStart(4)} KB ${a.toFixed(3).padStart(10)} ${b.toFixed(3).padStart(9)} ${(b / a).toFixed(2).padStart(12)}`);
}
console.log(`\ninline scan cost reaches the pool hop at ~${reachesHop ?? ">512"} KB; the pool costs no more than inline from ${poolNoDearer ?? ">512"} KB on`);
console.log(
  `load average (1/5/15 min) after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ")}`,
);
