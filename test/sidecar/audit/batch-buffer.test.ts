/**
 * The group commit's byte buffer: the bytes it hands to the disk are exactly the lines that
 * were appended, newline-terminated, and each returned hash is the chain's hash of its line —
 * across growth past the initial size, multi-byte text and reuse after a reset.
 */
import { describe, expect, it } from "vitest";
import { BatchBuffer } from "../../../sidecar/src/audit/batch-buffer.js";
import { lineHash } from "../../../sidecar/src/audit/record-codec.js";

describe("BatchBuffer", () => {
  it("writes the lines as UTF-8 with newlines and returns each line's hash, growing as needed", () => {
    const batch = new BatchBuffer();
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const head = `{"t":"rec","seq":${i},"prev":"x",`;
      const tail = `"note":"Grüße, 東京 ${"é".repeat(i % 50)} 🙂 ${i}"}`;
      expect(batch.appendLine(head, tail)).toBe(lineHash(head + tail));
      lines.push(head + tail);
    }
    const expected = Buffer.from(`${lines.join("\n")}\n`, "utf8");
    expect(batch.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(256 * 1024); // it had to grow
    expect(batch.bytes().equals(expected)).toBe(true);
  });

  it("starts over after a reset, including after an unusually large batch", () => {
    const batch = new BatchBuffer();
    batch.appendLine("x".repeat(5 * 1024 * 1024));
    batch.reset();
    expect(batch.length).toBe(0);
    expect(batch.appendLine('{"t":"header"}')).toBe(lineHash('{"t":"header"}'));
    expect(batch.bytes().toString("utf8")).toBe('{"t":"header"}\n');
  });
});
