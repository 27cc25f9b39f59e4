/**
 * The admin credential: one bearer token for the control plane, known to the sidecar only
 * by its SHA-256. It must be long enough that guessing is hopeless even without the
 * failed-authentication throttle.
 */

/** Shortest admin token accepted, in bytes (256 bits if random). */
export const MIN_ADMIN_TOKEN_BYTES = 32;

/**
 * Checks an admin token read from a file; returns what is wrong with it, or undefined.
 *
 * @example
 * ```ts
 * const problem = checkAdminToken(text); // "the admin token is 10 bytes; …"
 * ```
 */
export function checkAdminToken(token: string): string | undefined {
  const bytes = Buffer.byteLength(token, "utf8");
  if (bytes === 0) return "the file holds no admin token";
  if (/\s/.test(token)) return "the admin token must be one line without spaces (it is sent as `authorization: Bearer <token>`)";
  if (bytes < MIN_ADMIN_TOKEN_BYTES) {
    return `the admin token is ${bytes} bytes; use at least ${MIN_ADMIN_TOKEN_BYTES} random bytes, e.g. \`openssl rand -base64 32 > admin.token\``;
  }
  return undefined;
}
