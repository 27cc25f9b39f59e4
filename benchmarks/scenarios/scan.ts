/**
 * `scan`: content guardrails (wall 4).
 *
 * Measured under load: ScanResponse over the RPC with a 4 KB mixed tool response (text with
 * PII, secrets and an injection attempt; full detector set, detect mode) against the empty
 * Ping on the same sidecar, at fixed offered loads.
 *
 * Measured in setup, reported as notes: throughput in MB/s **per core** (bytes scanned per
 * CPU-second of this process, so a loaded machine does not count against it) of the full
 * detector set on 1 KB, 64 KB and 1 MB mixed payloads, inline and through the worker pool
 * (one worker); the KB one inline scan allocates (1 KB and 64 KB); the machine code that the same
 * payloads held in two bytes a character add (curly quotes, dashes, an emoji); and the npm peers on the
 * same 64 KB payload — secretlint (secrets), OpenRedaction (PII), vard (prompt injection),
 * each covering one category only; and the CPU cost per string of a structured result (a
 * 2,000-row table of four short strings a row, values repeating down the columns or all
 * distinct), with what a 20,000-row table would take; and the slowest of the inputs built to
 * make detectors backtrack or rescan (eval/adversarial-inputs.ts), in MB per CPU-second.
 * Target: ≥ 100 MB/s per core for the full detector set on 64 KB, ahead of every peer.
 */
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { ScanAction } from "@portcullis/sdk/gen";
import { GuardrailScanner, hashToken, scan } from "@portcullis/sidecar";
import { writeFile } from "node:fs/promises";
import type { HeapProfiler } from "node:inspector";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { getHeapSpaceStatistics } from "node:v8";
import { adversarialInputs } from "../../eval/adversarial-inputs.ts";
import { mixedPayload, structuredTable } from "../../eval/payloads.ts";
import { loadPeers } from "../../eval/peers.ts";
import type { RunMode, Scenario } from "../lib/scenario.ts";

const TOKEN = "bench-scan-token";
const DETECT_ALL = { pii: "detect", secrets: "detect", injection: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 60_000 } as const;
const POLICY = `version: 1
subjects:
  - { id: agent:bench, roles: [research], tokenSha256: ${hashToken(TOKEN)} }
roles:
  research: { servers: { web: { allow: ["*"] } } }
guardrails:
  - { tools: ["web/*"], pii: detect, secrets: detect, injection: detect }
`;

/** MB scanned per CPU-second of this process: the median of `rounds` timed loops. */
async function mbPerCpuSecond(bytes: number, fn: () => unknown, windowMs: number, rounds: number): Promise<number> {
  // Warm for the window and for 4 MB at least: the first scan of a process builds the detectors
  // (~0.5 s), which used up a quick run's window, and the regular expressions it runs compile
  // to machine code only after some runs each, on this thread, inside the measured rounds
  // (a quick run read 2 MB/s for 1 KB payloads that scan at ~25 once warm).
  const warmUntil = performance.now() + windowMs;
  for (let warmed = 0; performance.now() < warmUntil || warmed < 4e6; warmed += bytes) await fn();
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const until = performance.now() + windowMs;
    let n = 0;
    while (performance.now() < until || n < 2) {
      await fn();
      n++;
    }
    const used = process.cpuUsage(cpu);
    results.push((n * bytes) / 1e6 / ((used.user + used.system) / 1e6));
  }
  results.sort((a, b) => a - b);
  return Math.round(results[Math.floor(results.length / 2)]! * 10) / 10;
}

/**
 * KB allocated per scan of `text` (V8's sampling heap profiler over `scans` scans, objects that
 * either collector freed included): what a scan costs the garbage collector, which sets a busy
 * sidecar's tail latency as much as the scan's own CPU does.
 */
