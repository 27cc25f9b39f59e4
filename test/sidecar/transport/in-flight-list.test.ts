/**
 * The request path's in-flight list: values come back oldest first; removal is O(1), happens
 * once, and may happen during iteration — of the value at hand or of one ahead of it — without
 * skipping or repeating any value still in the list.
 */
import { describe, expect, it } from "vitest";
import { InFlightList } from "../../../sidecar/src/transport/in-flight-list.js";

describe("InFlightList", () => {
  it("keeps insertion order, counts its values and removes each entry once", () => {
    const list = new InFlightList<string>();
    const a = list.add("a");
    const b = list.add("b");
    const c = list.add("c");
    expect([...list]).toEqual(["a", "b", "c"]);
    expect(list.size).toBe(3);
    expect(list.remove(b)).toBe(true);
    expect(list.remove(b)).toBe(false);
    expect([...list]).toEqual(["a", "c"]);
    expect(list.remove(a)).toBe(true);
    expect(list.remove(c)).toBe(true);
    expect([...list]).toEqual([]);
    expect(list.size).toBe(0);
    list.add("d");
    expect([...list]).toEqual(["d"]);
  });

  it("allows removing the current value, or one ahead, while iterating", () => {
    const list = new InFlightList<number>();
    const entries = Array.from({ length: 10 }, (_, i) => list.add(i));
    const seen: number[] = [];
    for (const entry of list.entries()) {
      seen.push(entry.value);
      if (entry.value % 2 === 0) list.remove(entry); // the one at hand
      if (entry.value === 3) {
        list.remove(entries[4]!); // ahead of us
        list.remove(entries[5]!);
      }
    }
    expect(seen).toEqual([0, 1, 2, 3, 6, 7, 8, 9]);
    expect([...list]).toEqual([1, 3, 7, 9]);
    expect(list.size).toBe(4);
  });

  it("visits values added during iteration while it has not reached the end", () => {
    const list = new InFlightList<string>();
    list.add("a");
    list.add("b");
    const seen: string[] = [];
    for (const value of list) {
      seen.push(value);
      if (value === "a") list.add("c");
    }
    expect(seen).toEqual(["a", "b", "c"]);
  });
});
