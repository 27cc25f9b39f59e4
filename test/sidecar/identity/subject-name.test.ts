/**
 * The shared subject rule: no whitespace, control or invisible format characters (Unicode
 * Cf), at most 256 characters — and why format characters matter: the deny-list's folding
 * keeps them, so "george\u200b" would be a principal an offboarding of "george" misses.
 */
import { describe, expect, it } from "vitest";
import { isSubjectName } from "../../../sidecar/src/identity/subject-name.js";
import { SubjectDenyListCache } from "../../../sidecar/src/identity/subject-deny-list.js";

/** Format characters (Cf) that render as nothing or only reorder text. */
const INVISIBLE = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

/** Default-ignorable code points outside Cf: just as invisible, another principal just the same. */
const IGNORABLE = ["\u034f", "\ufe00", "\ufe0f", "\u{e0100}", "\u115f", "\u1160", "\u3164", "\uffa0", "\u180b"];

describe("isSubjectName", () => {
  it("accepts ordinary names in any script, up to 256 characters", () => {
    for (const name of ["george", "alice@example.com", "agent:support-bot", "José", "山田太郎", "😀".repeat(256), "x".repeat(256)]) {
      expect(isSubjectName(name), name).toBe(true);
    }
  });

  it("refuses whitespace, control characters, the empty name and over 256 characters", () => {
    for (const name of ["", "george ", "geo rge", "george\n", "a\u0000b", "a\u007fb", "a\u0085b", "x".repeat(257)]) {
      expect(isSubjectName(name), JSON.stringify(name)).toBe(false);
    }
  });

  it("refuses invisible format characters anywhere in the name", () => {
    for (const c of INVISIBLE) {
      const label = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      expect(isSubjectName(`george${c}`), label).toBe(false);
      expect(isSubjectName(`${c}george`), label).toBe(false);
      expect(isSubjectName(`geo${c}rge`), label).toBe(false);
    }
  });

  it("refuses the other default-ignorable code points (combining grapheme joiner, variation selectors, Hangul fillers)", () => {
    for (const c of IGNORABLE) {
      const label = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      expect(isSubjectName(`george${c}`), label).toBe(false);
      expect(isSubjectName(`${c}george`), label).toBe(false);
    }
    // A Hangul filler alone is a name that shows as a blank.
    expect(isSubjectName("\u3164")).toBe(false);
  });

  it("is needed because the deny-list's folding keeps a zero-width space: offboarding george does not reach george\\u200b", () => {
    const denyList = new SubjectDenyListCache();
    denyList.replaceAll([{ subject: "george", offboardedAtMs: Date.now(), reason: "left", source: "admin" }]);
    const principal = (subject: string) => ({ subject, roles: [], team: undefined });
    expect(denyList.denied(principal("george"))).toBeDefined();
    expect(denyList.denied(principal("George"))).toBeDefined();
    expect(denyList.denied(principal("george\u200b"))).toBeUndefined();
  });
});
