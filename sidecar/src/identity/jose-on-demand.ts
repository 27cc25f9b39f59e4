/**
 * jose, loaded with the first IdP token or key set: a sidecar whose policy trusts no IdP, or
 * that sees no JWT, never loads it (~95 ms of CPU at start on the project's VM).
 */
import type * as Jose from "jose";

let loading: Promise<typeof Jose> | undefined;

/**
 * The jose module; after the first call, an already settled promise.
 *
 * @example
 * ```ts
 * const { jwtVerify } = await jose();
 * ```
 */
export function jose(): Promise<typeof Jose> {
  loading ??= import("jose");
  return loading;
}
