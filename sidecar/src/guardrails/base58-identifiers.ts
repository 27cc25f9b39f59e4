/**
 * Public identifiers written in base58 that a high-entropy check would take for keys: Bitcoin
 * addresses and extended public keys (base58check, confirmed by their double-SHA-256
 * checksum) and IPFS CIDv0 content ids (a base58btc SHA-256 multihash, `Qm…`). Private
 * material in the same encoding (WIF keys, `xprv`) is not public and stays a candidate.
 */
import { createHash } from "node:crypto";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Bytes of a base58 string (leading `1`s are zero bytes), or undefined outside the alphabet. Inputs are short (≤ 120). */
function decodeBase58(value: string): Uint8Array | undefined {
  if (value.length === 0 || value.length > 120) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let carry = c < 128 ? (DIGIT[c] as number) : -1;
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] as number) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < value.length && value[i] === "1"; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

const sha256 = (b: Uint8Array): Buffer => createHash("sha256").update(b).digest();

/** Base58check version bytes of public things: P2PKH and P2SH addresses (main and test networks). */
const ADDRESS_VERSIONS = new Set([0x00, 0x05, 0x6f, 0xc4]);
/** BIP-32 extended public key versions: xpub, ypub, zpub, tpub. */
const EXTENDED_PUBLIC = new Set([0x0488b21e, 0x049d7cb2, 0x04b24746, 0x043587cf]);

/**
 * Whether `value` is a Bitcoin address, an extended public key or an IPFS CIDv0: public
 * identifiers, whatever their entropy.
 *
 * @example
 * ```ts
 * isPublicBase58Identifier("1BoatSLRHtKNngkdXEeobR76b53LETtpyT"); // true: checksum holds, version 0
 * ```
 */
export function isPublicBase58Identifier(value: string): boolean {
  if (value.length === 46 && value.startsWith("Qm")) {
    const cid = decodeBase58(value);
    return cid !== undefined && cid.length === 34 && cid[0] === 0x12 && cid[1] === 0x20;
  }
  // Addresses (25-35 characters) are shorter than any string the entropy rule looks at; of
  // the longer forms only extended public keys (111 characters, `xpub…`) are public. Checking
  // nothing else keeps the quadratic decode off every other string.
  if (!(value.length === 111 && /^[xyzt]pub/.test(value)) && !(value.length >= 26 && value.length <= 35)) return false;
  const bytes = decodeBase58(value);
  if (bytes === undefined || bytes.length < 5) return false;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return false;
  if (payload.length === 21) return ADDRESS_VERSIONS.has(payload[0] as number);
  if (payload.length === 78)
    return EXTENDED_PUBLIC.has(((payload[0] as number) << 24) | ((payload[1] as number) << 16) | ((payload[2] as number) << 8) | (payload[3] as number));
  return false;
}
