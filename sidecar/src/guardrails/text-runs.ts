/**
 * Linear-time scanning helpers. The detectors follow one rule to stay linear: regular
 * expressions only find short *anchors* (bounded patterns with no nested or unbounded
 * quantifier followed by something that can fail), and token bodies are measured with the
 * loops below. Callers then continue after the measured run, so every character is looked
 * at a bounded number of times however adversarial the input (long runs of one character,
 * thousands of near-miss prefixes, megabyte tokens).
 */

/** A predicate over one UTF-16 code unit. */
export type CharTest = (code: number) => boolean;

/** `[0-9]` */
export const isDigit: CharTest = (c) => c >= 48 && c <= 57;
/** `[A-Za-z]` */
export const isAsciiLetter: CharTest = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z0-9]` */
export const isAlnum: CharTest = (c) => isDigit(c) || isAsciiLetter(c);
/** `[A-Za-z0-9_]` */
export const isWordChar: CharTest = (c) => isAlnum(c) || c === 95;
/** `[A-Za-z0-9_-]`: the body of most API tokens. */
export const isTokenChar: CharTest = (c) => isWordChar(c) || c === 45;
/** `[A-Za-z0-9+/=_-]`: base64 and base64url. */
export const isBase64Char: CharTest = (c) => isAlnum(c) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45;
/** `[0-9A-Fa-f]` */
export const isHexChar: CharTest = (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * End (exclusive) of the run of characters passing `test` that starts at `from`, stopping
 * at `limit` (default: the end of the text).
 *
 * @example
 * ```ts
 * runEnd("abc123 x", 0, isAlnum); // 6
 * ```
 */
export function runEnd(text: string, from: number, test: CharTest, limit = text.length): number {
  let i = from;
  while (i < limit && test(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Start of the run of characters passing `test` that ends just before `to`, looking back at
 * most `max` characters.
 *
 * @example
 * ```ts
 * runStart("x abc@d", 5, isAlnum); // 2
 * ```
 */
export function runStart(text: string, to: number, test: CharTest, max = Number.MAX_SAFE_INTEGER): number {
  let i = to;
  const floor = Math.max(0, to - max);
  while (i > floor && test(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether the character before `index` (if any) passes `test`. */
export function before(text: string, index: number, test: CharTest): boolean {
  return index > 0 && test(text.charCodeAt(index - 1));
}

/** Whether the character at `index` (if any) passes `test`. */
export function at(text: string, index: number, test: CharTest): boolean {
  return index < text.length && test(text.charCodeAt(index));
}

/** Whether the backslash at `at` starts an escape: the run of backslashes ending there is odd (`\\` is one escaped backslash). */
function escapes(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) === 92) i--;
  return (at - i) % 2 === 0;
}

/** A one-letter escape whose letter could be read as part of a token: `\n`, `\r`, `\t`, `\b`, `\f`. */
const isEscapeLetter: CharTest = (c) => c === 110 || c === 114 || c === 116 || c === 98 || c === 102;

/**
 * Where the escape sequence that `pos` falls inside ends, or `pos` when it falls inside none: a
 * JSON (or C-style) escape's letter is never part of the next token (`\njane@corp.com` is a line
 * break and an address, `\u003cjane@…` a `<` and an address). `pos` inside one means on its
 * letter (`\n`, `\t`, `\r`, `\b`, `\f`, `\"`, `\/`) or on the `u` or a hex digit of `\uXXXX`.
 * Looks back at most five characters (and over the backslashes before the one found).
 *
 * @example
 * ```ts
 * escapeEnd(String.raw`To:\njane@corp.com`, 4); // 5
 * escapeEnd(String.raw`<\u003cjane@corp.com`, 2); // 7
 * escapeEnd(String.raw`C:\\new`, 4); // 4 (an escaped backslash, then plain text)
 * ```
 */
export function escapeEnd(text: string, pos: number): number {
  for (let b = pos - 1; b >= 0 && b >= pos - 5; b--) {
    if (text.charCodeAt(b) !== 92) continue;
    if (!escapes(text, b)) return pos;
    const letter = text.charCodeAt(b + 1);
    let end = pos;
    if (letter === 117) {
      if (isHexChar(text.charCodeAt(b + 2)) && isHexChar(text.charCodeAt(b + 3)) && isHexChar(text.charCodeAt(b + 4)) && isHexChar(text.charCodeAt(b + 5)))
        end = b + 6;
    } else if (isEscapeLetter(letter) || letter === 34 || letter === 47) end = b + 2;
    return Math.max(end, pos);
  }
  return pos;
}

/**
 * Whether an escape whose last character is a letter or digit (`\n`, `\r`, `\t`, `\b`, `\f`,
 * `\uXXXX`) ends right before `start`: a boundary, in a JSON string or a log line, though that
 * character is a token character.
 *
 * @example
 * ```ts
 * afterEscape(String.raw`Tel:\n4155550132`, 6); // true
 * afterEscape("known4155550132", 5); // false
 * ```
 */
export function afterEscape(text: string, start: number): boolean {
  if (start >= 2 && text.charCodeAt(start - 2) === 92 && isEscapeLetter(text.charCodeAt(start - 1))) return escapes(text, start - 2);
  return start >= 6 && text.charCodeAt(start - 6) === 92 && text.charCodeAt(start - 5) === 117 && escapeEnd(text, start - 1) === start;
}
