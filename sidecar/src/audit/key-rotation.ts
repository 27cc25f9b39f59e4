/**
 * Rotating the audit signing key without breaking verification. `DIR/keys.jsonl` holds one
 * endorsement per rotation: the new public key and the first segment it signs, signed by the
 * key it replaces. A verifier that trusts any key of that chain trusts them all for their own
 * segments: each endorsement is signed by its predecessor, and a later key's checkpoints
 * cover every earlier line through the hash chain. A retired key is accepted only for the
 * segments before its successor's, so a leaked old key cannot sign new history.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { open, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { headFile } from "./head-marker.js";
import { retentionFile } from "./retention.js";
import { listSegments, repairSegmentTail, segmentPath } from "./segment-files.js";
import { type AuditKeys, keyIdOf, loadOrCreateSigningKey, publicKeyFile, readPublicKey, signObject, verifyObject } from "./signing-key.js";

/** One rotation, as `keys.jsonl` stores it. */
export interface KeyEndorsement {
  readonly t: "key";
  /** The new key's id and public key (SPKI DER, base64url). */
  readonly keyId: string;
  readonly publicKey: string;
  /** The key it replaces (which signed this line). */
  readonly prevKeyId: string;
  readonly prevPublicKey: string;
  /** The first segment the new key signs. */
  readonly fromSegment: number;
  readonly at: number;
  readonly sig: string;
}

/** A key and the segments it may sign: [fromSegment, untilSegment). */
export interface ScheduledKey {
  readonly keyId: string;
  readonly publicKey: KeyObject;
  readonly fromSegment: number;
  /** The first segment of its successor; undefined for the current key. */
  readonly untilSegment: number | undefined;
}

/** The keyring's path in an audit directory. */
export function keyringFile(dir: string): string {
  return join(dir, "keys.jsonl");
}

const derOf = (key: KeyObject) => (key.export({ type: "spki", format: "der" }) as Buffer).toString("base64url");
const keyFromDer = (der: string) => createPublicKey({ key: Buffer.from(der, "base64url"), format: "der", type: "spki" });

/**
 * Reads `DIR/keys.jsonl` into the key schedule, checking that each endorsement is signed by
 * the key before it and that the chain is unbroken. Resolves to undefined when the store was
 * never rotated, or to a problem text naming the line.
 *
 * @example
 * ```ts
 * const schedule = await readKeySchedule(dir);
 * if (Array.isArray(schedule)) schedule.map((k) => k.keyId);
 * ```
 */
export async function readKeySchedule(dir: string): Promise<ScheduledKey[] | string | undefined> {
  let text: string;
  try {
    text = await readFile(keyringFile(dir), "utf8");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === "ENOENT" ? undefined : `keys.jsonl cannot be read: ${e.code ?? e.message}`;
  }
  const lines = text.split("\n").filter((l) => l.length > 0);
  const keys: { keyId: string; publicKey: KeyObject; fromSegment: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const where = `keys.jsonl:${i + 1}`;
    let e: KeyEndorsement;
    let pub: KeyObject;
    let prevPub: KeyObject;
    try {
      e = JSON.parse(lines[i]!) as KeyEndorsement;
      pub = keyFromDer(e.publicKey);
      prevPub = keyFromDer(e.prevPublicKey);
    } catch {
      return `${where} is not a key endorsement`;
    }
    if (!Number.isSafeInteger(e.fromSegment) || keyIdOf(pub) !== e.keyId || keyIdOf(prevPub) !== e.prevKeyId)
      return `${where} is malformed (ids do not match their keys)`;
    if (!verifyObject(prevPub, e)) return `${where} has a bad signature: it was not signed by the key it replaces (${e.prevKeyId})`;
    const last = keys.at(-1);
    if (last === undefined) keys.push({ keyId: e.prevKeyId, publicKey: prevPub, fromSegment: 1 });
    else if (last.keyId !== e.prevKeyId) return `${where} replaces key ${e.prevKeyId}, but the current key is ${last.keyId}: the chain is broken`;
    if (e.fromSegment <= keys.at(-1)!.fromSegment) return `${where} starts at segment ${e.fromSegment}, not after its predecessor's`;
    keys.push({ keyId: e.keyId, publicKey: pub, fromSegment: e.fromSegment });
  }
  if (keys.length === 0) return undefined;
  return keys.map((k, i) => ({ ...k, untilSegment: keys[i + 1]?.fromSegment }));
}

/** The key that signs `segment` under `schedule`. */
export function keyForSegment(schedule: readonly ScheduledKey[], segment: number): ScheduledKey {
  for (let i = schedule.length - 1; i > 0; i--) if (segment >= schedule[i]!.fromSegment) return schedule[i]!;
  return schedule[0]!;
}

/** What {@link rotateSigningKey} did. */
export interface RotationReport {
  readonly retiredKeyId: string;
  readonly keyId: string;
  readonly fromSegment: number;
}

/**
 * Rotates the signing key of the audit store in `dir` (the writer must be stopped: take the
 * directory's lock first). The new key signs from the next segment the writer opens; the old
 * private key in `keyFile` is replaced. Order matters for a crash half way: the new private
 * key is written beside the old one first, then endorsed, then moved into place — the writer
 * finishes an interrupted rotation when it opens (see `openSigningKey`).
 *
 * @example
 * ```ts
 * const r = await rotateSigningKey("/var/lib/portcullis/audit", "/var/lib/portcullis/audit-signing.key");
 * console.log(`${r.retiredKeyId} → ${r.keyId} from segment ${r.fromSegment}`);
 * ```
 */
