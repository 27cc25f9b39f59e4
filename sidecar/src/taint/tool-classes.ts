/**
 * Tool classes as state bits, and how a call's classes are found: a policy override for its
 * `server/tool` (most specific glob first), else the MCP annotations — which default, as the
 * MCP specification says, to not read-only, destructive and open-world, so a tool without
 * hints is an untrusted source that changes state and sends data out.
 */
import type { ToolHints } from "../decision/authorizer.js";
import type { NamePattern } from "../policy/glob.js";
import { TOOL_CLASSES, type ToolClass } from "./taint-schema.js";

/** The state bit of each class; `CONFIRMED` marks a taint that ScanResponse confirmed. */
export const BITS = { untrustedSource: 1, sensitiveData: 2, stateChange: 4, egress: 8, confirmed: 16 } as const;

/** An override of the policy: a `server/tool` glob and the classes it gives (as bits). */
export interface ClassOverride {
  readonly pattern: NamePattern;
  readonly classes: number;
  readonly path: string;
}

/**
 * The class bits of a list of class names.
 *
 * @example
 * ```ts
 * classBits(["untrustedSource", "egress"]); // 9
 * ```
 */
export function classBits(classes: readonly ToolClass[]): number {
  let bits = 0;
  for (const c of classes) bits |= BITS[c];
  return bits;
}

/**
 * The class names of some bits, for messages.
 *
 * @example
 * ```ts
 * classNames(9); // ["untrustedSource", "egress"]
 * ```
 */
export function classNames(bits: number): ToolClass[] {
  return TOOL_CLASSES.filter((c) => (bits & BITS[c]) !== 0);
}

/**
 * The classes the annotations imply: open-world reads bring in untrusted content (a tool that
 * declares itself a write, `readOnlyHint: false`, does not: its result is an outcome, not
 * content), anything not read-only changes state, and what changes state in an open world
 * can send data out. Without hints, all three. Sensitive data is never derived: hints say
 * nothing about what a tool reads.
 *
 * @example
 * ```ts
 * hintClasses({ readOnlyHint: true, openWorldHint: true }); // BITS.untrustedSource
 * ```
 */
export function hintClasses(hints: ToolHints | undefined): number {
  const readOnly = hints?.readOnlyHint === true;
  const openWorld = hints?.openWorldHint !== false;
  let bits = 0;
  if (openWorld && hints?.readOnlyHint !== false) bits |= BITS.untrustedSource;
  if (!readOnly) bits |= BITS.stateChange;
  if (!readOnly && openWorld) bits |= BITS.egress;
  return bits;
}

/**
 * The classes of a call: the first override (most specific first) that matches
 * `server/tool`, else the annotations'.
 *
 * @example
 * ```ts
 * toolClasses(policy.taint.overrides, "web/fetch", hints);
 * ```
 */
export function toolClasses(overrides: readonly ClassOverride[], target: string, hints: ToolHints | undefined): { bits: number; source: string } {
  for (const o of overrides) if (o.pattern.matches(target)) return { bits: o.classes, source: o.path };
  return { bits: hintClasses(hints), source: "annotations" };
}
