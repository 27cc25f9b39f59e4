/**
 * The mutate step: the only place that sees matched text. PII and secrets become typed
 * placeholders (`[EMAIL_1]`), numbered per response so the same value always gets the same
 * placeholder; injected spans are replaced by a neutral marker; hidden characters and
 * hidden-character runs are removed. A text that is a JSON document stays one (json-spans.ts),
 * every key as it was unless the key itself holds a finding (json-keys.ts).
 */
import type { Finding } from "./finding.js";
import { isInvisible } from "./hidden-content.js";
import { jsonKeyTokens, uniqueKey, type JsonKeyToken } from "./json-keys.js";
import { isJsonDocument, jsonEdits, type Edit } from "./json-spans.js";

/** The marker that replaces an injected span. */
export const INJECTION_MARKER = "[removed: suspected prompt injection]";

/**
 * Placeholder numbering shared by every string of one response.
 *
 * @example
 * ```ts
 * const book = new PlaceholderBook();
 * book.placeholder("EMAIL", "a@b.io"); // "[EMAIL_1]"
 * book.placeholder("EMAIL", "a@b.io"); // "[EMAIL_1]"
 * ```
 */
export class PlaceholderBook {
  readonly #numbers = new Map<string, Map<string, number>>();

  /** The placeholder for `value` of `type`, allocating the next number on first sight. */
  placeholder(type: string, value: string): string {
    let byValue = this.#numbers.get(type);
    if (byValue === undefined) this.#numbers.set(type, (byValue = new Map()));
    let n = byValue.get(value);
    if (n === undefined) byValue.set(value, (n = byValue.size + 1));
    return `[${type}_${n}]`;
  }

