/**
 * Encoded payloads: base64, hex and percent-encoded runs are decoded and, when they decode
 * to text, handed back to the phrase detectors (one level deep). An instruction hidden as
 * `SWdub3JlIGFsbCBwcmV2aW91cy…` is as visible to a model as plain text.
 */

/** An encoded run and its decoded text. */
export interface DecodedRun {
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
}

const B64 = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-") B64[c.charCodeAt(0)] = 1;
const isB64 = (c: number): boolean => c < 128 && B64[c] === 1;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

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
 * @example
 * ```ts
 * decodeRuns(Buffer.from("ignore all previous instructions").toString("base64"))[0].decoded;
 * ```
 */
export function decodeRuns(text: string, budget = 256 * 1024): DecodedRun[] {
  const out: DecodedRun[] = [];
  let spent = 0;
  const push = (start: number, end: number, decoded: string | undefined): void => {
    spent += end - start;
    if (decoded !== undefined && readable(decoded)) out.push({ start, end, decoded });
  };
  // One pass over the text measuring base64 / hex / percent-encoded runs with plain loops.
  let i = 0;
  while (i < text.length && spent < budget) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      let j = i;
      while (j + 2 < text.length + 0 && text.charCodeAt(j) === 37 && isHex(text.charCodeAt(j + 1)) && isHex(text.charCodeAt(j + 2))) j += 3;
      if (j - i >= 24) push(i, j, safeDecodeUri(text.slice(i, j)));
      i = Math.max(j, i + 1);
      continue;
    }
    if (!isB64(c)) {
      i++;
      continue;
    }
    let j = i;
    let hexOnly = true;
    let lower = false;
    let upper = false;
    while (j < text.length && isB64(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (!isHex(d)) hexOnly = false;
      if (d >= 97 && d <= 122) lower = true;
      else if (d >= 65 && d <= 90) upper = true;
      j++;
    }
    let end = j;
    while (end < text.length && end - j < 2 && text.charCodeAt(end) === 61) end++;
    const len = end - i;
    if (hexOnly && len >= 32 && len % 2 === 0) push(i, end, Buffer.from(text.slice(i, end), "hex").toString("utf8"));
    else if (len >= 24 && lower && upper) {
      const run = text.slice(i, end);
      push(i, end, Buffer.from(run, run.includes("-") || run.includes("_") ? "base64url" : "base64").toString("utf8"));
    }
    i = end;
  }
  return out;
}

function safeDecodeUri(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
