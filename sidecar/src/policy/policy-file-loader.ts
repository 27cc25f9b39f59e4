/**
 * Reads a policy file and checks it — on this thread when it is small, on a worker thread
 * when it is large, so a reload never freezes the decisions the event loop is serving.
 *
 * Measured with `node eval/policy-load.ts` (Node 24, the 2-core machine, quiet; figures in
 * BENCHMARKS.md, "Policy load"): checking costs ~0.4–0.5 ms per KB (2 ms at 2 KB, 12 ms at
 * 32 KB, 136 ms at 256 KB; ~20 µs per key of one big map), so on this thread a 556 KB policy
 * with a 20,000-key map would hold the event loop ~0.5 s and the 8 MiB cap 5–10 s. On a
 * worker, the event loop keeps only parsing the worker's JSON reply and compiling the
 * validated document in 5 ms slices (compile-steps.ts): a 20,000-key reload stalls it ≤ 40
 * ms, the 8 MiB worst case ~0.33 s (the JSON parse and GC cannot be sliced). Starting a
 * worker costs the event loop 6–8 ms whatever the size, so files under
 * {@link OFF_THREAD_MIN_BYTES}, which check inline in about that time, stay on this thread.
 * The worker also keeps a pathological file's memory (the YAML library needs ~160–330× the
 * file size) in a heap of its own: if that runs out (it has the process's heap limit), the
 * file is rejected and the sidecar lives on.
 */
import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { runInSlices } from "./compile-steps.js";
import { compilePolicySteps } from "./policy-compiler.js";
import type { PolicyError } from "./policy-error.js";
import { loadPolicyText, MAX_POLICY_BYTES, type PolicyLoadResult } from "./policy-loader.js";
import type { PolicyReply, PolicyTask } from "./policy-worker.js";

/** Policies of at least this many bytes are checked on a worker thread. */
export const OFF_THREAD_MIN_BYTES = 32 * 1024;

/** Options of {@link loadPolicyFile}. */
export interface LoadPolicyFileOptions {
  /** Size from which the file is checked on a worker (default {@link OFF_THREAD_MIN_BYTES}; 0: always). */
  readonly offThreadMinBytes?: number;
  /** Stops a check in progress on a worker; the result is then a rejection. */
  readonly signal?: AbortSignal;
}

/**
 * Loads and compiles a policy file. Never throws for a bad policy: the errors come back
 * in the result, each with file:line:column.
 *
 * @example
 * ```ts
 * const result = await loadPolicyFile("examples/policy.yaml");
 * if (!result.ok) for (const e of result.errors) console.error(formatPolicyError(e));
 * ```
 */
export async function loadPolicyFile(file: string, options: LoadPolicyFileOptions = {}): Promise<PolicyLoadResult> {
  const read = await readPolicyText(file);
  return read.ok ? checkPolicyText(read.text, file, options) : read.rejected;
}

/** The text of a policy file, or the rejection that says why it could not be read. */
export type PolicyFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly rejected: PolicyLoadResult & { ok: false } };

/** Longest reading a policy file may take before the reload gives up on it (see {@link readPolicyText}). */
export const READ_TIME_LIMIT_MS = 10_000;

/**
 * Reads a policy file's text (at most {@link MAX_POLICY_BYTES}). Never throws: a file that
 * cannot be read comes back as a rejection naming the file.
 *
 * Only a regular file (or a symlink to one) is read. The path is opened without blocking
 * (`O_NONBLOCK`) and checked with `fstat` before anything is read: a FIFO, a device, a
 * socket or a directory at the path is refused, naming what it is — opened the ordinary way,
 * a FIFO would block a thread of libuv's pool until some writer came, holding every later
 * reload (they run one at a time) and the process's exit. A read that still takes longer than
 * `timeLimitMs` (default {@link READ_TIME_LIMIT_MS}; a hung network mount) is given up on and
 * the file rejected, so the next reload is not held behind it.
 *
 * @example
 * ```ts
 * const read = await readPolicyText("policy.yaml");
 * if (read.ok) console.log(read.text.length);
 * ```
 */
