/**
 * What key material is by its structure: a certificate, a public key (X.509
 * SubjectPublicKeyInfo, an SSH public key, a JWK's public members) or a private key (PKCS#1,
 * PKCS#8, SEC1, OpenSSH). Public halves are published on purpose and are not secrets; the
 * private halves are. DER is parsed by node:crypto, not guessed from the first bytes, so a
 * random string that happens to start like DER stays random.
 */
import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto";

/** The two kinds of key material a base64 blob can hold. */
export type KeyMaterial = "public" | "private";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value is a UUID (any version): an identifier, not a secret by itself.
 *
 * @example
 * ```ts
 * isUuid("123e4567-e89b-12d3-a456-426614174000"); // true
 * ```
 */
export function isUuid(value: string): boolean {
  return value.length === 36 && UUID.test(value);
}

/** SSH public key algorithm names as they open an `authorized_keys` line and its wire blob. */
const SSH_PUBLIC =
  /^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?$/;
const OPENSSH_PRIVATE = Buffer.from("openssh-key-v1\0");

/** The algorithm name an SSH wire blob opens with (uint32 length + name), or undefined. */
function sshBlobName(bytes: Buffer): string | undefined {
  if (bytes.length < 12) return undefined;
  const n = bytes.readUInt32BE(0);
  if (n < 7 || n > 48 || bytes.length < 4 + n) return undefined;
  return bytes.toString("latin1", 4, 4 + n);
}

const DER_PUBLIC: ReadonlyArray<(der: Buffer) => unknown> = [
  (der) => new X509Certificate(der),
  (der) => createPublicKey({ key: der, format: "der", type: "spki" }),
  (der) => createPublicKey({ key: der, format: "der", type: "pkcs1" }),
];
const DER_PRIVATE: ReadonlyArray<(der: Buffer) => unknown> = [
  (der) => createPrivateKey({ key: der, format: "der", type: "pkcs8" }),
  (der) => createPrivateKey({ key: der, format: "der", type: "pkcs1" }),
  (der) => createPrivateKey({ key: der, format: "der", type: "sec1" }),
];

const parses = (parsers: ReadonlyArray<(der: Buffer) => unknown>, der: Buffer): boolean =>
  parsers.some((parse) => {
    try {
      parse(der);
      return true;
    } catch {
      return false;
    }
  });

/**
 * The kind of key material a base64 or base64url string encodes, or undefined when it is not
 * key material (random bytes, a token, a document).
 *
 * @example
 * ```ts
 * classifyKeyBlob(publicKey.export({ type: "spki", format: "der" }).toString("base64")); // "public"
 * classifyKeyBlob(privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")); // "private"
 * ```
 */
export function classifyKeyBlob(value: string): KeyMaterial | undefined {
  const bytes = Buffer.from(value, /[-_]/.test(value) ? "base64url" : "base64");
  if (bytes.length < 16) return undefined;
  if (bytes.subarray(0, OPENSSH_PRIVATE.length).equals(OPENSSH_PRIVATE)) return "private";
  const name = sshBlobName(bytes);
  if (name !== undefined && SSH_PUBLIC.test(name)) return "public";
  // DER opens with a SEQUENCE (0x30) and a definite length.
  if (bytes[0] !== 0x30) return undefined;
  if (parses(DER_PRIVATE, bytes)) return "private";
  return parses(DER_PUBLIC, bytes) ? "public" : undefined;
}

const PUBLIC_PEM =
  /^-----BEGIN (?:PUBLIC KEY|RSA PUBLIC KEY|EC PUBLIC KEY|CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY|OPENSSH PUBLIC KEY|EC PARAMETERS|DH PARAMETERS)-----/;
const SSH_LINE = /^(\S{7,60}) (AAAA[A-Za-z0-9+/]{16,}={0,2})/;

/**
 * Whether the text at `from` opens public key material: a PEM block of a public key,
 * certificate, CSR or parameters, or an SSH public key line (`ssh-ed25519 AAAA…`) whose blob
 * names the same algorithm.
 *
 * @example
 * ```ts
 * opensPublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGH… deploy@ci", 0); // true
 * opensPublicKey("-----BEGIN CERTIFICATE-----\nMIIB…", 0); // true
 * ```
 */
export function opensPublicKey(text: string, from: number): boolean {
  // Called for every credential-named key's value: the cheap prefix tests come first.
  if (text.startsWith("-----BEGIN ", from)) return PUBLIC_PEM.test(text.slice(from, from + 64));
  if (!text.startsWith("ssh-", from) && !text.startsWith("ecdsa-", from) && !text.startsWith("sk-", from)) return false;
  const line = SSH_LINE.exec(text.slice(from, from + 2048));
  if (line === null || !SSH_PUBLIC.test(line[1] ?? "")) return false;
  return sshBlobName(Buffer.from(line[2] ?? "", "base64")) === line[1];
}

/** JWK members that hold private key material (RFC 7518 §6.2.2, §6.3.2, §6.4.1). */
const JWK_PRIVATE = new Set(["d", "p", "q", "dp", "dq", "qi", "k", "oth"]);
/** JWK members that are public by definition. */
const JWK_PUBLIC = new Set(["n", "e", "x", "y", "crv", "x5c", "x5t", "x5t#S256", "x5u", "kid"]);

/**
 * The kind of a JSON member's value when the member belongs to a JSON Web Key (an object
 * with `"kty"` near it): public members (`n`, `e`, `x`, `y`) are public, `d`, `p`, `q`, `k`
 * and the CRT values private; undefined outside a JWK.
 *
 * @example
 * ```ts
 * jwkMember('{"kty":"EC","crv":"P-256","x":"…","d":"…"}', "d", 30); // "private"
 * ```
 */
export function jwkMember(text: string, member: string, at: number): KeyMaterial | undefined {
  const isPrivate = JWK_PRIVATE.has(member);
  if (!isPrivate && !JWK_PUBLIC.has(member)) return undefined;
  // A JWK is a small object: its "kty" is within a few kilobytes of any member.
  const window = text.slice(Math.max(0, at - 4096), at + 4096);
  if (!/"kty"\s*:\s*"(?:RSA|EC|OKP|oct)"/.test(window)) return undefined;
  return isPrivate ? "private" : "public";
}
