/**
 * Checks policy text: YAML → duplicate keys → schema → compiled index, and turns every
 * problem on the way into a {@link PolicyError} with file:line:column. Past a syntax error
 * the structure is unreliable, so only syntax errors are reported; otherwise every error is
 * reported at once — schema errors, and the reference errors of every entry that did parse.
 */
import { createHash } from "node:crypto";
import { LineCounter, parseDocument } from "yaml";
import { findDuplicateKeys } from "./duplicate-keys.js";
import { partialDocument } from "./partial-document.js";
import { compilePolicy, type CompiledPolicy, type CompileProblem, type PartialContext } from "./policy-compiler.js";
import { formatPath, type PolicyError, type PolicyPath } from "./policy-error.js";
import { PolicySchema, type PolicyDocument } from "./schema.js";
import { schemaProblems, type SchemaProblem } from "./schema-issues.js";
import { sourceLocator } from "./source-locator.js";
import { aliasProblem, emptyProblem, MAX_ALIAS_COUNT, nestingProblem, tagProblems, warningProblems } from "./yaml-document-checks.js";
import { syntaxProblems } from "./yaml-syntax-errors.js";

/** Policies larger than this are rejected before parsing. */
export const MAX_POLICY_BYTES = 8 * 1024 * 1024;

/** At most this many errors (and warnings) are listed; one more entry says how many were left out. */
export const MAX_REPORTED_ERRORS = 200;

/** The outcome of loading a policy: the compiled policy, or every error found. */
export type PolicyLoadResult =
  | { readonly ok: true; readonly policy: CompiledPolicy; readonly warnings: readonly PolicyError[] }
  | {
      readonly ok: false;
      /** At most {@link MAX_REPORTED_ERRORS} errors, then one saying how many more there are. */
      readonly errors: readonly PolicyError[];
      /** How many errors were found. */
      readonly errorCount: number;
      /** Warnings about the parts that did parse. */
      readonly warnings: readonly PolicyError[];
      readonly revision: string;
    };

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
 * Loads and compiles policy text on this thread; `file` names it in errors. Never throws
 * for a bad policy. For files, `loadPolicyFile` keeps large ones off the event loop.
 *
 * @example
 * ```ts
 * const result = loadPolicyText("version: 1\nroles: {}\n", "inline.yaml");
 * ```
 */
export function loadPolicyText(text: string, file: string): PolicyLoadResult {
  const revision = policyRevision(text);
  const lineCounter = new LineCounter();
  // uniqueKeys is off: its check is quadratic per map (see duplicate-keys.ts).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const source = sourceLocator(text, doc, lineCounter);
  const atOffset = (offset: number, path: PolicyPath, message: string): PolicyError => ({
    file,
    ...source.positionOf(offset),
    path: formatPath(path),
    message,
  });
  if (doc.errors.length > 0) {
    return failure(
      syntaxProblems(text, doc.errors).map((p) => atOffset(p.offset, [], p.message)),
      [],
      revision,
    );
  }

  // Nothing to check in an empty file: one error says so, not one per missing field.
  const empty = emptyProblem(doc);
  if (empty) return failure([atOffset(empty.offset, [], empty.message)], [], revision);
  // The library's warnings (an unknown tag it left as a plain value) and tags whose values are
  // not plain YAML reject the file; so does nesting no policy needs.
  const warned = warningProblems(text, doc.warnings);
  const tagged = tagProblems(doc, text).filter((p) => !warned.some((w) => w.offset === p.offset));
  const deep = nestingProblem(doc);
  const documentProblems = [...warned, ...tagged, ...(deep ? [deep] : [])];
  if (documentProblems.length > 0)
    return failure(
      documentProblems.map((p) => atOffset(p.offset, [], p.message)),
      [],
      revision,
    );

  const errors = findDuplicateKeys(doc).map((d) =>
    atOffset(d.offset, d.path, `duplicate key '${String(d.path.at(-1))}' (first at line ${source.positionOf(d.firstOffset).line}); remove one`),
  );
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (err) {
    const message = String((err as Error).message);
    const problem = /Excessive alias count/.test(message) ? aliasProblem(doc) : { offset: 0, message };
    return failure([...errors, atOffset(problem.offset, [], problem.message)], [], revision);
  }
  const at = (p: SchemaProblem | CompileProblem, filePath: (path: PolicyPath) => PolicyPath = (path) => path): PolicyError => {
    const path = filePath(p.path);
    return { file, ...source.position(path, p.atKey), path: formatPath(path), message: p.message };
  };

  let checkable: { document: PolicyDocument; context?: PartialContext; filePath?: (path: PolicyPath) => PolicyPath } | undefined;
  const parsed = PolicySchema.safeParse(raw);
  if (parsed.success) {
    checkable = { document: parsed.data };
  } else {
    const valueAt = (path: PolicyPath) =>
      path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), raw);
    const issueSource = { valueAt, sourceAt: source.sourceAt };
    // Loops, not push(...spread): a hostile file yields more problems than a call has arguments.
    for (const issue of parsed.error.issues) for (const p of schemaProblems(issue, PolicySchema, issueSource)) errors.push(at(p));
    checkable = partialDocument(raw, parsed.error.issues);
  }
  if (!checkable) return failure(errors, [], revision);

  const compiled = compilePolicy(checkable.document, { revision, source: file }, checkable.context);
  for (const p of compiled.errors) errors.push(at(p, checkable.filePath));
  const warnings = capped(sortErrors(compiled.warnings.map((p) => at(p, checkable.filePath))), "warning");
  if (errors.length > 0) return failure(errors, warnings, revision);
  return { ok: true, policy: compiled.policy, warnings };
}

function failure(errors: PolicyError[], warnings: readonly PolicyError[], revision: string): PolicyLoadResult {
  const errorCount = errors.length;
  return { ok: false, errors: capped(sortErrors(errors), "error"), errorCount, warnings, revision };
}

/** The first MAX_REPORTED_ERRORS problems and, past them, one that says how many more there are. */
function capped(problems: PolicyError[], noun: string): PolicyError[] {
  if (problems.length <= MAX_REPORTED_ERRORS) return problems;
  const more = problems.length - MAX_REPORTED_ERRORS;
  const last = problems[MAX_REPORTED_ERRORS - 1]!;
  problems.length = MAX_REPORTED_ERRORS;
  problems.push({ ...last, path: "", message: `${more} more ${noun}${more === 1 ? "" : "s"} after this line not shown` });
  return problems;
}

function sortErrors(errors: PolicyError[]): PolicyError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}
