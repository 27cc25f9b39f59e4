/**
 * A store records its creation: the writer's first open writes segment 1 with its header and
 * a signed checkpoint of 0 records, then head.json naming it. So a store that has recorded
 * nothing yet verifies (exit 0, "0 records; store ID created at …"), while one whose segments
 * and head were removed still fails and says what is missing. A path that is no audit store
 * at all is a usage error naming it and what to pass. Stores written before this change (no
 * creation checkpoint) verify as before, and an empty one gets its creation recorded at the
 * writer's next open. Real files, the real writer and the real CLI.
 */
import { createPrivateKey } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, lineHash, listSegments, NotAnAuditStoreError, segmentPath, verifyAuditDir } from "@portcullis/sidecar";
import { signObject } from "../../../sidecar/src/audit/signing-key.js";
import { runCli } from "../../helpers/cli.js";
import { copyStore, decisionRecord, freshAuditDir, segmentLines, writeSegmentLines } from "../../helpers/audit-store.js";

/** A store its writer created and closed without recording anything (a sidecar started and stopped). */
async function createdStore(): Promise<{ dir: string; storeId: string; createdAt: number }> {
  const dir = await freshAuditDir();
  const log = await AuditLog.open({ dir });
  const createdAt = log.opened.createdAt!;
  await log.close();
  return { dir, storeId: log.storeId, createdAt };
}

/**
 * Rewrites a store as a version before the recorded creation wrote it: segment 1 without the
 * creation checkpoint, the chain and every checkpoint and the head re-signed with the store's
 * own key.
 */
async function withoutCreationCheckpoint(dir: string): Promise<void> {
  const key = createPrivateKey(await readFile(join(dirname(dir), "audit-signing.key"), "utf8"));
  let prev = "0".repeat(64);
  const hashes = new Map<string, string>();
  for (const segment of await listSegments(dir)) {
    const lines = await segmentLines(dir, segment);
    if (segment === 1) {
      expect(JSON.parse(lines[1]!)).toMatchObject({ t: "ckpt", seq: 0, count: 0 });
      lines.splice(1, 1);
    }
    const out: string[] = [];
    for (const line of lines) {
      const { sig: _sig, ...v } = JSON.parse(line) as Record<string, unknown>;
      if (v.t === "ckpt") {
        v.head = prev;
        v.sig = signObject(key, v);
      } else v.prev = prev;
      const text = JSON.stringify(v);
      out.push(text);
      prev = lineHash(text);
      if (v.t === "ckpt") hashes.set(`${segment}:${v.seq}`, prev);
    }
    await writeSegmentLines(dir, segment, out);
  }
  const { sig: _sig, ...head } = JSON.parse(await readFile(join(dir, "head.json"), "utf8")) as Record<string, unknown>;
  head.ckpt = hashes.get(`${head.segment}:${head.seq}`);
  await writeFile(join(dir, "head.json"), `${JSON.stringify({ ...head, sig: signObject(key, head) })}\n`);
}

