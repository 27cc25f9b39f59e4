/**
 * Member names under mutation. Mutation keeps every key as it was — hidden characters in a key
 * are not stripped, since `{"id\u200b":1,"id":2}` would come back with two `id` keys — except
 * a key that itself holds what mutation replaces (an address, a secret, an injected order):
 * that key must not reach the agent either. It is renamed to its mutated text (`[EMAIL_1]`),
 * numbered when that name is already taken in its object (`[EMAIL_1] (2)`), so the object
 * keeps as many keys as it had, in the same order, at the same depth.
 */
import { createScanner } from "jsonc-parser";
import { CLOSE_BRACE, COLON, EOF, OPEN_BRACE, STRING_LITERAL } from "./jsonc-token-kinds.js";

/** One member name of a JSON text: the token `[start, end)`, quotes included, and its object's number. */
export interface JsonKeyToken {
  readonly start: number;
  readonly end: number;
  readonly object: number;
}

/**
 * The member names of a JSON text, in order, each with the number of the object it belongs to.
 *
 * @example
 * ```ts
 * jsonKeyTokens('{"a":{"b":1},"c":2}'); // [{ start: 1, end: 4, object: 0 }, { start: 6, end: 9, object: 1 }, { start: 13, end: 16, object: 0 }]
 * ```
 */
export function jsonKeyTokens(text: string): JsonKeyToken[] {
  const keys: JsonKeyToken[] = [];
  const open: number[] = [];
  let objects = 0;
  let pending: { start: number; end: number } | undefined;
  const scanner = createScanner(text, true);
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === COLON && pending !== undefined) keys.push({ ...pending, object: open.at(-1) ?? -1 });
    pending = undefined;
    if (kind === OPEN_BRACE) open.push(objects++);
    else if (kind === CLOSE_BRACE) open.pop();
    else if (kind === STRING_LITERAL) {
      const start = scanner.getTokenOffset();
      pending = { start, end: start + scanner.getTokenLength() };
    }
  }
  return keys;
}

/**
 * `wanted`, or the first of `wanted (2)`, `wanted (3)`, … not in `taken`; added to `taken`.
 *
 * @example
 * ```ts
 * uniqueKey("[EMAIL_1]", new Set(["[EMAIL_1]"])); // "[EMAIL_1] (2)"
 * ```
 */
export function uniqueKey(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted} (${n})`;
  taken.add(name);
  return name;
}
