/**
 * Envelope encryption of vault records with AES-256-GCM: each record gets a fresh random
 * data key that encrypts its payload; the key-encryption key wraps that data key. Both layers
 * authenticate the record's owner — (subject, server, kind) — as additional data, so a
 * record copied to another subject or server, or relabelled as another kind, fails to open,
 * exactly like a tampered one.
 */
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from "node:crypto";
import type { VaultKey } from "./vault-key.js";

/** Whose a record is; authenticated, not encrypted. */
export interface RecordOwner {
  /** The subject ("" for a server's shared credential). */
  readonly subject: string;
  readonly server: string;
  /** What the record holds, e.g. `static`, `oauth2-user`. */
  readonly kind: string;
}

/** A record that cannot be opened; the message says why without any secret. */
export class VaultRecordError extends Error {
  override readonly name = "VaultRecordError";
}

const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What is stored: the format, the KEK's id, the wrapped data key and the ciphertext. */
interface Sealed {
  readonly v: number;
  readonly kid: string;
  /** iv ‖ wrapped data key ‖ tag, base64. */
  readonly k: string;
  /** iv ‖ ciphertext ‖ tag, base64. */
  readonly d: string;
}

/**
 * Encrypts `plaintext` for `owner` under a new data key wrapped by `kek`; returns the text
 * to store.
 *
 * @example
 * ```ts
 * const sealed = seal(kek, { subject: "alice", server: "jira", kind: "static" }, JSON.stringify(payload));
 * ```
 */
export function seal(kek: VaultKey, owner: RecordOwner, plaintext: string): string {
  const aad = additionalData(owner);
  const dataKey = randomBytes(32);
  try {
    const sealed: Sealed = { v: FORMAT, kid: kek.id, k: encrypt(kek.key, dataKey, aad), d: encrypt(dataKey, Buffer.from(plaintext, "utf8"), aad) };
    return JSON.stringify(sealed);
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Decrypts a stored record of `owner`. Throws {@link VaultRecordError} for a record sealed
 * under another key, and for one that was altered or belongs to another owner.
 *
 * @example
 * ```ts
 * const payload = JSON.parse(open(kek, owner, row.sealed));
 * ```
 */
export function open(kek: VaultKey, owner: RecordOwner, stored: string): string {
  const sealed = parse(stored);
  if (sealed.kid !== kek.id) {
    throw new VaultRecordError(
      `it was sealed with another vault key (key id ${sealed.kid}; this sidecar's key id is ${kek.id}) — if that is the key you rotated from, give it with --vault-previous-key-file (or PORTCULLIS_VAULT_PREVIOUS_KEYS) to read and re-seal it`,
    );
  }
  const aad = additionalData(owner);
  let dataKey: Buffer | undefined;
  try {
    dataKey = decrypt(kek.key, sealed.k, aad);
    return decrypt(dataKey, sealed.d, aad).toString("utf8");
  } catch {
    throw new VaultRecordError("it does not decrypt: it was altered, or moved from another subject, server or kind");
  } finally {
    dataKey?.fill(0);
  }
}

/**
 * The id of the key a stored record was sealed with; undefined when it is not a sealed record.
 *
 * @example
 * ```ts
 * const key = sealedKeyId(row.sealed) === kek.id ? kek : previous.get(sealedKeyId(row.sealed));
 * ```
 */
export function sealedKeyId(stored: string): string | undefined {
  try {
    return parse(stored).kid;
  } catch {
    return undefined;
  }
}

function additionalData(owner: RecordOwner): Buffer {
  // JSON of a fixed array: unambiguous whatever characters the names contain.
  return Buffer.from(JSON.stringify(["portcullis-vault", FORMAT, owner.subject, owner.server, owner.kind]), "utf8");
}

function encrypt(key: KeyObject | Buffer, plaintext: Buffer, aad: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES }).setAAD(aad);
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]).toString("base64");
}

function decrypt(key: KeyObject | Buffer, text: string, aad: Buffer): Buffer {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error("too short");
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(aad);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

function parse(stored: string): Sealed {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    throw new VaultRecordError("it is not a sealed vault record (not JSON): it was altered");
  }
  const s = value as Partial<Sealed> | null;
  if (!s || s.v !== FORMAT || typeof s.kid !== "string" || typeof s.k !== "string" || typeof s.d !== "string") {
    throw new VaultRecordError(`it is not a sealed vault record of format ${FORMAT}: it was altered`);
  }
  return s as Sealed;
}
