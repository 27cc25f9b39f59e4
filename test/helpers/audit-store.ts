/** Builds audit stores for tests and tampers with them the way an attacker would. */
import { generateKeyPairSync } from "node:crypto";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { AuditLog, type AuditRecord, lineHash, listSegments, segmentPath } from "@portcullis/sidecar";
import { sign } from "node:crypto";

/** A fresh directory holding an `audit/` folder path (not yet created) and room for the key. */
export async function freshAuditDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "pcl-audit-")), "audit");
}

/** A decision record, numbered. */
export function decisionRecord(n: number, ts = Date.now()): AuditRecord {
  return {
    ts,
    event: "authorize",
    decisionId: `d-${n}`,
    agent: { tokenId: `tok-${n % 7}`, kind: "agent" },
    subject: "agent:support-bot",
    team: "support",
    roles: ["support"],
    server: "jira",
    tool: "create_issue",
    arguments: { project: "SUP", summary: `ticket ${n}` },
    decision: n % 5 === 0 ? "deny" : "allow",
    reason: n % 5 === 0 ? "EXPLICIT_DENY" : "ALLOWED",
    policyRevision: "rev-1",
  };
}

/**
 * A store of 4 closed segments (20 records each) and an open 5th one holding 10 flushed
 * records without a checkpoint. Returns the open log (close it) and the directory.
 */
export async function buildStore(): Promise<{ dir: string; log: AuditLog }> {
  const dir = await freshAuditDir();
  const first = await AuditLog.open({ dir, segmentMaxBytes: 1500, checkpointIntervalMs: 60_000 });
  let n = 0;
  for (let s = 0; s < 4; s++) {
    for (let i = 0; i < 20; i++) first.append(decisionRecord(++n));
    await first.flush();
  }
  await first.close();
  const log = await AuditLog.open({ dir, segmentMaxBytes: 1_000_000, checkpointIntervalMs: 60_000 });
  for (let i = 0; i < 10; i++) log.append(decisionRecord(++n));
  await log.flush();
  return { dir, log };
}

/** A copy of a store (and its key one level up) to tamper with. */
export async function copyStore(dir: string): Promise<string> {
  const copy = await freshAuditDir();
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** The lines of a segment (without line ends). */
export async function segmentLines(dir: string, segment: number): Promise<string[]> {
  const text = await readFile(segmentPath(dir, segment), "utf8");
  return text.split("\n").slice(0, -1);
}

/** Rewrites a segment from its lines. */
export async function writeSegmentLines(dir: string, segment: number, lines: string[]): Promise<void> {
  await writeFile(segmentPath(dir, segment), lines.map((l) => `${l}\n`).join(""));
}

/**
 * What an attacker without the key can do: recompute every `prev`/`head` after an edit so
 * the hash chain holds again, and re-sign checkpoints with a key of their own (also
 * replacing the store's public key file and the headers' key id when `replacePublicKey`).
 */
export async function rechainWithForeignKey(dir: string, replacePublicKey: boolean): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const { keyIdOf } = await import("@portcullis/sidecar");
  const keyId = keyIdOf(publicKey);
  let prev = "0".repeat(64);
  let lastCheckpoint: { segment: number; seq: number; ckpt: string } | undefined;
  for (const segment of await listSegments(dir)) {
    const out: string[] = [];
    for (const line of await segmentLines(dir, segment)) {
      const v = JSON.parse(line) as Record<string, unknown>;
      if (v.t === "ckpt") {
        v.head = prev;
        const { sig: _sig, ...body } = v;
        v.sig = sign(null, Buffer.from(canonicalize(body) ?? ""), privateKey).toString("base64url");
      } else {
        v.prev = prev;
        if (v.t === "header" && replacePublicKey) v.keyId = keyId;
      }
      const text = JSON.stringify(v);
      out.push(text);
      prev = lineHash(text);
      if (v.t === "ckpt") lastCheckpoint = { segment, seq: v.seq as number, ckpt: prev };
    }
    await writeSegmentLines(dir, segment, out);
  }
  if (lastCheckpoint) {
    // The head too, signed by the same foreign key: it names the rewritten last checkpoint.
    const body = { ...lastCheckpoint, at: Date.now() };
    const sig = sign(null, Buffer.from(canonicalize(body) ?? ""), privateKey).toString("base64url");
    await writeFile(join(dir, "head.json"), `${JSON.stringify({ ...body, sig })}\n`);
  }
  if (replacePublicKey) await writeFile(join(dir, "audit-signing.pub"), publicKey.export({ type: "spki", format: "pem" }) as string);
}
