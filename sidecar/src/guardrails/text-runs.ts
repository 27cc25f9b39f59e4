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