describe("a store records its creation", () => {
  it("the first open writes segment 1 (header, a signed checkpoint of 0 records) and the head naming it", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir });
    expect(log.opened).toMatchObject({ lastSeq: 0, segment: 1, createdAt: expect.any(Number) });
    const lines = (await segmentLines(dir, 1)).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ t: "header", segment: 1, created: log.opened.createdAt, store: log.storeId }),
      expect.objectContaining({ t: "ckpt", segment: 1, seq: 0, count: 0, final: false, store: log.storeId }),
    ]);
    const head = JSON.parse(await readFile(join(dir, "head.json"), "utf8"));
    expect(head).toMatchObject({ segment: 1, seq: 0, store: log.storeId });
    // While the writer runs, and after it stopped, the store verifies: 0 records since its creation.
    for (const stage of ["open", "closed"]) {
      if (stage === "closed") await log.close();
      const report = await verifyAuditDir(dir);
      expect(report.problems, stage).toEqual([]);
      expect(report).toMatchObject({ ok: true, records: 0, storeId: log.storeId, createdAt: log.opened.createdAt, head: { segment: 1, seq: 0, found: true } });
    }
    // A reopened store does not record its creation again; records follow it and verify.
    const again = await AuditLog.open({ dir });
    expect(again.opened.createdAt).toBeUndefined();
    expect(again.storeId).toBe(log.storeId);
    again.append(decisionRecord(1));
    await again.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 1, firstSeq: 1, lastSeq: 1, createdAt: log.opened.createdAt });
  });

  it("the first records follow the creation checkpoint in segment 1", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync" });
    await log.append(decisionRecord(1));
    expect((await segmentLines(dir, 1)).map((l) => (JSON.parse(l) as { t: string }).t)).toEqual(["header", "ckpt", "rec"]);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 1, segments: { count: 1 } });
  });

  it("`audit verify` on a store that has recorded nothing: exit 0 and the line that says so", async () => {
    const { dir, storeId, createdAt } = await createdStore();
    const run = await runCli(["audit", "verify", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${dir}: OK; 1 segment(s) 1–1, 0 record(s)`);
    expect(run.stdout).toContain(`0 records; store ${storeId} created at ${new Date(createdAt).toISOString()}, nothing recorded since`);
    const json = await runCli(["audit", "verify", dir, "--format", "json", "--store-id", storeId]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, records: 0, storeId, createdAt, problems: [] });
  });
});

describe("removal is still tampering", () => {
  it("segments and head.json removed: exit 1, saying both are missing", async () => {
    const { dir } = await createdStore();
    await rm(segmentPath(dir, 1));
    await rm(join(dir, "head.json"));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(/^no segments and no head\.json: the store's segments were removed together with its head/);
    const run = await runCli(["audit", "verify", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("FAILED");
    expect(run.stderr).toContain("no segments and no head.json");
    expect(run.stderr).toContain("store id: unknown (no segment or head.json left to carry it)");
  });

  it("a writer that recreates a store whose segments and head were removed draws a new id: a pinned id catches it", async () => {
    const { dir, storeId } = await createdStore();
    await rm(segmentPath(dir, 1));
    await rm(join(dir, "head.json"));
    await (await AuditLog.open({ dir })).close();
    const report = await verifyAuditDir(dir, { storeId });
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toContain(`not the pinned ${storeId}: this is another store`);
  });

  it("the segments removed, head.json left: names both, and the writer refuses the store", async () => {
    const { dir } = await createdStore();
    await rm(segmentPath(dir, 1));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message)).toEqual([
      "no segments: segments/ is empty or missing, though head.json is there: the store's segments were removed",
      expect.stringMatching(/^names segment 000000000001\.log, seq 0 .*, and that segment is missing/),
    ]);
    await expect(AuditLog.open({ dir })).rejects.toThrow(/head\.json says the trail reached seq 0 in segment 1, but the store ends at seq 0 in segment 0/);
  });

  it("head.json removed from a store that has recorded nothing: says it is missing", async () => {
    const { dir } = await createdStore();
    await rm(join(dir, "head.json"));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ file: "head.json", message: expect.stringMatching(/^missing/) })]);
  });
});

describe("a path that is no audit store", () => {
  it("is a usage error (exit 2) that names the path and what to pass", async () => {
    const { dir } = await createdStore();
    const data = dirname(dir);
    const plain = join(data, "plain");
    await mkdir(join(plain, "segments"), { recursive: true });
    const file = join(dir, "head.json");
    const cases: [string, string][] = [
      [join(data, "nowhere"), `${join(data, "nowhere")}: no such directory; pass the audit directory of a sidecar: DATA-DIR/audit`],
      [
        data,
        `${data} is not an audit store (no segments/*.log, head.json or audit-signing.pub in it); ${dir} is one (this looks like a data directory): pass that`,
      ],
      [plain, `${plain} is not an audit store (no segments/*.log, head.json or audit-signing.pub in it); pass the audit directory of a sidecar`],
      [file, `${file} is a file, not an audit directory`],
    ];
    for (const [path, message] of cases) {
      await expect(verifyAuditDir(path)).rejects.toThrow(NotAnAuditStoreError);
      const run = await runCli(["audit", "verify", path]);
      expect(run.code, path).toBe(2);
      expect(run.stderr, path).toContain(`portcullis: ${message}`);
      expect(run.stdout).toBe("");
    }
  });
});

describe("stores written before the recorded creation", () => {
  it("an empty one (public key, no segment): verify says what it may be and what to do; the writer's next open records its creation", async () => {
    const { dir } = await createdStore();
    // What an older sidecar left after a start and stop without records.
    await rm(segmentPath(dir, 1));
    await rm(join(dir, "head.json"));
    expect((await readdir(dir)).sort()).toEqual(["audit-signing.pub", "segments"]);
    const before = await verifyAuditDir(dir);
    expect(before.ok).toBe(false);
    expect(before.problems[0]!.message).toContain(
      "or a sidecar older than that created it and has recorded nothing yet: then start the sidecar on it once and verify again",
    );
    const log = await AuditLog.open({ dir });
    expect(log.opened.createdAt).toEqual(expect.any(Number));
    log.append(decisionRecord(1));
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 1, storeId: log.storeId, problems: [] });
  });

  it("one with records and no creation checkpoint verifies as before, and after the new writer adds to it", async () => {
    const dir = await freshAuditDir();
    const first = await AuditLog.open({ dir, segmentMaxBytes: 1500, checkpointIntervalMs: 60_000 });
    for (let n = 1; n <= 12; n++) first.append(decisionRecord(n));
    await first.close();
    const old = await copyStore(dir);
    await copyFile(join(dirname(dir), "audit-signing.key"), join(dirname(old), "audit-signing.key"));
    await withoutCreationCheckpoint(old);
    expect((await segmentLines(old, 1)).map((l) => (JSON.parse(l) as { t: string }).t).slice(0, 2)).toEqual(["header", "rec"]);
    const report = await verifyAuditDir(old);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, records: 12, firstSeq: 1, lastSeq: 12 });
    const log = await AuditLog.open({ dir: old });
    expect(log.opened.createdAt).toBeUndefined();
    log.append(decisionRecord(13));
    await log.close();
    expect(await verifyAuditDir(old)).toMatchObject({ ok: true, records: 13, lastSeq: 13, problems: [] });
    expect((await runCli(["audit", "verify", old])).code).toBe(0);
  });
});
