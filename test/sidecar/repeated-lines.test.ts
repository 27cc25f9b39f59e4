/**
 * RepeatedLines: a per-call line is written the first time in a window and its repeats as one
 * line with their count — never a line per call of a busy sidecar — and at debug level every
 * line is written.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../sidecar/src/logger.js";
import { REPEATED_LINES_WINDOW_MS, RepeatedLines } from "../../sidecar/src/repeated-lines.js";

type Line = Record<string, unknown> & { msg: string; level: string };

function capture(level: "info" | "debug" = "info") {
  const lines: Line[] = [];
  const logger = createLogger({ level, destination: { write: (text: string) => void lines.push(JSON.parse(text) as Line) } });
  return { lines, logger };
}

const deny = (id: number, tool = "delete_project") => ({ decisionId: `d-${id}`, subject: "agent:bot", server: "jira", tool, reason: "EXPLICIT_DENY" });

describe("RepeatedLines", () => {
  afterEach(() => vi.useRealTimers());

  it("writes a line once per window, then its repeats as one line with the count and without the call's id", () => {
    const { lines, logger } = capture();
    const repeated = new RepeatedLines(logger);
    for (let i = 0; i < 50; i++) repeated.write("info", "deny|jira|delete_project", deny(i), "deny");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "deny", level: "info", decisionId: "d-0", tool: "delete_project" });
    repeated.flush();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ msg: "deny", subject: "agent:bot", tool: "delete_project", repeated: 49, windowMs: REPEATED_LINES_WINDOW_MS });
    expect(lines[1]).not.toHaveProperty("decisionId");
    // A new window: the next one is written whole again; a window without repeats adds no line.
    repeated.write("info", "deny|jira|delete_project", deny(50), "deny");
    repeated.flush();
    expect(lines.map((l) => l.decisionId ?? l.repeated)).toEqual(["d-0", 49, "d-50"]);
  });

  it("writes each distinct line, and sums up the repeats when the window's timer fires", () => {
    vi.useFakeTimers();
    const { lines, logger } = capture();
    const repeated = new RepeatedLines(logger, { windowMs: 1000 });
    for (let i = 0; i < 3; i++) {
      repeated.write("info", "a", deny(i, "a"), "deny");
      repeated.write("warn", "b", deny(i, "b"), "outcome not recorded");
    }
    expect(lines.map((l) => [l.tool, l.level])).toEqual([
      ["a", "info"],
      ["b", "warn"],
    ]);
    vi.advanceTimersByTime(999);
    expect(lines).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(lines.slice(2).map((l) => [l.tool, l.level, l.repeated])).toEqual([
      ["a", "info", 2],
      ["b", "warn", 2],
    ]);
    vi.advanceTimersByTime(10_000); // nothing since: no line, no timer left behind
    expect(lines).toHaveLength(4);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("counts lines beyond the window's distinct-line bound together, and says so once", () => {
    const { lines, logger } = capture();
    const repeated = new RepeatedLines(logger, { maxKeys: 3 });
    for (let i = 0; i < 10; i++) repeated.write("info", `tool-${i}`, deny(i, `tool-${i}`), "deny");
    expect(lines.map((l) => l.tool)).toEqual(["tool-0", "tool-1", "tool-2"]);
    repeated.flush();
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ level: "warn", notLogged: 7, distinctLines: 3 });
    expect(lines[3]!.msg).toMatch(/counted, not written.*audit trail/);
  });

  it("writes every line at debug level", () => {
    const { lines, logger } = capture("debug");
    const repeated = new RepeatedLines(logger);
    for (let i = 0; i < 5; i++) repeated.write("info", "same", deny(i), "deny");
    repeated.flush();
    expect(lines.map((l) => l.decisionId)).toEqual(["d-0", "d-1", "d-2", "d-3", "d-4"]);
  });
});

describe("RepeatedLines below the logger's level", () => {
  it("keeps nothing for lines the logger would not write", () => {
    const lines: Line[] = [];
    const logger = createLogger({ level: "warn", destination: { write: (text: string) => void lines.push(JSON.parse(text) as Line) } });
    const repeated = new RepeatedLines(logger, { maxKeys: 1 });
    for (let i = 0; i < 5; i++) repeated.write("info", `k${i}`, deny(i), "deny");
    repeated.write("warn", "w", deny(9), "outcome not recorded");
    repeated.flush();
    // The info lines took no place in the window: the warn line was written, and no overflow reported.
    expect(lines.map((l) => l.msg)).toEqual(["outcome not recorded"]);
  });
});
