/**
 * The lean path's `decodeUtf8Strict` reads a body as the framework's `strictUtf8Decoder`
 * (a fatal TextDecoder) does: the same text, a leading byte order mark dropped (one only),
 * and the same refusal of bytes that are not UTF-8.
 */
import { describe, expect, it } from "vitest";
import { decodeUtf8Strict, NOT_UTF8_MESSAGE, strictUtf8Decoder } from "../../../sidecar/src/transport/strict-utf8.js";

const BOM = [0xef, 0xbb, 0xbf];

describe("decodeUtf8Strict", () => {
  it.each([
    ["plain", Buffer.from('{"server":"jira"}')],
    ["a leading byte order mark", Buffer.from([...BOM, ...Buffer.from('{"server":"jira"}')])],
    ["two byte order marks", Buffer.from([...BOM, ...BOM, 0x7b, 0x7d])],
    ["a byte order mark alone", Buffer.from(BOM)],
    ["a byte order mark not at the start", Buffer.from([0x20, ...BOM, 0x7b, 0x7d])],
    ["beyond ASCII", Buffer.from('{"t":"café ☕"}')],
    ["empty", Buffer.alloc(0)],
  ])("reads %s as the framework's decoder does", (_name, bytes) => {
    expect(decodeUtf8Strict(bytes)).toBe(strictUtf8Decoder.decode(bytes));
    // Also from a view into a larger buffer, as a body taken from the listener may be.
    const view = Buffer.concat([Buffer.from("xx"), bytes]).subarray(2);
    expect(decodeUtf8Strict(view)).toBe(strictUtf8Decoder.decode(bytes));
  });

  it("drops a leading byte order mark", () => {
    expect(decodeUtf8Strict(Buffer.from([...BOM, 0x7b, 0x7d]))).toBe("{}");
  });

  it("refuses bytes that are not UTF-8, as the framework's decoder does", () => {
    for (const bytes of [Uint8Array.from([0x7b, 0xff, 0x7d]), Uint8Array.from([0xef, 0xbb])]) {
      expect(() => decodeUtf8Strict(bytes)).toThrow(NOT_UTF8_MESSAGE);
      expect(() => strictUtf8Decoder.decode(bytes)).toThrow(NOT_UTF8_MESSAGE);
    }
  });
});
