/**
 * The token kinds of `jsonc-parser`'s scanner that the JSON readers use (json-spans.ts,
 * json-keys.ts). Its `SyntaxKind` is a const enum, which isolated modules cannot read: its values.
 *
 * @example
 * ```ts
 * if (scanner.scan() === STRING_LITERAL) strings++;
 * ```
 */
export const OPEN_BRACE = 1;
export const CLOSE_BRACE = 2;
export const COLON = 6;
export const STRING_LITERAL = 10;
export const NUMERIC_LITERAL = 11;
export const EOF = 17;
