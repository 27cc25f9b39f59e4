/**
 * Holds the policy in force and swaps it atomically on reload. A rejected policy never
 * replaces the one in force; decisions always see one whole compiled policy.
 *
 * A watched file is loaded only once it has settled (see file-settle.ts) and only if it still
 * holds the bytes that were checked: a file half-way through being rewritten never replaces
 * the policy in force. An explicit reload (SIGHUP, the admin RPC) reads the file at once — the
 * operator asking for it says the file is complete.
 */
import { DEFAULT_SETTLE_MS, waitUntilSettled } from "./file-settle.js";
import { PolicyFileWatch, type WatchProblem } from "./policy-file-watch.js";
import type { CompiledPolicy } from "./policy-compiler.js";
import type { PolicyError } from "./policy-error.js";
import { checkPolicyText, loadPolicyFile, readPolicyText, type PolicyFileText } from "./policy-file-loader.js";
import type { PolicyLoadResult } from "./policy-loader.js";

/** What a reload did. */
export interface ReloadOutcome {
  /** Whether a new revision took effect. */
  readonly changed: boolean;
  /** The revision in force after the reload. */
  readonly revision: string;
  /** Why the file was rejected (empty when accepted or unchanged). */
  readonly errors: readonly PolicyError[];
  readonly warnings: readonly PolicyError[];
}

/** What asked for a reload: the file watcher, the admin RPC, or a signal (SIGHUP). */
export type ReloadTrigger = "watch" | "admin" | "signal";

/** What the file watcher is doing, for logs and tests. */
export type WatchEvent =
  /** The file changed; it is read once it has been unchanged for the settle period. */
  | { readonly kind: "settling"; readonly settleMs: number }
  /** The settled file was read and checked; it is read again before it can take effect. */
  | { readonly kind: "checked"; readonly revision: string }
  /** The file changed while it was being checked: not loaded; waiting for it to settle again. */
  | { readonly kind: "changed-while-loading" }
  /** A directory could not be watched, is watched again, or was replaced and re-watched. */
  | WatchProblem;

/** Options of {@link PolicyStore}. */
export interface PolicyStoreOptions {
  /**
   * Called after every reload attempt that read a new revision, accepted or not; after every
   * explicit one (admin, signal), whatever it found — an unchanged file too (`changed: false`,
   * no errors); and after a watched reload that finds the revision in force again once a
   * rejected file was in its place (the bad file is gone).
   */
  onReload?: (outcome: ReloadOutcome, trigger: ReloadTrigger) => void;
  /**
   * How long a watched file's size, mtime and inode must stay the same before it is read
   * (default {@link DEFAULT_SETTLE_MS}), so that a file still being written is never loaded.
   */
  settleMs?: number;
  /** Told what the watcher does (see {@link WatchEvent}). */
  onWatchEvent?: (event: WatchEvent) => void;
  /** Interval of the backstop stat that catches changes the directory watchers miss (default 2000 ms). */
  pollMs?: number;
  /** Files of at least this size are checked on a worker thread (see `loadPolicyFile`). */
  offThreadMinBytes?: number;
}

/**
 * The policy in force, reloadable from its file.
 *
 * @example
 * ```ts
 * const store = await PolicyStore.open("policy.yaml");
 * store.watch();
 * const policy = store.current; // use for one whole decision
 * ```
 */
export class PolicyStore {
  #current: CompiledPolicy;
  #lastRejected: { revision: string; errors: readonly PolicyError[] } | undefined;
  #watcher: PolicyFileWatch | undefined;
  /** Ends the settle wait under way (a newer change starts its own). */
  #settling: AbortController | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #closed = new AbortController();
  readonly #changed = new Set<(policy: CompiledPolicy) => void>();
  readonly #file: string;
  readonly #options: PolicyStoreOptions;

  private constructor(file: string, policy: CompiledPolicy, options: PolicyStoreOptions) {
    this.#file = file;
    this.#current = policy;
    this.#options = options;
  }

  /**
   * Loads the policy file; rejects with a {@link PolicyLoadError} listing every error
   * when the file is invalid.
   */
  static async open(file: string, options: PolicyStoreOptions = {}): Promise<PolicyStore> {
    const result = await loadPolicyFile(file, { offThreadMinBytes: options.offThreadMinBytes });
    if (!result.ok) throw new PolicyLoadError(result.errors);
    return new PolicyStore(file, result.policy, options);
  }

  /** The policy in force. Read it once per decision. */
  get current(): CompiledPolicy {
    return this.#current;
  }

  /**
   * Calls `listener` with each new policy once it is in force (a reload that changed it);
   * returns the function that stops it. A listener that throws is skipped, never the reload.
   *
   * @example
   * ```ts
   * const stop = store.onChange((policy) => notifyLists(policy.revision));
   * ```
   */
  onChange(listener: (policy: CompiledPolicy) => void): () => void {
    this.#changed.add(listener);
    return () => void this.#changed.delete(listener);
  }

  /** The file the policy comes from. */
  get file(): string {
    return this.#file;
  }

