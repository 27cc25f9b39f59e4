import { describe, expect, it } from "vitest";
import { countJsonKeys } from "../../../sidecar/src/transport/json-key-count.js";

describe("countJsonKeys", () => {
  it("counts member names at any depth, repeated ones too", () => {
    expect(countJsonKeys("{}")).toBe(0);
    expect(countJsonKeys('{"a":"x","b":{"a":true}}')).toBe(3);
    expect(countJsonKeys('{"a":1,"a":2}')).toBe(2);
    expect(countJsonKeys('[{"a":1},{"a":2},"a"]')).toBe(2);
    expect(countJsonKeys('{ "a" \n:\t"b" , "c"\r\n: [ "d" , "e" ] }')).toBe(2);
  });

  it("does not take escaped quotes or colons inside strings for names", () => {
    expect(countJsonKeys('{"a":"{\\"b\\":1}"}')).toBe(1);
    expect(countJsonKeys('{"a\\"":"x:y", "b":"\\\\"}')).toBe(2);
    expect(countJsonKeys('{"a":"\\\\\\":"}')).toBe(1);
    expect(countJsonKeys('"just a string: with a colon"')).toBe(0);
  });
});