export async function rotateSigningKey(dir: string, keyFile: string, now = Date.now()): Promise<RotationReport> {
  const current = await openSigningKey(dir, keyFile);
  const segments = await listSegments(dir);
  const newest = segments.at(-1);
  if (newest !== undefined) {
    // A crashed segment is closed by the writer at its next start, under the key it finds:
    // that must still be the key the segment was begun with.
    const last = (await repairSegmentTail(segmentPath(dir, newest), true)).last?.line;
    if (!(last?.t === "ckpt" && last.final))
      throw new Error(`audit: ${dir}: segment ${newest} was not closed (the writer is running, or stopped uncleanly); stop the sidecar cleanly, then rotate`);
  }
  const fromSegment = (newest ?? 0) + 1; // the writer opens a new segment at every start
  const pair = generateKeyPairSync("ed25519");
  const next = `${keyFile}.next`;
  await writeFile(next, pair.privateKey.export({ type: "pkcs8", format: "pem" }) as string, { mode: 0o600 });
  const body = {
    t: "key" as const,
    keyId: keyIdOf(pair.publicKey),
    publicKey: derOf(pair.publicKey),
    prevKeyId: current.keyId,
    prevPublicKey: derOf(current.publicKey),
    fromSegment,
    at: now,
  };
  const endorsement: KeyEndorsement = { ...body, sig: signObject(current.privateKey, body) };
  const ring = await open(keyringFile(dir), "a", 0o644);
  try {
    await ring.appendFile(`${JSON.stringify(endorsement)}\n`);
    await ring.datasync();
  } finally {
    await ring.close();
  }
  await finishRotation(dir, keyFile, pair.publicKey, current.publicKey);
  return { retiredKeyId: current.keyId, keyId: body.keyId, fromSegment };
}

/**
 * The last steps of a rotation, also run by the writer when it finds them undone: moves the
 * endorsed `KEYFILE.next` into place, re-signs the store's markers (head.json,
 * retention.json) with it — verify accepts markers only from the newest generation, so a
 * retired key cannot forge one — and publishes its public key.
 */
async function finishRotation(dir: string, keyFile: string, publicKey: KeyObject, retired: KeyObject): Promise<void> {
  await rename(`${keyFile}.next`, keyFile).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== "ENOENT") throw err;
  });
  const privateKey = createPrivateKey(await readFile(keyFile, "utf8"));
  if (keyIdOf(createPublicKey(privateKey)) !== keyIdOf(publicKey))
    throw new Error(`audit: ${keyFile} does not hold the key keys.jsonl endorses last (${keyIdOf(publicKey)}); restore it from ${keyFile}.next or a backup`);
  for (const marker of [headFile(dir), retentionFile(dir)]) await resignMarker(marker, [retired, publicKey], privateKey);
  await replaceFile(publicKeyFile(dir), publicKey.export({ type: "spki", format: "pem" }) as string, 0o644);
}

/** Re-signs a signed JSON marker that verifies under one of `keys`; leaves any other alone (verify reports it). */
async function resignMarker(file: string, keys: readonly KeyObject[], privateKey: KeyObject): Promise<void> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return;
  let marker: { sig?: unknown };
  try {
    marker = JSON.parse(text) as { sig?: unknown };
  } catch {
    return;
  }
  if (!verifyObject(keys, marker)) return;
  const { sig: _old, ...body } = marker;
  await replaceFile(file, `${JSON.stringify({ ...body, sig: signObject(privateKey, body) })}\n`, 0o640);
}

async function replaceFile(file: string, text: string, mode: number): Promise<void> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, text, { mode });
  await rename(tmp, file);
}

/**
 * Loads the writer's signing key, aware of rotations: finishes one a crash interrupted (the
 * endorsed key still in `KEYFILE.next`, or the public key file not yet replaced), and refuses
 * a retired key with a message that names the current one. Otherwise as
 * `loadOrCreateSigningKey` (which creates the first key of a new store).
 *
 * @example
 * ```ts
 * const keys = await openSigningKey(dir, defaultSigningKeyFile(dir));
 * ```
 */
export async function openSigningKey(dir: string, keyFile: string): Promise<AuditKeys> {
  const schedule = await readKeySchedule(dir);
  if (typeof schedule === "string") throw new Error(`audit: ${dir}: ${schedule}; restore keys.jsonl from a copy`);
  const current = schedule?.at(-1);
  const previous = schedule?.at(-2);
  if (current && previous) {
    const pending = await readFile(`${keyFile}.next`, "utf8").catch(() => undefined);
    const pendingId = pending === undefined ? undefined : keyIdOf(createPublicKey(pending));
    const published = await readFile(publicKeyFile(dir), "utf8").catch(() => undefined);
    const publishedId = published === undefined ? undefined : keyIdOf(readPublicKey(published, publicKeyFile(dir)));
    if (pendingId === current.keyId || publishedId !== current.keyId) await finishRotation(dir, keyFile, current.publicKey, previous.publicKey);
  }
  try {
    return await loadOrCreateSigningKey(dir, keyFile);
  } catch (err) {
    const retired = schedule?.find((k) => k.untilSegment !== undefined && (err as Error).message.includes(`(id ${k.keyId})`));
    if (retired && current)
      throw new Error(
        `audit: the signing key ${keyFile} (id ${retired.keyId}) was retired: the store ${dir} was rotated to key ${current.keyId} (keys.jsonl); point the audit at the current key file`,
      );
    throw err;
  }
}
