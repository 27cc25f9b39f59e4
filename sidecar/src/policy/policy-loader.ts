/**
 * Reads a policy file: YAML → schema validation → compiled index, and turns every problem
 * on the way into a {@link PolicyError} with file:line:column.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from "yaml";
import type { z } from "zod";
import { compilePolicy, type CompiledPolicy } from "./policy-compiler.js";
import { formatPath, type PolicyError, type PolicyPath } from "./policy-error.js";
import { PolicySchema } from "./schema.js";

/** Policies larger than this are rejected before parsing. */
export const MAX_POLICY_BYTES = 8 * 1024 * 1024;

/** The outcome of loading a policy: the compiled policy, or every error found. */
export type PolicyLoadResult =
  | { readonly ok: true; readonly policy: CompiledPolicy; readonly warnings: readonly PolicyError[] }
  | { readonly ok: false; readonly errors: readonly PolicyError[]; readonly revision: string };

/**
 * Computes a policy revision: a short content hash, stable for identical bytes.
 *
 * @example
 * ```ts
 * policyRevision("version: 1\n"); // "3f5d…" (16 hex characters)
 * ```
 */
export function policyRevision(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/**
 * Loads and compiles a policy file. Never throws for a bad policy: the errors come back
 * in the result, each with file:line:column.
 *
 * @example
 * ```ts
 * const result = await loadPolicyFile("examples/policy.yaml");
 * if (!result.ok) for (const e of result.errors) console.error(formatPolicyError(e));
 * ```
 */
export async function loadPolicyFile(file: string): Promise<PolicyLoadResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_POLICY_BYTES) {
      return fileError(file, `the policy is ${info.size} bytes; the limit is ${MAX_POLICY_BYTES}`);
    }
    text = await readFile(file, "utf8");
  } catch (err) {
    return fileError(file, `cannot read the policy: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return loadPolicyText(text, file);
}

/**
 * Loads and compiles policy text; `file` names it in errors.
 *
 * @example
 * ```ts
 * const result = loadPolicyText("version: 1\nroles: {}\n", "inline.yaml");
 * ```
 */
export function loadPolicyText(text: string, file: string): PolicyLoadResult {
  const revision = policyRevision(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset);

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const { line, col } = at(e.pos[0]);
      return { file, line, column: col, path: "", message: firstLine(e.message) };
    });
    return { ok: false, errors, revision };
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: "", message: String((err as Error).message) }], revision };
  }
  const locate = (path: PolicyPath, preferKey = false): PolicyError => {
    const offset = offsetOf(doc, path, preferKey);
    const { line, col } = at(offset);
    return { file, line, column: col, path: formatPath(path), message: "" };
  };

  const parsed = PolicySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, errors: sortErrors(parsed.error.issues.flatMap((i) => issueErrors(i, locate))), revision };
  }
  const compiled = compilePolicy(parsed.data, { revision, source: file });
  const withPos = (p: { path: PolicyPath; message: string; atKey?: boolean }) => ({
    ...locate(p.path, p.atKey),
    message: p.message,
  });
  if (compiled.errors.length > 0) {
    return { ok: false, errors: sortErrors(compiled.errors.map(withPos)), revision };
  }
  return { ok: true, policy: compiled.policy, warnings: sortErrors(compiled.warnings.map(withPos)) };
}

function issueErrors(issue: z.core.$ZodIssue, locate: (path: PolicyPath, preferKey?: boolean) => PolicyError): PolicyError[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      ...locate([...path, key], true),
      message: `unknown key '${key}'${suggestion(path)}`,
    }));
  }
  if (issue.code === "invalid_key") {
    return [{ ...locate(path, true), message: issue.issues[0]?.message ?? issue.message }];
  }
  if (issue.code === "invalid_union") {
    // Report the branch that got furthest instead of zod's generic "invalid input".
    const branch = issue.errors.find((errs) => errs.length > 0 && errs.every((e) => e.code !== "invalid_type"));
    const first = branch?.[0];
    if (first) return [{ ...locate([...path, ...first.path.filter((p): p is string | number => typeof p !== "symbol")]), message: first.message }];
  }
  return [{ ...locate(path), message: issue.message }];
}

function suggestion(path: PolicyPath): string {
  if (path.length === 0) return " (top-level keys are version, subjects, roles, virtualServers, limits, guardrails)";
  return "";
}

/** Finds the source offset of the node at `path`, or of its deepest existing ancestor. */
function offsetOf(doc: Document, path: PolicyPath, preferKey: boolean): number {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const value = pair.value as Node | null;
      const last = i === path.length - 1;
      if ((last && preferKey) || !value) {
        offset = keyNode.range?.[0] ?? offset;
        if (!value) break;
      }
      if (!(last && preferKey)) offset = value.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function sortErrors(errors: PolicyError[]): PolicyError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function fileError(file: string, message: string): PolicyLoadResult {
  return { ok: false, errors: [{ file, line: 1, column: 1, path: "", message }], revision: "" };
}
