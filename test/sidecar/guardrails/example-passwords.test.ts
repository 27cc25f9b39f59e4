import { describe, expect, it } from "vitest";
import { keyboardWalk, spellsItsKey } from "../../../sidecar/src/guardrails/example-passwords.js";

describe("example passwords", () => {
  it("spell a key component of four or more letters, or its first four or more, then digits and symbols only", () => {
    expect(spellsItsKey("P@ssw0rd!", ["db", "password"])).toBe(true);
    expect(spellsItsKey("pass123", ["password"])).toBe(true);
    expect(spellsItsKey("ADMIN#1", ["admin", "password"])).toBe(true);
    expect(spellsItsKey("pas123", ["password"])).toBe(false);
    expect(spellsItsKey("db1234", ["db", "password"])).toBe(false);
    expect(spellsItsKey("passwordX1", ["password"])).toBe(false);
    expect(spellsItsKey("Zq8vT3nR6yW1", ["password"])).toBe(false);
  });

  it("walk neighbouring keys of one row for four fifths of the value", () => {
    expect(keyboardWalk("qwerty123")).toBe(true);
    expect(keyboardWalk("poiuy098")).toBe(true);
    expect(keyboardWalk("asdf1234")).toBe(true);
    expect(keyboardWalk("xcvb8472Kq")).toBe(false);
    expect(keyboardWalk("qaz2wsx")).toBe(false);
    expect(keyboardWalk("qwe")).toBe(false);
  });
});
