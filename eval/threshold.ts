/**
 * Measures where the worker pool starts to pay off: inline `scan()` latency versus a round
 * trip through a warm one-thread piscina pool, on mixed payloads from 1 KB to 256 KB. The
 * pool's fixed cost is the hop (structured clone + message + wake-up); once an inline scan
 * costs about as much, larger payloads go to the pool so the event loop stays free.
 * Run after `npm run build`: `node eval/threshold.ts`.
 */
import { GuardrailScanner, scan } from "../sidecar/dist/guardrails/index.js";
import { mixedPayload } from "./payloads.ts";

const CONFIG = { pii: "detect", secrets: "detect", injection: "detect" } as const;

async function median(fn: () => unknown, rounds = 30): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

const scanner = new GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
const hop = await median(() => scanner.scan({ text: "x" }, CONFIG), 200);
console.log(`pool hop on a 1-byte payload (fixed cost): ${hop.toFixed(3)} ms median\n`);
console.log("size      inline ms   pool ms   pool/inline");
let crossover: number | undefined;
for (const kb of [1, 2, 4, 8, 16, 32, 64, 128, 256]) {
  const text = mixedPayload(kb * 1024, kb);
  const inline = await median(() => scan({ text }, CONFIG));
  const pool = await median(() => scanner.scan({ text }, CONFIG));
  if (crossover === undefined && inline >= hop) crossover = kb;
  console.log(`${String(kb).padStart(4)} KB ${inline.toFixed(3).padStart(10)} ${pool.toFixed(3).padStart(9)} ${(pool / inline).toFixed(2).padStart(12)}`);
}
await scanner.close();
console.log(`\ninline scan cost reaches the pool hop at ~${crossover ?? ">256"} KB`);
