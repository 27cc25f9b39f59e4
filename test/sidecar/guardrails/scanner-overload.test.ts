/**
 * The guardrail scanner under more large responses than it has room for: a burst that queues on
 * the pool, a thread stopped and replaced, and a burst that arrives while the pool starts.
 *
 * What must hold: a scan that cannot start within its deadline is refused (fail closed) without
 * stopping a healthy thread; a replacement thread takes no task before its detectors are built;
 * and while the pool starts, the large responses scanned on the serving thread take turns with
 * its other calls instead of holding it for the whole burst. Each was broken: a burst of twelve
 * 2 MB responses stopped the one pool thread by its backstop, every replacement thread was
 * stopped in turn while it built its detectors (no large response was scanned again while they
 * kept coming), and on a fresh sidecar the same burst held the event loop for ~4 s.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_INLINE_MAX_BYTES, GuardrailError, GuardrailScanner, payloadBytes, type ScanOutcome } from "../../../sidecar/src/guardrails/index.js";

const HELD_WORKER = fileURLToPath(new URL("../../fixtures/held-scan-worker.mjs", import.meta.url));
const SLOW_WORKER = fileURLToPath(new URL("../../fixtures/slow-start-scan-worker.mjs", import.meta.url));
const LARGE = `${"lorem ipsum dolor sit amet ".repeat(400)} mail jane@example.com`;
/** ~2 MB: long enough to scan that a timer of a few milliseconds fires well before it is done. */
const HUGE = "Lorem ipsum dolor sit amet, contact jane@example.com about the invoice. ".repeat(28_000);

const threadOf = (outcome: ScanOutcome): number => (outcome as ScanOutcome & { threadId: number }).threadId;

/** The scan's outcome, or the GuardrailError it was refused with. */
const settle = (scanning: Promise<ScanOutcome>): Promise<ScanOutcome | GuardrailError> =>
  scanning.catch((err: unknown) => {
    if (err instanceof GuardrailError) return err;
    throw err;
  });

describe("GuardrailScanner under a burst of large responses", () => {
  it("refuses unscanned what waited past its deadline for the busy thread, and never stops that thread", async () => {
    expect(payloadBytes({ text: LARGE })).toBeGreaterThanOrEqual(DEFAULT_INLINE_MAX_BYTES);
    const scanner = new GuardrailScanner({ maxThreads: 1, minThreads: 1, workerFilename: HELD_WORKER });
    try {
      await scanner.start();
      const config = { pii: "mutate", deadlineMs: 1000 } as const;
      // The first holds the one thread for 2 s; the other two wait for it past their deadline.
      const burst = await Promise.all([0, 1, 2].map(() => settle(scanner.scan({ text: `hold 2000 ms ${LARGE}` }, config))));
      const [first, ...queued] = burst;
      expect(first).not.toBeInstanceOf(GuardrailError);
      for (const refused of queued) {
        expect(refused).toBeInstanceOf(GuardrailError);
        expect(refused).toMatchObject({
          code: "deadline_exceeded",
          message: expect.stringMatching(/waited \d+ ms for a scan thread, past its 1000 ms deadline/),
        });
      }
      // Refused at the start, not stopped mid-scan: the thread that scanned the first is still there.
      const after = await scanner.scan({ text: LARGE }, config);
      expect(after.action).toBe("mutate");
      expect(threadOf(after)).toBe(threadOf(first as ScanOutcome));
    } finally {
      await scanner.close();
    }
  });

  it("gives a thread started in place of a stopped one no task before its detectors are built", async () => {
    const scanner = new GuardrailScanner({ maxThreads: 1, minThreads: 1, workerFilename: HELD_WORKER });
    try {
      await scanner.start();
      // A deadline far shorter than building the detectors (~1 s of CPU): a new thread that
      // built them inside its first task would be stopped by that task's backstop, every time.
      const config = { pii: "mutate", deadlineMs: 50 } as const;
      const stuck = await settle(scanner.scan({ text: `hold 5000 ms ${LARGE}` }, config));
      expect(stuck).toMatchObject({ code: "deadline_exceeded" });
      let scanned: ScanOutcome | undefined;
      for (let attempt = 0; attempt < 300 && scanned === undefined; attempt++) {
        const outcome = await settle(scanner.scan({ text: LARGE }, config));
        if (outcome instanceof GuardrailError) await new Promise((resolve) => setTimeout(resolve, 100));
        else scanned = outcome;
      }
      expect(scanned?.action).toBe("mutate");
    } finally {
      await scanner.close();
    }
  });

  it("while the pool starts, scans large responses on the serving thread in turns, with its other work in between", async () => {
    // The pool's threads take 3 s to load: every scan here runs on this thread.
    const scanner = new GuardrailScanner({ maxThreads: 1, workerFilename: SLOW_WORKER });
    try {
      const events: string[] = [];
      const config = { pii: "detect", deadlineMs: 30_000 } as const;
      const scans = [0, 1, 2].map((i) =>
        scanner.scan({ text: HUGE }, config).then((outcome) => {
          events.push(`scan ${i}`);
          return outcome;
        }),
      );
      setTimeout(() => events.push("other work"), 0);
      const outcomes = await Promise.all(scans);
      expect(outcomes.map((o) => o.action)).toEqual(["flag", "flag", "flag"]);
      expect(scanner.poolReady).toBe(false);
      // The first is scanned at once; the second waits as long as the first took, which lets
      // the timer run (before, all three ran back to back before anything else).
      expect(events).toEqual(["scan 0", "other work", "scan 1", "scan 2"]);
    } finally {
      await scanner.close();
    }
  });

  it("refuses a large response that cannot get its turn on the serving thread within its deadline", async () => {
    const scanner = new GuardrailScanner({ maxThreads: 1, workerFilename: SLOW_WORKER });
    try {
      const first = scanner.scan({ text: HUGE }, { pii: "detect", deadlineMs: 30_000 });
      // Its turn comes once the first has taken as long again (tens of ms at least): past 5 ms.
      const second = await settle(scanner.scan({ text: HUGE }, { pii: "detect", deadlineMs: 5 }));
      expect((await first).action).toBe("flag");
      expect(second).toMatchObject({
        code: "deadline_exceeded",
        message: expect.stringMatching(/waited \d+ ms for its turn on the serving thread while the scan threads start, past its 5 ms deadline/),
      });
    } finally {
      await scanner.close();
    }
  });
});
