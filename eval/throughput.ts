/**
 * Throughput of the full detector set (PII + secrets + injection, detect mode): mixed
 * payloads of 1 KB, 64 KB and 1 MB inline and through the worker pool, adversarial inputs
 * from 64 KB to 8 MB (should stay roughly constant), and the npm peers on the same data.
 * Run after `npm run build`: `node eval/throughput.ts`.
 */
import { availableParallelism } from "node:os";
import { GuardrailScanner, scan } from "../sidecar/dist/guardrails/index.js";
import { adversarialPayloads, mixedPayload } from "./payloads.ts";
import { loadPeers } from "./peers.ts";

const CONFIG = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 } as const;

/** Best-of-rounds MB/s for `fn` over `bytes` input. */
async function mbps(bytes: number, fn: () => unknown, minMs = 300): Promise<number> {
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

const fmt = (x: number): string => x.toFixed(1).padStart(8);

export async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${availableParallelism()} cores\n`);
  const scanner = new GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
  console.log("mixed payloads, full detector set, MB/s (best round; pool = one worker, includes the thread hop)");
  console.log("size       inline     pool");
  for (const size of [1024, 64 * 1024, 1024 * 1024]) {
    const text = mixedPayload(size);
    const inline = await mbps(size, () => scan({ text }, CONFIG));
    const pool = await mbps(size, () => scanner.scan({ text }, CONFIG));
    console.log(`${String(size / 1024).padStart(5)} KB ${fmt(inline)} ${fmt(pool)}`);
  }
  await scanner.close();

  console.log("\nadversarial inputs, inline MB/s by size (roughly constant = linear time)");
  const sizes = [64 * 1024, 1024 * 1024, 8 * 1024 * 1024];
  console.log(`${"input".padEnd(18)} ${sizes.map((s) => `${s / 1024} KB`.padStart(9)).join(" ")}`);
  const bySize = sizes.map((s) => adversarialPayloads(s));
  for (const name of Object.keys(bySize[0] ?? {})) {
    const row: number[] = [];
    for (const [i, s] of sizes.entries()) {
      const text = bySize[i]?.[name] ?? "";
      row.push(await mbps(s, () => scan({ text }, CONFIG), 100));
    }
    console.log(`${name.padEnd(18)} ${row.map((x) => fmt(x).padStart(9)).join(" ")}`);
  }

  console.log("\npeers on the 64 KB mixed payload, MB/s (each covers one category)");
  const text = mixedPayload(64 * 1024);
  for (const peer of await loadPeers()) {
    console.log(`${peer.name.padEnd(44)} ${fmt(await mbps(text.length, () => peer.run(text), 300))}`);
  }
}

await main();
