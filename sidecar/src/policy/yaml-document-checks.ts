/**
 * Checks of a parsed YAML document before its values are read: what the `yaml` library only
 * warns about (an unknown tag, which it leaves as a plain value), tags whose values are not
 * plain YAML (`!!binary`), a document with nothing in it, nesting past what a policy needs,
 * and aliases that multiply. Each problem comes with the source offset to point at and what
 * to do about it, instead of the library's message.
 */
import { type Document, isAlias, isCollection, isPair, isScalar, type Node, type YAMLWarning } from "yaml";
import type { SyntaxProblem } from "./yaml-syntax-errors.js";

/** Lists and maps inside one another: a policy needs about 8 levels; deeper is refused. */
export const MAX_NESTING = 64;

/** The aliased values a document may expand to (yaml's `maxAliasCount`). */
export const MAX_ALIAS_COUNT = 100;

/** The tags whose values are plain YAML (what JSON holds): every other tag is refused. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * The library's warnings as problems: a policy that only parses with warnings is refused.
 *
 * @example
 * ```ts
 * warningProblems(text, doc.warnings); // [{ offset: 63, message: "unknown tag '!custom': …" }]
 * ```
 */
export function warningProblems(text: string, warnings: readonly YAMLWarning[]): SyntaxProblem[] {
  return warnings.map((warning) => {
    const at = warning.pos[0];
    if (warning.code === "TAG_RESOLVE_FAILED") {
      const tag = text.slice(at, warning.pos[1]).trim() || warning.message.replace(/^Unresolved tag: /, "");
      return { offset: at, message: tagMessage(tag, "cannot be applied here") };
    }
    return { offset: at, message: `${firstLine(warning.message)} (a YAML warning; a policy must parse without any)` };
  });
}

/**
 * Explicit tags whose values are not plain YAML (`!!binary`, `!!set`, `!!timestamp`, …).
 *
 * @example
 * ```ts
 * tagProblems(doc, text); // [{ offset: 18, message: "the tag '!!binary' is not for policies: …" }]
 * ```
 */
export function tagProblems(doc: Document, text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  walk(doc, (node) => {
    const tag = (node as { tag?: string }).tag;
    if (tag === undefined || PLAIN_TAGS.has(tag)) return;
    const valueAt = node.range?.[0] ?? 0;
    // The tag as written sits before its value, on the same line: point at it.
    const before = text.slice(text.lastIndexOf("\n", valueAt - 1) + 1, valueAt);
    const written = /(![^\s]*)\s*$/.exec(before);
    const offset = written ? valueAt - (before.length - written.index) : valueAt;
    problems.push({ offset, message: tagMessage(written?.[1] ?? tag.replace("tag:yaml.org,2002:", "!!"), "is not for policies") });
  });
  return problems;
}

/**
 * An empty document (nothing, only comments, or `null`): one problem saying so, instead of one
 * per missing field.
 */
export function emptyProblem(doc: Document): SyntaxProblem | undefined {
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { offset: 0, message: "the policy file is empty (no YAML, only comments, or null); a policy starts with `version: 1` and has `roles:`" };
  }
  return undefined;
}

/** Where the first list or map nested deeper than {@link MAX_NESTING} starts, if any. */
export function nestingProblem(doc: Document): SyntaxProblem | undefined {
  let found: number | undefined;
  walk(doc, (node, depth) => {
    if (found === undefined && depth > MAX_NESTING) found = node.range?.[0] ?? 0;
    return found === undefined;
  });
  return found === undefined ? undefined : { offset: found, message: tooDeepMessage() };
}

/** The message for nesting past {@link MAX_NESTING}, from this check or from the parser running out of stack. */
export function tooDeepMessage(): string {
  return `nesting is too deep: lists and maps go more than ${MAX_NESTING} levels inside one another here (the limit; a policy needs about 8); look for brackets or indentation that run on`;
}

/**
 * Aliases that expand past {@link MAX_ALIAS_COUNT} values: points at the first alias of an
 * anchor whose value holds aliases itself (where the multiplying starts).
 */
export function aliasProblem(doc: Document): SyntaxProblem {
  let offset = 0;
  let name = "";
  walk(doc, (node) => {
    if (name !== "" || !isAlias(node)) return name === "";
    const target = node.resolve(doc);
    let nested = false;
    if (target) walk(target, (inner) => !(nested ||= isAlias(inner)));
    if (nested) {
      offset = node.range?.[0] ?? 0;
      name = node.source;
    }
    return name === "";
  });
  const which = name === "" ? "aliases" : `alias '*${name}' refers to an anchor whose value holds aliases itself: such aliases`;
  return {
    offset,
    message: `${which} multiply when expanded, here past the limit of ${MAX_ALIAS_COUNT} aliased values; write the values out, or alias only values without aliases in them`,
  };
}

function tagMessage(tag: string, what: string): string {
  return `the tag '${tag}' ${what}: a policy takes plain YAML values; remove the tag (quote a value to make it a string)`;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/**
 * Visits the nodes of `root` (a document or a node) with their nesting depth (1 for a top
 * collection's items' collection…), on an explicit stack. `visit` returning false stops
 * descending below that node.
 */
function walk(root: Document | Node, visit: (node: Node, depth: number) => unknown): void {
  const start = "contents" in root && !isCollection(root) && !isScalar(root) && !isAlias(root) ? (root as Document).contents : root;
  const stack: [unknown, number][] = [[start, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (isPair(item)) {
      stack.push([item.value, depth], [item.key, depth]);
      continue;
    }
    if (!item || typeof item !== "object" || !("range" in item || isAlias(item))) continue;
    const node = item as Node;
    const level = isCollection(node) ? depth + 1 : depth;
    if (visit(node, level) === false) continue;
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], level]);
  }
}
