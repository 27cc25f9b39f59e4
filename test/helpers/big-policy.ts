/**
 * Large policies for load and reload tests: the example policy plus one map of many keys,
 * the shape that made the YAML library's duplicate-key check quadratic.
 */
import { readFile } from "node:fs/promises";
import { EXAMPLE_POLICY } from "./paths.js";

/**
 * The example policy with an `args` map of `keys` argument constraints on a tool of the
 * research role (valid, and harmless to the example's decisions).
 */
export async function examplePolicyWithBigMap(keys: number, edit: (text: string) => string = (t) => t): Promise<string> {
  const text = edit(await readFile(EXAMPLE_POLICY, "utf8"));
  const anchor = '        allow: ["search_*", "get_*"]\n';
  if (!text.includes(anchor)) throw new Error("the example policy changed; update examplePolicyWithBigMap");
  return text.replace(anchor, `${anchor}        args:\n          get_big:\n${bigMap(keys, "            ")}`);
}

/** `keys` lines `a<i>: { maxLength: 5 }` at the given indent. */
export function bigMap(keys: number, indent: string): string {
  const lines: string[] = [];
  for (let i = 0; i < keys; i++) lines.push(`${indent}a${i}: { maxLength: 5 }\n`);
  return lines.join("");
}
