/**
 * Rotating the audit signing key on a real store written by AuditLog: verification keeps
 * working across generations (pinned to any of them), a retired key can neither sign new
 * segments nor be used by the writer, a forged endorsement is caught, and a rotation that a
 * crash interrupted is finished by the writer at its next start.
 */
import { createPrivateKey, sign } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { AuditLog, lineHash, lockAuditDir, rotateSigningKey, verifyAuditDir } from "@portcullis/sidecar";
import { buildStore, decisionRecord, segmentLines, writeSegmentLines } from "../../helpers/audit-store.js";
import { runCli } from "../../helpers/cli.js";

const keyFileOf = (dir: string) => join(dirname(dir), "audit-signing.key");
const pubOf = (dir: string) => join(dir, "audit-signing.pub");

/** A closed 5-segment store (90 records) and a copy of its first public and private keys. */
async function closedStore(): Promise<{ dir: string; firstPub: string; firstKey: string }> {
  const { dir, log } = await buildStore();
  await log.close();
  const firstPub = join(dirname(dir), "first.pub");
  await writeFile(firstPub, await readFile(pubOf(dir)));
  return { dir, firstPub, firstKey: await readFile(keyFileOf(dir), "utf8") };
}

/** Opens the writer, appends `n` records numbered after `from`, closes (one new segment). */
async function writeMore(dir: string, from: number, n: number): Promise<void> {
  const log = await AuditLog.open({ dir });
  for (let i = 1; i <= n; i++) log.append(decisionRecord(from + i));
  await log.close();
}

describe("audit key rotation", () => {
  it("each generation signs its own segments; a pin on any generation verifies the whole store", async () => {
    const { dir, firstPub } = await closedStore();
    const first = await rotateSigningKey(dir, keyFileOf(dir));
    expect(first.fromSegment).toBe(6);
    await writeMore(dir, 90, 10);
    const second = await rotateSigningKey(dir, keyFileOf(dir));
    expect(second).toMatchObject({ retiredKeyId: first.keyId, fromSegment: 7 });
    await writeMore(dir, 100, 10);

    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    expect(report.records).toBe(110);
    expect(report.keys).toEqual([
      { keyId: first.retiredKeyId, fromSegment: 1 },
      { keyId: first.keyId, fromSegment: 6 },
      { keyId: second.keyId, fromSegment: 7 },
    ]);
    expect((await verifyAuditDir(dir, { publicKeyFile: firstPub })).problems).toEqual([]);
    expect((await verifyAuditDir(dir, { publicKeyFile: pubOf(dir) })).problems).toEqual([]);
  });

  it("a retired key is refused by the writer, and cannot sign a new segment unnoticed", async () => {
    const { dir, firstKey } = await closedStore();
    const rotation = await rotateSigningKey(dir, keyFileOf(dir));
    await writeMore(dir, 90, 5);
    const retiredFile = join(dirname(dir), "retired.key");
    await writeFile(retiredFile, firstKey, { mode: 0o600 });
    await expect(AuditLog.open({ dir, signingKeyFile: retiredFile })).rejects.toThrow(
      new RegExp(`id ${rotation.retiredKeyId}\\) was retired: the store .* was rotated to key ${rotation.keyId}`),
    );

    // Someone holding the old private key signs a head that hides segment 6 …
    const old = createPrivateKey(firstKey);
    const headFile = join(dir, "head.json");
    const genuineHead = await readFile(headFile, "utf8");
    const { sig: _sig, ...genuineBody } = JSON.parse(genuineHead) as Record<string, unknown>;
    const headBody = { ...genuineBody, segment: 5, seq: 90 };
    await writeFile(headFile, JSON.stringify({ ...headBody, sig: sign(null, Buffer.from(canonicalize(headBody) ?? ""), old).toString("base64url") }));
    expect((await verifyAuditDir(dir)).problems).toContainEqual({ file: "head.json", message: expect.stringContaining("bad signature") });
    await writeFile(headFile, genuineHead);

    // … or re-signs segment 6 with it.
    const lines = await segmentLines(dir, 6);
    let prev: string | undefined;
    const forged = lines.map((line) => {
      const v = JSON.parse(line) as Record<string, unknown>;
      if (v.t === "header") v.keyId = rotation.retiredKeyId;
      else if (prev !== undefined) v[v.t === "ckpt" ? "head" : "prev"] = prev;
      if (v.t === "ckpt") {
        const { sig: _sig, ...body } = v;
        v.sig = sign(null, Buffer.from(canonicalize(body) ?? ""), old).toString("base64url");
      }
      const text = JSON.stringify(v);
      prev = lineHash(text);
      return text;
    });
    await writeSegmentLines(dir, 6, forged);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({
      file: "000000000006.log",
      line: 1,
      message: `signed with key ${rotation.retiredKeyId}, not ${rotation.keyId} (this segment's key per keys.jsonl)`,
    });
  });

  it("an endorsement not signed by the key it replaces: verify names the line, the writer refuses", async () => {
    const { dir } = await closedStore();
    await rotateSigningKey(dir, keyFileOf(dir));
    const ring = join(dir, "keys.jsonl");
    const endorsement = JSON.parse(await readFile(ring, "utf8")) as { sig: string };
    await writeFile(ring, `${JSON.stringify({ ...endorsement, at: endorsement.sig.length })}\n`);
    const report = await verifyAuditDir(dir);
    expect(report.problems).toContainEqual({ file: "keys.jsonl", message: expect.stringContaining("keys.jsonl:1 has a bad signature") });
    await expect(AuditLog.open({ dir })).rejects.toThrow(/keys\.jsonl:1 has a bad signature/);
  });

  it("a rotation interrupted after its endorsement is finished by the writer at its next start", async () => {
    const { dir, firstKey, firstPub } = await closedStore();
    await rotateSigningKey(dir, keyFileOf(dir));
    // Roll the last two steps back: the new key still beside the old one, the old public key.
    await rename(keyFileOf(dir), `${keyFileOf(dir)}.next`);
    await writeFile(keyFileOf(dir), firstKey, { mode: 0o600 });
    await writeFile(pubOf(dir), await readFile(firstPub));
    await writeMore(dir, 90, 5);
    const report = await verifyAuditDir(dir, { publicKeyFile: firstPub });
    expect(report.problems).toEqual([]);
    expect(report.keys).toHaveLength(2);
  });

  it("refuses to rotate a store that was not closed cleanly", async () => {
    const { dir, log } = await buildStore(); // its open segment has no final checkpoint yet
    await expect(rotateSigningKey(dir, keyFileOf(dir))).rejects.toThrow(/segment 5 was not closed .* stop the sidecar cleanly, then rotate/);
    await log.close();
  });

  it("portcullis audit rotate-key: rotates offline, refuses while the directory is locked", async () => {
    const { dir } = await closedStore();
    const lock = await lockAuditDir(dir);
    const locked = await runCli(["audit", "rotate-key", dir]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain("stop the sidecar that writes it first");
    await lock.release();
    const run = await runCli(["audit", "rotate-key", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/signing key [0-9a-f]{16} retired; key [0-9a-f]{16} signs from segment 6/);
    // Until the writer has run, the new key has signed nothing: pinned alone, it vouches for nothing.
    expect((await verifyAuditDir(dir)).problems).toEqual([{ file: "keys.jsonl", message: expect.stringContaining("nothing it signed is here") }]);
    await writeMore(dir, 90, 3);
    const verify = await runCli(["audit", "verify", dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/keys \(rotated, keys\.jsonl\): [0-9a-f]{16} from segment 1, [0-9a-f]{16} from segment 6/);
  });
});
