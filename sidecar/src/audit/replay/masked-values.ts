/**
 * Recognises argument values that the audit trail masked. Replay must tell a masked value
 * from a real one: a constraint over a masked value cannot be judged, and guessing would
 * report changes that are not there (or hide ones that are).
 */

import { MAX_RECORDED_STRING } from "../argument-masks.js";

/** `[masked]`, `[masked:secret]`, `[masked:pii]` (see argument-masks.ts), and common foreign markers. */
const MARKER = /^(?:\[(?:masked|redacted|secret)(?::[^\]]*)?\]|<(?:masked|redacted)>|\*{3,}|•{3,})$/i;
/** A string too long to record: `[12345 chars, not recorded]`. */
const NOT_RECORDED = /^\[\d+ chars, not recorded\]$/;
/** A long string recorded cut: its first MAX_RECORDED_STRING characters, then `…[12345 chars]`. */
const CUT = /…\[\d+ chars\]$/;

/**
 * Whether a recorded argument value stands for a value the record does not hold: a masking
 * marker (`[masked]`, `[masked:secret]`, `[masked:pii]`, also `[redacted]`, `<masked>`,
 * `***`…, or an object `{ "$masked": … }`), or a long string recorded cut or left out.
 *
 * @example
 * ```ts
 * isMaskedValue("[masked]"); // true
 * isMaskedValue("SUP");      // false
 * ```
 */
export function isMaskedValue(value: unknown): boolean {
  if (typeof value === "string") {
    if (value.length > MAX_RECORDED_STRING) return CUT.test(value);
    return MARKER.test(value) || NOT_RECORDED.test(value);
  }
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "$masked");
}

/**
 * Whether reading the dotted `path` from `args` passes through (or ends at) a masked value,
 * so that what a constraint on `path` would see is unknown.
 *
 * @example
 * ```ts
 * touchesMasked({ fields: "[masked]" }, ["fields", "project"], isMaskedValue); // true
 * touchesMasked({ project: "SUP", token: "[masked]" }, ["project"], isMaskedValue); // false
 * ```
 */
export function touchesMasked(args: unknown, path: readonly string[], isMasked: (value: unknown) => boolean): boolean {
  let current = args;
  if (isMasked(current)) return true;
  for (const segment of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return false;
    if (!Object.hasOwn(current, segment)) return false;
    current = (current as Record<string, unknown>)[segment];
    if (isMasked(current)) return true;
  }
  return false;
}
