/**
 * `DeadlineSweeper`: the in-process calls' deadlines on one timer. Each deadline expires once,
 * not before its time, whatever order deadlines are added in; a removed one never expires; and
 * the sweeper holds nothing once its calls are done.
 */
import { describe, expect, it } from "vitest";
import { DeadlineSweeper } from "../../../sidecar/src/transport/deadline-sweeper.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the sweeper holds nothing (however slow the machine), then a little longer. */
async function drained(sweeper: DeadlineSweeper): Promise<void> {
  for (let waited = 0; sweeper.size > 0 && waited < 10_000; waited += 10) await sleep(10);
  await sleep(30);
}

describe("DeadlineSweeper", () => {
  it("expires each deadline once, no earlier than asked, in any order of adding", async () => {
    const sweeper = new DeadlineSweeper();
    const started = performance.now();
    const expired: [string, number][] = [];
    const at = (name: string) => () => expired.push([name, performance.now() - started]);
    sweeper.add(60, at("late"));
    sweeper.add(20, at("early")); // earlier than the armed timer: it is moved
    sweeper.add(40, at("middle"));
    await drained(sweeper);
    expect(expired.map(([name]) => name)).toEqual(["early", "middle", "late"]);
    for (const [name, ms] of expired) expect(ms, name).toBeGreaterThanOrEqual({ early: 19, middle: 39, late: 59 }[name]!);
    expect(sweeper.size).toBe(0);
  });

  it("never expires a removed deadline, and keeps only the pending ones", async () => {
    const sweeper = new DeadlineSweeper();
    const expired: string[] = [];
    const done = sweeper.add(20, () => expired.push("done"));
    sweeper.add(20, () => expired.push("pending"));
    sweeper.remove(done);
    expect(sweeper.size).toBe(1);
    await drained(sweeper);
    expect(expired).toEqual(["pending"]);
    expect(sweeper.size).toBe(0);
  });
});
