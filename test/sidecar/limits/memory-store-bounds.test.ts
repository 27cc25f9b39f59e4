/**
 * The in-memory limit state stays bounded however many workflows callers mint: step counters,
 * duplicate-guard entries and workflows' taint are kept for the least recently used to go first
 * past the bound, rate and budget counters are never dropped, and each live entry dropped is
 * reported. (Unbounded, 1.5 million workflows with a step cap and a duplicate guard held 448 MB
 * of heap, kept for the counters' 24 h.)
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../sidecar/src/logger.js";
import { DROPPED_STATE_LOG_EVERY_MS, droppedStateLog, type LimitOp, MemoryStateStore } from "../../../sidecar/src/limits/index.js";

const steps = (key: string, cap = 2): LimitOp => ({ kind: "steps", key, shadow: false, cap, ttlMs: 60_000 });
const dup = (key: string): LimitOp => ({ kind: "duplicate", key, shadow: false, windowMs: 60_000 });
const rate = (key: string): LimitOp => ({ kind: "rate", key, shadow: false, intervalUs: 60_000_000, burst: 1 });
const taint = (key: string): LimitOp => ({ kind: "taint", key, shadow: false, legs: 1, rules: [{ need: 1, when: 2 }], ttlMs: 60_000, call: "d web/fetch" });

async function allowed(store: MemoryStateStore, op: LimitOp): Promise<boolean> {
  const [result] = await store.apply([op], { commit: true });
  return result!.allowed;
}

describe("MemoryStateStore bounds", () => {
  it("drops the least recently used step counter past the bound, and reports it", async () => {
    const dropped: string[] = [];
    const store = new MemoryStateStore({ maxWorkflowKeys: 3, onDropped: (what) => dropped.push(what) });
    try {
      for (const w of ["w1", "w2", "w3"]) expect(await allowed(store, steps(w))).toBe(true);
      expect(await allowed(store, steps("w1"))).toBe(true); // w1's second step: now the most recent
      expect(dropped).toEqual([]);
      expect(await allowed(store, steps("w4"))).toBe(true); // pushes out w2, the least recently used
      expect(dropped).toEqual(["step or duplicate entry"]);
      expect(await allowed(store, steps("w1"))).toBe(false); // kept: both steps spent
      expect(await allowed(store, steps("w2"))).toBe(true); // dropped: counts from zero again
    } finally {
      await store.close();
    }
  });

  it("keeps a counter the workflow goes on using, however many others come after it", async () => {
    const store = new MemoryStateStore({ maxWorkflowKeys: 4 });
    try {
      for (let i = 0; i < 50; i++) {
        expect(await allowed(store, steps("busy", 100))).toBe(true);
        await allowed(store, steps(`once-${i}`));
        await allowed(store, dup(`call-${i}`));
      }
      // 50 steps counted, none lost: the 51st of a cap of 51 is the last allowed.
      expect(await allowed(store, steps("busy", 51))).toBe(true);
      expect(await allowed(store, steps("busy", 51))).toBe(false);
    } finally {
      await store.close();
    }
  });

  it("keeps a workflow at its cap, and a call refused as a duplicate, while they are still tried", async () => {
    const store = new MemoryStateStore({ maxWorkflowKeys: 3 });
    try {
      expect(await allowed(store, steps("capped", 1))).toBe(true);
      expect(await allowed(store, dup("looping"))).toBe(true);
      for (let i = 0; i < 10; i++) {
        expect(await allowed(store, steps("capped", 1))).toBe(false);
        expect(await allowed(store, dup("looping"))).toBe(false);
        await allowed(store, steps(`other-${i}`));
      }
    } finally {
      await store.close();
    }
  });

  it("never drops rate counters, and bounds the duplicate guard and workflows' taint too", async () => {
    const dropped: string[] = [];
    const store = new MemoryStateStore({ maxWorkflowKeys: 2, onDropped: (what) => dropped.push(what) });
    try {
      expect(await allowed(store, rate("rate:alice"))).toBe(true);
      expect(await allowed(store, dup("call-a"))).toBe(true);
      for (let i = 0; i < 10; i++) {
        await allowed(store, steps(`w${i}`));
        await allowed(store, taint(`t${i}`));
      }
      expect(await allowed(store, rate("rate:alice"))).toBe(false); // still counted
      expect(await allowed(store, dup("call-a"))).toBe(true); // dropped: the same call passes again
      expect(dropped.filter((d) => d === "workflow taint")).toHaveLength(8);
      expect(dropped.filter((d) => d === "step or duplicate entry").length).toBeGreaterThanOrEqual(9);
    } finally {
      await store.close();
    }
  });

  it("does not report an entry that had expired before it was dropped", async () => {
    let now = 1_000_000_000;
    const dropped: string[] = [];
    const store = new MemoryStateStore({ maxWorkflowKeys: 1, now: () => now, onDropped: (what) => dropped.push(what) });
    try {
      await allowed(store, steps("old"));
      now += 61_000_000; // past its 60 s
      await allowed(store, steps("new"));
      expect(dropped).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe("droppedStateLog", () => {
  afterEach(() => vi.useRealTimers());

  it("warns at the first drop, then at most once a minute with what was dropped since", async () => {
    vi.useFakeTimers();
    const lines: Array<{ level: number; dropped?: Record<string, number>; msg: string }> = [];
    const logger = createLogger({ level: "info", destination: { write: (text: string) => void lines.push(JSON.parse(text)) } });
    const report = droppedStateLog(logger, 2);
    const store = new MemoryStateStore({ maxWorkflowKeys: 2, onDropped: report });
    try {
      for (let i = 0; i < 5; i++) await store.apply([steps(`w${i}`)], { commit: true });
      expect(lines.map((l) => l.dropped)).toEqual([{ "step or duplicate entry": 1 }]);
      expect(lines[0]?.msg).toMatch(/limit state in memory is full.*--redis/);
      vi.advanceTimersByTime(DROPPED_STATE_LOG_EVERY_MS);
      expect(lines.map((l) => l.dropped)).toEqual([{ "step or duplicate entry": 1 }, { "step or duplicate entry": 2 }]);
      vi.advanceTimersByTime(DROPPED_STATE_LOG_EVERY_MS); // nothing dropped meanwhile: no line
      expect(lines).toHaveLength(2);
      await store.apply([taint("t1")], { commit: true });
      await store.apply([taint("t2")], { commit: true });
      await store.apply([taint("t3")], { commit: true }); // a drop after a quiet minute warns at once
      expect(lines.at(-1)?.dropped).toEqual({ "workflow taint": 1 });
    } finally {
      await store.close();
    }
  });
});

describe("MemoryStateStore withdrawal", () => {
  const all = (tag: string): LimitOp[] => [
    { kind: "rate", key: `rate:${tag}`, shadow: false, intervalUs: 30_000_000, burst: 2 },
    steps(`steps:${tag}`, 5),
    dup(`dup:${tag}`),
    { kind: "tokens", key: `tokens:${tag}`, shadow: false, limit: 100, amount: 60, period: "day" },
    taint(`taint:${tag}`),
  ];
  const apply = (store: MemoryStateStore, decisionId: string, ops: LimitOp[]) =>
    store.apply(ops, { commit: true, decisionId, reservation: { id: decisionId, subject: "alice", ttlMs: 60_000 } });

  it("gives back exactly what a decision consumed: rate slot, step, duplicate guard, budget and its reservation, taint", async () => {
    const store = new MemoryStateStore();
    try {
      expect((await apply(store, "d1", all("a"))).every((r) => r.allowed)).toBe(true);
      store.cancel("d1");
      expect(await store.settle("d1", "alice", 10)).toBe("unknown"); // the reservation went with it
      // Everything is as before d1: the same decision is allowed again, and consumes the same.
      const again = await apply(store, "d2", all("a"));
      expect(again.map((r) => r.allowed)).toEqual([true, true, true, true, true]);
      expect(again.map((r) => r.remaining)).toEqual([1, 4, 0, 40, 0]);
      expect(again[4]?.workflow?.bits).toBe(0); // d1's taint was taken back
      // Cancelling twice, or a decision never seen, changes nothing.
      store.cancel("d1");
      store.cancel("never");
      // d2's use stands: a second rate slot (burst 2), a step, but the same call again is a
      // duplicate and the budget has 40 left of the 60 asked.
      expect((await apply(store, "d3", all("a"))).map((r) => r.allowed)).toEqual([true, true, false, false, true]);
    } finally {
      await store.close();
    }
  });
});

describe("MemoryStateStore taint bound", () => {
  it("keeps the taint of a workflow in use, even when its calls add nothing to it", async () => {
    const store = new MemoryStateStore({ maxWorkflowKeys: 3 });
    // A rule that refuses a call of kind 2 once the workflow holds bit 1 (untrusted content read).
    const read = (key: string): LimitOp => ({ kind: "taint", key, shadow: false, legs: 1, rules: [{ need: 1, when: 2 }], ttlMs: 60_000, call: "d web/fetch" });
    const act = (key: string): LimitOp => ({ kind: "taint", key, shadow: false, legs: 2, rules: [{ need: 1, when: 2 }], ttlMs: 60_000, call: "d mail/send" });
    // A call of no class: it neither taints nor is refused.
    const plain = (key: string): LimitOp => ({ kind: "taint", key, shadow: false, legs: 0, rules: [{ need: 1, when: 2 }], ttlMs: 60_000, call: "d calc/add" });
    try {
      await allowed(store, read("busy"));
      for (let i = 0; i < 10; i++) {
        expect(await allowed(store, plain("busy"))).toBe(true); // adds nothing to busy's taint
        await allowed(store, read(`other-${i}`));
      }
      expect(await allowed(store, act("busy"))).toBe(false); // still tainted
    } finally {
      await store.close();
    }
  });
});
