/**
 * A second closed-loop load generator: `wrk` (Debian's package), a C client whose own
 * allocation and garbage collection never land in the figures — the Node client's do, on a
 * 2-core machine that also runs the server. One run per cell: `connections` keep-alive
 * HTTP/1.1 connections, each sending the variant's request as soon as the previous answer
 * arrives, for the window. wrk reports its latency distribution through a Lua `done` hook
 * (percentiles 0.1 to 100 in steps of 0.1 and the tail above 99.9), from which a histogram
 * with the same percentiles is rebuilt for the report.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHistogram } from "./latency-histogram.ts";
import type { LoadResult } from "./open-loop.ts";

/** What wrk sends: one fixed request. */
export interface WrkTarget {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Readonly<Record<string, string>>;
  /** The request body, sent as is (use JSON for Connect: Lua strings are bytes, but plain text is easier to check). */
  readonly body?: string;
}

/** Percentiles read back from wrk: 0.1 … 99.9 in steps of 0.1, then the tail. */
const TAIL = [99.95, 99.99, 99.999, 100];

/** Lua that sets the request and prints the summary as one JSON line after the run. */
function script(target: WrkTarget): string {
  const lua = (s: string) => JSON.stringify(s); // JSON string literals are valid Lua string literals for this text
  const headers = Object.entries(target.headers ?? {})
    .map(([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`)
    .join("\n");
  return `wrk.method = ${lua(target.method ?? "POST")}
${target.body !== undefined ? `wrk.body = ${lua(target.body)}` : ""}
${headers}
done = function(summary, latency, requests)
  local e = summary.errors
  local pct = {}
  for i = 1, 999 do pct[#pct + 1] = latency:percentile(i / 10) end
  for _, p in ipairs({${TAIL.join(", ")}}) do pct[#pct + 1] = latency:percentile(p) end
  io.write(string.format('WRK-JSON {"requests":%d,"duration":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"mean":%f,"pct":[%s]}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, latency.mean, table.concat(pct, ",")))
end
`;
}

interface WrkSummary {
  requests: number;
  duration: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  mean: number;
  pct: number[];
}

/**
 * Runs wrk against `target` and returns what the runner's own loops return.
 *
 * @example
 * ```ts
 * const r = await runWrk({ url: "http://127.0.0.1:7878/portcullis.v1.GovernanceService/Ping", body: "{}", headers: { "content-type": "application/json" } }, { connections: 8, durationMs: 5000 });
 * percentiles(r.latency).p99;
 * ```
 */
export async function runWrk(target: WrkTarget, options: { connections: number; durationMs: number }): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), "portcullis-wrk-"));
  const file = join(dir, "request.lua");
  await writeFile(file, script(target));
  try {
    const threads = Math.min(2, options.connections);
    const seconds = Math.max(1, Math.round(options.durationMs / 1000));
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn("wrk", ["-t", String(threads), "-c", String(options.connections), "-d", `${seconds}s`, "--timeout", "10s", "-s", file, target.url], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", (err) => reject(new Error(`wrk could not run (${err.message}); install it: apt-get install wrk`)));
      child.on("close", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`wrk exited with ${code}: ${stderr.trim()}`))));
    });
    const line = out.split("\n").find((l) => l.startsWith("WRK-JSON "));
    if (!line) throw new Error(`wrk printed no summary:\n${out}`);
    return toLoadResult(JSON.parse(line.slice("WRK-JSON ".length)) as WrkSummary);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** wrk's summary as a LoadResult: a histogram rebuilt from its percentiles, errors by kind. */
function toLoadResult(s: WrkSummary): LoadResult {
  const errorKinds: Record<string, number> = {};
  for (const kind of ["connect", "read", "write", "status", "timeout"] as const)
    if (s[kind] > 0) errorKinds[kind === "status" ? "http status >= 400" : kind] = s[kind];
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  const succeeded = Math.max(0, s.requests - s.status);
  // Exactly `succeeded` samples, placed at wrk's percentiles: the tail points one call each,
  // the rest spread over the 999 steps of 0.1 %.
  const latency = createHistogram();
  const tail = s.pct.slice(999, 999 + Math.min(TAIL.length, succeeded));
  const rest = succeeded - tail.length;
  for (let k = 0; k < 999 && rest > 0; k++) {
    const count = Math.floor(((k + 1) * rest) / 999) - Math.floor((k * rest) / 999);
    if (count > 0) latency.recordValueWithCount(Math.max(1, Math.round(s.pct[k] ?? 1)), count);
  }
  for (const v of tail) latency.recordValue(Math.max(1, Math.round(v)));
  return { latency, attempted: s.requests + s.connect + s.read + s.write + s.timeout, succeeded, errors, errorKinds, elapsedMs: s.duration / 1000 };
}
