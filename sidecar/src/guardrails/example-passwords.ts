/**
 * Passwords that documentation, tutorials and default configurations write, told apart by
 * their structure rather than listed one by one:
 *
 * - a value that spells its own key's name (`password: P@ssw0rd`, `admin_password: admin123`,
 *   `PASSWORD=Passw0rd!`): the name, in any case and with the usual letter-for-symbol swaps,
 *   then only digits and symbols. The same reasoning as a URL password equal to its user name
 *   (`postgres:postgres`), which the URL detector already sets aside as a default.
 * - a walk along the keyboard (`qwerty123`, `asdf1234`, `zxcvbnm`): runs of neighbouring keys
 *   of one row make up nearly all of the value.
 *
 * A value chosen as a secret is neither. Famous single examples without such a structure
 * (`hunter2`, `Tr0ub4dor&3`) are not recognised here on purpose: only an allowlist would.
 */

/**
 * Example passwords are short; longer values are not read (a value runs up to 1,024
 * characters, and text dense with key words would otherwise be read many times over).
 */
export const EXAMPLE_MAX = 64;

/** Symbols and digits written for letters. */
const SWAPS: Readonly<Record<string, string>> = { "@": "a", "4": "a", "8": "b", "3": "e", "9": "g", "1": "i", "!": "i", "0": "o", $: "s", "5": "s", "7": "t" };

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether `value` starts with `word` (lower-case letters), swaps allowed, and holds no letter after it. */
function spells(value: string, word: string): boolean {
  if (value.length < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const ch = value[i] as string;
    if (ch.toLowerCase() !== word[i] && SWAPS[ch] !== word[i]) return false;
  }
  for (let i = word.length; i < value.length; i++) if (isAsciiLetter(value.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `value` spells one of `keyParts` (a key's lower-case name components, `db_password`
 * → `db`, `password`) of at least four letters, or its first four or more letters
 * (`pass123` under `password`), followed by digits and symbols only.
 *
 * @example
 * ```ts
 * spellsItsKey("P@ssw0rd!", ["db", "password"]); // true
 * spellsItsKey("Zq8vT3nR6yW1", ["password"]); // false
 * ```
 */
export function spellsItsKey(value: string, keyParts: readonly string[]): boolean {
  if (value.length > EXAMPLE_MAX) return false;
  for (const part of keyParts) {
    if (part.length < 4 || !/^[a-z]+$/.test(part)) continue;
    for (let n = part.length; n >= 4; n--) if (spells(value, part.slice(0, n))) return true;
  }
  return false;
}

/** Keyboard rows, for walks along them (either way). */
const ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** Row × 16 + position + 1 of each key by character code, either case (0: not a key of a row). */
const KEY_AT = new Uint8Array(128);
ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    KEY_AT[row.charCodeAt(i)] = r * 16 + i + 1;
    KEY_AT[row.toUpperCase().charCodeAt(i)] = r * 16 + i + 1;
  }
});

/** Whether code units `a` then `b` are neighbouring keys of one row. */
function neighbours(a: number, b: number): boolean {
  const x = a < 128 ? (KEY_AT[a] as number) : 0;
  const y = b < 128 ? (KEY_AT[b] as number) : 0;
  return x !== 0 && y !== 0 && x >> 4 === y >> 4 && Math.abs(x - y) === 1;
}

/**
 * Whether walks of three or more neighbouring keys of one row (`qwerty`, `123`, `lkjh`) make
 * up at least four fifths of `value`.
 *
 * @example
 * ```ts
 * keyboardWalk("qwerty123"); // true
 * keyboardWalk("xcvb8472Kq"); // false
 * ```
 */
export function keyboardWalk(value: string): boolean {
  if (value.length < 6 || value.length > EXAMPLE_MAX) return false;
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= value.length; i++) {
    if (i < value.length && neighbours(value.charCodeAt(i - 1), value.charCodeAt(i))) {
      run++;
      continue;
    }
    if (run >= 3) covered += run;
    run = 1;
  }
  return covered * 5 >= value.length * 4;
}
