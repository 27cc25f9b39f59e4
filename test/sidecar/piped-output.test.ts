/**
 * pipedOutput under `| head`: a reader that goes away ends the output quietly, however late its
 * EPIPE comes. A write queued to a full pipe fails only once the reader has gone, which may be
 * after the command finished writing and let go of the stream (a table is written in one piece):
 * that late EPIPE killed `audit query --format table | head` with a stack trace now and then.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { pipedOutput } from "../../sidecar/src/piped-output.js";

const epipe = (): NodeJS.ErrnoException => Object.assign(new Error("write EPIPE"), { code: "EPIPE", errno: -32, syscall: "write" });

/** A stream whose writes stay queued, as a pipe's do once it is full. */
function fullPipe(): Writable {
  return new Writable({ write: () => undefined });
}

describe("pipedOutput", () => {
  it("absorbs an EPIPE that arrives after the output was let go, though none had come before", () => {
    const stream = fullPipe();
    const out = pipedOutput(stream);
    expect(out.write("a table in one piece\n")).toBe(true);
    out.dispose();
    expect(() => stream.emit("error", epipe())).not.toThrow();
  });

  it("stops at the first failed line and reports the reader gone", () => {
    const stream = fullPipe();
    const out = pipedOutput(stream);
    stream.emit("error", epipe());
    expect(out.closed).toBe(true);
    expect(out.write("more\n")).toBe(false);
    out.dispose();
  });

  it("still fails on any other error, before or after it is let go", () => {
    const stream = fullPipe();
    const out = pipedOutput(stream);
    expect(() => stream.emit("error", Object.assign(new Error("no space left"), { code: "ENOSPC" }))).toThrow(/no space/);
    out.dispose();
    expect(() => stream.emit("error", Object.assign(new Error("no space left"), { code: "ENOSPC" }))).toThrow(/no space/);
  });
});
