/**
 * The load generators against a fake FIFO server: the open loop charges a server stall to
 * every call scheduled behind it (no coordinated omission) while a closed loop records it
 * once; offered load is exact; dropped and never-answered calls count as errors.
 * Assertions are lower bounds forced by the injected stall, so a slow machine cannot break
 * them.
 */
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { runClosedLoop } from "../../benchmarks/lib/closed-loop.ts";
import { percentiles } from "../../benchmarks/lib/latency-histogram.ts";
import { errorKind, runOpenLoop } from "../../benchmarks/lib/open-loop.ts";
import { createPacer, type PacerKind } from "../../benchmarks/lib/pacer.ts";
import { Code, ConnectError } from "@connectrpc/connect";

/** A one-at-a-time server: each call takes ~0 ms, except call number `stallAt`, which takes `stallMs`. */
function fifoServer(stallAt: number, stallMs: number) {
  let busyUntil = 0;
  let n = 0;
  return () => {
    n++;
    const now = performance.now();
    const done = Math.max(now, busyUntil) + (n === stallAt ? stallMs : 0.05);
    busyUntil = done;
    return new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, done - now)));
  };
}

describe("runOpenLoop", () => {
  it("charges a 100 ms stall to the calls scheduled behind it, from their intended start", async () => {
    const r = await runOpenLoop(fifoServer(40, 100), { rate: 200, durationMs: 1000 });
    expect(r.attempted).toBe(200);
    expect(r.succeeded).toBe(200);
    expect(r.errors).toBe(0);
    const p = percentiles(r.latency);
    // ~19 calls (5 ms apart) queue behind the stall: waits of ~95, 90, … ms.
    expect(p.p99).toBeGreaterThanOrEqual(50_000);
    expect(r.latency.getValueAtPercentile(95)).toBeGreaterThanOrEqual(20_000);
    expect(p.max).toBeGreaterThanOrEqual(95_000);
  });

  it.each<PacerKind>(["worker", "spin", "timer"])("offers exactly rate × duration calls and records the pacer's lateness (%s pacer)", async (pacer) => {
    const r = await runOpenLoop(async () => undefined, { rate: 1000, durationMs: 300, pacer });
    expect(r.attempted).toBe(300);
    expect(r.succeeded).toBe(300);
    expect(r.pacerLag?.totalCount).toBe(300);
    expect(r.service?.totalCount).toBe(300);
  });

  it("counts calls beyond the in-flight cap as dropped and unanswered calls as timeouts", async () => {
    const never = () => new Promise<never>(() => undefined);
    const r = await runOpenLoop(never, { rate: 100, durationMs: 200, maxInFlight: 5, drainTimeoutMs: 50 });
    expect(r.attempted).toBe(20);
    expect(r.succeeded).toBe(0);
    expect(r.errorKinds).toEqual({ dropped: 15, timeout: 5 });
    expect(r.errors).toBe(20);
  });

  it("counts rejections by Connect code and `false` results as unexpected", async () => {
    let i = 0;
    const r = await runOpenLoop(
      async () => {
        i++;
        if (i % 3 === 0) throw new ConnectError("no", Code.PermissionDenied);
        return i % 3 === 1;
      },
      { rate: 300, durationMs: 100 },
    );
    expect(r.attempted).toBe(30);
    expect(r.errorKinds).toEqual({ permission_denied: 10, "unexpected result": 10 });
    expect(r.succeeded).toBe(10);
  });
});

describe.each<PacerKind>(["worker", "spin", "timer"])("the %s pacer", (kind) => {
  it("releases every index of the schedule in order, never before its time", async () => {
    const pacer = await createPacer(kind);
    const seen: Array<{ upTo: number; at: number }> = [];
    const t0 = performance.now() + 5;
    const intervalMs = 0.5;
    await new Promise<void>((resolve) => {
      pacer.run({ t0, intervalMs, total: 200 }, (upTo) => {
        seen.push({ upTo, at: performance.now() });
        if (upTo === 199) resolve();
      });
    });
    await pacer.stop();
    const indexes = seen.map((s) => s.upTo);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes.at(-1)).toBe(199);
    for (const s of seen) expect(s.at, `index ${s.upTo}`).toBeGreaterThanOrEqual(t0 + s.upTo * intervalMs - 0.5);
  });
});

describe("runClosedLoop", () => {
  it("records the same stall only once: a closed loop waits instead of offering load", async () => {
    const started = performance.now();
    const r = await runClosedLoop(fifoServer(20, 100), { concurrency: 1, durationMs: 400 });
    const wallUs = (performance.now() - started) * 1000;
    expect(r.errors).toBe(0);
    expect(r.latency.maxValue).toBeGreaterThanOrEqual(95_000);
    // One call at a time, each timed from its own start: the latencies cannot add up to more
    // than the run took, however slow the machine. An open loop, which times calls from their
    // intended start, would have charged the stall to every call scheduled behind it.
    expect(r.latency.totalCount).toBeGreaterThan(1);
    expect(r.latency.mean * r.latency.totalCount).toBeLessThanOrEqual(wallUs * 1.01);
  });

  it("keeps `concurrency` calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    await runClosedLoop(
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
      },
      { concurrency: 8, durationMs: 100 },
    );
    expect(most).toBe(8);
  });
});

describe("errorKind", () => {
  it("names Connect codes, string codes and error names", () => {
    expect(errorKind(new ConnectError("x", Code.Unavailable))).toBe("unavailable");
    expect(errorKind(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toBe("ECONNRESET");
    expect(errorKind(new TypeError("x"))).toBe("TypeError");
    expect(errorKind("x")).toBe("error");
  });
});
