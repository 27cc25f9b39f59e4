/**
 * Hidden text: invisible Unicode (zero-width characters, Unicode tag characters used for
 * "ASCII smuggling", bidi overrides) and HTML that a person never sees (comments and
 * CSS-hidden elements). Invisible characters are removed into a *clean view* (tag
 * characters decoded to the ASCII they smuggle) so the phrase detectors see what a model
 * sees; offsets map back to the original text.
 */
import { finding, type Finding } from "./finding.js";
import { codeUnits } from "./literal-automaton.js";
import { borrowInt32, borrowUint16, giveBack } from "./scratch-arrays.js";

const INVISIBLE_TEST = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
const ZERO_WIDTH = (c: number): boolean => c === 0x00ad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
const BIDI = (c: number): boolean => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const LETTER = /\p{L}/u;

/** Hidden-character findings reported per string (the rest are stripped all the same). */
const MAX_HIDDEN_FINDINGS = 256;

/** A text with invisible characters removed and a map back to the original offsets. */
export interface CleanView {
  readonly text: string;
  /** `origin[i]` is the original offset of clean character `i`; `origin[text.length]` = original length. */
  readonly origin: Int32Array | undefined;
  /** Gives the map's scan-local storage back (the view must not be used afterwards). */
  readonly release?: () => void;
}

/** Maps a clean-view span back to the original text. */
export function toOriginal(view: CleanView, start: number, end: number): [number, number] {
  if (view.origin === undefined) return [start, end];
  const s = view.origin[start] ?? 0;
  const e = end > 0 ? (view.origin[end - 1] ?? 0) + 1 : s;
  return [s, Math.max(s, e)];
}

/** Whether `text` is all ASCII: its UTF-8 length (one native count, nothing encoded) equals its length. */
function isAscii(text: string): boolean {
  return Buffer.byteLength(text, "utf8") === text.length;
}

/** An iCalendar text, and one of its folded lines. */
const ICAL = /BEGIN:V(?:CALENDAR|EVENT|TODO|CARD)/;
const FOLD = /\n[ \t]/;

/** Whether `text` contains any invisible character this module handles (all of them are non-ASCII). */
export function hasInvisible(text: string): boolean {
  return !isAscii(text) && INVISIBLE_TEST.test(text);
}

const isHidden = (c: number): boolean => ZERO_WIDTH(c) || BIDI(c);
/** Three fullwidth letters or digits in a row: a word written in fullwidth forms. */
const FULLWIDTH_WORD = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]{3}/;
/** A fullwidth letter or digit (U+FF10–FF19, FF21–FF3A, FF41–FF5A). */
const isWideAlnum = (c: number): boolean => (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

/**
 * The unit at `i` as the ASCII it shows when it is a fullwidth letter, digit or one of
 * `－．／～`, or the ideographic space next to a fullwidth letter or digit; else unchanged.
 * (Other fullwidth punctuation, `：，！？（）`, is ordinary CJK text and stays.)
 */
function narrowed(src: Uint16Array, n: number, i: number): number {
  const c = src[i] as number;
  if (isWideAlnum(c) || c === 0xff0d || c === 0xff0e || c === 0xff0f || c === 0xff5e) return c - 0xfee0;
  if (c === 0x3000 && ((i > 0 && isWideAlnum(src[i - 1] as number)) || (i + 1 < n && isWideAlnum(src[i + 1] as number)))) return 32;
  return c;
}
/** A Unicode tag character (U+E0000-E007F, a surrogate pair) at `i` of the first `n` units. */
const isTag = (src: Uint16Array, n: number, i: number): boolean =>
  i + 1 < n && src[i] === 0xdb40 && (src[i + 1] as number) >= 0xdc00 && (src[i + 1] as number) <= 0xdc7f;

/**
 * Where an emoji tag sequence that starts at `i` ends, or -1: after U+1F3F4 (🏴), two tag
 * letters (the country) and one to three tag letters or digits (the subdivision, ISO 3166-2),
 * then U+E007F CANCEL TAG — Unicode's form for the flags of England, Scotland, Wales and the
 * like (UTS #51). Tags that spell anything else are hidden text.
 */
function flagTagEnd(src: Uint16Array, n: number, i: number): number {
  if (i < 2 || src[i - 2] !== 0xd83c || src[i - 1] !== 0xdff4) return -1;
  let count = 0;
  let p = i;
  while (isTag(src, n, p)) {
    const t = (src[p + 1] as number) - 0xdc00;
    if (t === 0x7f) return count >= 3 && count <= 5 ? p + 2 : -1;
    const letter = t >= 0x61 && t <= 0x7a;
    if (!(letter || (count >= 2 && t >= 0x30 && t <= 0x39))) return -1;
    count++;
    p += 2;
  }
  return -1;
}

function isLetterAt(src: Uint16Array, n: number, i: number): boolean {
  if (i < 0 || i >= n) return false;
  const c = src[i] as number;
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCharCode(c));
}

