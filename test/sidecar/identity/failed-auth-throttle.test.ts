/**
 * FailedAuthThrottle on an injected clock: which failures wait, how long, when a log line is
 * due, and that waiting failures are capped.
 */
import { describe, expect, it } from "vitest";
import { FailedAuthThrottle } from "../../../sidecar/src/identity/index.js";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("FailedAuthThrottle", () => {
  it("answers the allowance at once, then doubles the delay up to the cap", () => {
    const c = clock();
    const throttle = new FailedAuthThrottle({ allowance: 3, baseDelayMs: 100, maxDelayMs: 1000, now: c.now });
    const delays = Array.from({ length: 8 }, () => throttle.fail().delayMs);
    expect(delays).toEqual([0, 0, 0, 100, 200, 400, 800, 1000]);
  });

  it("forgets failures older than the window", () => {
    const c = clock();
    const throttle = new FailedAuthThrottle({ allowance: 2, windowMs: 60_000, baseDelayMs: 100, now: c.now });
    for (let i = 0; i < 5; i++) throttle.fail();
    expect(throttle.fail().delayMs).toBeGreaterThan(0);
    c.advance(60_001);
    expect(throttle.fail().delayMs).toBe(0);
  });

  it("asks for one log line per interval, carrying the failures since the previous one", () => {
    const c = clock();
    const throttle = new FailedAuthThrottle({ logEveryMs: 10_000, now: c.now });
    expect(throttle.fail().log).toEqual({ failures: 1 });
    for (let i = 0; i < 40; i++) expect(throttle.fail().log).toBeUndefined();
    c.advance(10_000);
    expect(throttle.fail().log).toEqual({ failures: 41 });
  });

  it("refuses at once when too many failures are already waiting", async () => {
    const throttle = new FailedAuthThrottle({ allowance: 0, baseDelayMs: 60_000, maxWaiting: 2 });
    const first = throttle.fail();
    const second = throttle.fail();
    expect([first.refuse, second.refuse]).toEqual([false, false]);
    void throttle.wait(first);
    void throttle.wait(second);
    expect(throttle.fail().refuse).toBe(true);
  });
});
