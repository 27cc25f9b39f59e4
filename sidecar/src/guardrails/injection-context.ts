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

/** Lazily computed facts about one text, shared by all hits in it. */
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
    const from = Math.max(0, start - FRAME_BACK);
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    return FRAMING.test(this.text.slice(Math.max(from, lineStart), start));
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
    return this.fences.some(([s, e]) => at > s && at < e);
  }

  /** An odd number of backticks or straight quotes before the hit on its line and one after, or an open curly quote. */
  private enclosed(start: number, end: number): boolean {
    const text = this.text;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    let lineEnd = text.indexOf("\n", end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd);
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
