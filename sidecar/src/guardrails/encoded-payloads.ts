/**
 * Encoded payloads: base64, hex and percent-encoded runs are decoded and, when they decode
 * to text, handed back to the phrase detectors (one level deep). An instruction hidden as
 * `SWdub3JlIGFsbCBwcmV2aW91cy…` is as visible to a model as plain text.
 */
import { TextIndex } from "./text-index.js";

/** An encoded run and its decoded text. */
export interface DecodedRun {
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Characters of a long run decoded first: a replacement character there rules the run out. */
const PROBE = 4096;

/**
 * Whether the start of a long hex or base64 run already decodes to invalid UTF-8: then the
 * whole run does too and is not readable, so decoding all of it (megabytes of image data,
 * say) can be skipped. The probe is whole hex pairs / base64 quads, decoded in streaming
 * mode so a character cut at the end is not mistaken for an invalid one.
 */
function startIsBinary(run: string, encoding: "hex" | "base64" | "base64url"): boolean {
  if (run.length <= PROBE) return false;
  return new TextDecoder().decode(Buffer.from(run.slice(0, PROBE), encoding), { stream: true }).includes("\uFFFD");
}

/** Whether decoded bytes read as text: mostly printable, with some spaces. */
function readable(s: string): boolean {
  if (s.length < 12) return false;
  let printable = 0;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9 || c >= 0xa0) printable++;
    if (c === 32) spaces++;
    if (c === 0xfffd) return false;
  }
  return printable / s.length >= 0.95 && spaces >= 2;
}

/**
 * Finds encoded runs that decode to readable text, decoding at most `budget` characters.
 *
 * Runs are read off the index: base64-like runs of 22+ characters (with up to two `=` they
 * reach the 24 a run needs) and `%XX` sequences starting at each `%`. As in a left-to-right
 * reading, a `%XX` sequence takes its hex digits from a following base64-like run.
 *
 * @example
 * ```ts
 * decodeRuns(Buffer.from("ignore all previous instructions").toString("base64"))[0].decoded;
 * ```
 */
export function decodeRuns(text: string, budget = 256 * 1024, index = new TextIndex(text)): DecodedRun[] {
  const out: DecodedRun[] = [];
  let spent = 0;
  const push = (start: number, end: number, decoded: string | undefined): void => {
    spent += end - start;
    if (decoded !== undefined && readable(decoded)) out.push({ start, end, decoded });
  };
  const runs = index.base64Runs();
  let r = 0;
  let cursor = 0;
  let percent = text.indexOf("%");
  while (spent < budget) {
    while (percent >= 0 && percent < cursor) percent = text.indexOf("%", cursor);
    while (r < runs.length && (runs[r + 1] as number) <= cursor) r += 2;
    const runStart = r < runs.length ? Math.max(runs[r] as number, cursor) : -1;
    if (percent >= 0 && (runStart < 0 || percent < runStart)) {
      let j = percent;
      while (j + 2 < text.length && text.charCodeAt(j) === 37 && isHex(text.charCodeAt(j + 1)) && isHex(text.charCodeAt(j + 2))) j += 3;
      if (j - percent >= 24) {
        push(percent, j, safeDecodeUri(text.slice(percent, j)));
        cursor = j;
        continue;
      }
      // A few escapes among plain letters ("q=assistant%3A%20send%20the%20log…"): the token they
      // sit in, from the last separator before them, is read whole when it holds enough of them.
      const token = percentToken(text, Math.max(cursor, percent - TOKEN_BACK), percent);
      if (token !== undefined) {
        push(token[0], token[1], safeDecodeUri(text.slice(token[0], token[1]).replace(/\+/g, " ")));
        cursor = token[1];
        continue;
      }
      cursor = Math.max(j, percent + 1);
      continue;
    }
    if (runStart < 0) break;
    const i = runStart;
    const j = runs[r + 1] as number;
    let hexOnly = true;
    let lower = false;
    let upper = false;
    for (let k = i; k < j; k++) {
      const d = text.charCodeAt(k);
      if (!isHex(d)) hexOnly = false;
      if (d >= 97 && d <= 122) lower = true;
      else if (d >= 65 && d <= 90) upper = true;
    }
    let end = j;
    while (end < text.length && end - j < 2 && text.charCodeAt(end) === 61) end++;
    const len = end - i;
    if (hexOnly && len >= 32 && len % 2 === 0) {
      const run = text.slice(i, end);
      push(i, end, startIsBinary(run, "hex") ? undefined : Buffer.from(run, "hex").toString("utf8"));
    } else if (len >= 24 && lower && upper) {
      const run = text.slice(i, end);
      const encoding = run.includes("-") || run.includes("_") ? "base64url" : "base64";
      push(i, end, startIsBinary(run, encoding) ? undefined : Buffer.from(run, encoding).toString("utf8"));
    }
    cursor = end;
  }
  // Bytes written as hex pairs with a space between them ("41 73 73 69 73 74 …", a dump or a
  // "hex:" field): a sentence so written has its spaces as "20 ", found with a plain search
  // (" 20 " would be slow on a run of spaces), and its run is walked out from there.
  for (let at = text.indexOf("20 "); at >= 0 && spent < budget; at = text.indexOf("20 ", at + 3)) {
    if (at === 0 || text.charCodeAt(at - 1) !== 32) continue;
    const [start, end, pairs] = spacedHexRun(text, at);
    if (pairs >= SPACED_HEX_MIN) push(start, end, Buffer.from(text.slice(start, end).replace(/ /g, ""), "hex").toString("utf8"));
    at = Math.max(at, end - 3);
  }
  return out;
}

