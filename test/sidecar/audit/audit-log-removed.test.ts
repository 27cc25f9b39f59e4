/**
 * The audit writer when its store's files are removed under it (real files, real writer): the
 * whole directory, or only the open segment. The next batch notices (nothing is left going to
 * a deleted file), decisions are refused with a message that says what happened and what to
 * do, and once the directory exists again the log resumes without a restart — in a new
 * segment whose signed header records the gap, which `verifyAuditDir` reports as the loss it
 * is. A directory that another writer took meanwhile is not resumed into. Closing a log whose
 * store is gone gives up at once and says why, instead of waiting out the deadline.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  AuditLog,
  type AuditHealth,
  AuditUnavailableError,
  listSegments,
  lockAuditDir,
  publicKeyFile,
  readRecords,
  segmentPath,
  verifyAuditDir,
} from "@portcullis/sidecar";
import { decisionRecord, freshAuditDir } from "../../helpers/audit-store.js";

/** Resolves when `predicate` holds for a state change of `log` (or already holds). */
function stateChange(log: AuditLog, predicate: (h: AuditHealth) => boolean): Promise<AuditHealth> {
  if (predicate(log.health)) return Promise.resolve(log.health);
  return new Promise((resolve) => {
    const off = log.onStateChange((h) => {
      if (predicate(h)) {
        off();
        resolve(h);
      }
    });
  });
}

async function decisionIds(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of readRecords(dir)) ids.push(e.record.decisionId!);
  return ids;
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

