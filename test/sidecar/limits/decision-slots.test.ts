/**
 * Decision ids → slots in typed arrays (decision-slots.ts), behind the settlement ledger and
 * the engine's decided calls: the same insertion order, capacity and deletions as a plain
 * `Map` model, with real decision ids (read as their 128 bits) and other strings (hashed), across
 * the table's growth, the ring's wrap and the deletions that shift probe runs.
 */
import { describe, expect, it } from "vitest";
import { DecidedCalls } from "../../../sidecar/src/decision/decided-calls.js";
import { newDecisionId } from "../../../sidecar/src/decision/decision-id.js";
import { BoundedMap } from "../../../sidecar/src/limits/bounded-map.js";
import { DecisionSlots } from "../../../sidecar/src/limits/decision-slots.js";
import { SettlementLedger } from "../../../sidecar/src/limits/settlement-ledger.js";
import { seededRandom } from "../../helpers/seeded-random.js";

/**
 * The model: `BoundedMap` (the structure these slots replace), id → slot. Both keep insertion
 * order in a ring of `capacity` places, a deleted id leaving its place empty until the ring
 * comes round to it, so an insertion into a full ring drops the oldest entry even when empty
 * places make the count lower than the capacity.
 */
function checkAgainstModel(capacity: number, ids: readonly string[], steps: number, seed: number): void {
  const random = seededRandom(seed);
  const slots = new DecisionSlots(capacity);
  const model = new BoundedMap<string, number>(capacity);
  // Disagreements are collected and asserted once: an expect() per step (and per id every 97
  // steps) cost seconds of the suite's time, the comparisons themselves milliseconds.
  const wrong: string[] = [];
  const same = (what: string, actual: number, expected: number) => {
    if (actual !== expected && wrong.length < 5) wrong.push(`${what}: ${actual}, model ${expected}`);
  };
  for (let step = 0; step < steps && wrong.length === 0; step++) {
    const id = ids[random(ids.length)] as string;
    if (random(4) === 0) {
      same(`step ${step}: delete ${id}`, slots.delete(id), model.get(id) ?? -1);
      model.delete(id);
    } else {
      const slot = slots.add(id);
      if (!(slot >= 0 && slot < capacity)) wrong.push(`step ${step}: add ${id} gave slot ${slot} of ${capacity}`);
      model.set(id, slot);
    }
    same(`step ${step}: size`, slots.size, model.size);
    same(`step ${step}: find ${id}`, slots.find(id), model.get(id) ?? -1);
    same(`step ${step}: oldest`, slots.oldestSlot(), model.oldest()?.[1] ?? -1);
    // Now and then every id: a deletion's shift must leave every other id findable.
    if (step % 97 === 0) for (const other of ids) same(`step ${step}: find ${other}`, slots.find(other), model.get(other) ?? -1);
  }
  expect(wrong).toEqual([]);
  // No two ids share a slot.
  const seen = new Set<number>();
  for (const id of ids) {
    const slot = slots.find(id);
    if (slot >= 0) {
      expect(seen.has(slot)).toBe(false);
      seen.add(slot);
    }
  }
}

describe("DecisionSlots", () => {
  it("keeps what BoundedMap keeps, with decision ids, across growth, wrap and deletions", () => {
    const ids = Array.from({ length: 3000 }, () => newDecisionId());
    checkAgainstModel(1500, ids, 30_000, 7);
  });

  it("keeps what BoundedMap keeps with ids that are not UUIDs (hashed), and with tiny capacities", () => {
    const ids = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `d${i}` : i % 3 === 1 ? `${newDecisionId().toUpperCase()}` : `decision-${i}-x`));
    checkAgainstModel(16, ids, 20_000, 11);
    checkAgainstModel(4, ids.slice(0, 12), 20_000, 1);
    checkAgainstModel(1, ids, 2_000, 13);
  });

  it("keeps ids findable when a deletion breaks a probe run that wraps round the table's end", () => {
    // A UUID's first word is its place in the table (16 places while it holds at most 8 ids):
    // these four all belong at place 15, so they sit at 15, 0, 1 and 2; and one more at 0.
    const at15 = [1, 2, 3, 4].map((n) => `0000000f-0000-4000-8000-00000000000${n}`);
    const at0 = "00000000-0000-4000-8000-000000000009";
    for (const gone of [0, 1, 2]) {
      const slots = new DecisionSlots(8);
      for (const id of [...at15, at0]) slots.add(id);
      slots.delete(at15[gone] as string);
      for (const [i, id] of at15.entries()) expect(slots.find(id) >= 0, `${gone}: ${id}`).toBe(i !== gone);
      expect(slots.find(at0)).toBeGreaterThanOrEqual(0);
    }
  });

  it("finds nothing for an id it never held, however close to one it holds", () => {
    const slots = new DecisionSlots(10);
    const id = "3f2b8c1e-9a4d-4c7e-b1f0-5d6e7a8b9c0d";
    const at = slots.add(id);
    expect(slots.find(id)).toBe(at);
    expect(slots.find("3f2b8c1e-9a4d-4c7e-b1f0-5d6e7a8b9c0e")).toBe(-1);
    expect(slots.find("3F2B8C1E-9A4D-4C7E-B1F0-5D6E7A8B9C0D")).toBe(-1);
    expect(slots.find(`${id} `)).toBe(-1);
    expect(slots.find("")).toBe(-1);
  });

  it("forgets an id deleted after it was the one whose arrival grew the table", () => {
    // The table doubles when an insertion takes it past half full (16 buckets: at the ninth id);
    // the id that arrives then was once put in twice, and the copy left behind by its deletion
    // found it again, at the slot it no longer held.
    for (const before of [8, 16, 32]) {
      const slots = new DecisionSlots(1000);
      for (let i = 0; i < before; i++) slots.add(newDecisionId());
      const grew = newDecisionId();
      const at = slots.add(grew);
      expect(slots.delete(grew)).toBe(at);
      expect(slots.find(grew), `after ${before} ids`).toBe(-1);
      const again = slots.add(grew);
      expect(again).not.toBe(at);
      expect(slots.find(grew)).toBe(again);
    }
  });

  it("holds its arrays only as far as it has been filled", () => {
    const slots = new DecisionSlots(100_000);
    expect(slots.allocated).toBe(0);
    for (let i = 0; i < 10; i++) slots.add(newDecisionId());
    expect(slots.allocated).toBeLessThan(100_000);
  });
});

