/**
 * Whether a path is an audit store at all, for the commands that take one (`audit verify`,
 * `audit query --dir`): a path that is no store gets an error naming it and what to pass
 * instead, rather than a verification failure or an empty answer. Only node:fs here, so the
 * query side can use it without loading the writer.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Files that only an audit store holds: the signing public key, the head and retention
 * markers, the key schedule, the writer's lock and the query index (derived, but made only
 * from segments: one left alone says the segments were there).
 */
const STORE_FILES = ["audit-signing.pub", "head.json", "retention.json", "keys.jsonl", ".lock", "index.sqlite"] as const;

const SEGMENT_NAME = /^\d{12}\.log$/;

/** What to pass instead of a path that is no audit store. */
const WHAT_TO_PASS = "pass the audit directory of a sidecar: DATA-DIR/audit (`serve --data-dir`, default ./portcullis-data), or the `--audit-dir` it was given";

/** The path is no audit store; the message names it and what to pass instead. */
export class NotAnAuditStoreError extends Error {
  readonly dir: string;
  constructor(dir: string, message: string) {
    super(message);
    this.name = "NotAnAuditStoreError";
    this.dir = dir;
  }
}

/**
 * Whether `dir` shows any sign of an audit store: a segment, or a file only a store holds.
 * A store whose segments were all removed still shows one (its public key, its head, …);
 * an empty `segments/` folder alone does not.
 *
 * @example
 * ```ts
 * isAuditStoreDir("portcullis-data/audit"); // true
 * isAuditStoreDir("portcullis-data"); // false: the store is in its audit/ folder
 * ```
 */
export function isAuditStoreDir(dir: string): boolean {
  if (STORE_FILES.some((f) => exists(join(dir, f)))) return true;
  try {
    return readdirSync(join(dir, "segments")).some((name) => SEGMENT_NAME.test(name));
  } catch {
    return false;
  }
}

/**
 * Why `dir` is no audit store — missing, not a directory, or a directory without a store's
 * files — as a sentence that names it and says what to pass instead; undefined when it is one.
 *
 * @example
 * ```ts
 * auditStoreProblem("portcullis-data");
 * // "portcullis-data is not an audit store (…); portcullis-data/audit is one: pass that"
 * ```
 */
export function auditStoreProblem(dir: string): string | undefined {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `${dir}: no such directory; ${WHAT_TO_PASS}` : `${dir} cannot be read (${code ?? (err as Error).message})`;
  }
  if (!isDir) return `${dir} is a file, not an audit directory; ${WHAT_TO_PASS}`;
  if (isAuditStoreDir(dir)) return undefined;
  const inner = join(dir, "audit");
  const hint = isAuditStoreDir(inner) ? `${inner} is one (this looks like a data directory): pass that` : WHAT_TO_PASS;
  return `${dir} is not an audit store (no segments/*.log, head.json or audit-signing.pub in it); ${hint}`;
}

/**
 * Throws {@link NotAnAuditStoreError} when `dir` is no audit store (see {@link auditStoreProblem}).
 *
 * @example
 * ```ts
 * checkAuditStoreDir(dir); // then verify or query it
 * ```
 */
export function checkAuditStoreDir(dir: string): void {
  const problem = auditStoreProblem(dir);
  if (problem !== undefined) throw new NotAnAuditStoreError(dir, problem);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