/**
 * Builds the clean view (an iCalendar text's folded lines unfolded too) and reports
 * hidden-character findings: any Unicode tag characters,
 * runs of three or more zero-width characters, zero-width characters splitting words (three
 * or more), and bidi override controls. Single zero-width characters between symbols (as in
 * Wikipedia coordinates) are normal and not reported.
 *
 * @example
 * ```ts
 * const { view, findings } = cleanInvisible("ig\u200Bnore");
 * view.text; // "ignore"
 * view.release?.();
 * ```
 * `knownAscii`: whether the text is all ASCII, when the caller has counted it already.
 */
export function cleanInvisible(text: string, knownAscii?: boolean): { view: CleanView; findings: Finding[] } {
  // An iCalendar file folds long lines (a line break and one space): unfolded, a property reads as written.
  const folded = text.includes("BEGIN:V") && ICAL.test(text) && FOLD.test(text);
  const ascii = knownAscii ?? isAscii(text);
  // Words in fullwidth forms (ｒｍ　－ｒｆ) read as the ASCII they show, as a model reads them.
  const wide = !ascii && FULLWIDTH_WORD.test(text);
  if (!folded && !wide && (ascii || !INVISIBLE_TEST.test(text))) return { view: { text, origin: undefined }, findings: [] };
  const n = text.length;
  // Clean code units and the offset map go to borrowed arrays: an adversarial text can be
  // half invisible characters, and one string piece per visible character costs too much.
  const src = codeUnits(text);
  const units = borrowUint16(n);
  const origin = borrowInt32(n + 1);
  const findings: Finding[] = [];
  const splits: number[] = [];
  let splitCount = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i] as number;
    if (c === 0xdb40 && isTag(src, n, i)) {
      const start = i;
      const flag = flagTagEnd(src, n, i);
      if (flag > 0) {
        // A subdivision flag (🏴 + "gbsct" + cancel tag): an emoji, shown as one, not hidden text.
        i = flag - 1;
        continue;
      }
      while (isTag(src, n, i)) {
        const ascii = (src[i + 1] as number) - 0xdc00;
        if (ascii >= 0x20 && ascii < 0x7f) {
          units[k] = ascii;
          origin[k++] = i;
        }
        i += 2;
      }
      i--;
      findings.push(finding("injection", "INJECTION", "injection.hidden-text", start, i + 1, 0.9));
      continue;
    }
    if (folded && c === 10 && (src[i + 1] === 32 || src[i + 1] === 9)) {
      if (k > 0 && units[k - 1] === 13) k--;
      i++;
      continue;
    }
    if (isHidden(c)) {
      const start = i;
      let override = c >= 0x202a && c <= 0x202e;
      while (i + 1 < n && isHidden(src[i + 1] as number)) {
        i++;
        const d = src[i] as number;
        if (d >= 0x202a && d <= 0x202e) override = true;
      }
      const end = i + 1;
      if (end - start >= 3 || override) {
        findings.push(finding("injection", "INJECTION", "injection.hidden-text", start, end, override ? 0.6 : 0.7));
      } else if (isLetterAt(src, n, start - 1) && isLetterAt(src, n, end) && !(end - start === 1 && c === 0x00ad)) {
        // A lone soft hyphen inside a word is a hyphenation point (web pages and PDFs are full of
        // them); it is stripped from the view like the others, so a word it splits is still read.
        if (splitCount++ < MAX_HIDDEN_FINDINGS) splits.push(start, end);
      }
      continue;
    }
    units[k] = wide ? narrowed(src, n, i) : c;
    origin[k++] = i;
  }
  origin[k] = n;
  if (splitCount >= 3) {
    for (let j = 0; j < splits.length; j += 2) {
      findings.push(finding("injection", "INJECTION", "injection.hidden-text", splits[j] as number, splits[j + 1] as number, 0.7));
    }
  }
  // Past the cap the characters are still stripped by mutate; reporting each adds nothing.
  findings.length = Math.min(findings.length, MAX_HIDDEN_FINDINGS);
  const clean = Buffer.from(units.buffer, units.byteOffset, k * 2).toString("utf16le");
  giveBack(units);
  giveBack(src);
  return { view: { text: clean, origin: origin.subarray(0, k + 1), release: () => giveBack(origin) }, findings };
}

