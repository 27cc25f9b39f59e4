/**
 * The audit directory's lock: a live holder keeps it; a lock left by a dead process is taken
 * over at once — including one naming a pid that is alive again as another process (a
 * container's PID 1 after a restart, any reused pid) or that is our own.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockAuditDir } from "@portcullis/sidecar";

const PROC = existsSync("/proc/self/stat");

/** Start time of `pid` as /proc tells it (field 22 of its stat line). */
function startOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]!;
}

const bootId = (): string => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();

async function dirWithLock(holder: object | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-lock-"));
  await writeFile(join(dir, ".lock"), typeof holder === "string" ? holder : JSON.stringify(holder));
  return dir;
}

const children: ChildProcess[] = [];
/** A live process that is not this one. */
function liveChild(): number {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 120000)"], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
});

describe("lockAuditDir", () => {
  it("takes over a lock naming our own pid: an earlier life of this pid (a container's PID 1 restarted)", async () => {
    const dir = await dirWithLock({ pid: process.pid, host: hostname(), at: "2026-01-01T00:00:00.000Z" });
    const lock = await lockAuditDir(dir);
    expect(JSON.parse(await readFile(join(dir, ".lock"), "utf8")).at).not.toBe("2026-01-01T00:00:00.000Z");
    await lock.release();
    expect(existsSync(join(dir, ".lock"))).toBe(false);
  });

  it.skipIf(!PROC)("takes over a lock whose pid now runs another process (its start time differs)", async () => {
    const pid = liveChild();
    const dir = await dirWithLock({ pid, host: hostname(), at: "x", boot: bootId(), start: String(Number(startOf(pid)) + 1) });
    const lock = await lockAuditDir(dir);
    await lock.release();
  });

  it.skipIf(!PROC)("takes over a lock from before a reboot (its boot id differs)", async () => {
    const pid = liveChild();
    const dir = await dirWithLock({ pid, host: hostname(), at: "x", boot: "00000000-0000-0000-0000-000000000000", start: startOf(pid) });
    const lock = await lockAuditDir(dir);
    await lock.release();
  });

  it("refuses while the holder runs, naming it", async () => {
    const pid = liveChild();
    const holder = PROC ? { pid, host: hostname(), at: "x", boot: bootId(), start: startOf(pid) } : { pid, host: hostname(), at: "x" };
    const dir = await dirWithLock(holder);
    await expect(lockAuditDir(dir)).rejects.toThrow(`is in use by process ${pid}`);
    expect(JSON.parse(await readFile(join(dir, ".lock"), "utf8")).pid).toBe(pid);
  });

  it("refuses another host's lock", async () => {
    const dir = await dirWithLock({ pid: 1, host: `not-${hostname()}`, at: "x" });
    await expect(lockAuditDir(dir)).rejects.toThrow("on host not-");
  });

  it("refuses a second take in the same process, also while the first is under way; grants it after release", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-lock-"));
    const [first, second] = await Promise.allSettled([lockAuditDir(dir), lockAuditDir(dir)]);
    expect(first.status).toBe("fulfilled");
    expect(second.status === "rejected" && String(second.reason)).toContain("in use by this process");
    await (first as PromiseFulfilledResult<Awaited<ReturnType<typeof lockAuditDir>>>).value.release();
    const again = await lockAuditDir(dir);
    await again.release();
  });

  it("reclaim: keeps a lock that is still ours, takes it again once its directory was removed and recreated, and release then removes it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-lock-"));
    const lock = await lockAuditDir(dir);
    const before = await readFile(join(dir, ".lock"), "utf8");
    await lock.reclaim();
    expect(await readFile(join(dir, ".lock"), "utf8")).toBe(before);
    await rm(dir, { recursive: true });
    await mkdir(dir);
    await lock.reclaim();
    expect(JSON.parse(await readFile(join(dir, ".lock"), "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
    expect(existsSync(join(dir, ".lock"))).toBe(false);
  });

  it("reclaim refuses a lock another live process took while the directory was gone, and leaves it alone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-lock-"));
    const lock = await lockAuditDir(dir);
    const pid = liveChild();
    const holder = PROC ? { pid, host: hostname(), at: "x", boot: bootId(), start: startOf(pid) } : { pid, host: hostname(), at: "x" };
    await rm(dir, { recursive: true });
    await mkdir(dir);
    await writeFile(join(dir, ".lock"), JSON.stringify(holder));
    await expect(lock.reclaim()).rejects.toThrow(`is in use by process ${pid}`);
    await lock.release();
    expect(JSON.parse(await readFile(join(dir, ".lock"), "utf8")).pid).toBe(pid);
  });

  it("writes the lock whole, leaving no temporary file, and takes over a torn one", async () => {
    const dir = await dirWithLock("");
    const lock = await lockAuditDir(dir);
    const held = JSON.parse(await readFile(join(dir, ".lock"), "utf8"));
    expect(held).toMatchObject({ pid: process.pid, host: hostname() });
    if (PROC) expect(held.start).toBe(startOf(process.pid));
    const { readdir } = await import("node:fs/promises");
    expect(await readdir(dir)).toEqual([".lock"]);
    await lock.release();
  });
});
