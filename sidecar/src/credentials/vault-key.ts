/**
 * The vault's key-encryption key (KEK): 32 random bytes, given as 64 hex characters or as
 * base64 (`openssl rand -base64 32`). It only wraps the per-record data keys. Its id — a
 * keyed hash, useless for recovering it — is stored with every record so that a record
 * sealed under another key is reported as such rather than as tampered.
 */
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

/** A vault key that failed to parse; the message never quotes the key. */
export class VaultKeyError extends Error {
  override readonly name = "VaultKeyError";
}

/** A parsed key-encryption key. */
export interface VaultKey {
  /** 16 hex characters identifying the key (HMAC of a fixed label under the key). */
  readonly id: string;
  readonly key: KeyObject;
}

const HEX = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parses a key from text (surrounding whitespace ignored).
 *
 * @example
 * ```ts
 * const kek = parseVaultKey(process.env.PORTCULLIS_VAULT_KEY!); // throws VaultKeyError when malformed
 * ```
 */
export function parseVaultKey(text: string): VaultKey {
  const trimmed = text.trim();
  let bytes: Buffer | undefined;
  if (HEX.test(trimmed)) bytes = Buffer.from(trimmed, "hex");
  else if (BASE64.test(trimmed)) bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  const usage = "expected 32 random bytes written as 64 hex characters or as base64 (make one with `openssl rand -base64 32`)";
  if (!bytes) throw new VaultKeyError(`vault key: not hex or base64; ${usage}`);
  if (bytes.length !== 32) throw new VaultKeyError(`vault key: decodes to ${bytes.length} bytes; ${usage}`);
  if (bytes.every((b) => b === bytes[0])) throw new VaultKeyError(`vault key: all its bytes are equal, which no random key is; ${usage}`);
  const id = createHmac("sha256", bytes).update("portcullis vault key id").digest("hex").slice(0, 16);
  return { id, key: createSecretKey(bytes) };
}