describe("SettlementLedger and DecidedCalls on slots", () => {
  it("settles a decision still tracked, and forgets it past the TTL", () => {
    let now = 0;
    const ledger = new SettlementLedger({ ttlMs: 1000, now: () => now });
    const id = newDecisionId();
    ledger.open(id, "alice", "held");
    expect(ledger.get(id)).toEqual({ subject: "alice", reservation: "held", expiresAtMs: 1000, settled: false, claimed: false });
    // A settlement under way: claimed once, until released (or settled).
    expect(ledger.claim(id)).toBe(true);
    expect(ledger.claim(id)).toBe(false);
    expect(ledger.get(id)).toMatchObject({ settled: false, claimed: true });
    ledger.release(id);
    expect(ledger.get(id)).toMatchObject({ settled: false, claimed: false });
    expect(ledger.claim(id)).toBe(true);
    ledger.settled(id);
    expect(ledger.get(id)).toMatchObject({ settled: true, claimed: false });
    expect(ledger.claim(id)).toBe(false);
    ledger.release(id); // no effect on a settled decision
    expect(ledger.get(id)?.settled).toBe(true);
    ledger.settled(id);
    expect(ledger.get(id)?.settled).toBe(true);
    // Opened again: a fresh entry, not settled.
    ledger.open(id, "alice", "maybe");
    expect(ledger.get(id)).toMatchObject({ reservation: "maybe", settled: false });
    now = 1000;
    expect(ledger.get(id)).toBeUndefined();
    ledger.settled(id); // no effect on what it no longer tracks
    expect(ledger.get(id)).toBeUndefined();
  });

  it("reopens a settled decision as unsettled, whichever decision grew its table", () => {
    const ledger = new SettlementLedger({ ttlMs: 60_000 });
    for (let i = 0; i < 8; i++) ledger.open(newDecisionId(), "bob", "held");
    const id = newDecisionId();
    ledger.open(id, "alice", "held");
    ledger.settled(id);
    ledger.open(id, "alice", "maybe");
    expect(ledger.get(id)).toMatchObject({ reservation: "maybe", settled: false });
  });

  it("never settles the decision that took over a dropped one's slot", () => {
    const ledger = new SettlementLedger({ ttlMs: 60_000, capacity: 1 });
    const first = newDecisionId();
    const second = newDecisionId();
    ledger.open(first, "alice", "none");
    ledger.open(second, "bob", "none"); // first dropped, its slot reused
    ledger.settled(first);
    expect(ledger.get(first)).toBeUndefined();
    expect(ledger.get(second)?.settled).toBe(false);
  });

  it("remembers decided calls up to their capacity, the oldest going first", () => {
    const calls = new DecidedCalls(2);
    const [a, b, c] = [newDecisionId(), newDecisionId(), newDecisionId()];
    calls.set(a, { subject: "s", workflowId: "w1", hints: { readOnlyHint: true } });
    calls.set(b, { subject: "s", workflowId: "w1", hints: undefined });
    expect(calls.get(a)).toEqual({ subject: "s", workflowId: "w1", hints: { readOnlyHint: true } });
    calls.set(c, { subject: "t", workflowId: "", hints: undefined });
    expect(calls.get(a)).toBeUndefined();
    expect(calls.get(b)?.workflowId).toBe("w1");
    expect(calls.get(c)).toEqual({ subject: "t", workflowId: "", hints: undefined });
    expect(calls.size).toBe(2);
  });
});
