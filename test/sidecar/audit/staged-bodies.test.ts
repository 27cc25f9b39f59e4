/**
 * The audit queue's staging buffer: bodies come back byte for byte, in order, across growth of
 * the buffer and of its offsets, after a failed batch's bodies are put back in front of newer
 * ones, and after reuse; a staged body hashes into the chain exactly as its string would.
 */
import { describe, expect, it } from "vitest";
import { BatchBuffer } from "../../../sidecar/src/audit/batch-buffer.js";
import { lineHash } from "../../../sidecar/src/audit/record-codec.js";
import { StagedBodies } from "../../../sidecar/src/audit/staged-bodies.js";

const body = (i: number) => `"event":"authorize","note":"Grüße, 東京 ${"é".repeat(i % 40)} 🙂 ${i}"}`;

describe("StagedBodies", () => {
  it("returns every body as its UTF-8 bytes, in order, growing past its first buffer and offsets", () => {
    const staged = new StagedBodies(1024);
    let bytes = 0;
    for (let i = 0; i < 1000; i++) {
      const n = staged.push(body(i));
      expect(n).toBe(Buffer.byteLength(body(i)));
      bytes += n;
    }
    expect(staged.count).toBe(1000);
    expect(staged.byteLength).toBe(bytes);
    for (let i = 0; i < 1000; i++) expect(staged.body(i).toString("utf8")).toBe(body(i));
    expect(() => staged.body(1000)).toThrow(RangeError);
    expect(() => staged.body(-1)).toThrow(RangeError);
  });

  it("puts another's bodies after its own, and starts over when cleared", () => {
    const failed = new StagedBodies(64);
    const since = new StagedBodies(64);
    for (let i = 0; i < 300; i++) failed.push(body(i));
    for (let i = 300; i < 500; i++) since.push(body(i));
    failed.pushAll(since);
    expect(failed.count).toBe(500);
    for (let i = 0; i < 500; i++) expect(failed.body(i).toString("utf8")).toBe(body(i));
    failed.clear();
    expect(failed.count).toBe(0);
    expect(failed.byteLength).toBe(0);
    failed.push("{}");
    expect(failed.body(0).toString("utf8")).toBe("{}");
  });

  it("hashes into the batch as the same body given as a string", () => {
    const staged = new StagedBodies();
    staged.push(body(7));
    const fromBytes = new BatchBuffer();
    const fromString = new BatchBuffer();
    const head = '{"t":"rec","seq":1,"prev":"x",';
    expect(fromBytes.appendLine(head, staged.body(0))).toBe(fromString.appendLine(head, body(7)));
    expect(fromBytes.appendLine(head, staged.body(0))).toBe(lineHash(head + body(7)));
    expect(fromBytes.bytes().equals(Buffer.concat([fromString.bytes(), Buffer.from(`${head}${body(7)}\n`)]))).toBe(true);
  });
});