  /** Errors of the latest rejected file, if it is newer than the policy in force. */
  get lastRejected(): { revision: string; errors: readonly PolicyError[] } | undefined {
    return this.#lastRejected;
  }

  /**
   * Re-reads the file. Reloads run one at a time, in order. Until one resolves, decisions
   * keep reading the policy in force: a large file is checked on a worker thread.
   */
  reload(trigger: ReloadTrigger = "admin"): Promise<ReloadOutcome> {
    const next = this.#queue.then(() => this.#reloadNow(trigger));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Reloads whenever the file changes, once it has settled. Watches the directories of the
   * path and of each symlink hop to the real file (editors that save by rename, a `--policy`
   * linking into another directory, Kubernetes ConfigMap `..data` swaps), and stats the file
   * every {@link PolicyStoreOptions.pollMs} as a backstop — which also re-arms a watcher whose
   * directory was removed and re-created. Resolves once the watchers are armed.
   */
  watch(): Promise<void> {
    if (this.#watcher || this.#closed.signal.aborted) return Promise.resolve();
    this.#watcher = new PolicyFileWatch(this.#file, {
      onChange: () => this.#settleThenReload(),
      onProblem: (problem) => this.#options.onWatchEvent?.(problem),
      pollMs: this.#options.pollMs,
    });
    return this.#watcher.start();
  }

  /** Stops watching and cancels a reload in progress. */
  close(): void {
    this.#closed.abort();
    this.#settling?.abort();
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  /** (Re)starts the settle wait; a change during it starts the wait afresh. */
  #settleThenReload(): void {
    if (this.#closed.signal.aborted) return;
    this.#settling?.abort();
    const settling = new AbortController();
    this.#settling = settling;
    const settleMs = this.#options.settleMs ?? DEFAULT_SETTLE_MS;
    this.#options.onWatchEvent?.({ kind: "settling", settleMs });
    void waitUntilSettled(this.#file, settleMs, AbortSignal.any([settling.signal, this.#closed.signal])).then((settled) => {
      if (settled) void this.reload("watch");
    });
  }

  async #reloadNow(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    const unchanged = (): ReloadOutcome => ({ changed: false, revision: this.#current.revision, errors: [], warnings: [] });
    let result: PolicyLoadResult;
    const options = { offThreadMinBytes: this.#options.offThreadMinBytes, signal: this.#closed.signal };
    if (trigger === "watch") {
      const read = await readPolicyText(this.#file);
      result = read.ok ? await checkPolicyText(read.text, this.#file, options) : read.rejected;
      if (this.#closed.signal.aborted) return unchanged();
      this.#options.onWatchEvent?.({ kind: "checked", revision: result.ok ? result.policy.revision : result.revision });
      // The bytes that were checked must still be the file's: a writer that went on while
      // the file was checked (a large one takes seconds) would otherwise get its prefix loaded.
      if (!sameRead(read, await readPolicyText(this.#file))) {
        this.#options.onWatchEvent?.({ kind: "changed-while-loading" });
        this.#settleThenReload();
        return unchanged();
      }
    } else {
      result = await loadPolicyFile(this.#file, options);
    }
    if (this.#closed.signal.aborted) return unchanged();
    if (!result.ok) {
      const seen = this.#lastRejected?.revision === result.revision && result.revision !== "";
      this.#lastRejected = { revision: result.revision, errors: result.errors };
      const outcome = { changed: false, revision: this.#current.revision, errors: result.errors, warnings: result.warnings };
      // An explicit request (admin, signal) always hears the verdict; the watcher says it once.
      if (!seen || trigger !== "watch") this.#options.onReload?.(outcome, trigger);
      return outcome;
    }
    if (result.policy.revision === this.#current.revision) {
      const revertedAfterRejection = this.#lastRejected !== undefined;
      this.#lastRejected = undefined;
      const outcome = { changed: false, revision: this.#current.revision, errors: [], warnings: result.warnings };
      // An explicit request hears its verdict; the watcher speaks when a rejected file was replaced by the policy in force.
      if (trigger !== "watch" || revertedAfterRejection) this.#options.onReload?.(outcome, trigger);
      return outcome;
    }
    this.#current = result.policy;
    this.#lastRejected = undefined;
    const outcome = { changed: true, revision: result.policy.revision, errors: [], warnings: result.warnings };
    this.#options.onReload?.(outcome, trigger);
    for (const listener of this.#changed) {
      try {
        listener(result.policy);
      } catch {
        // A listener's failure is its own: the policy is in force either way.
      }
    }
    return outcome;
  }
}

function sameRead(a: PolicyFileText, b: PolicyFileText): boolean {
  if (a.ok && b.ok) return a.text === b.text;
  return !a.ok && !b.ok && a.rejected.errors[0]?.message === b.rejected.errors[0]?.message;
}

/** Thrown by {@link PolicyStore.open} for an invalid policy file. */
export class PolicyLoadError extends Error {
  readonly errors: readonly PolicyError[];
  constructor(errors: readonly PolicyError[]) {
    super(`the policy has ${errors.length} error${errors.length === 1 ? "" : "s"}`);
    this.name = "PolicyLoadError";
    this.errors = errors;
  }
}
