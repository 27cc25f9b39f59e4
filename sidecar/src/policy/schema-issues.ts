/**
 * Turns zod's schema issues into messages a policy author can act on: the key they probably
 * meant (`did you mean \`allow\`?`), the list syntax when a scalar stands where a list goes,
 * and which key is missing — instead of zod's generic "Invalid input".
 */
import type { z } from "zod";
import { didYouMean } from "./did-you-mean.js";
import type { PolicyPath } from "./policy-error.js";

/** What the messages need to know about the document. */
export interface IssueSource {
  /** The parsed value at `path` (undefined when absent). */
  valueAt(path: PolicyPath): unknown;
  /** The YAML text of the value at `path`, as written. */
  sourceAt(path: PolicyPath): string | undefined;
}

/** A schema problem located by policy path. */
export interface SchemaProblem {
  readonly path: PolicyPath;
  readonly message: string;
  /** Point at the key rather than its value. */
  readonly atKey?: boolean;
}

/**
 * The problems one zod issue stands for (an unknown-keys issue names several keys).
 *
 * @example
 * ```ts
 * const parsed = PolicySchema.safeParse(raw);
 * if (!parsed.success) parsed.error.issues.flatMap((i) => schemaProblems(i, PolicySchema, source));
 * ```
 */
export function schemaProblems(issue: z.core.$ZodIssue, schema: z.ZodType, source: IssueSource, prefix: PolicyPath = []): SchemaProblem[] {
  const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")];
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = keysAt(schema, path);
      return issue.keys.map((key) => ({ path: [...path, key], atKey: true, message: unknownKey(key, known) }));
    }
    case "invalid_key":
      return [{ path, atKey: true, message: issue.issues[0]?.message ?? issue.message }];
    case "invalid_union": {
      // The branch that got past the type check says what is wrong inside the value.
      const branch = issue.errors.find((errs) => errs.length > 0 && !errs.some((e) => e.code === "invalid_type" && e.path.length === 0));
      if (branch) return branch.flatMap((e) => schemaProblems(e, schema, source, path));
      const expected = issue.errors.flatMap((errs) => errs.flatMap((e) => (e.code === "invalid_type" && e.path.length === 0 ? [e.expected] : [])));
      if (expected.length === 0) break;
      return [{ path, message: `expected ${[...new Set(expected)].map(kind).join(" or ")}, not ${describe(source.valueAt(path))}` }];
    }
    case "invalid_type":
      return [{ path, message: typeMessage(issue.expected, path, source) }];
    default:
      break;
  }
  return [{ path, message: issue.message }];
}

function unknownKey(key: string, known: readonly string[]): string {
  const guess = didYouMean(key, known);
  if (guess !== undefined) return `unknown key '${key}'; did you mean \`${guess}\`?`;
  return known.length > 0 ? `unknown key '${key}' (keys here: ${known.join(", ")})` : `unknown key '${key}'`;
}

function typeMessage(expected: string, path: PolicyPath, source: IssueSource): string {
  const value = source.valueAt(path);
  const key = path.at(-1);
  if (value === undefined) return typeof key === "string" ? `'${key}' is required here` : `expected ${kind(expected)}`;
  if (value === null) return `has no value; expected ${kind(expected)}`;
  if (expected === "array" && typeof value !== "object") {
    const written = source.sourceAt(path) ?? String(value);
    return typeof key === "string" ? `expected a list, e.g. \`${key}: [${written}]\`` : `expected a list, e.g. [${written}]`;
  }
  return `expected ${kind(expected)}, not ${describe(value)}`;
}

function kind(expected: string): string {
  switch (expected) {
    case "array":
      return "a list";
    case "object":
    case "record":
      return "a map (key: value)";
    case "boolean":
      return "true or false";
    case "int":
      return "a whole number";
    default:
      return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  if (typeof value === "object") return "a map";
  // The type only: a value in the wrong place may be a pasted secret.
  return `a ${typeof value}`;
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly valueType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The keys the object schema at `path` accepts, in schema order. */
function keysAt(schema: z.ZodType, path: PolicyPath): string[] {
  const target = schemaAt(schema, path);
  return target ? Object.keys(defOf(target).shape ?? {}) : [];
}

/** Follows `path` through objects, records, arrays and wrappers to an object schema. */
function schemaAt(schema: z.ZodType | undefined, path: PolicyPath): z.ZodType | undefined {
  if (schema === undefined) return undefined;
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
  if (inner) return schemaAt(inner, path);
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const found = schemaAt(option, path);
      if (found) return found;
    }
    return undefined;
  }
  if (path.length === 0) return def.type === "object" ? schema : undefined;
  const [segment, ...rest] = path;
  if (def.type === "object") return schemaAt(def.shape?.[String(segment)], rest);
  if (def.type === "record") return schemaAt(def.valueType, rest);
  if (def.type === "array" && typeof segment === "number") return schemaAt(def.element, rest);
  return undefined;
}
