/**
 * Repeated keys in a JSON object. `JSON.parse` keeps the last of two equal keys without a
 * word, while another reader may keep the first: a tool result with two `content` keys would
 * be judged on one and shown to the model as the other. Found by comparing the text's count
 * of member names (transport/json-key-count.ts) with the parsed value's; only when they differ
 * is the text read again for the first repeated key's path.
 */
import { visit } from "jsonc-parser";
import { isRawJson } from "../guardrails/exact-json.js";
import { countJsonKeys } from "../transport/json-key-count.js";

/**
 * The JSON pointer of the first key repeated within one object of `text`, or undefined when no
 * key is; `value` is `text` parsed (its keys are counted, not read again).
 *
 * @example
 * ```ts
 * const text = '{"content":[],"content":[{"type":"text","text":"hi"}]}';
 * repeatedKeyPath(text, JSON.parse(text)); // "/content"
 * ```
 */
export function repeatedKeyPath(text: string, value: unknown): string | undefined {
  return repeatedKeyPathCounted(text, parsedKeys(value));
}

/**
 * {@link repeatedKeyPath} for a caller that has counted the parsed value's member names itself
 * (json-object-checks.ts counts them in the walk that also looks for out-of-range numbers, so
 * a large result is walked once, not twice).
 *
 * @example
 * ```ts
 * repeatedKeyPathCounted('{"a":1,"a":2}', 1); // "/a"
 * ```
 */
export function repeatedKeyPathCounted(text: string, parsedKeyCount: number): string | undefined {
  if (countJsonKeys(text) === parsedKeyCount) return undefined;
  const seen: Array<Set<string>> = [];
  let found: string | undefined;
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Set());
    },
    onObjectEnd: () => {
      seen.pop();
    },
    onObjectProperty: (property, _offset, _length, _line, _column, path) => {
      const names = seen.at(-1);
      if (found !== undefined || names === undefined) return;
      if (names.has(property)) found = pointer([...path(), property]);
      names.add(property);
    },
  });
  return found;
}

/** The member names of a parsed value, at any depth (a raw JSON number is a leaf). */
function parsedKeys(value: unknown): number {
  if (value === null || typeof value !== "object" || isRawJson(value)) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += parsedKeys(item);
    return n;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) n += 1 + parsedKeys(object[key]);
  return n;
}

function pointer(path: ReadonlyArray<string | number>): string {
  return path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