describe("AuditLog: its store removed while it runs", () => {
  it("the directory removed and recreated: refused meanwhile, then resumed without a restart in a segment that records the gap", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, retryIntervalMs: 20 });
    for (let i = 1; i <= 5; i++) log.append(decisionRecord(i));
    await log.flush();
    await rm(dir, { recursive: true });
    const down = stateChange(log, (h) => h.state === "unavailable");
    log.append(decisionRecord(6)); // accepted (async): it must not go to the deleted file
    const health = await down;
    expect(health.message).toContain(`${segmentPath(dir, 1)} was removed while the sidecar ran (the trail had reached seq 5)`);
    expect(health.action).toContain(`mkdir -p ${dir}`);
    expect(health.action).toContain("no restart is needed");
    expect(() => log.append(decisionRecord(7))).toThrow(AuditUnavailableError);
    expect(() => log.append(decisionRecord(7))).toThrow(/was removed while the sidecar ran .*resumes by itself once .* exists/);

    const up = stateChange(log, (h) => h.state === "ready");
    await mkdir(dir); // the operator recreates it (segments/ and the public key come back with the log)
    const ready = await up;
    expect(ready.gap).toMatchObject({ segment: 2, through: 1, seq: 5 });
    log.append(decisionRecord(8));
    await log.close();

    expect(await listSegments(dir)).toEqual([2]);
    expect(existsSync(publicKeyFile(dir))).toBe(true);
    // Record 6 was accepted before the removal was noticed, and is written after it.
    expect(await decisionIds(dir)).toEqual(["d-6", "d-8"]);
    const report = await verifyAuditDir(dir);
    expect(report.ok).toBe(false);
    expect(report.gaps).toEqual([expect.objectContaining({ segment: 2, through: 1, seq: 5 })]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(
      /^segment 000000000001\.log is missing: the sidecar found it removed while it ran \(noticed .*, the trail had reached seq 5\) and resumed in 000000000002\.log, whose signed header records the gap — the records through seq 5 are lost$/,
    );
    expect(report).toMatchObject({ firstSeq: 6, lastSeq: 7, closed: true, head: { segment: 2, found: true } });

    // The resumed store opens again and goes on; the gap stays on record.
    const again = await AuditLog.open({ dir });
    again.append(decisionRecord(9));
    await again.close();
    const later = await verifyAuditDir(dir);
    expect(later.problems.map((p) => p.message)).toEqual(report.problems.map((p) => p.message));
    expect(later.lastSeq).toBe(8);
  });

  it("only the open segment removed: the next batch notices, and the log resumes at once in the next segment", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, retryIntervalMs: 20 });
    for (let i = 1; i <= 3; i++) log.append(decisionRecord(i));
    await log.flush();
    await unlink(segmentPath(dir, 1));
    const back = stateChange(log, (h) => h.state === "ready" && h.gap !== undefined);
    log.append(decisionRecord(4));
    await expect(log.flush()).rejects.toThrow(/000000000001\.log was removed while the sidecar ran/);
    await back;
    log.append(decisionRecord(5));
    await log.flush();
    await log.close();
    expect(await decisionIds(dir)).toEqual(["d-4", "d-5"]);
    const report = await verifyAuditDir(dir);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^segment 000000000001\.log is missing: the sidecar found it removed while it ran .* the records through seq 3 are lost$/),
    ]);
  });

  it("sync mode, the directory removed: closing with nothing queued gives up at once, names the cause and claims no lost records", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync", retryIntervalMs: 20 });
    await log.append(decisionRecord(1));
    await rm(dir, { recursive: true });
    // The write went to a deleted file: refused, so the caller denies.
    await expect(log.append(decisionRecord(2))).rejects.toThrow(/000000000001\.log was removed while the sidecar ran \(the trail had reached seq 1\)/);
    expect(log.health.queuedRecords).toBe(0);
    // A deadline far beyond the test's timeout: only giving up at once lets this finish.
    const closed = await log.close({ timeoutMs: 3_600_000 }).then(
      () => undefined,
      (err: Error) => err,
    );
    expect(closed).toBeInstanceOf(AuditUnavailableError);
    const message = closed!.message;
    expect(message).not.toContain("undefined");
    expect(message).not.toMatch(/\b0 record/);
    expect(message).toContain("the trail could not be closed");
    expect(message).toContain(`${segmentPath(dir, 1)} was removed while the sidecar ran`);
    expect(message).toContain("could not get its final checkpoint");
    expect(existsSync(dir)).toBe(false);
  });

  it("a disk error at close with nothing queued: says what could not be written and what was, without waiting out the deadline", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, mode: "sync", retryIntervalMs: 20 });
    await log.append(decisionRecord(1));
    await log.append(decisionRecord(2));
    // Root-proof: the head marker's temporary file cannot be opened as a file, by anyone.
    await mkdir(join(dir, "head.json.tmp"));
    const closed = await log.close({ timeoutMs: 3_600_000 }).then(
      () => undefined,
      (err: Error) => err,
    );
    expect(closed).toBeInstanceOf(AuditUnavailableError);
    const message = closed!.message;
    expect(message).toContain(`the trail could not be closed (EISDIR writing ${join(dir, "head.json.tmp")})`);
    expect(message).toContain("every record was written (through seq 2)");
    expect(message).toContain("the next start seals the segment");
    expect(message).not.toContain("undefined");
    expect(message).not.toMatch(/\b0 record/);
  });

  it("does not resume into a directory another writer took meanwhile: stays unavailable and says a restart is needed", async () => {
    const dir = await freshAuditDir();
    await mkdir(dir, { recursive: true });
    const lock = await lockAuditDir(dir);
    const log = await AuditLog.open({ dir, retryIntervalMs: 20, reclaim: () => lock.reclaim() });
    log.append(decisionRecord(1));
    await log.flush();
    await rm(dir, { recursive: true });
    // Another sidecar starts on the path: its lock names a live process.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 120000)"], { stdio: "ignore" });
    children.push(other);
    const pid = other.pid!;
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]!;
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const staging = `${dir}.new`;
    await mkdir(staging);
    await writeFile(join(staging, ".lock"), JSON.stringify({ pid, host: hostname(), at: "x", boot, start }));
    const blocked = stateChange(log, (h) => h.state === "unavailable" && (h.message ?? "").includes("is back, but"));
    log.append(decisionRecord(2));
    await rename(staging, dir); // appears whole
    const health = await blocked;
    expect(health.message).toContain(`is in use by process ${pid}`);
    expect(health.action).toMatch(/^a restart is needed/);
    expect(await listSegments(dir)).toEqual([]);
    await expect(log.close({ timeoutMs: 3_600_000 })).rejects.toThrow(/1 record\(s\) could not be written \(.*is back, but .*in use by process/);
    expect(JSON.parse(await readFile(join(dir, ".lock"), "utf8")).pid).toBe(pid);
    await lock.release();
  });

  it("does not resume into a directory that now holds another store: stays unavailable and says a restart is needed", async () => {
    const dir = await freshAuditDir();
    const log = await AuditLog.open({ dir, retryIntervalMs: 20 });
    log.append(decisionRecord(1));
    await log.flush();
    await rm(dir, { recursive: true });
    // Another store (same signing key, as in a fleet that shares one) put in its place, whole.
    const staging = `${dir}.new`;
    const other = await AuditLog.open({ dir: staging });
    other.append(decisionRecord(100));
    await other.close();
    const blocked = stateChange(log, (h) => h.state === "unavailable" && (h.message ?? "").includes("is back, but"));
    log.append(decisionRecord(2));
    await rename(staging, dir);
    const health = await blocked;
    expect(health.message).toMatch(/000000000001\.log belongs to another store \([0-9a-f]{32}\)/);
    expect(health.action).toMatch(/^a restart is needed/);
    await expect(log.close()).rejects.toThrow(/1 record\(s\) could not be written/);
    // The other store is as it was.
    expect(await decisionIds(dir)).toEqual(["d-100"]);
    expect((await verifyAuditDir(dir)).ok).toBe(true);
  });
});
