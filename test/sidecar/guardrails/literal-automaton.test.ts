import { describe, expect, it } from "vitest";
import { codeUnits, LiteralAutomaton } from "../../../sidecar/src/guardrails/literal-automaton.js";
import { giveBack } from "../../../sidecar/src/guardrails/scratch-arrays.js";
import { seededUnit } from "../../helpers/seeded-random.js";

const rng = seededUnit;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** `entry@start` for every occurrence, ordered by end then entry: what a scan must report. */
function expected(literals: readonly string[], text: string): string[] {
  const found: Array<[number, number, number]> = [];
  literals.forEach((lit, entry) => {
    const re = new RegExp(escapeRegExp(lit), "iy");
    for (let i = 0; i + lit.length <= text.length; i++) {
      re.lastIndex = i;
      if (re.test(text)) found.push([i + lit.length, entry, i]);
    }
  });
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, e, s]) => `${e}@${s}`);
}

function scanned(a: LiteralAutomaton, text: string): string[] {
  const units = codeUnits(text);
  const hits = a.scan(units, text.length);
  giveBack(units);
  return Array.from({ length: hits.count }, (_, i) => `${hits.entries[i]}@${hits.starts[i]}`);
}

describe("LiteralAutomaton", () => {
  const literals = ["ab", "b", "abc", "Ignore", "gno", "и", "Инструкц", "前", "以前", "<|", "x", "aaaa", "aa", "é", "ſ", "k", "sk-ant-"];
  const automaton = LiteralAutomaton.compile(literals);
  const alphabet = [
    "a",
    "b",
    "c",
    "A",
    "B",
    "I",
    "g",
    "n",
    "o",
    "r",
    "e",
    "И",
    "и",
    "н",
    "с",
    "т",
    "р",
    "у",
    "к",
    "ц",
    "前",
    "以",
    "<",
    "|",
    " ",
    "x",
    "X",
    "É",
    "é",
    "S",
    "s",
    "K",
    "\u212a",
    "\u1c80",
    "-",
    "t",
  ];

  it("reports every occurrence of every literal, case-folded like a /i expression, short and long texts", () => {
    const r = rng(7);
    for (let n = 0; n < 600; n++) {
      // Long texts take the four-stream path; their boundaries fall inside literals too.
      const length = n < 500 ? Math.floor(r() * 80) : 1024 + Math.floor(r() * 3000);
      let text = "";
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      expect(scanned(automaton, text), JSON.stringify(text.slice(0, 80))).toEqual(expected(literals, text));
    }
  });

  it("keeps each automaton's answers when several are used in turn", () => {
    const other = LiteralAutomaton.compile(["zz", "Q~"]);
    const text = `${"abc zz q~ ".repeat(300)}Ignore`;
    for (let round = 0; round < 3; round++) {
      expect(scanned(automaton, text)).toEqual(expected(literals, text));
      expect(scanned(other, text)).toEqual(expected(["zz", "Q~"], text));
    }
  });
});