async function kbAllocatedPerScan(text: string, scans: number): Promise<number> {
  for (let i = 0; i < 50; i++) scan({ text }, DETECT_ALL);
  const session = new Session();
  session.connect();
  try {
    await session.post("HeapProfiler.startSampling", {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    for (let i = 0; i < scans; i++) scan({ text }, DETECT_ALL);
    const { profile } = await session.post("HeapProfiler.stopSampling");
    const total = (node: HeapProfiler.SamplingHeapProfileNode): number => node.children.reduce((sum, child) => sum + total(child), node.selfSize);
    return Math.round(total(profile.head) / scans / 102.4) / 10;
  } finally {
    session.disconnect();
  }
}

/** MB of V8's code spaces in use (machine code: compiled regular expressions and optimised functions). */
function codeSpaceMB(): number {
  let bytes = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name.startsWith("code")) bytes += space.space_used_size;
  return bytes / 1048576;
}

/**
 * The machine code that texts held in two bytes a character add, once the same texts in one
 * byte have been scanned: the 1 KB and 64 KB mixed payloads with curly quotes, dashes and an
 * emoji. V8 compiles a regular expression once per string representation; the detectors read
 * such texts through a one-byte stand-in (one-byte-text.ts), so little should be added — the
 * session-start build of the twenty-fourth session added 2.1 MB here, this one 0.4 (and 12 against
 * 3 MB over the evaluation texts held in two bytes: BENCHMARKS.md).
 */
function twoByteCodeMB(): number {
  const texts = [1024, 64 * 1024].map((bytes) => mixedPayload(bytes, 3));
  for (const text of texts) scan({ text }, DETECT_ALL);
  const before = codeSpaceMB();
  for (const text of texts) {
    const wide = `${text.replaceAll("'", "\u2019").replaceAll(" - ", " \u2014 ").replaceAll('"', "\u201c")} \u{1F642}`;
    for (let i = 0; i < 3; i++) scan({ text: wide }, DETECT_ALL);
  }
  return Math.round((codeSpaceMB() - before) * 10) / 10;
}

/**
 * The full detector set's rate on each adversarial input (256 KB, 64 KB in a quick run; one
 * scan each after one that compiles what it needs), per CPU-second: the slowest and the median.
 * A linear detector keeps the slowest within a small factor of the mixed payloads' rate; the
 * test that they finish (adversarial.test.ts) only catches what is orders of magnitude off.
 */
function adversarialRates(mode: RunMode): { slowest: number; median: number } {
  const rates: number[] = [];
  for (const text of Object.values(adversarialInputs(mode === "quick" ? 64 * 1024 : 256 * 1024))) {
    scan({ text }, DETECT_ALL);
    const cpu = process.cpuUsage();
    scan({ text }, DETECT_ALL);
    const used = process.cpuUsage(cpu);
    rates.push(text.length / 1e6 / (Math.max(1, used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { slowest: round(rates[0]!), median: round(rates[Math.floor(rates.length / 2)]!) };
}

export async function throughputNotes(mode: RunMode): Promise<Record<string, number | boolean>> {
  const windowMs = mode === "quick" ? 300 : 1500;
  const rounds = mode === "quick" ? 1 : 3;
  const notes: Record<string, number | boolean> = {};
  const pool = new GuardrailScanner({ inlineMaxBytes: 0, maxThreads: 1, minThreads: 1 });
  try {
    await pool.start(); // else the first "pool" scans would run inline while it starts
    for (const [label, bytes] of [
      ["1KB", 1024],
      ["64KB", 64 * 1024],
      ["1MB", 1024 * 1024],
    ] as const) {
      const text = mixedPayload(bytes);
      notes[`inline_${label}_MBps_per_core`] = await mbPerCpuSecond(bytes, () => scan({ text }, DETECT_ALL), windowMs, rounds);
      if (bytes <= 64 * 1024) notes[`inline_${label}_KB_allocated_per_scan`] = await kbAllocatedPerScan(text, mode === "quick" ? 50 : 400);
      notes[`pool_${label}_MBps_per_core`] = await mbPerCpuSecond(bytes, () => pool.scan({ text }, DETECT_ALL), windowMs, rounds);
    }
  } finally {
    await pool.close();
  }
  // A table in structuredContent: ~80,000 short strings at 20,000 rows, each a scan of its own
  // unless its value was seen before in the result; and the same with every value distinct.
  const strings = 2000 * 4 + 1;
  for (const [label, distinct] of [
    ["table", false],
    ["distinct", true],
  ] as const) {
    const table = structuredTable(2000, distinct);
    const perCpuSecond = await mbPerCpuSecond(strings * 1e6, () => scan({ result: table }, DETECT_ALL), windowMs, rounds);
    const us = Math.round(1e8 / perCpuSecond) / 100;
    notes[`structured_${label}_us_per_string`] = us;
    notes[`structured_${label}_20k_rows_4_fields_ms`] = Math.round((20_000 * 4 * us) / 1000);
  }
  notes.regex_code_MB_added_by_two_byte_texts = twoByteCodeMB();
  const adversarial = adversarialRates(mode);
  notes.adversarial_slowest_MBps_per_core = adversarial.slowest;
  notes.adversarial_median_MBps_per_core = adversarial.median;
  const text = mixedPayload(64 * 1024);
  let bestPeer = 0;
  for (const peer of await loadPeers()) {
    const name = peer.name.split(/[ (]/)[0]!.replace(/^@[^/]+\//, "");
    const rate = await mbPerCpuSecond(64 * 1024, () => peer.run(text), windowMs, rounds);
    notes[`peer_${name}_${peer.category}_64KB_MBps_per_core`] = rate;
    bestPeer = Math.max(bestPeer, rate);
  }
  const ours = notes["inline_64KB_MBps_per_core"] as number;
  notes["target_64KB_at_least_100_MBps"] = ours >= 100;
  notes["target_64KB_ahead_of_every_peer"] = ours > bestPeer;
  return notes;
}

const scenario: Scenario = {
  name: "scan",
  title: "ScanResponse under load, and guardrail throughput",
  description:
    "ScanResponse with a 4 KB mixed tool response (full detector set, detect mode) against Ping on the same sidecar over HTTP/1.1 keep-alive (the SDK default), open loop. Notes: MB/s per core of the full detector set on 1 KB / 64 KB / 1 MB mixed payloads, inline and on a one-worker pool, and the npm peers on the same 64 KB payload.",
  variants: [
    { id: "ping", label: "Ping (empty RPC)", baseline: true },
    { id: "scan-4k", label: "ScanResponse · 4 KB", description: "every reply checked to be FLAG (the payload carries findings)" },
  ],
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "open", rate: 500 }]
      : [
          { kind: "open", rate: 250 },
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
        ],
  async setup(ctx) {
    const notes = await throughputNotes(ctx.mode);
    const policy = join(ctx.tmpDir, "scan-policy.yaml");
    await writeFile(policy, POLICY);
    const sidecar = await ctx.startSidecar({ policy });
    const clients: GovernanceClient[] = [0, 1].map(() => createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 }));
    const [pingClient, scanClient] = clients as [GovernanceClient, GovernanceClient];
    const text = mixedPayload(4 * 1024, 7);
    const request = { token: TOKEN, server: "web", tool: "fetch", text };
    const first = await scanClient.raw.scanResponse(request);
    if (first.action !== ScanAction.FLAG) throw new Error(`scan: expected FLAG for the 4 KB payload, got ${ScanAction[first.action]}`);
    return {
      calls: {
        ping: { call: () => pingClient.raw.ping({}), process: sidecar },
        "scan-4k": { call: async () => (await scanClient.raw.scanResponse(request)).action === ScanAction.FLAG, process: sidecar },
      },
      notes,
      async close() {
        for (const c of clients) c.close();
      },
    };
  },
};

export default scenario;
