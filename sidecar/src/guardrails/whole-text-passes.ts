/**
 * Two whole-text reads some detectors make once per text, done without a regular expression
 * over every position. Both used to be `text.matchAll(...)` of a pattern compiled at a scan's
 * first need: after the injection signals' ~25 MB of machine code, where V8 builds patterns
 * without their optimizations (no quick check of a match's first character), so each read tried
 * every position of the text — ~0.6 ms for the words of testing over a 64 KB payload with a
 * documented test card, ~10 % of its scan (BENCHMARKS.md, fifty-first session). The results are
 * exactly the patterns' (a property test compares them on generated texts).
 */

/**
 * Where any of `words` stands in `text`, ASCII letters compared without case: the spans
 * `text.matchAll(pattern)` gives for `pattern` = `/word1|word2|…/gi` — leftmost first, none
 * overlapping, at one position the earlier word. An ASCII text is read with `indexOf` over its
 * lower-case copy (a case-insensitive pattern without the `u` flag folds ASCII letters only);
 * any other text with the pattern itself.
 *
 * @example
 * ```ts
 * wordSpans("A TEST in the sandbox", ["test", "sandbox"], /test|sandbox/gi); // starts [2, 14], ends [6, 21]
 * ```
 */
export function wordSpans(text: string, words: readonly string[], pattern: RegExp): { starts: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer> } {
  if (Buffer.byteLength(text, "utf8") !== text.length) {
    const found = Array.from(text.matchAll(pattern), (m) => [m.index, m.index + m[0].length] as const);
    return { starts: Int32Array.from(found, ([s]) => s), ends: Int32Array.from(found, ([, e]) => e) };
  }
  const lower = text.toLowerCase();
  // [start, word's rank] of every occurrence, in one flat list.
  const hits: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) hits.push(at, w);
  }
  const order = Array.from({ length: hits.length / 2 }, (_, k) => k).sort(
    (a, b) => (hits[2 * a] as number) - (hits[2 * b] as number) || (hits[2 * a + 1] as number) - (hits[2 * b + 1] as number),
  );
  const starts: number[] = [];
  const ends: number[] = [];
  let free = 0;
  for (const k of order) {
    const start = hits[2 * k] as number;
    if (start < free) continue;
    free = start + (words[hits[2 * k + 1] as number] as string).length;
    starts.push(start);
    ends.push(free);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * The first group of each match of `lineHead` (a pattern with the `g`, `m` flags that starts with
 * `^`) in `text`, read only at the starts of lines: `sticky` is the same pattern without the `^`,
 * with the `y` flag instead of `g` and `m`. `firstChar` says whether a line starting with that
 * character code can match at all (cheap; lines that cannot are skipped unread). Equal to
 * `Array.from(text.matchAll(lineHead), (m) => m[1])` as long as no match spans a line's end.
 *
 * @example
 * ```ts
 * lineHeads("1.2.3 Scope\nsee 4.5.6 Data", /^(\d\.\d\.\d) \p{Lu}/gmu, /(\d\.\d\.\d) \p{Lu}/uy, (c) => c >= 48 && c <= 57); // ["1.2.3"]
 * ```
 */
export function lineHeads(text: string, lineHead: RegExp, sticky: RegExp, firstChar: (code: number) => boolean): string[] {
  const heads: string[] = [];
  // `^` with the `m` flag also starts a line after \r, U+2028 and U+2029: where the text holds
  // any, the pattern reads it itself.
  if (text.includes("\r") || text.includes("\u2028") || text.includes("\u2029")) {
    for (const m of text.matchAll(lineHead)) heads.push(m[1] as string);
    return heads;
  }
  for (let line = 0; line < text.length; ) {
    if (firstChar(text.charCodeAt(line))) {
      sticky.lastIndex = line;
      const m = sticky.exec(text);
      if (m !== null) heads.push(m[1] as string);
    }
    const next = text.indexOf("\n", line);
    if (next < 0) break;
    line = next + 1;
  }
  sticky.lastIndex = 0;
  return heads;
}

/**
 * Whether a line after the text's first holds a match of `sticky` at its start: what
 * `new RegExp("\\n" + source).test(text)` says, for `sticky` = `new RegExp(source, "y")`, read at
 * line breaks only. `firstChar` says whether a line starting with that character code can match
 * at all (lines that cannot are skipped unread; an empty string's code is NaN).
 *
 * @example
 * ```ts
 * lineAfterBreak("a\n# b\n# c", /# [^\n]*\n# /y, (c) => c === 35); // true
 * ```
 */
export function lineAfterBreak(text: string, sticky: RegExp, firstChar: (code: number) => boolean): boolean {
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    if (!firstChar(text.charCodeAt(nl + 1))) continue;
    sticky.lastIndex = nl + 1;
    if (sticky.test(text)) {
      sticky.lastIndex = 0;
      return true;
    }
  }
  sticky.lastIndex = 0;
  return false;
}
