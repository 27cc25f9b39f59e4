/**
 * The store id: two sidecars sharing one signing key sign alike, so one's whole audit
 * directory in place of the other's verifies under the pinned key. Each store draws an id at
 * creation, carried by every header, checkpoint and the head; `audit verify` prints it and a
 * pinned id (`--store-id`) tells the stores apart.
 */
import { createPrivateKey } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, lineHash, listSegments, verifyAuditDir } from "@portcullis/sidecar";
import { signObject } from "../../../sidecar/src/audit/signing-key.js";
import { runCli } from "../../helpers/cli.js";
import { decisionRecord, freshAuditDir, segmentLines, writeSegmentLines } from "../../helpers/audit-store.js";

/** A closed store of two segments, signed with `keyFile` (default: its own key beside it). */
async function storeOf(keyFile?: string): Promise<string> {
  const dir = await freshAuditDir();
  const options = { dir, segmentMaxBytes: 1500, checkpointIntervalMs: 60_000, ...(keyFile ? { signingKeyFile: keyFile } : {}) };
  const log = await AuditLog.open(options);
  for (let n = 1; n <= 12; n++) log.append(decisionRecord(n));
  await log.close();
  // Reopened: the id continues, it is not drawn again.
  const again = await AuditLog.open(options);
  again.append(decisionRecord(13));
  await again.close();
  return dir;
}

const idOf = async (dir: string) => (await verifyAuditDir(dir)).storeId!;

/**
 * Rewrites a closed store as a version before store ids wrote it — no `store` anywhere,
 * re-chained and re-signed with its own key — and as a crash left it: the newest segment
 * without its final checkpoint, the head not closed.
 */
async function asCrashedWithoutStoreIds(dir: string): Promise<void> {
  const key = createPrivateKey(await readFile(join(dirname(dir), "audit-signing.key"), "utf8"));
  let prev = "0".repeat(64);
  const segments = await listSegments(dir);
  for (const segment of segments) {
    const out: string[] = [];
    const lines = await segmentLines(dir, segment);
    if (segment === segments.at(-1)) lines.pop(); // the final checkpoint
    for (const line of lines) {
      const { store: _store, sig: _sig, ...v } = JSON.parse(line) as Record<string, unknown>;
      if (v.t === "ckpt") {
        v.head = prev;
        v.sig = signObject(key, v);
      } else v.prev = prev;
      const text = JSON.stringify(v);
      out.push(text);
      prev = lineHash(text);
    }
    await writeSegmentLines(dir, segment, out);
  }
  const { store: _store, sig: _sig, closed: _closed, ...head } = JSON.parse(await readFile(join(dir, "head.json"), "utf8")) as Record<string, unknown>;
  await writeFile(join(dir, "head.json"), `${JSON.stringify({ ...head, sig: signObject(key, head) })}\n`);
}

describe("audit store id", () => {
  it("is drawn once and carried by every header, checkpoint and the head", async () => {
    const dir = await storeOf();
    const id = await idOf(dir);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const lines = [...(await segmentLines(dir, 1)), ...(await segmentLines(dir, 2))].map((l) => JSON.parse(l) as { t: string; store?: string });
    for (const line of lines.filter((l) => l.t !== "rec")) expect(line.store).toBe(id);
    expect((JSON.parse(await readFile(join(dir, "head.json"), "utf8")) as { store?: string }).store).toBe(id);
    expect(await idOf(await storeOf())).not.toBe(id);
  });

  it("with a shared key, another sidecar's store verifies under the key but not under the pinned store id", async () => {
    const a = await storeOf();
    const sharedKey = join(dirname(a), "audit-signing.key");
    const b = await storeOf(sharedKey);
    const pinnedKey = join(a, "audit-signing.pub");
    const idA = await idOf(a);
    // B's directory in place of A's: the pinned key alone cannot tell.
    expect((await verifyAuditDir(b, { publicKeyFile: pinnedKey })).ok).toBe(true);
    const swapped = await verifyAuditDir(b, { publicKeyFile: pinnedKey, storeId: idA });
    expect(swapped.ok).toBe(false);
    expect(swapped.problems.map((p) => p.message)).toEqual([expect.stringContaining(`not the pinned ${idA}: this is another store`)]);
    expect((await verifyAuditDir(a, { publicKeyFile: pinnedKey, storeId: idA })).ok).toBe(true);

    const cli = await runCli(["audit", "verify", b, "--public-key", pinnedKey, "--store-id", idA]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`not the pinned ${idA}`);
    const printed = await runCli(["audit", "verify", a, "--public-key", pinnedKey]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain(`store id ${idA}; pin it with --store-id`);
  });

  it("an older store draws its id at its first start, and keeps it though that start ended before a header of its own", async () => {
    const dir = await freshAuditDir();
    const first = await AuditLog.open({ dir, segmentMaxBytes: 1500, checkpointIntervalMs: 60_000 });
    for (let n = 1; n <= 12; n++) first.append(decisionRecord(n));
    await first.close();
    await asCrashedWithoutStoreIds(dir);
    const legacy = await verifyAuditDir(dir);
    expect(legacy.storeId).toBeUndefined();
    // The first start seals the crashed segment (a checkpoint with the new id) and signs the
    // head; it ends before writing a segment of its own.
    await (await AuditLog.open({ dir })).close();
    const id = (JSON.parse(await readFile(join(dir, "head.json"), "utf8")) as { store: string }).store;
    const next = await AuditLog.open({ dir });
    expect(next.storeId).toBe(id);
    next.append(decisionRecord(13));
    await next.close();
    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    expect(report.storeId).toBe(id);
  });

  it("a segment header naming another store fails verify", async () => {
    const dir = await storeOf();
    const id = await idOf(dir);
    const lines = await segmentLines(dir, 1);
    // Headers are chained, not signed: an edit breaks the next line's link as well as the id.
    lines[0] = lines[0]!.replace(id, "0".repeat(32));
    await writeSegmentLines(dir, 1, lines);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.message.includes("it comes from another store"))).toBe(true);
  });
});
