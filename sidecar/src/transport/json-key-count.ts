/**
 * Counts the object member names in a JSON text, at any depth. `JSON.parse` keeps the last of
 * two equal keys without a word, while protobuf-es's `fromJsonString` rejects them: a reader
 * that starts from `JSON.parse` compares this count with the keys it saw to know there were
 * none. Only meaningful for a text `JSON.parse` has accepted (it assumes well-formed JSON).
 */

const BACKSLASH = 92;
const COLON = 58;

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let run = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === BACKSLASH; i--) run++;
  return (run & 1) === 1;
}

/** JSON's four whitespace characters. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The number of member names in `text` (well-formed JSON): strings followed by a colon.
 *
 * @example
 * ```ts
 * countJsonKeys('{"a":"x","b":{"a":true}}'); // 3
 * countJsonKeys('{"a":1,"a":2}'); // 2, where JSON.parse keeps one
 * ```
 */
export function countJsonKeys(text: string): number {
  let keys = 0;
  // Outside strings, the next quote always opens one (the text is well-formed).
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && escaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) return -1;
    let next = close + 1;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === COLON) keys++;
    open = text.indexOf('"', close + 1);
  }
  return keys;
}
