/**
 * The head marker: a signed `DIR/head.json` naming the newest checkpoint the writer has made
 * durable (segment, seq and the checkpoint line's hash). Every line chains to the one before
 * it, so an edit, a reordering or a gap anywhere shows — except at the end: deleting the open
 * segment, or cutting it back to an earlier checkpoint, leaves a store that chains perfectly.
 * The head is what the end is checked against. It is rewritten after each checkpoint's
 * fdatasync, so it never names a checkpoint that a crash could take back.
 *
 * What it cannot catch: an attacker who restores an older genuine head.json together with
 * the matching older store. Only a copy kept elsewhere (the OTLP or Redis Stream export)
 * answers that.
 */
import type { KeyObject } from "node:crypto";
import { open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { STORE_ID } from "./record-codec.js";
import { signObject, verifyObject } from "./signing-key.js";

/** The newest durable checkpoint, signed. */
export interface HeadMarker {
  readonly segment: number;
  /** The checkpoint's seq: the last record it signs. */
  readonly seq: number;
  /** SHA-256 (hex) of the checkpoint line. */
  readonly ckpt: string;
  readonly at: number;
  /**
   * Written by a clean shutdown: the checkpoint named closed the trail, so no record may follow
   * it until the next start reopens the head (a record after it was added while no writer ran).
   */
  readonly closed?: true;
  /** The store's id (see record-codec.ts STORE_ID); absent in heads written before store ids. */
  readonly store?: string;
  readonly sig: string;
}

/** The marker's path in an audit directory. */
export function headFile(dir: string): string {
  return join(dir, "head.json");
}

/**
 * Signs and replaces `DIR/head.json` (a synced temporary file, then a rename: a reader sees
 * the old head or the new one, never half of one).
 *
 * @example
 * ```ts
 * await writeHeadMarker(dir, keys.privateKey, { segment: 3, seq: 1200, ckpt: lineHash(line), at: Date.now() });
 * ```
 */
export async function writeHeadMarker(dir: string, privateKey: KeyObject, body: Omit<HeadMarker, "sig">): Promise<void> {
  const marker: HeadMarker = { ...body, sig: signObject(privateKey, body) };
  const tmp = `${headFile(dir)}.tmp`;
  // Synced before the rename: after a power cut the head is the old one or the new one,
  // never an empty file that `audit verify` would have to call tampering.
  const file = await open(tmp, "w", 0o640);
  try {
    await file.writeFile(`${JSON.stringify(marker)}\n`);
    await file.datasync();
  } finally {
    await file.close();
  }
  await rename(tmp, headFile(dir));
}

/**
 * Reads `DIR/head.json`: undefined when there is none, a problem text when it is not a
 * well-formed marker or its signature does not verify under `publicKey`.
 *
 * @example
 * ```ts
 * const head = await readHeadMarker(dir, publicKey);
 * if (typeof head === "object") console.log(`the trail reached seq ${head.seq}`);
 * ```
 */
export async function readHeadMarker(dir: string, publicKey: KeyObject | readonly KeyObject[]): Promise<HeadMarker | string | undefined> {
  let text: string;
  try {
    text = await readFile(headFile(dir), "utf8");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === "ENOENT" ? undefined : `head.json cannot be read: ${e.code ?? e.message}`;
  }
  let v: HeadMarker;
  try {
    v = JSON.parse(text) as HeadMarker;
  } catch {
    return "head.json is not valid JSON";
  }
  if (
    v === null ||
    typeof v !== "object" ||
    !Number.isSafeInteger(v.segment) ||
    !Number.isSafeInteger(v.seq) ||
    typeof v.ckpt !== "string" ||
    !Number.isSafeInteger(v.at) ||
    (v.closed !== undefined && v.closed !== true) ||
    (v.store !== undefined && (typeof v.store !== "string" || !STORE_ID.test(v.store))) ||
    typeof v.sig !== "string"
  ) {
    return "head.json is malformed";
  }
  if (!verifyObject(publicKey, v)) return "head.json has a bad signature (forged or signed by another key)";
  return v;
}