/** Whether a character is one the mutate step strips. */
export function isInvisible(code: number): boolean {
  return ZERO_WIDTH(code) || BIDI(code);
}

/**
 * The text as the mutate step leaves it once it strips hidden characters — zero-width and bidi
 * characters and Unicode tag characters removed, nothing else changed — with the map back to the
 * original offsets; undefined when there is nothing to strip. The PII and secret detectors read
 * it beside the text: a token split by a zero-width space is one token to whoever reads the
 * output, and must be found (and replaced) whole.
 *
 * @example
 * ```ts
 * strippedView("sk_live_4eC\u200b39Hq")?.text; // "sk_live_4eC39Hq"
 * strippedView("plain"); // undefined
 * ```
 */
export function strippedView(text: string): CleanView | undefined {
  const n = text.length;
  let origin: Int32Array | undefined;
  let out = "";
  let k = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const tag = c === 0xdb40 && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdc7f;
    if (!tag && !isInvisible(c)) continue;
    if (origin === undefined) {
      origin = new Int32Array(n + 1);
      for (; k < i; k++) origin[k] = k;
    } else for (let j = last; j < i; j++) origin[k++] = j;
    out += text.slice(last, i);
    if (tag) i++;
    last = i + 1;
  }
  if (origin === undefined) return undefined;
  for (let j = last; j < n; j++) origin[k++] = j;
  origin[k] = n;
  return { text: out + text.slice(last), origin: origin.subarray(0, k + 1) };
}

