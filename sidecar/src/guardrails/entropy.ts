/**
 * Value-quality heuristics for credentials: Shannon entropy and placeholder shapes. They
 * separate `hunter2-like` real values from `xxxx`, `<your key>`, `${VAR}` and `abcdefgh`.
 */

/**
 * Shannon entropy in bits per character.
 *
 * @example
 * ```ts
 * shannonEntropy("aaaa"); // 0
 * ```
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  // Counts per code unit in a reused table; characters in order of first appearance, so the
  // sum is taken in the same order (and gives the same bits) as with a Map.
  const seen: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((COUNTS[c] as number)++ === 0) seen.push(c);
  }
  let h = 0;
  for (const c of seen) {
    const p = (COUNTS[c] as number) / value.length;
    h -= p * Math.log2(p);
    COUNTS[c] = 0;
  }
  return h;
}

const COUNTS = new Int32Array(65536);

// Documentation words, matched in one case only: random tokens contain "FaKe" by chance.
const PLACEHOLDER_WORDS =
  /dummy|fake|placeholder|changeme|change_me|redacted|Redacted|your[_-]|insert|replace|todo|_here\b|DUMMY|FAKE|PLACEHOLDER|CHANGEME|REDACTED|YOUR_|INSERT|REPLACE|_HERE\b|\*\*\*|\.\.\.|…|•/;
const WRAPPED = /^(?:<[^>]*>|\{.*\}|\(.*\)|\[.*\])$/s;
/** Words in angle brackets inside a value (`sk-ant-api03-<paste-key-here>`, `AKIA<your key>`): a slot to fill, whatever surrounds it. */
const ANGLE_SLOT = /<[A-Za-z][\w .-]{1,40}>/;
const VARIABLE = /^(?:\$\{|\$\(|\$[A-Za-z_0-9]|%\(?[A-Za-z_]*\)?s$|\{\{|\{%|<%|#\{|@\{|%[A-Za-z_][\w.]*%$|\[[A-Z_ ]+\]$|\{[A-Za-z_.\s]+\}$)/;

/**
 * Whether a candidate secret value is a placeholder, a template variable or a masked value
 * rather than a credential: masking runs (`xxxxx`, `*****`), long repeats, alphabet or digit sequences,
 * template syntax (`${X}`, `{{ x }}`, `<your key>`, `%s`), or documentation words.
 *
 * @example
 * ```ts
 * isPlaceholderValue("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"); // true
 * isPlaceholderValue("${GITHUB_TOKEN}"); // true
 * ```
 */
export function isPlaceholderValue(value: string): boolean {
  if (VARIABLE.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value) || WRAPPED.test(value) || ANGLE_SLOT.test(value)) return true;
  // Vendors' documented examples spell it out (AWS: AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/…/bPxRfiCYEXAMPLEKEY).
  if (MASK_RUN.test(value) || hasRepeatRun(value, 16) || value.includes("EXAMPLE")) return true;
  if (isOneCharacter(value) || namesItsKind(value) || CODE_NOT_VALUE.test(value)) return true;
  // Alphabet or digit runs: placeholder when they dominate the value or it is low-entropy.
  const seq = longestSequence(value);
  return (seq >= 12 && seq >= value.length * 0.4) || (seq >= 6 && shannonEntropy(value) < 3);
}

/**
 * What code writes where a value would stand, and no credential is: an expression in braces
 * (JSX's `key={test.id}`, a template's `{slot}rest`), a command-line flag (`--with-token`), a
 * glob (`secrets.*`), a type argument's end (`PathSegment>`).
 */
const CODE_NOT_VALUE =
  /^(?:\{[A-Za-z_$][\w.$]*\}(?:[>;,)]*|[A-Za-z]{1,16})$|--?[a-z][a-z-]{2,40}$|[\w/-]*(?:[./]\*|\*[./])[\w./*-]*$|[A-Z][A-Za-z0-9_.]*>+[;,)]?$)/;

/**
 * Words that say what a value is rather than being one: a documentation's stand-in spells out
 * its kind (`personal-access-token123`, `mypersonalaccesstoken123`, `secret123`,
 * `mysecretpassword`).
 */
const KIND_WORDS = [
  "my",
  "your",
  "personal",
  "access",
  "api",
  "auth",
  "secret",
  "token",
  "password",
  "passwd",
  "pass",
  "key",
  "private",
  "client",
  "app",
  "test",
  "example",
  "sample",
  "demo",
  "super",
  "for",
];
const KIND_WORD_MAX = Math.max(...KIND_WORDS.map((w) => w.length));

/**
 * Whether the letters of `value` (digits and separators aside, a vendor's prefix too) split into
 * {@link KIND_WORDS} run together, with two such words in it or digits after one: a stand-in that
 * names its kind. A chosen value that merely starts with one (`secretary77`) does not split.
 */
function namesItsKind(value: string): boolean {
  if (value.length > 64) return false;
  // A vendor's prefix (`ghp_`, `sk_live_`) is the format's, not the stand-in's words.
  const letters = value
    .replace(/^(?:[a-z]{2,4}_){1,2}/, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  if (letters.length < 6 || /[^a-z0-9_.\s-]/i.test(value)) return false;
  // Which prefixes of `letters` split into kind words: reach[i] when letters[0..i) does.
  const reach = new Uint8Array(letters.length + 1);
  reach[0] = 1;
  let words = 0;
  for (let i = 0; i < letters.length; i++) {
    if (reach[i] === 0) continue;
    for (let n = 2; n <= KIND_WORD_MAX && i + n <= letters.length; n++) if (KIND_WORDS.includes(letters.slice(i, i + n))) reach[i + n] = 1;
  }
  if (reach[letters.length] === 0) return false;
  for (const w of KIND_WORDS) if (letters.includes(w)) words++;
  return words >= 2 || /\d/.test(value);
}

/**
 * Whether the letters and digits of `value` are one character over and over, separators
 * aside (the nil UUID `00000000-0000-0000-0000-000000000000`, `1111-1111-1111`): a stub.
 */
function isOneCharacter(value: string): boolean {
  let first = -1;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    if (first < 0) first = c;
    else if (c !== first) return false;
    count++;
  }
  return count >= 8;
}

/** Five or more of the characters people mask or stub values with. */
const MASK_RUN = /([xXzZ*#•])\1{4}/;

/** Whether `value` contains `n` or more identical consecutive characters. */
export function hasRepeatRun(value: string, n: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}

/** Length of the longest ascending run such as `abcdef` or `123456` in `value`. */
export function longestSequence(value: string): number {
  let run = 1;
  let best = value.length > 0 ? 1 : 0;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) - value.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Number of character classes (lower, upper, digit, other) present in `value`. */
export function charClasses(value: string): number {
  let lower = 0,
    upper = 0,
    digit = 0,
    other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
