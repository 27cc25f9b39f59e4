/**
 * What a credential value may hold. A value is pasted into a header or an environment
 * variable, and a control character (NUL, CR, LF, … — Unicode category Cc) breaks either:
 * Node refuses the spawn or the request with an error that quotes the value with the
 * character escaped (`\x00`), so redaction, which looks for the value as it is, misses it and
 * the secret reaches the caller's tool result and the logs. Such values are refused where
 * they enter (PutCredential, a provider's token answer) and never applied.
 */

const CONTROL = /\p{Cc}/u;

/**
 * Whether `value` holds a control character (category Cc), which no credential may.
 *
 * @example
 * ```ts
 * hasControlCharacter("abc\u0000def"); // true
 * hasControlCharacter("ghp_abc"); // false
 * ```
 */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}
