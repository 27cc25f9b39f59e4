/**
 * A call waiting for a shared refresh is charged only for the refresh's waits on the store:
 * the provider's part costs its state budget nothing, a store wait that outlasts what is left
 * ends the call's wait (DeadlineError) and not the refresh, and each call has its own budget.
 * No timing assertions: the store's answers are promises the test resolves; the provider's part
 * is a pause far longer than the budget, which a wrong charge would turn into a DeadlineError.
 */
import { describe, expect, it } from "vitest";
import { RefreshWaits } from "../../../sidecar/src/credentials/refresh-waits.js";
import { DeadlineError } from "../../../sidecar/src/limits/deadline.js";
import { StateBudget } from "../../../sidecar/src/state-budget.js";

const BUDGET_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store answer the test gives when it wants. */
function held<T>(): { promise: Promise<T>; answer(value: T): void } {
  let answer!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (answer = resolve));
  return { promise, answer };
}

describe("RefreshWaits", () => {
  it("charges nothing for the provider's part of the refresh, however long", async () => {
    const waits = new RefreshWaits();
    const turn = held<string>();
    const refresh = (async () => {
      await waits.store(turn.promise);
      await sleep(BUDGET_MS * 6); // the provider
      return waits.store(Promise.resolve("fresh"));
    })();
    const waiting = waits.within(refresh, new StateBudget(BUDGET_MS));
    turn.answer("mine");
    await expect(waiting).resolves.toBe("fresh");
  });

  it("ends a call's wait on a store that outlasts its budget, and not the refresh, which a later call gets", async () => {
    const waits = new RefreshWaits();
    const write = held<string>();
    const refresh = (async () => {
      await sleep(BUDGET_MS * 2); // the provider
      return waits.store(write.promise);
    })();
    const first = new StateBudget(BUDGET_MS);
    await expect(waits.within(refresh, first)).rejects.toBeInstanceOf(DeadlineError);
    expect(first.spent).toBe(true);
    // A call with its own budget joins the same refresh, and gets it once the store answers.
    const second = waits.within(refresh, new StateBudget(60_000));
    write.answer("fresh");
    await expect(second).resolves.toBe("fresh");
  });

  it("passes the refresh's own failure on as it is", async () => {
    const waits = new RefreshWaits();
    const refresh = waits.store(Promise.reject(new Error("the provider refused")));
    await expect(waits.within(refresh, new StateBudget(BUDGET_MS))).rejects.toThrow("the provider refused");
  });
});