  /** A copy to try numbering on; {@link adopt} it to keep what it allocated. */
  fork(): PlaceholderBook {
    const copy = new PlaceholderBook();
    for (const [type, byValue] of this.#numbers) copy.#numbers.set(type, new Map(byValue));
    return copy;
  }

  /** Takes over the numbering of a fork. */
  adopt(fork: PlaceholderBook): void {
    this.#numbers.clear();
    for (const [type, byValue] of fork.#numbers) this.#numbers.set(type, byValue);
  }
}

/**
 * Applies the findings that must be mutated to `text`. Overlapping findings collapse into
 * the first (earliest, longest) one's replacement, which covers them all to the end of the last. With `stripInvisible`, zero-width and bidi characters
 * outside any finding are removed as well. A JSON document stays valid JSON: a span is kept
 * inside the string it falls in, and a number's placeholder is quoted.
 *
 * @example
 * ```ts
 * mutateText("mail a@b.io", [emailFinding], new PlaceholderBook(), true); // "mail [EMAIL_1]"
 * mutateText('{"tel": 4155550132}', [phoneFinding], new PlaceholderBook(), true); // '{"tel": "[PHONE_1]"}'
 * ```
 */
export function mutateText(text: string, findings: readonly Finding[], book: PlaceholderBook, stripInvisible: boolean): string {
  // Nothing to replace or strip (most strings of a result): the text itself.
  if (findings.length === 0 && (!stripInvisible || removeInvisible(text) === text)) return text;
  if (!isJsonDocument(text)) {
    return applyEdits(
      text,
      findings.map((finding) => ({ start: finding.start, end: finding.end, finding, quote: false })),
      book,
      stripInvisible,
    );
  }
  // Key edits are made afresh for each try: each keeps its own record of the names it gave.
  const trial = book.fork();
  const fitted = applyEdits(text, [...keyEdits(text, findings, stripInvisible), ...jsonEdits(text, findings)], trial, stripInvisible);
  if (parses(fitted)) {
    book.adopt(trial);
    return fitted;
  }
  // A span that cut an escape sequence: replace the whole content of each string it touched.
  return applyEdits(text, [...keyEdits(text, findings, stripInvisible), ...jsonEdits(text, findings, true)], book, stripInvisible);
}

/**
 * A member name's new token, or the token kept as it is (hidden characters and all), made
 * when its turn comes in the text, so placeholders are numbered in the text's order.
 */
interface KeyEdit {
  readonly start: number;
  readonly end: number;
  readonly token: (book: PlaceholderBook) => string;
}

/**
 * Edits for the member names of a JSON text: a name with a finding wholly inside it becomes its
 * mutated text, unique in its object (json-keys.ts); with `stripInvisible`, a name holding a
 * hidden character is kept as it is, so that stripping cannot merge it with another.
 */
function keyEdits(text: string, findings: readonly Finding[], stripInvisible: boolean): KeyEdit[] {
  const keys = jsonKeyTokens(text);
  const inKey = new Map<number, Finding[]>();
  for (const f of findings) {
    const k = lastStartingBefore(keys, f.start);
    const key = keys[k];
    if (key !== undefined && f.end <= key.end) inKey.set(k, [...(inKey.get(k) ?? []), f]);
  }
  const taken = new Map<number, Set<string>>();
  const takenIn = (object: number): Set<string> => {
    let names = taken.get(object);
    if (names === undefined) {
      // The names that stay: a renamed key must not take one of them.
      names = new Set(keys.flatMap((key, i) => (key.object === object && !inKey.has(i) ? [JSON.parse(text.slice(key.start, key.end)) as string] : [])));
      taken.set(object, names);
    }
    return names;
  };
  const edits: KeyEdit[] = [];
  for (const [i, key] of keys.entries()) {
    const found = inKey.get(i);
    const raw = text.slice(key.start, key.end);
    if (found !== undefined) {
      edits.push({ start: key.start, end: key.end, token: (book) => JSON.stringify(uniqueKey(renamedKey(raw, key, found, book), takenIn(key.object))) });
    } else if (stripInvisible && removeInvisible(raw) !== raw) edits.push({ start: key.start, end: key.end, token: () => raw });
  }
  return edits;
}

/** Index of the last key token starting at or before `pos`, or -1. */
function lastStartingBefore(keys: readonly JsonKeyToken[], pos: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A key's text with its findings replaced. A name written with escapes is replaced whole (by
 * its first finding's replacement): a span's offsets are the raw text's, and may cut an escape.
 */
function renamedKey(raw: string, key: JsonKeyToken, found: readonly Finding[], book: PlaceholderBook): string {
  const name = raw.slice(1, -1);
  const first = found[0]!;
  if (name.includes("\\")) return replacementFor(first, name, book);
  const edits = found.map((f) => ({
    start: Math.max(0, f.start - key.start - 1),
    end: Math.min(name.length, f.end - key.start - 1),
    finding: f,
    quote: false,
  }));
  return applyEdits(name, edits, book, false);
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/**
 * What replaces a finding's text: nothing (hidden text), the injection marker, or a placeholder.
 * A value is numbered as it reads, hidden characters stripped: a token split by a zero-width
 * space (found whole, text-scanner.ts) gets the placeholder of the same token written plainly.
 */
function replacementFor(f: Finding, matched: string, book: PlaceholderBook): string {
  if (f.ruleId === "injection.hidden-text") return "";
  if (f.category === "injection") return INJECTION_MARKER;
  return book.placeholder(f.type, removeInvisible(matched));
}

function applyEdits(text: string, edits: ReadonlyArray<Edit | KeyEdit>, book: PlaceholderBook, stripInvisible: boolean): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let pos = 0;
  const copy = (to: number): void => {
    if (to <= pos) return;
    const chunk = text.slice(pos, to);
    parts.push(stripInvisible ? removeInvisible(chunk) : chunk);
  };
  for (const edit of sorted) {
    const { start, end } = edit;
    // An edit that starts inside the previous one merges with it: the replaced range runs on to
    // its end, so no finding's tail is left in clear (an address that runs past an injected span).
    if (start < pos) {
      pos = Math.max(pos, end);
      continue;
    }
    copy(start);
    if ("token" in edit) parts.push(edit.token(book));
    else {
      const replacement = replacementFor(edit.finding, text.slice(start, end), book);
      parts.push(edit.quote ? `"${replacement}"` : replacement);
    }
    pos = end;
  }
  copy(text.length);
  return parts.join("");
}

/** `chunk` without the characters mutate strips: those hidden-content.ts `strippedView` removes. */
function removeInvisible(chunk: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    const tag = c === 0xdb40 && i + 1 < chunk.length && chunk.charCodeAt(i + 1) >= 0xdc00 && chunk.charCodeAt(i + 1) <= 0xdc7f;
    if (isInvisible(c) || tag) {
      out += chunk.slice(last, i);
      if (tag) i++;
      last = i + 1;
    }
  }
  return last === 0 ? chunk : out + chunk.slice(last);
}
