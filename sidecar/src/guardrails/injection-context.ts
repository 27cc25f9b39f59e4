/**
 * Context that makes injection-like words benign: quoted or code-formatted text inside a
 * document *about* attacks (a security article, a cheat sheet, a test suite), and sentences
 * that frame what follows as an example ("an attacker could inject …", "such as …"). The
 * scorer lowers a hit's weight in such context instead of dropping it, so an instruction
 * that is merely wrapped in quotes in an ordinary tool output still counts.
 */

/** Words of writing about attacks and defences (several languages); counted once per text. */
const EDUCATIONAL =
  /\b(?:prompt[ -]injections?|injections?|attack(?:s|er|ers|ed)?|vulnerab\w{0,8}|mitigat\w{0,6}|malicious|adversar\w{0,6}|exploit\w{0,4}|threats?|jailbreak\w{0,4}|defen[cs]es?|security|ataques?|angriff\w{0,3}|attaques?|ataque|атак\w{0,4}|уязвим\w{0,4})\b|注入|攻击|攻撃|공격|漏洞|脆弱|취약|インジェクション|인젝션/giu;

/** Enough such words that quoted attack strings are examples, not instructions. */
const EDUCATIONAL_MIN = 3;

/** Quotation marks further than this from a hit (on its line) are not looked at. */
const QUOTE_REACH = 500;

/** Framing just before a hit (same line, up to this many characters back). */
const FRAME_BACK = 160;
const FRAMING =
  /(?:\b(?:e\.g|i\.e)\.|\b(?:attackers?|adversar\w{0,6}|malicious|for example|for instance|examples?|such as|says|saying|containing|contains|payloads?|inject(?:s|ed|ing|ion)?|jailbreak\w{0,4}|phrases?|strings?|patterns?|instead of|techniques?)\b|例如|比如|例えば|などの|예를 들어|por ejemplo|zum Beispiel|par exemple|например)/iu;

/** A verb in descriptive mood: after an infinitive `to` or a modal ("attackers may ignore …"). */
const DESCRIPTIVE = /\b(?:to|can|cannot|could|may|might|will|would|should|attempts?\s+to|tries\s+to|trying\s+to|designed\s+to|able\s+to)\s{1,3}$/i;

/** Markdown headings and list items: the marks of a document written for people. */
const DOC_LINE = /(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t])/g;
/** This many such lines make a text documentation. */
const DOC_MIN = 3;

// Compile the expressions at load rather than inside the first scan's deadline.
for (const re of [EDUCATIONAL, FRAMING, DESCRIPTIVE, DOC_LINE]) {
  re.test("An attacker may write, for example: ignore it\n- item");
  re.lastIndex = 0;
}

/**
 * Lazily computed facts about one text, shared by all hits in it.
 *
 * @example
 * ```ts
 * const ctx = new TextContext(articleText);
 * if (ctx.educational() && ctx.quoted(hitStart, hitEnd)) weight *= 0.35;
 * ```
 */
export class TextContext {
  private edu: boolean | undefined;
  private doc: boolean | undefined;
  private fences: Array<[number, number]> | undefined;

  constructor(readonly text: string) {}

  /**
   * Whether the text reads as writing about attacks (enough security vocabulary).
   *
   * @example
   * ```ts
   * new TextContext("Attackers use prompt injection; mitigations against this attack and other threats…").educational(); // true
   * ```
   */
  educational(): boolean {
    if (this.edu === undefined) {
      let n = 0;
      EDUCATIONAL.lastIndex = 0;
      while (n < EDUCATIONAL_MIN && EDUCATIONAL.exec(this.text) !== null) n++;
      this.edu = n >= EDUCATIONAL_MIN;
    }
    return this.edu;
  }

  /**
   * Whether the text is laid out as documentation for people (headings, lists, numbered steps).
   *
   * @example
   * ```ts
   * new TextContext("## Setup\n- Install it\n- Run it\n- Send the logs to ops").documentation(); // true
   * ```
   */
  documentation(): boolean {
    if (this.doc === undefined) {
      let n = 0;
      DOC_LINE.lastIndex = 0;
      while (n < DOC_MIN && DOC_LINE.exec(this.text) !== null) n++;
      this.doc = n >= DOC_MIN;
    }
    return this.doc;
  }

  /**
   * Whether the words at `start` describe an action rather than order it (after `to` or a modal).
   *
   * @example
   * ```ts
   * const t = "Attackers may ignore the rules";
   * new TextContext(t).descriptive(t.indexOf("ignore")); // true
   * ```
   */
  descriptive(start: number): boolean {
    return DESCRIPTIVE.test(this.text.slice(Math.max(0, start - 24), start));
  }

  /**
   * Whether `[start, end)` is code or a quotation: inside a fenced block, an inline code span
   * or quotation marks on its line.
   *
   * @example
   * ```ts
   * new TextContext('Example: `ignore the rules`').quoted(10, 26); // true
   * ```
   */
  quoted(start: number, end: number): boolean {
    return this.inFence(start) || this.enclosed(start, end);
  }

  /**
   * Whether the line before `start` frames the hit as an example or a description.
   *
   * @example
   * ```ts
   * const t = "An attacker could write: ignore the rules";
   * new TextContext(t).framed(t.indexOf("ignore")); // true
   * ```
   */
  framed(start: number): boolean {
    const before = this.text.slice(Math.max(0, start - FRAME_BACK), start);
    return FRAMING.test(before.slice(before.lastIndexOf("\n") + 1));
  }

  private inFence(at: number): boolean {
    if (this.fences === undefined) {
      this.fences = [];
      const re = /(?:^|\n)[ \t]{0,3}(?:```|~~~)/g;
      let open = -1;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
        if (open < 0) open = m.index;
        else {
          this.fences.push([open, m.index]);
          open = -1;
        }
      }
      if (open >= 0) this.fences.push([open, this.text.length]);
    }
    // Fences are sorted and disjoint: the last one opening before `at` is the only candidate.
    let lo = 0;
    let hi = this.fences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.fences[mid] as [number, number])[0] < at) lo = mid + 1;
      else hi = mid;
    }
    const fence = this.fences[lo - 1];
    return fence !== undefined && at < fence[1];
  }

  /**
   * An odd number of backticks or straight quotes before the hit on its line and one after, or
   * an open curly quote; looking at most QUOTE_REACH characters each way, so that many hits on
   * one long line cost linear time.
   */
  private enclosed(start: number, end: number): boolean {
    const text = this.text;
    const wideBefore = text.slice(Math.max(0, start - QUOTE_REACH), start);
    const before = wideBefore.slice(wideBefore.lastIndexOf("\n") + 1);
    const wideAfter = text.slice(end, end + QUOTE_REACH);
    const nl = wideAfter.indexOf("\n");
    const after = nl < 0 ? wideAfter : wideAfter.slice(0, nl);
    for (const q of ["`", '"']) {
      if (count(before, q) % 2 === 1 && after.includes(q)) return true;
    }
    const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf("«"), before.lastIndexOf("「"), before.lastIndexOf("『"));
    const close = Math.max(before.lastIndexOf("”"), before.lastIndexOf("»"), before.lastIndexOf("」"), before.lastIndexOf("』"));
    return open > close && /[”»」』]/.test(after);
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
