/**
 * `ByteBudget`: the limit for any request, and the reserve above it that only small requests
 * may use, so that large bodies holding the whole limit do not refuse an Authorize.
 */
import { describe, expect, it } from "vitest";
import { ByteBudget } from "../../../sidecar/src/transport/byte-budget.js";

describe("ByteBudget", () => {
  it("refuses a large request past the limit, lets a small one into the reserve, and no further", () => {
    const budget = new ByteBudget(1600);
    expect(budget.reserve).toBe(100);
    expect(budget.tryReserve(1600, false)).toBe(true);
    expect(budget.tryReserve(1, false)).toBe(false);
    expect(budget.tryReserve(60, true)).toBe(true);
    expect(budget.tryReserve(41, true)).toBe(false);
    expect(budget.tryReserve(40, true)).toBe(true);
    expect(budget.used).toBe(1700);
    budget.release(1700);
    expect(budget.used).toBe(0);
  });
});
