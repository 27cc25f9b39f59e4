/**
 * The audit writer against a real directory: group commit, sinks, sync durability, rotation,
 * retention with its signed marker, crash repair on open, a full queue and a failing disk
 * (refused with AuditUnavailableError, then recovery without a restart), readRecords.
 */
import { appendFile, mkdir, readFile, rmdir, stat, symlink, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  AuditLog,
  type AuditHealth,
  type AuditRecord,
  type AuditRecordEntry,
  AuditUnavailableError,
  type CommittedAuditRecord,
  listSegments,
  readRecords,
  segmentPath,
  verifyAuditDir,
} from "@portcullis/sidecar";
import { decisionRecord, freshAuditDir } from "../../helpers/audit-store.js";

/** Resolves when `predicate` holds for a state change of `log`. */
function stateChange(log: AuditLog, predicate: (h: AuditHealth) => boolean): Promise<AuditHealth> {
  return new Promise((resolve) => {
    const off = log.onStateChange((h) => {
      if (predicate(h)) {
        off();
        resolve(h);
      }
    });
  });
}

describe("AuditLog", () => {
  it("writes a verifiable store, keeps the key 0600 and hands committed records to sinks in order", async () => {
    const dir = await freshAuditDir();
    const seen: CommittedAuditRecord[] = [];
    const log = await AuditLog.open({
      dir,
      sinks: [
        { export: (r) => seen.push(r) },
        {
          export: () => {
            throw new Error("a broken sink");
          },
        },
      ],
    });
    for (let i = 1; i <= 500; i++) expect(log.append(decisionRecord(i))).toBeUndefined();
    await log.flush();
    expect(seen.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(seen[41]).toMatchObject({ seq: 42, decisionId: "d-42", arguments: { project: "SUP", summary: "ticket 42" } });
    await log.close();
    expect(log.health.state).toBe("closed");
    expect(() => log.append(decisionRecord(501))).toThrow(AuditUnavailableError);
    expect((await stat(join(dirname(dir), "audit-signing.key"))).mode & 0o777).toBe(0o600);
    const report = await verifyAuditDir(dir);
    expect(report).toMatchObject({ ok: true, records: 500, lastSeq: 500, signedThroughSeq: 500, closed: true });
    const back: AuditRecordEntry[] = [];
    for await (const entry of readRecords(dir)) back.push(entry);
    expect(back.map((e) => e.record)).toEqual(Array.from({ length: 500 }, (_, i) => decisionRecord(i + 1, back[i]!.record.ts)));
    const text = await readFile(segmentPath(dir, 1));
    expect(text.toString("utf8", back[9]!.offset, back[9]!.offset + back[9]!.length)).toMatch(
      /^\{"t":"rec","seq":10,"prev":"[0-9a-f]{64}","ts":\d+,"event":"authorize","decisionId":"d-10",/,
    );
  });

  it("sync mode: append resolves once durable; concurrent appends share one batch", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync" });
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(decisionRecord(i + 1))));
    expect(log.health.lastSeq).toBe(200);
    // 200 appends in one tick: one batch, so the segment holds the header, the store's
    // creation (a checkpoint of 0 records) and the records only.
    const lines = (await readFile(segmentPath(dir, 1), "utf8")).split("\n");
    expect(lines.length - 1).toBe(202);
    await log.close();
    expect((await verifyAuditDir(dir)).ok).toBe(true);
  });

  it("sync mode never stalls: appends trickling in between checkpoint-driven batches all resolve", async () => {
    // The bench found a sync sidecar that stopped answering. A flush timer that fired after a
    // checkpoint's batch had already drained the queue left a settled promise as the running
    // batch, and every later append waited forever. A 1 ms checkpoint interval makes that
    // interleaving happen within a few thousand appends.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync", checkpointIntervalMs: 1 });
    const total = 3000;
    let resolved = 0;
    const acks: Promise<void>[] = [];
    for (let i = 1; i <= total; i++) {
      acks.push((log.append(decisionRecord(i)) as Promise<void>).then(() => void resolved++));
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, i % 2));
      if (i % 7 === 0) await new Promise((r) => setImmediate(r));
    }
    // Not a speed claim: the guard only turns a stall into a failure that says what happened.
    const stalled = new Promise<"stalled">((r) => setTimeout(() => r("stalled"), 30_000).unref());
    const outcome = await Promise.race([Promise.all(acks).then(() => "all resolved" as const), stalled]);
    expect(outcome, `${total - resolved} appends never resolved; ${log.health.queuedRecords} records still queued`).toBe("all resolved");
    expect(log.health.lastSeq).toBe(total);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: total });
  });

  it("async mode writes every few milliseconds and fdatasyncs at most syncIntervalMs later; flush() syncs", async () => {
    const until = async (what: string, done: () => boolean) => {
      // Not a speed claim: the guard only turns a hang into a readable failure.
      const deadline = Date.now() + 30_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`${what} did not happen`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const dir = await freshAuditDir();
    const lazy = await AuditLog.open({ dir, mode: "async", syncIntervalMs: 3_600_000 });
    for (let i = 1; i <= 10; i++) lazy.append(decisionRecord(i));
    await until("the write", () => lazy.health.lastSeq === 10);
    // Written (a kill -9 would not lose it) but not yet fdatasync'ed (a machine crash might).
    expect(lazy.health.syncedSeq).toBeLessThan(10);
    await lazy.flush();
    expect(lazy.health.syncedSeq).toBe(10);
    await lazy.close();

    const dir2 = await freshAuditDir();
    const timed = await AuditLog.open({ dir: dir2, mode: "async", syncIntervalMs: 20 });
    for (let i = 1; i <= 10; i++) timed.append(decisionRecord(i));
    await until("the timed fdatasync", () => timed.health.syncedSeq === 10);
    await timed.close();
    expect(await verifyAuditDir(dir2)).toMatchObject({ ok: true, records: 10 });
  });

  it("async mode paces its batches: a record that arrives during a write waits for the next flush interval", async () => {
    // A steady trickle of calls used to get a write nearly each: whatever arrived while a
    // batch was being written went out at once, and every write costs the caller's thread a
    // thread-pool round trip. Now it waits for the flush interval (an hour here) — unless a
    // caller asks for it (flush), the queue grows large, or the log closes.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "async", flushIntervalMs: 3_600_000 });
    log.append(decisionRecord(1));
    const first = log.flush();
    await new Promise((r) => setTimeout(r, 0)); // the flush's batch has been taken: its write is under way (or done, on a fast disk)
    expect(log.health.queuedRecords).toBe(0);
    log.append(decisionRecord(2)); // queued while (or just after) the first batch is written
    await first;
    await new Promise((r) => setImmediate(r));
    expect(log.health).toMatchObject({ lastSeq: 1, queuedRecords: 1 });
    await log.flush();
    expect(log.health).toMatchObject({ lastSeq: 2, queuedRecords: 0 });
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 2 });
  });

  it("async mode pushes back before it refuses: a caller that never yields still gets every record written", async () => {
    // An embedded host in a tight in-memory loop never lets the flush timer run. Past half the
    // queue, append returns a promise that resolves once the queue has been written; awaiting
    // it (as a decision does) is what lets the writer in. Without it, this loop fills the
    // queue and the appends are refused.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "async", maxQueueRecords: 100 });
    let waited = 0;
    for (let i = 1; i <= 2000; i++) {
      const pending = log.append(decisionRecord(i));
      if (pending) {
        waited++;
        await pending;
      }
    }
    expect(waited).toBeGreaterThan(0);
    expect(log.health.state).toBe("ready");
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 2000 });
  });

  it("hands the event loop back while it finishes a batch, so calls arriving meanwhile are not held up", async () => {
    // Each record's deferred work (masking its arguments, in the sidecar) takes 2 ms here. A
    // batch finished in one go would hold the event loop for all 20 of them (40 ms); the
    // writer lets pending I/O run between records once its turn has lasted 50 µs. A chain of
    // setImmediate callbacks stands in for the calls: it must run between the records.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "async", flushIntervalMs: 3_600_000 });
    const order: string[] = [];
    const slow = {
      addsAtMost: 64,
      finish: (record: AuditRecord) => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        record.arguments = { masked: true };
        order.push("record");
      },
    };
    for (let i = 1; i <= 20; i++) log.append(decisionRecord(i), slow);
    let flushed = false;
    const flush = log.flush().then(() => (flushed = true));
    const tick = () => {
      order.push("io");
      if (!flushed) setImmediate(tick);
    };
    setImmediate(tick);
    await flush;
    const first = order.indexOf("record");
    const last = order.lastIndexOf("record");
    expect(order.filter((o) => o === "record")).toHaveLength(20);
    // Other work ran between the batch's first and last record, more than once.
    expect(order.slice(first, last).filter((o) => o === "io").length).toBeGreaterThanOrEqual(10);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 20 });
  });

  it("finishes a long backlog in longer turns, so records do not wait in the queue while calls keep coming", async () => {
    // Under a closed-loop load the event loop always has calls to answer; at 50 µs per turn the
    // writer fell behind them (records waited ~1 s and were promoted to the old generation).
    // With 2,000 records of ~20 µs each, 50 µs turns take ~650 of them; turns that grow with
    // the backlog take a few dozen. Calls (the setImmediate chain) still run between turns.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "async", flushIntervalMs: 3_600_000 });
    const order: string[] = [];
    const work = {
      addsAtMost: 64,
      finish: (record: AuditRecord) => {
        const until = performance.now() + 0.02;
        while (performance.now() < until);
        record.arguments = { masked: true };
        order.push("record");
      },
    };
    for (let i = 1; i <= 2000; i++) log.append(decisionRecord(i), work);
    let flushed = false;
    const flush = log.flush().then(() => (flushed = true));
    const tick = () => {
      order.push("io");
      if (!flushed) setImmediate(tick);
    };
    setImmediate(tick);
    await flush;
    const first = order.indexOf("record");
    const last = order.lastIndexOf("record");
    const turns = order.slice(first, last).filter((o) => o === "io").length;
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(turns).toBeLessThan(300);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 2000 });
  });

  it("rotates by size, continues the chain across segments and reopens into a new segment", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, segmentMaxBytes: 4096 });
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 20; i++) log.append(decisionRecord(round * 20 + i + 1));
      await log.flush();
    }
    await log.close();
    expect((await listSegments(dir)).length).toBeGreaterThanOrEqual(3);
    const again = await AuditLog.open({ dir });
    expect(again.opened).toEqual({ repairedBytes: 0, lastSeq: 120, segment: (await listSegments(dir)).at(-1)! + 1 });
    await again.append(decisionRecord(121));
    await again.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 121, lastSeq: 121 });
  });

  it("rotates by age and retention deletes old segments behind a signed marker that verify accepts", async () => {
    const dir = await freshAuditDir();
    let now = 1_700_000_000_000;
    const log = await AuditLog.open({ dir, now: () => now, segmentMaxAgeMs: 60_000, retention: { maxAgeMs: 5_400_000 } });
    for (let hour = 0; hour < 6; hour++) {
      for (let i = 0; i < 10; i++) log.append(decisionRecord(hour * 10 + i + 1, now));
      await log.flush();
      now += 3_600_000; // each flush is an hour after the last: every batch rotates
    }
    log.append(decisionRecord(61, now));
    await log.close();
    const segments = await listSegments(dir);
    expect(segments[0]).toBeGreaterThan(1);
    const marker = JSON.parse(await readFile(join(dir, "retention.json"), "utf8"));
    expect(marker.firstSegment).toBe(segments[0]);
    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    expect(report.retention?.firstSegment).toBe(segments[0]);
    // The records kept are the newest ones; sinceMs skips by segment time and filters by ts.
    const kept: (string | undefined)[] = [];
    for await (const e of readRecords(dir, { sinceMs: now - 3_600_000 })) kept.push(e.record.decisionId);
    expect(kept).toEqual(Array.from({ length: 11 }, (_, i) => `d-${51 + i}`));
    // Removing one more segment by hand is a gap retention did not sign.
    await (await import("node:fs/promises")).rm(segmentPath(dir, segments[0]!));
    const tampered = await verifyAuditDir(dir);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems[0]?.message).toContain("missing");
  });

  it("retention by total size keeps the store under the bound", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, segmentMaxBytes: 2048, retention: { maxTotalBytes: 8192 } });
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 10; i++) log.append(decisionRecord(round * 10 + i + 1));
      await log.flush();
    }
    await log.close();
    const segments = await listSegments(dir);
    let total = 0;
    for (const s of segments) total += (await stat(segmentPath(dir, s))).size;
    expect(segments[0]).toBeGreaterThan(1);
    expect(total).toBeLessThanOrEqual(8192 + 4096);
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, lastSeq: 120 });
  });

  it("retention applies a bound below one segment, but never deletes the newest closed segment (it holds the head)", async () => {
    // A size bound smaller than one segment asks to delete every closed segment at each
    // rotation; that used to fail silently (nothing was ever deleted).
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, segmentMaxBytes: 1024, retention: { maxTotalBytes: 100 } });
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 10; i++) log.append(decisionRecord(round * 10 + i + 1));
      await log.flush();
    }
    await log.close();
    const kept = await listSegments(dir);
    expect(kept.length).toBeLessThanOrEqual(2); // a bound below one segment: only the newest survive
    expect(kept[0]).toBeGreaterThan(1);
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, lastSeq: 60, head: { found: true } });
    const reopened = await AuditLog.open({ dir, retention: { maxTotalBytes: 100 } });
    reopened.append(decisionRecord(61));
    await reopened.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, lastSeq: 61 });
  });

  it("repairs a torn last line after a crash, closes that segment and continues the chain", async () => {
    const dir = await freshAuditDir();
    // This writer "crashes": it is never closed, and no checkpoint timer of its fires in the test.
    const log = await AuditLog.open({ dir, checkpointIntervalMs: 3_600_000 });
    for (let i = 1; i <= 30; i++) log.append(decisionRecord(i));
    await log.flush();
    // What a crash in the middle of a write leaves: a line without its end.
    const torn = '{"t":"rec","seq":31,"prev":"00';
    await appendFile(segmentPath(dir, 1), torn);
    const before = await verifyAuditDir(dir);
    // Line 1 the header, 2 the store's creation, 3–32 the records.
    expect(before.tornTail).toEqual({ file: "000000000001.log", line: 33, bytes: torn.length });
    const reopened = await AuditLog.open({ dir });
    expect(reopened.opened).toEqual({ repairedBytes: torn.length, recoveredSegment: 1, lastSeq: 30, segment: 2 });
    await reopened.append(decisionRecord(31));
    await reopened.close();
    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, records: 31, lastSeq: 31 });
  });

  it("runs deferred work once, shortly after the append (not at its batch): records and sinks get what it adds", async () => {
    const dir = await freshAuditDir();
    const seen: CommittedAuditRecord[] = [];
    const log = await AuditLog.open({ dir, flushIntervalMs: 60_000, sinks: [{ export: (r) => seen.push(r) }] });
    let finished = 0;
    const work = (summary: string) => ({
      addsAtMost: 100,
      finish: (r: AuditRecord) => {
        finished++;
        r.arguments = { summary };
      },
    });
    const { arguments: _, ...bare } = decisionRecord(1);
    log.append({ ...bare }, work("masked one"));
    log.append(decisionRecord(2));
    log.append(
      { ...bare, decisionId: "d-3" },
      {
        addsAtMost: 10,
        finish: (r) => {
          r.arguments = { half: "done" };
          throw new Error("a bug in the work");
        },
      },
    );
    expect(finished).toBe(0); // nothing on the decision's path
    expect(log.health.queuedBytes).toBeGreaterThanOrEqual(2 * 1024); // pending records count an estimate
    // Shortly after, the work has run and the queue holds encoded bytes (what waits for the
    // disk is never a record object: it would live long enough to be promoted), counted as
    // what they are; nothing is written before the flush interval. (A 20 ms timer fires after
    // the log's 1 ms one: timers run in order of expiry.)
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(1);
    expect(log.health).toMatchObject({ queuedRecords: 3, lastSeq: 0 });
    expect(log.health.queuedBytes).toBeLessThan(1024);
    await log.flush();
    expect(finished).toBe(1);
    const back: AuditRecord[] = [];
    for await (const e of readRecords(dir)) back.push(e.record);
    expect(back[0]).toMatchObject({ decisionId: "d-1", arguments: { summary: "masked one" } });
    expect(back[1]).toMatchObject({ decisionId: "d-2", arguments: { project: "SUP" } });
    expect(back[2]!.decisionId).toBe("d-3");
    expect(back[2]).not.toHaveProperty("arguments"); // failed work adds nothing half-done
    expect(seen.map((r) => r.arguments)).toEqual([{ summary: "masked one" }, decisionRecord(2).arguments, undefined]);
    expect(() => log.append({ ts: Number.NaN, event: "authorize" }, work("x"))).toThrow(TypeError);
    await log.close();
    expect((await verifyAuditDir(dir)).ok).toBe(true);
  });

  it("finishes the records of a steady trickle together, not one after each call", async () => {
    // One record per turn of the event loop, as a single connection's calls bring them: run on
    // the very next turn, each record's work sat between one answer and the next call. They
    // wait for one turn of their own instead, after the calls between them.
    // The log's clock is a fake one while the calls run: on a busy machine five turns of the
    // event loop can take longer than the 1 ms the work waits, and the test is about order,
    // not about how fast a machine turns its loop.
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, flushIntervalMs: 60_000 });
    const order: string[] = [];
    const work = { addsAtMost: 64, finish: () => void order.push("record") };
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      for (let i = 1; i <= 5; i++) {
        log.append(decisionRecord(i), work);
        order.push("call");
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(order).toEqual(["call", "call", "call", "call", "call"]);
      vi.advanceTimersByTime(20);
    } finally {
      vi.useRealTimers();
    }
    // A turn is cut short after MAX_TURN_MS of wall time (a loaded machine can take that for
    // one record): the rest then follows on the next turns of the event loop — after the calls,
    // which is what matters here.
    for (let turn = 0; turn < 100 && order.length < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["call", "call", "call", "call", "call", "record", "record", "record", "record", "record"]);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: 5 });
  });

  it("counts deferred work's estimate against the queue's byte bound", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, maxQueueBytes: 64 * 1024, flushIntervalMs: 60_000 });
    const big = { addsAtMost: 40 * 1024, finish: () => undefined };
    log.append(decisionRecord(1), big);
    expect(() => log.append(decisionRecord(2), big)).toThrow(AuditUnavailableError);
    await log.close();
  });

  it("a full queue refuses with AuditUnavailableError and takes records again once drained", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, maxQueueRecords: 10, flushIntervalMs: 60_000 });
    const unavailable = stateChange(log, (h) => h.state === "unavailable");
    for (let i = 1; i <= 10; i++) log.append(decisionRecord(i));
    let refused: unknown;
    try {
      log.append(decisionRecord(11));
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(AuditUnavailableError);
    expect((refused as AuditUnavailableError).kind).toBe("queue-full");
    expect((refused as Error).message).toContain(dir);
    expect(await unavailable).toMatchObject({ state: "unavailable", kind: "queue-full" });
    const ready = stateChange(log, (h) => h.state === "ready");
    await log.flush();
    await ready;
    log.append(decisionRecord(11));
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, lastSeq: 11 });
  });

  it("a disk error refuses records with a clear message, and the log recovers without a restart", async () => {
    for (const mode of ["async", "sync"] as const) {
      const dir = await freshAuditDir();
      const log = await AuditLog.open({ dir, mode, segmentMaxBytes: 2048, retryIntervalMs: 20 });
      // Root-proof: a directory where the next segment must go cannot be opened as a file, by anyone.
      await mkdir(segmentPath(dir, 2));
      const down = stateChange(log, (h) => h.state === "unavailable");
      const first = Array.from({ length: 20 }, (_, i) => log.append(decisionRecord(i + 1)));
      await Promise.all(first);
      await log.flush(); // segment 1 is full: the log rotated and closed it
      const second = log.append(decisionRecord(21)); // the first record of segment 2: its file cannot be created
      if (mode === "sync") await expect(second).rejects.toBeInstanceOf(AuditUnavailableError);
      const health = await down;
      expect(health).toMatchObject({ state: "unavailable", kind: "disk" });
      expect(health.message).toContain("EISDIR");
      let refused: unknown;
      try {
        await log.append(decisionRecord(22));
      } catch (err) {
        refused = err;
      }
      expect(refused).toBeInstanceOf(AuditUnavailableError);
      expect((refused as Error).message).toMatch(/audit log .* cannot write: EISDIR writing .*000000000002\.log; make the directory writable/);
      // The operator fixes it; no restart.
      const up = stateChange(log, (h) => h.state === "ready");
      await rmdir(segmentPath(dir, 2));
      await up;
      await log.append(decisionRecord(mode === "sync" ? 21 : 22));
      await log.close();
      const report = await verifyAuditDir(dir);
      expect(report.problems).toEqual([]);
      const ids: (string | undefined)[] = [];
      for await (const e of readRecords(dir)) ids.push(e.record.decisionId);
      // Async: record 21 was accepted before the failure and is written after it; sync: it was refused.
      expect(ids).toEqual(Array.from({ length: 21 }, (_, i) => `d-${i + 1}`).concat(mode === "async" ? ["d-22"] : []));
    }
  });

  it("a full disk (ENOSPC) refuses records, loses none already accepted, and recovers once there is space", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, segmentMaxBytes: 2048, retryIntervalMs: 20 });
    // /dev/full answers every write with ENOSPC: the next segment lands on a "full disk".
    await symlink("/dev/full", segmentPath(dir, 2));
    const down = stateChange(log, (h) => h.state === "unavailable");
    for (let i = 1; i <= 20; i++) log.append(decisionRecord(i));
    await log.flush(); // segment 1 is full and closed
    log.append(decisionRecord(21)); // accepted (async): it must survive the full disk
    const health = await down;
    expect(health).toMatchObject({ state: "unavailable", kind: "disk" });
    expect(health.message).toContain("ENOSPC");
    expect(() => log.append(decisionRecord(22))).toThrow(/cannot write: ENOSPC .*free space on its disk/);
    const up = stateChange(log, (h) => h.state === "ready");
    await unlink(segmentPath(dir, 2)); // space again
    await up;
    log.append(decisionRecord(22));
    await log.close();
    expect((await verifyAuditDir(dir)).problems).toEqual([]);
    const ids: (string | undefined)[] = [];
    for await (const e of readRecords(dir)) ids.push(e.record.decisionId);
    expect(ids).toEqual(Array.from({ length: 22 }, (_, i) => `d-${i + 1}`));
  });

  it("refuses to open with a signing key that is not the store's", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir });
    await log.close();
    const other = join(dirname(dir), "other.key");
    await expect(AuditLog.open({ dir, signingKeyFile: other })).rejects.toThrow(/is not the key of the store/);
  });
});

describe("AuditUnavailableError", () => {
  it("is a ConnectError with code Unavailable, and only ours match instanceof", async () => {
    const { Code, ConnectError } = await import("@connectrpc/connect");
    const err = new AuditUnavailableError("audit log x cannot write", "disk", "x");
    expect(err).toBeInstanceOf(ConnectError);
    expect(err).toBeInstanceOf(AuditUnavailableError);
    expect(err.code).toBe(Code.Unavailable);
    expect(new ConnectError("other", Code.Unavailable)).not.toBeInstanceOf(AuditUnavailableError);
  });
});
