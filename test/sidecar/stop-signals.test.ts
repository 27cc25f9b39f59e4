/**
 * What repeated stop signals do (stop-signals.ts, shared by serve and the gateway): the first
 * requests the stop; repeats are logged and change nothing; only the third SIGINT, once the
 * drain has begun, cuts it short; SIGTERMs never do. The commands' own end-to-end tests
 * (repeated-stop-signals, gateway-drain) show the same on real processes.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../sidecar/src/logger.js";
import { StopSignals } from "../../sidecar/src/stop-signals.js";

function signals() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { stops: new StopSignals(createLogger({ level: "info", destination })), lines };
}

describe("StopSignals", () => {
  it("the first signal requests the stop; a repeat before the drain is logged and changes nothing", async () => {
    const { stops, lines } = signals();
    expect(stops.signal).toBeUndefined();
    stops.receive("SIGTERM");
    expect(await stops.requested).toBe("SIGTERM");
    stops.receive("SIGINT");
    stops.receive("SIGINT");
    expect(stops.signal).toBe("SIGTERM");
    expect(stops.cutShort.signal.aborted).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((l) => l.msg === "stop already requested; shutting down once the start has finished")).toHaveLength(2);
  });

  it("the third SIGINT cuts a drain short; SIGTERMs never do", async () => {
    const { stops, lines } = signals();
    stops.receive("SIGINT");
    stops.beginDrain(60_000);
    for (let i = 0; i < 5; i++) stops.receive("SIGTERM");
    stops.receive("SIGINT");
    expect(stops.cutShort.signal.aborted).toBe(false);
    stops.receive("SIGINT");
    expect(stops.cutShort.signal.aborted).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    const repeats = lines.filter((l) => l.msg === "drain already under way; it goes on until its calls finish or its deadline");
    expect(repeats).toHaveLength(6);
    expect(repeats[0]!.deadlineInMs).toBeGreaterThan(0);
    expect(lines.some((l) => l.msg === "third SIGINT: cutting the drain short" && l.count === 3)).toBe(true);
  });
});
