/**
 * The mutate step: the only place that sees matched text. PII and secrets become typed
 * placeholders (`[EMAIL_1]`), numbered per response so the same value always gets the same
 * placeholder; injected spans are replaced by a neutral marker; hidden characters and
 * hidden-character runs are removed.
 */
import type { Finding } from "./finding.js";
import { isInvisible } from "./hidden-content.js";

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
}

/**
 * Applies the findings that must be mutated to `text`. Overlapping findings collapse into
 * the first (earliest, longest) one. With `stripInvisible`, zero-width and bidi characters
 * outside any finding are removed as well.
 *
 * @example
 * ```ts
 * mutateText("mail a@b.io", [emailFinding], new PlaceholderBook(), true); // "mail [EMAIL_1]"
 * ```
 */
export function mutateText(text: string, findings: readonly Finding[], book: PlaceholderBook, stripInvisible: boolean): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let pos = 0;
  const copy = (to: number): void => {
    if (to <= pos) return;
    const chunk = text.slice(pos, to);
    parts.push(stripInvisible ? removeInvisible(chunk) : chunk);
  };
  for (const f of sorted) {
    if (f.start < pos) continue;
    copy(f.start);
    if (f.ruleId === "injection.hidden-text") parts.push("");
    else if (f.category === "injection") parts.push(INJECTION_MARKER);
    else parts.push(book.placeholder(f.type, text.slice(f.start, f.end)));
    pos = f.end;
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
