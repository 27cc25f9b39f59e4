/**
 * The audit log's Ed25519 signing key: created once (PKCS#8 PEM, mode 0600) beside the
 * audit directory, its public half (SPKI PEM) in the directory for `audit verify`.
 * Checkpoints and retention.json are signed over the canonical JSON (RFC 8785) of the
 * object without its `sig`.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, type KeyObject, randomBytes, sign, verify } from "node:crypto";
import { chmod, link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import canonicalize from "canonicalize";

/** The signing key pair and the id headers carry. */
export interface AuditKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** Hex, 16 characters: the start of SHA-256 over the public key's SPKI DER. */
  readonly keyId: string;
}

/** Default private-key path for an audit directory: `DIR/../audit-signing.key`. */
export function defaultSigningKeyFile(dir: string): string {
  return join(dirname(dir), "audit-signing.key");
}

/** The public key's file in an audit directory. */
export function publicKeyFile(dir: string): string {
  return join(dir, "audit-signing.pub");
}

/**
 * The id of a public key: hex of the first 8 bytes of SHA-256 over its SPKI DER.
 *
 * @example
 * ```ts
 * keyIdOf(createPublicKey(pem)); // "3f2a…" (16 hex digits)
 * ```
 */
export function keyIdOf(publicKey: KeyObject): string {
  return hash("sha256", publicKey.export({ type: "spki", format: "der" }), "hex").slice(0, 16);
}

/**
 * Loads the private key from `keyFile`, or creates it (mode 0600) when there is none; writes
 * the public key to `DIR/audit-signing.pub` when missing. Throws when the store's public key
 * belongs to another key: the old checkpoints could no longer be verified.
 *
 * @example
 * ```ts
 * const keys = await loadOrCreateSigningKey("/var/lib/portcullis/audit");
 * ```
 */
export async function loadOrCreateSigningKey(dir: string, keyFile = defaultSigningKeyFile(dir)): Promise<AuditKeys> {
  let pem = await readFile(keyFile, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return undefined;
    throw new Error(`audit: cannot read the signing key ${keyFile}: ${err.code ?? err.message}; fix its permissions or point the audit at another key file`);
  });
  if (pem === undefined) {
    const pair = generateKeyPairSync("ed25519");
    pem = pair.privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    await mkdir(dirname(keyFile), { recursive: true });
    // Written whole beside it, then linked into place: two processes starting at once must not
    // both write a key (link fails if the name exists), and neither may read the other's key
    // half-written (a 'wx' write creates the file empty first: a sidecar starting beside
    // another read it so and refused to start).
    const temp = `${keyFile}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, pem, { mode: 0o600, flag: "wx" });
      await link(temp, keyFile).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "EEXIST") throw err;
      });
    } catch (err) {
      throw new Error(`audit: cannot create the signing key ${keyFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    pem = await readFile(keyFile, "utf8");
    await chmod(keyFile, 0o600);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(`audit: ${keyFile} is not a PEM private key; restore the audit signing key or remove the file to create a new store`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new Error(`audit: ${keyFile} is a ${privateKey.asymmetricKeyType} key; the audit signing key must be Ed25519`);
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const pubPem = publicKey.export({ type: "spki", format: "pem" }) as string;
  const pubFile = publicKeyFile(dir);
  const stored = await readFile(pubFile, "utf8").catch(() => undefined);
  if (stored === undefined) {
    await writeFile(pubFile, pubPem, { mode: 0o644 });
  } else if (keyIdOf(readPublicKey(stored, pubFile)) !== keyId) {
    throw new Error(
      `audit: the signing key ${keyFile} (id ${keyId}) is not the key of the store ${dir} (${pubFile}); restore the store's key, or start a new audit directory`,
    );
  }
  return { privateKey, publicKey, keyId };
}

/**
 * Parses a public key PEM (SPKI) and checks it is Ed25519.
 *
 * @example
 * ```ts
 * const key = readPublicKey(await readFile(file, "utf8"), file);
 * ```
 */
export function readPublicKey(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new Error(`${source} is not a PEM public key`);
  }
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`${source} is a ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

/**
 * Signs an object (without `sig`) over its canonical JSON; base64url.
 *
 * @example
 * ```ts
 * const sig = signObject(keys.privateKey, body);
 * ```
 */
export function signObject(privateKey: KeyObject, body: object): string {
  return sign(null, Buffer.from(canonicalize(body) ?? "", "utf8"), privateKey).toString("base64url");
}

/**
 * Checks the `sig` of a signed object against the canonical JSON of the rest of it (under
 * any of the keys, when given several: markers signed before a key rotation).
 *
 * @example
 * ```ts
 * if (!verifyObject(publicKey, JSON.parse(line))) console.error("forged checkpoint");
 * ```
 */
export function verifyObject(publicKey: KeyObject | readonly KeyObject[], signed: { sig?: unknown }): boolean {
  const { sig, ...body } = signed;
  if (typeof sig !== "string") return false;
  const data = Buffer.from(canonicalize(body) ?? "", "utf8");
  const signature = Buffer.from(sig, "base64url");
  for (const key of Array.isArray(publicKey) ? publicKey : [publicKey]) {
    try {
      if (verify(null, data, key, signature)) return true;
    } catch {
      // not this key
    }
  }
  return false;
}