export async function readPolicyText(file: string, options: { readonly timeLimitMs?: number } = {}): Promise<PolicyFileText> {
  const limitMs = options.timeLimitMs ?? READ_TIME_LIMIT_MS;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<PolicyFileText>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ ok: false, rejected: fileError(file, `reading the policy took longer than ${limitMs / 1000} s; is it on a mount that stopped answering?`) }),
      limitMs,
    );
    timer.unref();
  });
  try {
    return await Promise.race([readRegularFile(file), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function readRegularFile(file: string): Promise<PolicyFileText> {
  let text: string;
  try {
    // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer;
    // on a regular file it changes nothing. O_NOCTTY: a terminal at the path is not adopted.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { ok: false, rejected: fileError(file, notRegular(stats)) };
      if (stats.size > MAX_POLICY_BYTES) return { ok: false, rejected: fileError(file, `the policy is ${stats.size} bytes; the limit is ${MAX_POLICY_BYTES}`) };
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A Unix socket cannot be opened at all (ENXIO): say what is there.
    const there = code === "ENXIO" ? await stat(file).catch(() => undefined) : undefined;
    if (there && !there.isFile()) return { ok: false, rejected: fileError(file, notRegular(there)) };
    return { ok: false, rejected: fileError(file, `cannot read the policy: ${code ?? String(err)}`) };
  }
  const bytes = Buffer.byteLength(text);
  // Checked again: the file may have grown between stat and read.
  if (bytes > MAX_POLICY_BYTES) return { ok: false, rejected: fileError(file, `the policy is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES}`) };
  return { ok: true, text };
}

/** Why a path that is not a regular file is not read as a policy. */
function notRegular(stats: Stats): string {
  const kind = stats.isFIFO()
    ? "a FIFO (named pipe)"
    : stats.isDirectory()
      ? "a directory"
      : stats.isSocket()
        ? "a socket"
        : stats.isCharacterDevice()
          ? "a character device"
          : stats.isBlockDevice()
            ? "a block device"
            : "not a regular file";
  return `the policy path is ${kind}, not a regular file; put the policy in a regular file (or a symlink to one) there`;
}

/**
 * Checks and compiles policy text read from `file`: inline when small, on a worker thread
 * when large (see {@link OFF_THREAD_MIN_BYTES}).
 *
 * @example
 * ```ts
 * const result = await checkPolicyText("version: 1\nroles: {}\n", "policy.yaml");
 * ```
 */
export function checkPolicyText(text: string, file: string, options: LoadPolicyFileOptions = {}): Promise<PolicyLoadResult> {
  if (Buffer.byteLength(text) < (options.offThreadMinBytes ?? OFF_THREAD_MIN_BYTES)) return Promise.resolve(loadPolicyText(text, file));
  return checkOnWorker({ text, file }, options.signal);
}

/** Longest a policy check on the worker may take before the file is rejected. */
const WORKER_TIME_LIMIT_MS = 60_000;

/** Where the compiled worker lives: beside this file in dist, or in dist when running from source. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith(".ts") ? new URL("../../dist/policy/policy-worker.js", here) : new URL("./policy-worker.js", here));
}

function checkOnWorker(task: PolicyTask, signal: AbortSignal | undefined): Promise<PolicyLoadResult> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(fileError(task.file, "the policy check was cancelled"));
    // No inherited Node options: a host's flags (say --input-type, loaders) mean nothing to
    // this plain-JS worker and can break it. V8's heap limit still applies.
    const worker = new Worker(workerFile(), { workerData: task, execArgv: [] });
    let settled = false;
    const settle = (result: PolicyLoadResult) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      resolve(result);
      void worker.terminate();
    };
    const onAbort = () => settle(fileError(task.file, "the policy check was cancelled"));
    signal?.addEventListener("abort", onAbort, { once: true });
    // Reloads run one at a time: a file that takes the checker this long (the largest valid
    // one takes seconds) must not hold back the next, corrected one.
    const limit = setTimeout(
      () => settle(fileError(task.file, `the policy check took longer than ${WORKER_TIME_LIMIT_MS / 1000} s; simplify or split the file`)),
      WORKER_TIME_LIMIT_MS,
    );
    limit.unref();
    worker.once("exit", () => clearTimeout(limit));
    let answered = false;
    worker.once("message", (reply: string) => {
      answered = true;
      fromReply(JSON.parse(reply) as PolicyReply, task.file).then(settle, (err: unknown) =>
        settle(fileError(task.file, `the policy could not be compiled: ${(err as Error).message}`)),
      );
    });
    // A checker that fails rejects the file (fail closed); the policy in force stays.
    worker.once("error", (err) => settle(fileError(task.file, `the policy could not be checked: ${err.message}`)));
    worker.once("exit", (code) => {
      if (!answered) settle(fileError(task.file, `the policy checker stopped unexpectedly (exit code ${code})`));
    });
  });
}

async function fromReply(reply: PolicyReply, file: string): Promise<PolicyLoadResult> {
  if (!reply.ok) return reply;
  const compiled = await runInSlices(compilePolicySteps(reply.document, { revision: reply.revision, source: file }));
  // The worker compiled the same document without errors; this guards a broken invariant only.
  if (compiled.errors.length > 0) return fileError(file, `the policy did not compile: ${compiled.errors[0]!.message}`);
  return { ok: true, policy: compiled.policy, warnings: reply.warnings };
}

function fileError(file: string, message: string): PolicyLoadResult & { ok: false } {
  const errors: PolicyError[] = [{ file, line: 1, column: 1, path: "", message }];
  return { ok: false, errors, errorCount: 1, warnings: [], revision: "" };
}
