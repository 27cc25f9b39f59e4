/**
 * Output to a stream whose reader may go away. `portcullis audit query … | head` closes the
 * pipe once it has the lines it wanted, and the next write fails with EPIPE: that is the
 * reader's choice, not a failure, so the command stops writing and ends as if it had
 * finished (exit 0, nothing on stderr) — as `cat` and `grep` do under `| head`.
 */

/** What {@link pipedOutput} returns. */
export interface PipedOutput {
  /** Writes `text` unless the reader has gone; returns false once it has (the text is dropped). */
  write(text: string): boolean;
  /** Whether the reader has gone: stop producing output. */
  readonly closed: boolean;
  /** Stops listening (a gone reader's late EPIPE is still absorbed). */
  dispose(): void;
}

/**
 * Wraps `stream` (stdout by default) so that a reader that goes away ends the output quietly.
 *
 * @example
 * ```ts
 * const out = pipedOutput();
 * try { for (const row of rows) if (!out.write(`${row}\n`)) break; } finally { out.dispose(); }
 * ```
 */
export function pipedOutput(stream: NodeJS.WritableStream & { readonly errored?: Error | null } = process.stdout): PipedOutput {
  let gone = false;
  const isEpipe = (err: unknown) => (err as NodeJS.ErrnoException | null | undefined)?.code === "EPIPE";
  const onError = (err: Error) => {
    if (isEpipe(err)) gone = true;
    // Any other failure (a full disk under `> file`) is a real error, as it was without us.
    else throw err;
  };
  stream.on("error", onError);
  // A write to a pipe fails synchronously on Linux, but its 'error' comes a tick later:
  // `errored` says so at once, so a loop stops at the first failed line.
  const closed = () => gone || isEpipe(stream.errored);
  return {
    write(text) {
      if (closed()) return false;
      stream.write(text);
      return !closed();
    },
    get closed() {
      return closed();
    },
    dispose() {
      stream.off("error", onError);
      // The 'error' of a failed write may still be on its way: of the last line, or of lines
      // still queued when the output ended (a table written in one piece to a full pipe, whose
      // reader went away after dispose), so a gone reader is absorbed from now on too.
      stream.on("error", (err) => {
        if (!isEpipe(err)) throw err;
      });
    },
  };
}
