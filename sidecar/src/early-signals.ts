/**
 * The signals that reached `portcullis serve` or `gateway` before the command's own handlers
 * were in.
 *
 * The launcher (`sidecar/bin/portcullis.js`) records SIGTERM, SIGINT and SIGHUP
 * first thing in the process that serves, after its execve and before the CLI's modules load,
 * and publishes the record on `process` under {@link EARLY_SIGNALS_KEY}. A command takes it
 * over once its own handlers are in, and answers each recorded signal as if it had just come.
 * Without the launcher (the CLI run in-process, by tests or embedders) there is no record.
 */

/** Where the launcher publishes its recorder: a registered symbol, the same in both files. */
export const EARLY_SIGNALS_KEY = Symbol.for("portcullis.early-signals");

interface EarlySignalRecorder {
  adopt(): string[];
}

/**
 * The signals the launcher recorded, oldest first; from this call on the command's own
 * handlers answer every signal. Call it in the same synchronous step that installs them, so
 * that no signal is lost between the two or seen by both.
 *
 * @example
 * ```ts
 * process.on("SIGTERM", onTerm);
 * for (const signal of adoptEarlySignals()) if (signal === "SIGTERM") onTerm();
 * ```
 */
export function adoptEarlySignals(): string[] {
  const recorder = (process as unknown as Record<symbol, EarlySignalRecorder | undefined>)[EARLY_SIGNALS_KEY];
  return recorder?.adopt() ?? [];
}
