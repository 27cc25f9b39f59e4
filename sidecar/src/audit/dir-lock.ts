/**
 * One writer per audit directory. Two sidecars appending to one hash chain would interleave
 * their lines and break it for good, so the second one must refuse to start — with a message
 * that says which process holds the directory.
 *
 * The lock file names its holder: pid, host, and — where /proc exists — the boot id and the
 * process's start time. A holder that died (a crash, a `kill -9`, an OOM kill) leaves the
 * file behind; since audit directories are local to a host, the holder is checked there and
 * a dead holder's lock is taken over at once — a lease-based lock would instead keep a
 * restarted sidecar waiting for the lease to run out. A pid alone does not identify a
 * process: a container's sidecar is PID 1 before and after its restart, and any pid is
 * reused in time. So a lock naming our own pid is stale (this process does not hold it), and
 * a live pid whose start time or boot id differs from the recorded one is another process.
 *
 * The file appears with its content in one step: it is written to a temporary name and
 * `link()`ed to the lock name, which fails if the name exists. (Creating the lock name and
 * then writing it let a second starter read it empty, take it for torn, and delete it.)
 * Node has no flock(); a native module for it is not worth its build.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { link, open, readFile, rename, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** A held directory lock. */
export interface DirLock {
  /** Removes the lock file (only if it is still ours). */
  release(): Promise<void>;
  /**
   * Makes sure the lock file is still ours, taking it again when it is gone — the directory
   * was removed (with the file) and recreated while the holder ran. Rejects naming the
   * process that holds it when another one took it meanwhile.
   */
  reclaim(): Promise<void>;
}

/** What a lock file records about its holder. */
interface Holder {
  pid: number;
  host: string;
  at: string;
  /** /proc/sys/kernel/random/boot_id; absent without /proc (and in locks of older versions). */
  boot?: string;
  /** Field 22 of /proc/PID/stat (clock ticks after boot); absent without /proc. */
  start?: string;
}

/**
 * Lock files this process holds or is taking. A lock naming our pid is stale unless it is in
 * here — and a second take in the same process is refused rather than granted twice.
 */
const HELD = new Set<string>();

/** What a sidecar whose audit directory is in use is told to do: `portcullis serve`'s flags. */
export const DEFAULT_IN_USE_HINT = "pass --audit-dir or --data-dir";

/**
 * Takes the lock of `dir` (which must exist), or rejects naming the process that holds it
 * and, when it is alive here, what to do (`inUseHint`: how the caller's command names
 * another directory; default `serve`'s flags).
 *
 * @example
 * ```ts
 * const lock = await lockAuditDir("data/audit");
 * // … write …
 * await lock.release();
 * ```
 */
export async function lockAuditDir(dir: string, inUseHint: string = DEFAULT_IN_USE_HINT): Promise<DirLock> {
  const file = join(dir, ".lock");
  if (HELD.has(file)) throw new Error(`audit directory ${dir} is in use by this process (pid ${process.pid})`);
  HELD.add(file);
  let mine: string;
  try {
    mine = await take(dir, file, inUseHint);
  } catch (err) {
    HELD.delete(file);
    throw err;
  }
  let released = false;
  return {
    async release() {
      released = true;
      const text = await readFile(file, "utf8").catch(() => undefined);
      if (text === mine) await unlink(file).catch(() => undefined);
      HELD.delete(file);
    },
    async reclaim() {
      if (released) throw new Error(`audit directory ${dir}: its lock was released`);
      if ((await readFile(file, "utf8").catch(() => undefined)) === mine) return;
      // Gone (or replaced by a lock whose holder is gone): take it as at the start.
      mine = await take(dir, file, inUseHint);
    },
  };
}

/** Takes the lock file; resolves to the text it holds (the proof that it is ours). */
async function take(dir: string, file: string, inUseHint: string): Promise<string> {
  const me: Holder & { nonce: string } = {
    pid: process.pid,
    host: hostname(),
    at: new Date().toISOString(),
    ...identity(process.pid),
    // Two lock files never have the same text, so a moved-away file is known by its text.
    nonce: randomBytes(8).toString("hex"),
  };
  const mine = JSON.stringify(me);
  const temp = `${file}.${process.pid}.${me.nonce}.tmp`;
  const handle = await open(temp, "wx", 0o600);
  try {
    await handle.writeFile(mine);
    // Durable before it is visible: a lock that a power loss leaves empty would be taken over.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(temp, file);
        return mine;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const text = await readFile(file, "utf8").catch(() => undefined);
      if (text === undefined) continue; // released meanwhile: try again
      const holder = parseHolder(text);
      if (holder && holder.host !== hostname()) {
        throw new Error(
          `audit directory ${dir} is locked by process ${holder.pid} on host ${holder.host}; audit directories are per host — give this sidecar its own, or remove ${file} if that host is gone`,
        );
      }
      if (holder && holds(holder)) {
        throw new Error(
          `audit directory ${dir} is in use by process ${holder.pid} (since ${holder.at}); each sidecar needs its own audit directory — ${inUseHint}`,
        );
      }
      // The holder is gone (or the file is unreadable — a lock of an older version torn by a
      // crash): take over.
      await removeStale(file, text, `${file}.${process.pid}.${me.nonce}.stale`);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  throw new Error(`audit directory ${dir}: could not take its lock file ${file}; another sidecar may be starting on it`);
}

/**
 * Removes the lock file if it still holds `staleText`. Unlinking by name could remove a lock
 * another starter took after we read the stale one; renaming it away is atomic, and what was
 * moved is checked: a live lock moved by mistake is linked back at once (that fails only if
 * a third starter took the name in that instant — three starters on one directory at once).
 */
async function removeStale(file: string, staleText: string, aside: string): Promise<void> {
  try {
    await rename(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return; // another starter removed it
    throw err;
  }
  const moved = await readFile(aside, "utf8").catch(() => undefined);
  if (moved !== staleText) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function parseHolder(text: string): Holder | undefined {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (typeof parsed.pid !== "number" || typeof parsed.host !== "string") return undefined;
    return {
      pid: parsed.pid,
      host: parsed.host,
      at: String(parsed.at),
      ...(typeof parsed.boot === "string" ? { boot: parsed.boot } : {}),
      ...(typeof parsed.start === "string" ? { start: parsed.start } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Whether the process a lock names (on this host) is still running. */
function holds(holder: Holder): boolean {
  // Our own pid, not held in this process: the lock of an earlier life of this pid — a
  // container's PID 1 restarted after a kill.
  if (holder.pid === process.pid) return false;
  if (!alive(holder.pid)) return false;
  const now = identity(holder.pid);
  // Rebooted since: no process of the old boot is running.
  if (holder.boot !== undefined && now.boot !== undefined && holder.boot !== now.boot) return false;
  // The pid runs another process than the one that took the lock.
  if (holder.start !== undefined && now.start !== undefined && holder.start !== now.start) return false;
  // Without /proc (macOS) the pid is all there is: a reused pid keeps the lock until it exits.
  return true;
}

/** What identifies a running process beyond its pid, where /proc tells it. */
function identity(pid: number): { boot?: string; start?: string } {
  const out: { boot?: string; start?: string } = {};
  try {
    out.boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {}
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const start = fields[19]; // field 22 overall: starttime
    if (start && /^\d+$/.test(start)) out.start = start;
  } catch {}
  return out;
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
