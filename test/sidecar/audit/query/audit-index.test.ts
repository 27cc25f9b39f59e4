/**
 * Opening the audit index while another connection holds it: the sidecar's background
 * indexer and a query (or `audit query` in another process) open the same file, often at
 * the same moment on a fresh store. The one that comes second must wait for the lock, not
 * fail with "database is locked".
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { AuditIndex, INDEX_FILE } from "../../../../sidecar/src/audit/query/index.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pcl-audit-index-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Another process takes an exclusive lock on the index file and holds it for `ms`. */
function holdExclusiveLock(file: string, ms: number): Promise<{ released: Promise<number | null> }> {
  const script = `
    const { DatabaseSync } = require("node:sqlite");
    const db = new DatabaseSync(${JSON.stringify(file)});
    db.exec("BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (x);");
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec("COMMIT");
    db.close();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("locked")) resolve({ released });
    });
    child.once("exit", (code) => reject(new Error(`the lock holder exited (${code}) before taking the lock`)));
  });
}

it("waits for a lock another connection holds on a fresh index instead of failing", async () => {
  const { released } = await holdExclusiveLock(join(dir, INDEX_FILE), 400);
  const index = AuditIndex.open(dir); // blocks in SQLite's busy handler until the lock is released
  try {
    expect(await released).toBe(0);
    expect(index.catchUp()).toEqual({ added: 0, unreadable: 0, rebuilt: false });
  } finally {
    index.close();
  }
});
