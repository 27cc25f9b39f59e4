/**
 * Waits for a file to stop changing. A writer that rewrites a policy in place (a slow copy,
 * `cat > policy.yaml` from a pipe, a network write) leaves a valid-looking prefix on disk for
 * as long as it takes: loading that prefix could drop the rules that come last. Size, mtime,
 * ctime and inode must stay the same for a whole settle period before the file is read.
 */
import { stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

/** Default settle period of a watched policy file, in milliseconds. */
export const DEFAULT_SETTLE_MS = 1000;

/**
 * What a `stat` (following symlinks) says about a file, as one comparable string: device,
 * inode, size, mtime and ctime — or why it could not be stat'ed.
 *
 * @example
 * ```ts
 * const before = await fileSignature("policy.yaml"); // "2049:131:512:1733550000123.4:…"
 * ```
 */
export async function fileSignature(file: string): Promise<string> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
}

/**
 * Resolves `true` once `file`'s signature stayed the same across a whole `settleMs` — or
 * `false` if `signal` aborts first. A file that keeps changing is waited on for as long as it
 * changes.
 *
 * @example
 * ```ts
 * if (await waitUntilSettled("policy.yaml", 1000, signal)) await reload();
 * ```
 */
export async function waitUntilSettled(file: string, settleMs: number, signal: AbortSignal): Promise<boolean> {
  let before = await fileSignature(file);
  while (!signal.aborted) {
    try {
      await sleep(settleMs, undefined, { signal, ref: false });
    } catch {
      return false;
    }
    const after = await fileSignature(file);
    if (after === before) return !signal.aborted;
    before = after;
  }
  return false;
}
