/**
 * One writer per audit directory. Two sidecars appending to one hash chain would interleave
 * their lines and break it for good, so the second one must refuse to start — with a message
 * that says which process holds the directory.
 *
 * A lock file created with O_EXCL names its holder's pid. A holder that died (a crash, a
 * `kill -9`) leaves the file behind; since audit directories are local to a host, the pid is
 * checked there and a dead holder's lock is taken over at once — a lease-based lock would
 * instead keep a restarted sidecar waiting for the lease to run out.
 */
import { open, readFile, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** A held directory lock. */
export interface DirLock {
  /** Removes the lock file (only if it is still ours). */
  release(): Promise<void>;
}

/**
 * Takes the lock of `dir` (which must exist), or rejects naming the process that holds it.
 *
 * @example
 * ```ts
 * const lock = await lockAuditDir("data/audit");
 * // … write …
 * await lock.release();
 * ```
 */
export async function lockAuditDir(dir: string): Promise<DirLock> {
  const file = join(dir, ".lock");
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, "wx", 0o600);
      await handle.writeFile(mine);
      await handle.close();
      return {
        async release() {
          const text = await readFile(file, "utf8").catch(() => undefined);
          if (text === mine) await unlink(file).catch(() => undefined);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = await readHolder(file);
    if (holder && holder.host === hostname() && alive(holder.pid)) {
      throw new Error(
        `audit directory ${dir} is in use by process ${holder.pid} (since ${holder.at}); each sidecar needs its own audit directory — pass --audit-dir or --data-dir`,
      );
    }
    if (holder && holder.host !== hostname()) {
      throw new Error(
        `audit directory ${dir} is locked by process ${holder.pid} on host ${holder.host}; audit directories are per host — give this sidecar its own, or remove ${file} if that host is gone`,
      );
    }
    // The holder is gone (or the file is unreadable, e.g. torn by a crash): take over.
    await unlink(file).catch(() => undefined);
  }
  throw new Error(`audit directory ${dir}: could not take its lock file ${file}; another sidecar may be starting on it`);
}

async function readHolder(file: string): Promise<{ pid: number; host: string; at: string } | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as { pid?: unknown; host?: unknown; at?: unknown };
    if (typeof parsed.pid !== "number" || typeof parsed.host !== "string") return undefined;
    return { pid: parsed.pid, host: parsed.host, at: String(parsed.at) };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
