/**
 * `verifyAuditDir` and `portcullis audit verify` on a real store written by AuditLog: an
 * untouched store verifies; each kind of tampering fails and names the spot.
 */
import { copyFile, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog, segmentPath, verifyAuditDir } from "@portcullis/sidecar";
import { runCli } from "../../helpers/cli.js";
import { buildStore, copyStore, decisionRecord, rechainWithForeignKey, segmentLines, writeSegmentLines } from "../../helpers/audit-store.js";

let store: { dir: string; log: AuditLog };
beforeAll(async () => {
  store = await buildStore();
});
afterAll(async () => {
  await store.log.close();
});

/** The private key of the store in `dir` (kept beside it, one level up). */
const keyOf = (dir: string) => join(dirname(dir), "audit-signing.key");

/** Segment 2, line 5 is a record (line 1 is the header). */
const SEG2 = "000000000002.log";

describe("verifyAuditDir", () => {
  it("verifies an untouched store and reports the open segment's unsigned tail apart", async () => {
    const report = await verifyAuditDir(store.dir);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.records).toBe(90);
    expect(report.firstSeq).toBe(1);
    expect(report.lastSeq).toBe(90);
    expect(report.segments).toEqual({ count: 5, first: 1, last: 5 });
    expect(report.signedThroughSeq).toBe(80);
    expect(report.unsignedTail).toEqual({ file: "000000000005.log", fromLine: 2, records: 10, firstSeq: 81, lastSeq: 90 });
    expect(report.key.source).toBe("store");
  });

  it("one byte edited: names the line after it, which no longer chains", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 2);
    expect(lines[4]).toContain('"project":"SUP"');
    lines[4] = lines[4]!.replace('"project":"SUP"', '"project":"SUQ"');
    await writeSegmentLines(dir, 2, lines);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: SEG2, line: 6, message: expect.stringContaining(`${SEG2}:5`) });
    expect(report.problems).toHaveLength(1);
  });

  it("one line deleted: names the spot and the missing seq", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 2);
    const seq = (JSON.parse(lines[4]!) as { seq: number }).seq;
    lines.splice(4, 1);
    await writeSegmentLines(dir, 2, lines);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: SEG2, line: 5, seq: seq + 1 });
    expect(report.problems.some((p) => p.line === 5 && p.message.includes("1 record(s) missing"))).toBe(true);
  });

  it("two lines swapped: names both", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 2);
    [lines[4], lines[5]] = [lines[5]!, lines[4]!];
    await writeSegmentLines(dir, 2, lines);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: SEG2, line: 5 });
    expect(report.problems.map((p) => p.line)).toContain(6);
    expect(report.problems.some((p) => p.message.includes("reordered"))).toBe(true);
  });

  it("a closed segment truncated: names the segment and the next header", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 2);
    await writeSegmentLines(dir, 2, lines.slice(0, -3));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: SEG2, line: lines.length - 3, message: expect.stringContaining("truncated") });
    expect(report.problems[1]).toMatchObject({ file: "000000000003.log", line: 1 });
  });

  it("a segment truncated mid-line: a torn line in a closed segment", async () => {
    const dir = await copyStore(store.dir);
    await truncate(segmentPath(dir, 3), 700);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]?.file).toBe("000000000003.log");
    expect(report.problems[0]?.message).toContain("torn");
  });

  it("a middle segment removed: names it", async () => {
    const dir = await copyStore(store.dir);
    await rm(segmentPath(dir, 2));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: "000000000003.log", line: 1, message: expect.stringContaining(`${SEG2} missing`) });
  });

  it("the newest closed segment removed: names it", async () => {
    const dir = await copyStore(store.dir);
    await rm(segmentPath(dir, 4));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: "000000000005.log", message: expect.stringContaining("000000000004.log missing") });
  });

  it("the first segment removed without a retention marker: names it", async () => {
    const dir = await copyStore(store.dir);
    await rm(segmentPath(dir, 1));
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]?.message).toContain("000000000001.log are missing and there is no retention.json");
  });

  describe("the end of the store, checked against the signed head", () => {
    // Every line chains to the one before it, so only the end can go unnoticed: the whole
    // newest segment deleted, or the store cut back to an earlier checkpoint, still chains.
    let closed: string;
    beforeAll(async () => {
      const built = await buildStore();
      await built.log.close(); // segment 5 ends with a final checkpoint at seq 90: the head
      closed = built.dir;
    });

    it("an untouched store reaches its head", async () => {
      const report = await verifyAuditDir(closed);
      expect(report.problems).toEqual([]);
      expect(report.head).toMatchObject({ segment: 5, seq: 90, found: true });
    });

    it("the newest segment removed whole: head.json names it", async () => {
      const dir = await copyStore(closed);
      await rm(segmentPath(dir, 5));
      const report = await verifyAuditDir(dir);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        { file: "head.json", message: expect.stringMatching(/names segment 000000000005\.log, seq 90 .*that segment is missing/) },
      ]);
      // And the writer refuses to open it: a fresh checkpoint would seal the loss.
      await expect(AuditLog.open({ dir, signingKeyFile: keyOf(closed) })).rejects.toThrow(
        /head\.json says the trail reached seq 90 in segment 5, but the store ends at seq 80/,
      );
    });

    it("the newest segment cut back by whole lines: names the seq the store should reach", async () => {
      const dir = await copyStore(closed);
      const lines = await segmentLines(dir, 5);
      await writeSegmentLines(dir, 5, lines.slice(0, -4)); // the final checkpoint and 3 records
      const report = await verifyAuditDir(dir);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        { file: "head.json", message: expect.stringMatching(/names segment 000000000005\.log, seq 90 .*the store ends at seq 87/) },
      ]);
    });

    it("a store cut back is refused before the writer writes anything to it", async () => {
      const dir = await copyStore(closed);
      const lines = await segmentLines(dir, 5);
      await writeSegmentLines(dir, 5, lines.slice(0, -4));
      const before = await readFile(segmentPath(dir, 5));
      await expect(AuditLog.open({ dir, signingKeyFile: keyOf(closed) })).rejects.toThrow(/the store ends at seq 87/);
      // No final checkpoint sealed the cut: the evidence stays as the attacker left it.
      expect(await readFile(segmentPath(dir, 5))).toEqual(before);
    });

    it("head.json deleted with the newest segment: the writer refuses, as verify does", async () => {
      const dir = await copyStore(closed);
      await rm(segmentPath(dir, 5));
      await rm(join(dir, "head.json"));
      expect((await verifyAuditDir(dir)).problems).toEqual([{ file: "head.json", message: expect.stringContaining("missing") }]);
      // Opening used to write a fresh head for the shortened store, after which verify passed.
      await expect(AuditLog.open({ dir, signingKeyFile: keyOf(closed) })).rejects.toThrow(/head\.json is missing, but the store holds checkpoints/);
      expect((await verifyAuditDir(dir)).problems).toEqual([{ file: "head.json", message: expect.stringContaining("missing") }]);
    });

    it("records added after a clean shutdown: verify and the writer both say so", async () => {
      // A segment that chains to the closed store's final checkpoint, as a forger would write
      // one (the chain is public; only checkpoints are signed): taken here from a copy that a
      // writer reopened and appended to.
      const reopened = await copyStore(closed);
      const writer = await AuditLog.open({ dir: reopened, signingKeyFile: keyOf(closed) });
      for (let i = 91; i <= 93; i++) writer.append(decisionRecord(i));
      await writer.flush();
      const dir = await copyStore(closed);
      await copyFile(segmentPath(reopened, 6), segmentPath(dir, 6));
      const crashed = await copyStore(reopened); // the writer's store as a crash would leave it
      await writer.close();

      const report = await verifyAuditDir(dir);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        {
          file: "head.json",
          message: expect.stringMatching(/closed at seq 90 in segment 000000000005\.log by a clean shutdown, but the store goes on to seq 93/),
        },
      ]);
      await expect(AuditLog.open({ dir, signingKeyFile: keyOf(closed) })).rejects.toThrow(/records were added while no writer ran/);

      // Written by a writer that then crashed, the same records are its unsigned tail: its start
      // had reopened the head. The next start seals them.
      expect((await verifyAuditDir(crashed)).problems).toEqual([]);
      const recovered = await AuditLog.open({ dir: crashed, signingKeyFile: keyOf(closed) });
      expect(recovered.opened).toMatchObject({ recoveredSegment: 6, lastSeq: 93 });
      await recovered.close();
      expect((await verifyAuditDir(crashed)).problems).toEqual([]);

      // A writer that stops having written nothing closes the head again.
      const idle = await copyStore(closed);
      await (await AuditLog.open({ dir: idle, signingKeyFile: keyOf(closed) })).close();
      await copyFile(segmentPath(reopened, 6), segmentPath(idle, 6));
      expect((await verifyAuditDir(idle)).ok).toBe(false);
    });

    it("head.json removed or forged: says so", async () => {
      const gone = await copyStore(closed);
      await rm(join(gone, "head.json"));
      expect((await verifyAuditDir(gone)).problems).toEqual([{ file: "head.json", message: expect.stringContaining("missing") }]);
      const forged = await copyStore(closed);
      const head = JSON.parse(await readFile(join(forged, "head.json"), "utf8")) as { seq: number };
      await writeFile(join(forged, "head.json"), JSON.stringify({ ...head, seq: 80 }));
      expect((await verifyAuditDir(forged)).problems).toEqual([{ file: "head.json", message: expect.stringContaining("bad signature") }]);
      await expect(AuditLog.open({ dir: forged, signingKeyFile: keyOf(closed) })).rejects.toThrow(/head\.json has a bad signature/);
    });
  });
  it("an edit with the chain recomputed: the checkpoints' signatures no longer verify", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 3);
    lines[3] = lines[3]!.replace('"decision":"allow"', '"decision":"deny"');
    await writeSegmentLines(dir, 3, lines);
    await rechainWithForeignKey(dir, false);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: "000000000001.log", message: expect.stringContaining("forged") });
    expect(report.problems.every((p) => p.message.includes("forged"))).toBe(true);
  });

  it("a store rewritten under a foreign key passes only without a pinned key", async () => {
    const pinned = join(store.dir, "audit-signing.pub");
    const dir = await copyStore(store.dir);
    await rechainWithForeignKey(dir, true);
    expect((await verifyAuditDir(dir)).ok).toBe(true); // the store's own key proves nothing
    const report = await verifyAuditDir(dir, { publicKeyFile: pinned });
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ file: "000000000001.log", line: 1, message: expect.stringContaining("signed with key") });
  });

  it("a forged checkpoint: names its line", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 3);
    const last = JSON.parse(lines.at(-1)!) as { sig: string; t: string };
    expect(last.t).toBe("ckpt");
    // Same checkpoint, the signature of another one: valid base64url, wrong bytes.
    last.sig = (JSON.parse((await segmentLines(dir, 2)).at(-1)!) as { sig: string }).sig;
    lines[lines.length - 1] = JSON.stringify(last);
    await writeSegmentLines(dir, 3, lines);
    const report = await verifyAuditDir(dir);
    expect(report.problems[0]).toMatchObject({ file: "000000000003.log", line: lines.length, message: expect.stringContaining("forged") });
  });
});

