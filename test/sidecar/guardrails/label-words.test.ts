import { describe, expect, it } from "vitest";
import { WordList } from "../../../sidecar/src/guardrails/label-words.js";
import { seededUnit } from "../../helpers/seeded-random.js";

/**
 * The reading the word lists stand for: the global expression run over the lower-cased window,
 * a capital after a small letter in the window as written (`cased`) starting a word.
 */
function byExpression(window: string, words: readonly string[], cased?: string): number {
  const re = new RegExp(`(?:${words.join("|")})`, "giu");
  let last = -1;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const camel = cased !== undefined && /[A-Z]/.test(cased.charAt(m.index)) && /[a-z]/.test(cased.charAt(m.index - 1));
    const before = camel ? 0 : window.charCodeAt(m.index - 1);
    const after = window.charCodeAt(m.index + m[0].length);
    const ascii = /^[a-z_]/.test(m[0]);
    if (!ascii || (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122))) last = m.index;
  }
  return last;
}

const rng = seededUnit;

const LISTS: ReadonlyArray<readonly string[]> = [
  // List order matters: "ip" is tried before "ipv4", so "ipv4" is no whole word here.
  ["ip", "ipv4", "address", "addr", "host", "from", "src"],
  ["telephone", "phone", "tel", "no", "nr", "p/n", "user_id", "id", "téléphone", "電話", "📞"],
  ["ssn", "social", "tin", "itin"],
];

describe("WordList", () => {
  it("reads a window as the global case-insensitive expression would", () => {
    const ip = new WordList(LISTS[0]!);
    expect(ip.lastIn("ipv4: ")).toBe(-1);
    expect(ip.lastIn("src ip: ")).toBe(4);
    expect(ip.lastBefore("Host IP: 10.0.0.1", 0, 9)).toBe(5);
    expect(ip.lastBefore("xx HOSTS: 1", 3, 10)).toBe(-1);
  });

  it("agrees with the expression on generated windows, ASCII or not, read in place or sliced", () => {
    const next = rng(13);
    const pieces = [
      "ip",
      "IP",
      "v4",
      "host",
      "Addr",
      "ess",
      "from",
      "tel",
      "Phone",
      "té",
      "léphone",
      "電話",
      "📞",
      "no",
      "nr.",
      "p/n",
      "user_id",
      "_",
      "ssn",
      "SSN",
      "i",
      "tin",
      "social",
      " ",
      ":",
      "-",
      "1",
      "a",
      "z",
      "ſ",
      "K",
    ];
    for (const words of LISTS) {
      const list = new WordList(words);
      for (let n = 0; n < 4000; n++) {
        let text = "";
        const parts = 1 + Math.floor(next() * 8);
        for (let k = 0; k < parts; k++) text += pieces[Math.floor(next() * pieces.length)];
        const from = Math.floor(next() * 3);
        const to = Math.max(from, text.length - Math.floor(next() * 3));
        const slice = text.slice(from, to);
        const lower = slice.toLowerCase();
        const expected = byExpression(lower, words, lower.length === slice.length ? slice : undefined);
        expect(list.lastBefore(text, from, to), JSON.stringify([words, text, from, to])).toBe(expected);
        // A window given lower-cased has no capitals to read.
        expect(list.lastIn(lower)).toBe(byExpression(lower, words));
      }
    }
  });

  it("reads a word at the end of an identifier, after a small letter, when it starts with a capital", () => {
    const phone = new WordList(LISTS[1]!);
    expect(phone.lastBefore("homePhone: 1", 0, 11)).toBe(4);
    expect(phone.lastBefore("homephone: 1", 0, 11)).toBe(-1);
    expect(phone.lastBefore("höme·homePhone: 1", 0, 16)).toBe(9);
  });

  it("leaves the shortcut when a word holds a letter that folds to ASCII", () => {
    // U+017F (long s) matches "s" under case-insensitive Unicode matching.
    const list = new WordList(["\u017Fsn"]);
    expect(list.lastIn("ssn")).toBe(byExpression("ssn", ["\u017Fsn"]));
    expect(list.lastIn("ssn")).toBe(0);
  });

  it("refuses words that would be read as expression syntax", () => {
    expect(() => new WordList(["no."])).toThrow();
    expect(() => new WordList([""])).toThrow();
  });
});
