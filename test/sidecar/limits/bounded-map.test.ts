/**
 * The bounded map behind the settlement ledger and in-memory reservations: at most
 * `capacity` entries, the oldest insertion dropped first, deletions and re-insertions
 * never confusing the order.
 */
import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../../sidecar/src/limits/bounded-map.js";
import { SettlementLedger } from "../../../sidecar/src/limits/settlement-ledger.js";
import { seededRandom } from "../../helpers/seeded-random.js";

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

  it("matches a model of the last `capacity` insertions under random sets, deletes and re-insertions", () => {
    // The model: a Map (insertion order; a re-inserted key moves to the end) of the keys set
    // among the last 16 insertions and not deleted since. A deletion frees no room: the ring's
    // place stays spent until 16 newer insertions have come, as the map's documentation says.
    const random = seededRandom(7);
    const map = new BoundedMap<number, number>(16);
    const model = new Map<number, { value: number; insertion: number }>();
    let insertions = 0;
    let deleted = 0;
    let dropped = 0;
    for (let step = 0; step < 20_000; step++) {
      const key = random(40);
      if (random(4) === 0) {
        const held = model.delete(key);
        if (held) deleted++;
        expect(map.delete(key)).toBe(held);
      } else {
        map.set(key, step);
        model.delete(key);
        model.set(key, { value: step, insertion: insertions++ });
        for (const [k, e] of model) if (e.insertion < insertions - 16 && model.delete(k)) dropped++;
      }
      expect(map.size).toBe(model.size);
      expect(map.get(key)).toBe(model.get(key)?.value);
      const first = model.entries().next().value;
      expect(map.oldest()).toEqual(first === undefined ? undefined : [first[0], first[1].value]);
    }
    expect([...map.entries()]).toEqual([...model].map(([k, e]) => [k, e.value]));
    // The sequence deleted, dropped and filled the map: the model was exercised.
    expect(deleted).toBeGreaterThan(1000);
    expect(dropped).toBeGreaterThan(1000);
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
