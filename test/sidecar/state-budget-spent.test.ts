/**
 * A wait that the budget's deadline ends leaves the budget spent, whatever the clock says: a
 * timer can fire while the measured wait is a fraction of a millisecond short of the budget,
 * and a budget that then still had 0.3 ms left let the next wait start (seen as a flaky
 * `spent === false` under a loaded test run). The clock is held still here, so the measured
 * wait is zero and only the deadline's firing can spend the budget.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { DeadlineError } from "../../sidecar/src/limits/deadline.js";
import { StateBudget } from "../../sidecar/src/state-budget.js";

afterEach(() => vi.restoreAllMocks());

describe("StateBudget", () => {
  it("is spent once its deadline ends a wait, and refuses the next wait at once", async () => {
    const budget = new StateBudget(5);
    vi.spyOn(performance, "now").mockReturnValue(1_000);
    await expect(budget.wait(new Promise(() => undefined))).rejects.toBeInstanceOf(DeadlineError);
    expect(budget.spent).toBe(true);
    // An answer already there is not taken: nothing is left to wait for it with.
    await expect(budget.wait(Promise.resolve("late"))).rejects.toBeInstanceOf(DeadlineError);
  });
});
