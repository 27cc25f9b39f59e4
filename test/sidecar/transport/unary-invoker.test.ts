/**
 * How a call of the unary invoker ends when more than one thing could end it: the handler's
 * answer or error, its deadline, the caller's signal, the caller's `onCancel`. The first one
 * decides, what comes later changes nothing (no second settlement, no unhandled rejection from
 * a handler that fails after its call was cut off), and nothing the call registered outlives
 * it: the deadline, the listener on the caller's signal, the `onCancel` hook.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { AuthorizeRequestSchema, GovernanceService } from "@portcullis/sdk/gen";
import { describe, expect, it } from "vitest";
import { createUnaryInvoker } from "../../../sidecar/src/transport/unary-invoker.js";

const AUTHORIZE = GovernanceService.method.authorize;
const request = () => create(AuthorizeRequestSchema, { server: "s" });

/** An invoker whose Authorize settles when the test says, and records its signal. */
function controllable() {
  const seen: { signal?: AbortSignal; settle?: (outcome: Error | string) => void } = {};
  const invoker = createUnaryInvoker((router) => {
    router.service(GovernanceService, {
      authorize: (_req, ctx) => {
        seen.signal = ctx.signal;
        return new Promise((resolve, reject) => {
          seen.settle = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve({ message: outcome }));
        });
      },
    });
  });
  return { invoker, seen };
}

describe("the unary invoker's end of a call", () => {
  it("answers with the handler's message and unregisters its onCancel hook", async () => {
    const { invoker, seen } = controllable();
    let registered = 0;
    const call = invoker.invoke(AUTHORIZE, {
      message: request(),
      timeoutMs: 60_000,
      onCancel: () => {
        registered++;
        return () => registered--;
      },
    });
    await new Promise((r) => setImmediate(r));
    expect(registered).toBe(1);
    seen.settle!("done");
    expect((await call).message.message).toBe("done");
    expect(registered).toBe(0);
    expect(seen.signal!.aborted).toBe(false);
  });

  it("keeps the first ending: a cancel after the answer, or an answer or error after a cancel, changes nothing", async () => {
    const { invoker, seen } = controllable();
    let cancel: ((reason: ConnectError) => void) | undefined;
    const onCancel = (c: (reason: ConnectError) => void) => {
      cancel = c;
      return () => undefined;
    };
    const answered = invoker.invoke(AUTHORIZE, { message: request(), onCancel });
    await new Promise((r) => setImmediate(r));
    seen.settle!("first");
    await expect(answered).resolves.toMatchObject({ message: { message: "first" } });
    cancel!(new ConnectError("late", Code.Canceled));
    expect(seen.signal!.aborted).toBe(false);

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const cancelled = invoker.invoke(AUTHORIZE, { message: request(), onCancel });
      await new Promise((r) => setImmediate(r));
      cancel!(new ConnectError("the client went away", Code.Canceled));
      await expect(cancelled).rejects.toMatchObject({ code: Code.Canceled, rawMessage: "the client went away" });
      expect(seen.signal!.aborted).toBe(true);
      seen.settle!(new Error("failed after the cancel"));
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("ends at the deadline and then leaves the caller's signal without its listener", async () => {
    const { invoker, seen } = controllable();
    const caller = new AbortController();
    const added: string[] = [];
    const removed: string[] = [];
    const { addEventListener, removeEventListener } = caller.signal;
    caller.signal.addEventListener = function (this: AbortSignal, ...args: Parameters<AbortSignal["addEventListener"]>) {
      added.push(args[0]);
      return addEventListener.apply(this, args);
    };
    caller.signal.removeEventListener = function (this: AbortSignal, ...args: Parameters<AbortSignal["removeEventListener"]>) {
      removed.push(args[0]);
      return removeEventListener.apply(this, args);
    };
    await expect(invoker.invoke(AUTHORIZE, { message: request(), signal: caller.signal, timeoutMs: 15 })).rejects.toMatchObject({
      code: Code.DeadlineExceeded,
    });
    expect(seen.signal!.aborted).toBe(true);
    expect([added, removed]).toEqual([["abort"], ["abort"]]);
    // The caller aborting afterwards reaches nothing.
    caller.abort();
    seen.settle!("too late");
  });

  it("answers a handler's own error with its code and any other error as Internal, its text kept out", async () => {
    const { invoker, seen } = controllable();
    const own = invoker.invoke(AUTHORIZE, { message: request(), timeoutMs: 60_000 });
    await new Promise((r) => setImmediate(r));
    seen.settle!(new ConnectError("no such tool", Code.NotFound));
    await expect(own).rejects.toMatchObject({ code: Code.NotFound, rawMessage: "no such tool" });
    for (const timeoutMs of [60_000, undefined]) {
      const other = invoker.invoke(AUTHORIZE, { message: request(), timeoutMs });
      await new Promise((r) => setImmediate(r));
      seen.settle!(new Error("secret detail"));
      await expect(other).rejects.toMatchObject({ code: Code.Internal, rawMessage: "internal error" });
    }
  });
});
