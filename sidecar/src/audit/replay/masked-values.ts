/**
 * Recognises argument values that the audit trail masked. Replay must tell a masked value
 * from a real one: a constraint over a masked value cannot be judged, and guessing would
 * report changes that are not there (or hide ones that are).
 */

/**
 * The marker replay expects in place of a masked argument value. Masking replaces the value
 * and keeps the key: a dropped key would read as an absent argument, which the policy judges.
 */
export const MASKED = "[masked]";

const MARKER = /^(?:\[(?:masked|redacted|secret)(?::[^\]]*)?\]|<(?:masked|redacted)>|\*{3,}|•{3,})$/i;

/**
 * Whether a recorded argument value is a masking marker: `[masked]` (also `[masked:sha256…]`,
 * `[redacted]`, `[secret]`, `<masked>`, `***`…), or an object `{ "$masked": … }`.
 *
 * @example
 * ```ts
 * isMaskedValue("[masked]"); // true
 * isMaskedValue("SUP");      // false
 * ```
 */
export function isMaskedValue(value: unknown): boolean {
  if (typeof value === "string") return value.length <= 128 && MARKER.test(value);
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
