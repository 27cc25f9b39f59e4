/**
 * Readiness while the state store is down: unready exactly when something kept in the store
 * fails closed without it — an enforced limit, or the workflow taint — and ready when all of
 * it fails open or is in shadow mode. (The real-Redis outage end to end is in
 * limit-state-health.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createLogger, LimitStateWatch, type CompiledLimit, type StateStore } from "@portcullis/sidecar";

/** A store that is down; the watch reads only its availability and subscribes to changes. */
const downStore = { kind: "redis", availability: "down", onAvailability: () => () => undefined } as unknown as StateStore;
const limit = (failOpen: boolean, shadow = false) => ({ failOpen, shadow }) as unknown as CompiledLimit;
const silent = createLogger({ level: "silent" });

describe("LimitStateWatch readiness with the store down", () => {
  it.each([
    { limits: [limit(true)], taintFailsClosed: true, ready: false },
    { limits: [limit(true)], taintFailsClosed: false, ready: true },
    { limits: [limit(false)], taintFailsClosed: false, ready: false },
    { limits: [limit(false, true)], taintFailsClosed: false, ready: true },
    { limits: [], taintFailsClosed: true, ready: false },
  ])("limits fail open/closed/shadow, taint fails closed: $taintFailsClosed → ready $ready", ({ limits, taintFailsClosed, ready }) => {
    const watch = new LimitStateWatch(downStore, silent, { limits: () => limits, othersFailClosed: () => taintFailsClosed });
    expect(watch.ready).toBe(ready);
    watch.close();
  });
});
