/**
 * The mutate step: the only place that sees matched text. PII and secrets become typed
 * placeholders (`[EMAIL_1]`), numbered per response so the same value always gets the same
 * placeholder; injected spans are replaced by a neutral marker; hidden characters and
 * hidden-character runs are removed. A text that is a JSON document stays one (json-spans.ts).
 */
import type { Finding } from "./finding.js";
import { isInvisible } from "./hidden-content.js";
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
 * the first (earliest, longest) one. With `stripInvisible`, zero-width and bidi characters
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
  if (findings.length === 0 || !isJsonDocument(text)) {
    return applyEdits(
      text,
      findings.map((finding) => ({ start: finding.start, end: finding.end, finding, quote: false })),
      book,
      stripInvisible,
    );
  }
  const trial = book.fork();
  const fitted = applyEdits(text, jsonEdits(text, findings), trial, stripInvisible);
  if (parses(fitted)) {
    book.adopt(trial);
    return fitted;
  }
  // A span that cut an escape sequence: replace the whole content of each string it touched.
  return applyEdits(text, jsonEdits(text, findings, true), book, stripInvisible);
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

function applyEdits(text: string, edits: readonly Edit[], book: PlaceholderBook, stripInvisible: boolean): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let pos = 0;
  const copy = (to: number): void => {
    if (to <= pos) return;
    const chunk = text.slice(pos, to);
    parts.push(stripInvisible ? removeInvisible(chunk) : chunk);
  };
  for (const { start, end, finding: f, quote } of sorted) {
    if (start < pos) continue;
    copy(start);
    let replacement: string;
    if (f.ruleId === "injection.hidden-text") replacement = "";
    else if (f.category === "injection") replacement = INJECTION_MARKER;
    else replacement = book.placeholder(f.type, text.slice(start, end));
    parts.push(quote ? `"${replacement}"` : replacement);
    pos = end;
  }
  copy(text.length);
  return parts.join("");
}

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
