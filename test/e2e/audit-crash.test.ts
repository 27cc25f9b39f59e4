/**
 * The audit log under a real crash: a child process appends as fast as it can and reports
 * what the log acknowledged (sync: the append resolved) or wrote (async: the record reached
 * the sinks, which happens after the write). The test kills it with SIGKILL mid-load, then
 * checks the directory: every acknowledged record is on disk, the records form an unbroken
 * prefix, the chain verifies, and reopening repairs the tail and continues. SIGTERM drains:
 * every appended record is on disk and the store is closed with a final checkpoint.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, readRecords, verifyAuditDir } from "@portcullis/sidecar";
import { freshAuditDir } from "../helpers/audit-store.js";
import { REPO } from "../helpers/paths.js";

const CHILD = join(REPO, "test", "fixtures", "audit-writer-child.mjs");

/** Starts the writer and collects the numbers it reports under `kind`. */
function startWriter(dir: string, mode: "async" | "sync") {
  const child: ChildProcess = spawn(process.execPath, [CHILD, dir, mode], { stdio: ["ignore", "pipe", "inherit"] });
  const reported: number[] = [];
  let closed: number | undefined;
  let buffered = "";
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      const [word, n] = line.split(" ");
      if (word === "ack" || word === "committed") reported.push(Number(n));
      if (word === "closed") closed = Number(n);
    }
    for (const w of [...waiters]) if (w.test()) w.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    reported,
    exited,
    closed: () => closed,
    until: (test: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        if (test()) return resolve();
        waiters.push({ test, resolve });
        void exited.then(() => reject(new Error("the writer exited early")));
      }),
  };
}

async function decisionIds(dir: string): Promise<number[]> {
  const ids: number[] = [];
  for await (const e of readRecords(dir)) ids.push(Number(e.record.decisionId!.slice(2)));
  return ids;
}

describe("audit log crash safety", () => {
  it("sync mode, kill -9 under load: every acknowledged record is on disk and the chain verifies", async () => {
    const dir = await freshAuditDir();
    const writer = startWriter(dir, "sync");
    await writer.until(() => writer.reported.length >= 2000);
    writer.child.kill("SIGKILL");
    await writer.exited;
    const acked = [...writer.reported];
    const before = await verifyAuditDir(dir);
    expect(before.problems).toEqual([]);
    const ids = await decisionIds(dir);
    const onDisk = new Set(ids);
    expect(acked.filter((n) => !onDisk.has(n))).toEqual([]);
    // Reopening repairs the tail, closes the crashed segment and continues the chain.
    const log = await AuditLog.open({ dir });
    expect(log.opened.lastSeq).toBe(ids.length);
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: ids.length, closed: true });
  });

  it("async mode, kill -9 under load: what the log reported written is on disk, the rest is an unbroken prefix", async () => {
    const dir = await freshAuditDir();
    const writer = startWriter(dir, "async");
    await writer.until(() => (writer.reported.at(-1) ?? 0) >= 20_000);
    writer.child.kill("SIGKILL");
    await writer.exited;
    const written = Math.max(...writer.reported);
    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    const ids = await decisionIds(dir);
    // Records 1..k in order: nothing lost in the middle; the loss is only at the end, after
    // the last write the log reported (the flush window).
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    expect(ids.length).toBeGreaterThanOrEqual(written);
    const log = await AuditLog.open({ dir });
    await log.close();
    expect(await verifyAuditDir(dir)).toMatchObject({ ok: true, records: ids.length });
  });

  it("SIGTERM drains: every appended record is on disk and the store is closed", async () => {
    const dir = await freshAuditDir();
    const writer = startWriter(dir, "async");
    await writer.until(() => (writer.reported.at(-1) ?? 0) >= 5000);
    writer.child.kill("SIGTERM");
    expect(await writer.exited).toBe(0);
    const appended = writer.closed();
    expect(appended).toBeGreaterThanOrEqual(5000);
    const report = await verifyAuditDir(dir);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, records: appended, lastSeq: appended, closed: true, signedThroughSeq: appended });
    expect(report.unsignedTail).toBeUndefined();
  });
});