const HIDDEN_STYLE =
  /\bstyle\s{0,3}=\s{0,3}["'][^"'>]{0,300}?(?:display\s{0,2}:\s{0,2}none|visibility\s{0,2}:\s{0,2}hidden|font-size\s{0,2}:\s{0,2}(?:0|1|0?\.\d{1,3})(?:px|em|rem|pt)?\s{0,2}[;"']|opacity\s{0,2}:\s{0,2}0(?:\.0+)?\s{0,2}[;"']|(?:left|top|text-indent|margin-left)\s{0,2}:\s{0,2}-\d{3,}px|(?:width|height)\s{0,2}:\s{0,2}0(?:px)?\s{0,2}[;"']|color\s{0,2}:\s{0,2}(?:transparent|rgba\([^)]{0,20},\s{0,2}0\)))|\bstyle\s{0,3}=\s{0,3}["'](?![^"'>]{0,300}?background)[^"'>]{0,300}?(?<![\w-])color\s{0,2}:\s{0,2}(?:#fff(?:fff)?|white|rgb\(\s{0,2}255\s{0,2},\s{0,2}255\s{0,2},\s{0,2}255\s{0,2}\))\s{0,2}[;"']|\shidden(?:\s{0,2}=\s{0,2}["']?(?:hidden|true)?["']?)?[\s>]|\saria-hidden\s{0,2}=\s{0,2}["']true["']|\stype\s{0,2}=\s{0,2}["']?hidden\b/gi;

/**
 * Regions of HTML a reader does not see: comments, elements hidden with CSS or the
 * `hidden` attribute, and hidden form fields (`<input type="hidden" value="…">`). Returned as `[start, end]` pairs of the original text.
 *
 * @example
 * ```ts
 * hiddenHtmlRegions("a <!-- secret --> b"); // [[2, 17]]
 * ```
 */
export function hiddenHtmlRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    const end = close < 0 ? text.length : close + 3;
    regions.push([open, end]);
    from = end;
  }
  HIDDEN_STYLE.lastIndex = 0;
  let last = -1;
  for (let m = HIDDEN_STYLE.exec(text); m !== null; m = HIDDEN_STYLE.exec(text)) {
    // The tag's opening within the 400 characters before (searched within them: a search back
    // through the whole text per attribute is quadratic where no tag opens).
    const nearFrom = Math.max(0, m.index - 400);
    const near = text.slice(nearFrom, m.index + 1);
    const opening = near.lastIndexOf("<");
    const tagStart = opening < 0 ? -1 : nearFrom + opening;
    if (tagStart < 0 || tagStart <= last) continue;
    // The attribute must sit inside that tag ("text hidden in white font" in prose after an
    // e-mail address in angle brackets is neither), and the tag must be one (`<span `, not `<ana@…>`).
    if (near.lastIndexOf(">") > opening) continue;
    const name = /^<([A-Za-z][A-Za-z0-9-]{0,20})(?=[\s/>])/.exec(text.slice(tagStart, tagStart + 24))?.[1];
    if (name === undefined) continue;
    const closer = new RegExp(`</${name}\\s{0,2}>`, "gi");
    closer.lastIndex = m.index;
    const closeTag = closer.exec(text)?.index ?? -1;
    const tagEnd = text.indexOf(">", m.index);
    const end = closeTag < 0 ? (tagEnd < 0 ? text.length : tagEnd + 1) : text.indexOf(">", closeTag) + 1 || text.length;
    regions.push([tagStart, end]);
    last = end;
    HIDDEN_STYLE.lastIndex = Math.max(HIDDEN_STYLE.lastIndex, end);
  }
  return regions.sort((a, b) => a[0] - b[0]);
}

/** Values a person seldom sees: HTML alt, title, aria-label, data-* and meta content attributes, iCalendar X- properties (with their folded lines), markdown link titles; and (in quietRegions) words typed in fullwidth forms and subtitle cues shown for a blink. */
const QUIET =
  /\s(?:alt|title|aria-label|data-[\w-]{1,40}|content)\s{0,2}=\s{0,2}(?:"[^"\n]{1,2000}"|'[^'\n]{1,2000}')|(?:^|\n)X-[A-Z0-9-]{1,60}(?:;[^:\n]{0,200})?:[^\n]{0,2000}(?:\r?\n[ \t][^\n]{0,2000}){0,40}|\]\([^)\s]{1,2048}\s{1,3}"[^"\n]{1,500}"\)/gi;

/**
 * Regions that carry text a person seldom sees though a model reads it: attribute values
 * (alt, title, aria-label, data-*, meta content), iCalendar X- properties and markdown link
 * titles. Returned as `[start, end]` pairs of the original text, in order.
 *
 * @example
 * ```ts
 * quietRegions('<img alt="a cat" src="c.png">'); // [[4, 14]]
 * ```
 */
export function quietRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUIET.lastIndex = 0;
  for (let m = QUIET.exec(text); m !== null; m = QUIET.exec(text)) out.push([m.index, m.index + m[0].length]);
  // A subtitle cue shown for a blink (SRT or WebVTT, under a tenth of a second): text on screen
  // for no viewer, read by whatever summarises the file.
  if (text.includes("-->")) {
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
      const shown = cueMs(m[2] ?? "") - cueMs(m[1] ?? "");
      if (shown >= 0 && shown < BLINK_MS) out.push([m.index + m[0].length - (m[3] ?? "").length, m.index + m[0].length]);
    }
    out.sort((a, b) => a[0] - b[0]);
  }
  // Words typed in fullwidth forms (ＲＵＮ　ｒｍ): a disguise nobody writes English in.
  if (FULLWIDTH_WORD.test(text)) {
    WIDE_RUN.lastIndex = 0;
    for (let m = WIDE_RUN.exec(text); m !== null; m = WIDE_RUN.exec(text)) if (FULLWIDTH_WORD.test(m[0])) out.push([m.index, m.index + m[0].length]);
    out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/** A subtitle cue's timing line and its text (up to a blank line): SRT's `00:00:01,000 --> …` or WebVTT's `00:01.000 --> …`. */
const CUE =
  /((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})[ \t]{1,3}-->[ \t]{1,3}((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3})[^\n]{0,80}\r?\n((?:[^\n]{1,2000}(?:\r?\n|$)){1,6})/g;
/** A cue shown for less than this many milliseconds is not seen. */
const BLINK_MS = 100;

/** A cue time in milliseconds (`hh:mm:ss,mmm`, `mm:ss.mmm`). */
function cueMs(time: string): number {
  const [clock = "", ms = "0"] = time.split(/[.,]/);
  const parts = clock.split(":").map(Number);
  let seconds = 0;
  for (const p of parts) seconds = seconds * 60 + p;
  return seconds * 1000 + Number(ms);
}

/** A run of fullwidth ASCII forms and ideographic spaces. */
const WIDE_RUN = /[\uFF01-\uFF5E\u3000]{6,}/g;
