/**
 * `parseJsonObject`'s depth bound at its edge: the shortest text one level too deep is refused
 * (short text skips the bracket scan, so the edge is where a mistake would show), text at the
 * limit passes, and short text that is not JSON is refused as such; a number beyond a double's
 * range is refused naming where it is. `requireName` refuses control characters.
 */
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { parseJsonObject, requireName } from "../../../sidecar/src/services/request-bounds.js";

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

describe("numbers a double cannot hold", () => {
  // 1e999 parsed to Infinity, which the duplicate guard's canonical JSON could not write: a 500.
  it("refuses them with the path of the first, and takes large numbers that fit", () => {
    expect(() => parseJsonObject("arguments_json", '{"project":"SUP","x":1e999}', limits)).toThrow(
      expect.objectContaining({ code: Code.InvalidArgument, rawMessage: "arguments_json: the number at x is beyond a double's range; send it as a string" }),
    );
    expect(() => parseJsonObject("arguments_json", `{"a":{"b":[1,-${"9".repeat(400)}]}}`, limits)).toThrow(
      expect.objectContaining({ rawMessage: expect.stringContaining("the number at a.b[1] is beyond") }),
    );
    expect(parseJsonObject("arguments_json", '{"x":1e308,"y":"1e999","z":1.5e-999}', limits)).toEqual({ x: 1e308, y: "1e999", z: 0 });
  });
});

describe("requireName", () => {
  it("refuses a name with a control character, naming it and where it is", () => {
    // "jira\0delete_issue" as a server name collided with server "jira", tool "delete_issue\0…"
    // in the decision cache; a host that cuts at NUL would call another tool than was decided.
    expect(() => requireName("server", "jira\u0000delete_issue", "the server called")).toThrow(
      expect.objectContaining({ code: Code.InvalidArgument, rawMessage: "server: a control character (U+0000) at character 5; names are plain text" }),
    );
    expect(() => requireName("tool", "search\nissues", "the tool called")).toThrow(expect.objectContaining({ rawMessage: expect.stringContaining("U+000A") }));
    // A bidi override shows the name reversed in an audit table ("invoice\u202Efdp.exe" reads "invoiceexe.pdf").
    expect(() => requireName("tool", "invoice\u202Efdp.exe", "the tool called")).toThrow(
      expect.objectContaining({ rawMessage: expect.stringContaining("U+202E") }),
    );
    expect(() => requireName("tool", "search_issues-é-工具", "the tool called")).not.toThrow();
  });
});