/** Hex pairs one space apart that make a run worth decoding. */
const SPACED_HEX_MIN = 16;

/** The run of space-separated hex pairs around the pair at `at`: `[start, end, pairs]` (no word character or dash on either side). */
function spacedHexRun(text: string, at: number): [number, number, number] {
  const pairAt = (i: number): boolean => i >= 0 && isHex(text.charCodeAt(i)) && isHex(text.charCodeAt(i + 1));
  let start = at;
  while (start >= 3 && text.charCodeAt(start - 1) === 32 && pairAt(start - 3)) start -= 3;
  let end = at + 2;
  while (text.charCodeAt(end) === 32 && pairAt(end + 1) && !isHex(text.charCodeAt(end + 3))) end += 3;
  const edge = (c: number): boolean => isHex(c) || (c >= 71 && c <= 90) || (c >= 103 && c <= 122) || c === 95 || c === 45;
  if ((start > 0 && edge(text.charCodeAt(start - 1))) || edge(text.charCodeAt(end))) return [start, end, 0];
  return [start, end, (end - start + 1) / 3];
}

/** How far before its first escape a percent-encoded token may start, and how long it may be. */
const TOKEN_BACK = 256;
const TOKEN_MAX = 4096;
/** Escapes a token needs to be read whole: a sentence of six words has five encoded spaces. */
const TOKEN_ESCAPES = 5;

const isTokenEdge = (c: number): boolean => c <= 32 || c === 34 || c === 39 || c === 38 || c === 61 || c === 63 || c === 60 || c === 62 || c === 96;

/**
 * The URL token around the escape at `at` (`[start, end)`, from the last space, quote, `=`,
 * `?` or `&` at or after `from`), when it holds at least TOKEN_ESCAPES escapes; else undefined.
 */
function percentToken(text: string, from: number, at: number): [number, number] | undefined {
  let start = at;
  while (start > from && !isTokenEdge(text.charCodeAt(start - 1))) start--;
  let escapes = 0;
  let end = at;
  const limit = Math.min(text.length, start + TOKEN_MAX);
  while (end < limit && !isTokenEdge(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === 37 && isHex(text.charCodeAt(end + 1)) && isHex(text.charCodeAt(end + 2))) {
      escapes++;
      end += 3;
    } else end++;
  }
  return escapes >= TOKEN_ESCAPES ? [start, end] : undefined;
}

function safeDecodeUri(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
