/**
 * Checksums vendors build into their tokens. A token that fails its vendor's checksum was
 * made up (documentation, a test fixture, a truncated copy), so it is reported with a lower
 * confidence than one that passes.
 */
import { crc32 } from "node:zlib";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `n` in base 62, left-padded with `0` to `width`. */
function base62(n: number, width: number): string {
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}

/**
 * GitHub's and npm's token checksum: the last 6 characters of the body are the CRC32 of the
 * 30 random characters before them, in base 62
 * (github.blog 2021-04-05 "Behind GitHub's new authentication token formats"; npm's tokens
 * announced 2021-09-23 use the same format).
 *
 * @example
 * ```ts
 * base62Crc32Valid("wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"); // true (the body after `ghp_`)
 * ```
 */
export function base62Crc32Valid(body: string): boolean {
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/**
 * Grafana's service account token checksum: a token is `glsa_` + 32 random characters + `_` +
 * 8 hex digits, the CRC32 (IEEE) of everything before the last `_`, its four bytes written
 * little-endian (grafana/grafana `pkg/components/satokengen`, `CalculateChecksum`). `body` is
 * what follows `glsa_`.
 *
 * @example
 * ```ts
 * grafanaServiceAccountChecksumValid("iNValIdinValiDinvalidinvalidinva_5b582697"); // true (Grafana's own test vector)
 * ```
 */
export function grafanaServiceAccountChecksumValid(body: string): boolean {
  if (body.length !== 41 || body[32] !== "_") return false;
  const sum = crc32(`glsa_${body.slice(0, 32)}`);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(sum);
  return le.toString("hex") === body.slice(33);
}

/**
 * Builds a body that passes {@link base62Crc32Valid} from 30 random characters (for tests
 * and fixtures).
 *
 * @example
 * ```ts
 * withBase62Crc32("a".repeat(30)).length; // 36
 * ```
 */
export function withBase62Crc32(random30: string): string {
  return random30 + base62(crc32(random30), 6);
}

/**
 * Whether a base64url segment decodes to a JSON object (tokens that embed a signed JSON
 * payload: Sentry org tokens, Grafana Cloud, 1Password service accounts).
 *
 * @example
 * ```ts
 * decodesToJson(Buffer.from('{"o":"x"}').toString("base64url")); // true
 * ```
 */
export function decodesToJson(segment: string): boolean {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}
