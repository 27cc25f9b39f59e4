/**
 * `parseJsonObject`'s depth bound at its edge: the shortest text one level too deep is refused
 * (short text skips the bracket scan, so the edge is where a mistake would show), text at the
 * limit passes, and short text that is not JSON is refused as such.
 */
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { parseJsonObject } from "../../../sidecar/src/services/request-bounds.js";

const limits = { maxBytes: 1 << 20, maxDepth: 3 };

describe("parseJsonObject", () => {
  it("refuses the shortest text nested one level deeper than the limit, and takes text at the limit", () => {
    expect(() => parseJsonObject("arguments_json", '{"a":[[[]]]}', limits)).toThrow(
      expect.objectContaining({ code: Code.InvalidArgument, rawMessage: "arguments_json: nested more than 3 levels deep; flatten the value" }),
    );
    expect(() => parseJsonObject("arguments_json", "{[[[]]]}", limits)).toThrow(
      expect.objectContaining({ rawMessage: expect.stringContaining("nested more than 3") }),
    );
    expect(parseJsonObject("arguments_json", '{"a":[[]]}', limits)).toEqual({ a: [[]] });
  });

  it("refuses short text that is not JSON as not JSON, whatever its brackets", () => {
    for (const text of ["{{{{", "[[[[[[", '{"a":'])
      expect(() => parseJsonObject("arguments_json", text, limits)).toThrow(
        expect.objectContaining({ code: Code.InvalidArgument, rawMessage: expect.stringContaining("not valid JSON") }),
      );
  });
});