describe("portcullis audit verify", () => {
  it("exits 0 on an intact store and reports the unsigned tail", async () => {
    const run = await runCli(["audit", "verify", store.dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("OK");
    expect(run.stdout).toContain("unsigned tail: 10 record(s) (seq 81–90) in 000000000005.log from line 2");
    expect(run.stdout).toMatch(/head: seq 80 in segment 4, signed \S+ — the store reaches it/);
    expect(run.stdout).toContain("pin the key with --public-key");
  });

  it("exits 1 and names the spot; --format json carries the same", async () => {
    const dir = await copyStore(store.dir);
    const lines = await segmentLines(dir, 2);
    lines[4] = lines[4]!.replace("ticket", "tickeT");
    await writeSegmentLines(dir, 2, lines);
    const pub = join(store.dir, "audit-signing.pub");
    const text = await runCli(["audit", "verify", dir, "--public-key", pub]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`${SEG2}:6 (seq 25): does not chain to ${SEG2}:5`);
    expect(text.stderr).toContain("pinned");
    const json = await runCli(["audit", "verify", dir, "--format", "json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems[0]).toMatchObject({ file: SEG2, line: 6, seq: 25 });
  });

  it("usage errors exit 2; an unreadable key exits 1", async () => {
    expect((await runCli(["audit"])).code).toBe(2);
    expect((await runCli(["audit", "verify"])).code).toBe(2);
    const missing = await runCli(["audit", "verify", store.dir, "--public-key", join(store.dir, "nope.pem")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read the public key");
    const empty = join(store.dir, "..", "empty.pub");
    await writeFile(empty, "not a key");
    expect((await runCli(["audit", "verify", store.dir, "--public-key", empty])).stderr).toContain("not a PEM public key");
  });
});
