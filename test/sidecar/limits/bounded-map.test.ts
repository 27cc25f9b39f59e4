/**
 * The bounded map behind the settlement ledger and in-memory reservations: at most
 * `capacity` entries, the oldest insertion dropped first, deletions and re-insertions
 * never confusing the order.
 */
import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../../sidecar/src/limits/bounded-map.js";
import { SettlementLedger } from "../../../sidecar/src/limits/settlement-ledger.js";

describe("BoundedMap", () => {
  it("drops the oldest insertion when full", () => {
    const map = new BoundedMap<string, number>(3);
    for (const [i, key] of ["a", "b", "c", "d"].entries()) map.set(key, i);
    expect([...map.entries()]).toEqual([
      ["b", 1],
      ["c", 2],
      ["d", 3],
    ]);
    expect(map.oldest()).toEqual(["b", 1]);
  });

  it("moves a re-inserted key to the newest place, and skips deleted ones", () => {
    const map = new BoundedMap<string, number>(3);
    map.set("a", 1);
    map.set("b", 2);
    map.set("a", 3); // a is now the newest
    map.set("c", 4);
    map.set("d", 5); // full: b goes, not a
    expect(map.has("b")).toBe(false);
    expect(map.get("a")).toBe(3);
    map.delete("c");
    expect(map.oldest()).toEqual(["a", 3]);
    map.set("e", 6);
    map.set("f", 7);
    expect([...map.entries()].map(([k]) => k)).toEqual(["d", "e", "f"]);
  });

  it("never holds more than its capacity under churn", () => {
    const map = new BoundedMap<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      map.set(i, i);
      if (i % 3 === 0) map.delete(i - 50);
      if (i % 7 === 0) map.set(i - 10, i);
      expect(map.size).toBeLessThanOrEqual(100);
    }
    expect(map.has(9_999)).toBe(true);
  });

  it("matches a plain insertion-ordered model under random sets, deletes and re-insertions", () => {
    // The model: a Map (insertion order; a re-inserted key moves to the end) that drops its
    // first key when it grows past the capacity.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const map = new BoundedMap<number, number>(16);
    const model = new Map<number, number>();
    for (let step = 0; step < 20_000; step++) {
      const key = random(40);
      if (random(4) === 0) {
        expect(map.delete(key)).toBe(model.delete(key));
      } else {
        map.set(key, step);
        model.delete(key);
        model.set(key, step);
        if (model.size > 16) model.delete(model.keys().next().value!);
      }
      expect(map.size).toBe(model.size);
      expect(map.get(key)).toBe(model.get(key));
      expect(map.oldest()).toEqual(model.size === 0 ? undefined : [...model.entries()][0]);
    }
    expect([...map.entries()]).toEqual([...model.entries()]);
  });
});

describe("SettlementLedger", () => {
  it("forgets decisions after their TTL and beyond its capacity", () => {
    let now = 0;
    const ledger = new SettlementLedger({ ttlMs: 1000, capacity: 2, now: () => now });
    ledger.open("d1", "alice", "held");
    ledger.open("d2", "alice", "none");
    expect(ledger.get("d1")).toMatchObject({ subject: "alice", reservation: "held", settled: false });
    ledger.open("d3", "bob", "none");
    expect(ledger.get("d1")).toBeUndefined();
    now = 1000;
    expect(ledger.get("d2")).toBeUndefined();
    ledger.open("d4", "bob", "none");
    expect(ledger.size).toBeLessThanOrEqual(2);
  });
});
