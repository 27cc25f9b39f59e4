/**
 * The SDK's int64 ↔ number conversion on its own, through nested lists of messages: numbers
 * out of decoded messages, bigints into request inits (copied, never the caller's object),
 * and a clear TypeError naming the path of a number that is no int64.
 */
import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { AuthorizeResponseSchema, int64FromNumber, int64ToNumber, LimitStatusSchema } from "@portcullis/sdk";

describe("int64ToNumber", () => {
  it("turns every 64-bit integer into a number, in nested lists too", () => {
    const decoded = create(AuthorizeResponseSchema, {
      retryAfterMs: 1500n,
      limits: [create(LimitStatusSchema, { name: "a", remaining: 7n }), create(LimitStatusSchema, { name: "b", retryAfterMs: 9_007_199_254_740_991n })],
    });
    const out = int64ToNumber(AuthorizeResponseSchema, decoded);
    expect(out.retryAfterMs).toBe(1500);
    expect(out.limits.map((l) => [l.remaining, l.retryAfterMs])).toEqual([
      [7, 0],
      [0, Number.MAX_SAFE_INTEGER],
    ]);
  });
});

describe("int64FromNumber", () => {
  it("copies the init with bigints, in nested lists too, and leaves the caller's object alone", () => {
    const init = {
      retryAfterMs: 3,
      limits: [
        { name: "a", remaining: 5 },
        { name: "b", remaining: 6n },
      ],
    };
    const out = int64FromNumber(AuthorizeResponseSchema, init, "Test");
    expect(out).toMatchObject({
      retryAfterMs: 3n,
      limits: [
        { name: "a", remaining: 5n },
        { name: "b", remaining: 6n },
      ],
    });
    expect(init).toEqual({
      retryAfterMs: 3,
      limits: [
        { name: "a", remaining: 5 },
        { name: "b", remaining: 6n },
      ],
    });
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("refuses %s, naming the RPC and the path", (bad) => {
    expect(() => int64FromNumber(AuthorizeResponseSchema, { limits: [{ remaining: 1 }, { remaining: bad }] }, "Test")).toThrow(
      new TypeError(`Test: limits[1].remaining must be a whole number no larger than 2^53 - 1, not ${bad}`),
    );
  });
});
