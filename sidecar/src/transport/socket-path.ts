/**
 * Says what is wrong with a Unix socket path before the kernel does: `bind(2)` answers a path
 * longer than `sun_path` with a bare EINVAL, and one in a directory that does not exist with
 * ENOENT (or, under the listener's umask, EACCES) — neither tells an operator what to fix.
 */
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** Longest socket path `bind(2)` takes, in bytes: `sun_path` is 108 on Linux, with its NUL. */
export const MAX_SOCKET_PATH_BYTES = 107;

/**
 * Why `path` cannot be a socket path whatever the filesystem holds (it is too long), or
 * undefined.
 *
 * @example
 * ```ts
 * socketPathTooLong("/run/portcullis.sock"); // undefined
 * socketPathTooLong(`/tmp/${"x".repeat(120)}.sock`); // "… is 130 bytes; …"
 * ```
 */
export function socketPathTooLong(path: string): string | undefined {
  const bytes = Buffer.byteLength(path);
  if (bytes <= MAX_SOCKET_PATH_BYTES) return undefined;
  return `the socket path ${path} is ${bytes} bytes; Unix socket paths take at most ${MAX_SOCKET_PATH_BYTES}: use a shorter one, e.g. under /run or /tmp`;
}

/**
 * Checks that a socket can be created at `path`: not too long, in a directory that exists.
 * Rejects with an Error whose message says what to fix.
 *
 * @example
 * ```ts
 * await checkSocketPath("/nonexistent/dir/x.sock"); // throws: "… directory /nonexistent/dir does not exist; …"
 * ```
 */
export async function checkSocketPath(path: string): Promise<void> {
  const tooLong = socketPathTooLong(path);
  if (tooLong) throw new Error(tooLong);
  const dir = dirname(resolve(path));
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`cannot create the socket ${path}: the directory ${dir} does not exist; create it first (mkdir -p ${dir})`);
    if (code === "ENOTDIR") throw new Error(`cannot create the socket ${path}: a part of ${dir} is not a directory`);
    if (code === "EACCES") throw new Error(`cannot create the socket ${path}: no permission to reach the directory ${dir}`);
    throw err;
  }
  if (!isDirectory) throw new Error(`cannot create the socket ${path}: ${dir} is not a directory`);
}
