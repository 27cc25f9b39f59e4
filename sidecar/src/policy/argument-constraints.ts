/**
 * Argument constraints: checks on named arguments of a tool call. A constraint names an
 * argument (a top-level key, or a dotted path such as `fields.project`) and every check
 * it lists must pass. An argument a constraint names must be present unless the
 * constraint says `optional: true` — a missing `project` must not slip past `in: [SUP]`.
 *
 * Violation messages quote the policy, never the caller's value: arguments may hold secrets.
 */
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";
import { compileGlob, type NamePattern } from "./glob.js";
import type { ArgumentConstraint } from "./schema.js";

/** One compiled constraint on one argument. */
export interface CompiledArgumentConstraint {
  /** The policy path of the constraint, e.g. `roles.support.servers.jira.args.create_issue.project`. */
  readonly rule: string;
  readonly argument: string;
  /** Returns why the arguments violate the constraint, or undefined when they satisfy it. */
  check(args: JsonObject | undefined): string | undefined;
}

/**
 * Compiles one constraint of the policy.
 *
 * @example
 * ```ts
 * const c = compileArgumentConstraint("project", { in: ["SUP"] }, "roles.support…project");
 * c.check({ project: "OPS" }); // "argument 'project' must be one of SUP"
 * ```
 */
export function compileArgumentConstraint(argument: string, spec: ArgumentConstraint, rule: string): CompiledArgumentConstraint {
  const segments = argument.split(".");
  const glob: NamePattern | undefined = spec.glob === undefined ? undefined : compileGlob(spec.glob);
  const allowed = spec.in === undefined ? undefined : new Set<unknown>(spec.in);
  const label = `argument '${argument}'`;
  return {
    rule,
    argument,
    check(args) {
      const value = lookup(args, segments);
      if (value === undefined) return spec.optional ? undefined : `${label} is required`;
      if (spec.equals !== undefined && value !== spec.equals) return `${label} must equal ${String(spec.equals)}`;
      if (allowed && !allowed.has(value)) return `${label} must be one of ${spec.in?.join(", ")}`;
      const needsString = spec.prefix !== undefined || glob !== undefined || spec.maxLength !== undefined;
      if (needsString && typeof value !== "string") return `${label} must be a string`;
      if (spec.prefix !== undefined && !(value as string).startsWith(spec.prefix)) {
        return `${label} must start with '${spec.prefix}'`;
      }
      if (glob && !glob.matches(value as string)) return `${label} must match '${glob.source}'`;
      if (spec.maxLength !== undefined && codePointLength(value as string, spec.maxLength) > spec.maxLength) {
        return `${label} must be at most ${spec.maxLength} characters`;
      }
      if (spec.min !== undefined || spec.max !== undefined) {
        if (typeof value !== "number") return `${label} must be a number`;
        if (spec.min !== undefined && value < spec.min) return `${label} must be at least ${spec.min}`;
        if (spec.max !== undefined && value > spec.max) return `${label} must be at most ${spec.max}`;
      }
      return undefined;
    },
  };
}

/** A constraint no value can pass, with the key to point at and why. */
export interface ImpossibleConstraint {
  readonly key: "equals" | "in" | "maxLength" | "min" | "max";
  readonly message: string;
}

/**
 * Why no value can ever pass `spec`, or undefined when some value can: min above max, a
 * number check (min, max) beside a string check (prefix, glob, maxLength), a prefix longer
 * than maxLength, or an `equals`/`in` whose every value fails the constraint's other checks.
 * Such a constraint denies every call while looking like it allows some.
 *
 * @example
 * ```ts
 * impossibleConstraint({ min: 5, max: 1 }); // { key: "max", message: "max 1 is below min 5: …" }
 * ```
 */
export function impossibleConstraint(spec: ArgumentConstraint): ImpossibleConstraint | undefined {
  const never = "no value can pass, so every call is denied";
  if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
    return { key: "max", message: `max ${spec.max} is below min ${spec.min}: ${never}; swap them or fix one` };
  }
  const stringChecks = (["prefix", "glob", "maxLength"] as const).filter((k) => spec[k] !== undefined);
  const numberCheck = spec.min !== undefined ? "min" : spec.max !== undefined ? "max" : undefined;
  if (numberCheck && stringChecks.length > 0) {
    return {
      key: numberCheck,
      message: `${numberCheck} needs a number and ${stringChecks.join(", ")} a string: ${never}; keep the checks of one kind`,
    };
  }
  if (spec.prefix !== undefined && spec.maxLength !== undefined && [...spec.prefix].length > spec.maxLength) {
    return { key: "maxLength", message: `maxLength ${spec.maxLength} is shorter than the prefix '${spec.prefix}': ${never}` };
  }
  const candidates = spec.equals !== undefined ? [spec.equals] : spec.in;
  // An empty `in` has an error of its own.
  if (candidates === undefined || candidates.length === 0) return undefined;
  const { check } = compileArgumentConstraint("value", { ...spec, optional: false }, "");
  const failures = candidates.map((value) => check({ value }));
  if (failures.some((failure) => failure === undefined)) return undefined;
  const why = (failures[0] ?? "").replace("argument 'value' ", "it ");
  return spec.equals !== undefined
    ? { key: "equals", message: `equals ${String(spec.equals)} fails the constraint's other checks (${why}): ${never}` }
    : { key: "in", message: `every value listed in 'in' fails the constraint's other checks (${String(candidates[0])}: ${why}): ${never}` };
}

function lookup(args: JsonObject | undefined, segments: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = args;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as JsonObject)[segment];
  }
  return current === null ? undefined : current;
}

/** Counts code points, stopping early once past `limit` so huge strings cost little. */
function codePointLength(value: string, limit: number): number {
  if (value.length <= limit) return value.length;
  let count = 0;
  for (const _ of value) {
    if (++count > limit) break;
  }
  return count;
}
