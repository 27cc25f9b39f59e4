/**
 * Makes YAML syntax errors point at the mistake. The `yaml` library notices an unclosed
 * `[`, `{` or quote only where the text stops making sense — often lines later, or at the
 * end of the file — so those errors are moved to the opening bracket or quote, and the
 * follow-on errors that the same mistake causes are dropped.
 */
import { Parser, type CST, type YAMLError } from "yaml";
import { MAX_NESTING, tooDeepMessage } from "./yaml-document-checks.js";

/** A syntax error at a source offset. */
export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

interface Opening {
  readonly offset: number;
  readonly kind: "[" | "{" | '"' | "'";
  used: boolean;
}

const UNCLOSED_FLOW = /^Flow (sequence|map)\b/;
const UNCLOSED_QUOTE = /^Missing closing (["'])quote/;

/**
 * Turns the library's errors into problems located at the mistake.
 *
 * @example
 * ```ts
 * const doc = parseDocument(text, { prettyErrors: false });
 * syntaxProblems(text, doc.errors); // [{ offset: 57, message: "this '[' is never closed: …" }]
 * ```
 */
export function syntaxProblems(text: string, errors: readonly YAMLError[]): SyntaxProblem[] {
  const needsOpenings = errors.some((e) => UNCLOSED_FLOW.test(e.message) || UNCLOSED_QUOTE.test(e.message));
  const openings = needsOpenings ? unclosedOpenings(text) : [];
  const problems: SyntaxProblem[] = [];
  // Source ranges a relocated error already explains; errors inside them are follow-ons.
  const explained: [number, number][] = [];
  for (const error of errors) {
    const at = error.pos[0];
    const message = firstLine(error.message);
    const flow = UNCLOSED_FLOW.exec(message);
    const quote = UNCLOSED_QUOTE.exec(message);
    const wanted = flow ? (flow[1] === "map" ? "{" : "[") : quote ? (quote[1] as '"' | "'") : undefined;
    const opening = wanted && latestBefore(openings, wanted, at);
    // A string left open swallows the closing bracket after it: the quote is the mistake.
    const swallowed = flow && opening && openings.some((o) => (o.kind === '"' || o.kind === "'") && o.offset > opening.offset && o.offset < at);
    if (opening && swallowed) {
      explained.push([opening.offset, at]);
      continue;
    }
    if (opening) {
      opening.used = true;
      explained.push([opening.offset, at]);
      problems.push({ offset: opening.offset, message: unclosedMessage(opening.kind) });
      continue;
    }
    if (explained.some(([from, to]) => at >= from && at <= to)) continue;
    if (error.code === "RESOURCE_EXHAUSTION") {
      // The parser ran out of stack deep inside the nesting: point where it passes the limit —
      // once, however many times it ran out (that depends on the stack the thread was given).
      const offset = firstTooDeep(text) ?? at;
      if (!problems.some((p) => p.offset === offset && p.message === tooDeepMessage())) problems.push({ offset, message: tooDeepMessage() });
      continue;
    }
    if (error.code === "MULTIPLE_DOCS") {
      problems.push({
        offset: at,
        message: "a policy is one YAML document, but a second one starts here; remove this '---' and what follows it, or merge the two",
      });
      continue;
    }
    if (error.code === "BAD_INDENT" && message.startsWith("All mapping items")) {
      problems.push({ offset: firstNonBlank(text, at), message: "wrong indentation: the keys of one map must start at the same column" });
      continue;
    }
    problems.push({ offset: at, message });
  }
  return problems;
}

function unclosedMessage(kind: Opening["kind"]): string {
  switch (kind) {
    case "[":
      return "this '[' is never closed: end the list with ']' (a list continued on later lines must indent them more than its key)";
    case "{":
      return "this '{' is never closed: end the map with '}' (a map continued on later lines must indent them more than its key)";
    default:
      return `this string's opening ${kind} is never closed: add the closing ${kind}`;
  }
}

/** The unused opening of `kind` that starts last before `offset`. */
function latestBefore(openings: Opening[], kind: Opening["kind"], offset: number): Opening | undefined {
  let found: Opening | undefined;
  for (const o of openings) {
    if (o.kind === kind && !o.used && o.offset <= offset && (!found || o.offset > found.offset)) found = o;
  }
  return found;
}

/** Flow collections without their closing bracket and quoted strings without their closing quote. */
function unclosedOpenings(text: string): Opening[] {
  const openings: Opening[] = [];
  // An explicit stack: hostile nesting must not overflow ours.
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token | undefined;
    if (!token || typeof token !== "object") continue;
    if (token.type === "flow-collection") {
      const open = token.start.source === "{" ? "{" : "[";
      const close = open === "{" ? "}" : "]";
      if (token.end[0]?.source !== close) openings.push({ offset: token.start.offset, kind: open, used: false });
    } else if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      const quote = token.type === "double-quoted-scalar" ? '"' : "'";
      const source = token.source;
      if (source.length === 1 || !source.endsWith(quote)) openings.push({ offset: token.offset, kind: quote, used: false });
    }
    if ("value" in token) stack.push(token.value);
    if ("key" in token) stack.push(token.key);
    if ("items" in token) for (const item of token.items) stack.push(item.key, item.value);
  }
  return openings;
}

/** Where the first list or map nested deeper than MAX_NESTING starts, from the token tree (an explicit stack: no recursion). */
function firstTooDeep(text: string): number | undefined {
  let first: number | undefined;
  const stack: [unknown, number][] = [...new Parser().parse(text)].map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | undefined, number];
    if (!token || typeof token !== "object") continue;
    const collection = token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
    const level = collection ? depth + 1 : depth;
    if (collection && level > MAX_NESTING) {
      if (first === undefined || token.offset < first) first = token.offset;
      continue;
    }
    if ("value" in token) stack.push([token.value, level]);
    if ("key" in token) stack.push([token.key, level]);
    if ("items" in token) for (const item of token.items) stack.push([item.key, level], [item.value, level]);
  }
  return first;
}

/** The first non-blank character of the line from `offset` on (indentation errors point at the line start). */
function firstNonBlank(text: string, offset: number): number {
  let i = offset;
  while (text[i] === " " || text[i] === "\t") i++;
  return text[i] === "\n" || i >= text.length ? offset : i;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
