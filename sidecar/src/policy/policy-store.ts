/**
 * Holds the policy in force and swaps it atomically on reload. A rejected policy never
 * replaces the one in force; decisions always see one whole compiled policy.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import type { CompiledPolicy } from "./policy-compiler.js";
import type { PolicyError } from "./policy-error.js";
import { loadPolicyFile } from "./policy-file-loader.js";

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

/** Options of {@link PolicyStore}. */
export interface PolicyStoreOptions {
  /** Called after every reload attempt that read a new revision, accepted or not. */
  onReload?: (outcome: ReloadOutcome, trigger: "watch" | "admin") => void;
  /** Quiet period after a file event before reading, so half-written files are not read. */
  debounceMs?: number;
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
  #watcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #closed = new AbortController();
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
  reload(trigger: "watch" | "admin" = "admin"): Promise<ReloadOutcome> {
    const next = this.#queue.then(() => this.#reloadNow(trigger));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Reloads whenever the file's directory changes. Watching the directory (not the file)
   * catches editors that save by rename and Kubernetes ConfigMap symlink swaps.
   */
  watch(): void {
    if (this.#watcher) return;
    const file = basename(this.#file);
    this.#watcher = watch(dirname(this.#file), { persistent: false }, (_event, name) => {
      if (name !== null && name !== file && !name.startsWith("..")) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.reload("watch"), this.#options.debounceMs ?? 50);
    });
  }

  /** Stops watching and cancels a reload in progress. */
  close(): void {
    this.#closed.abort();
    clearTimeout(this.#timer);
    this.#watcher?.close();
    this.#watcher = undefined;
  }

  async #reloadNow(trigger: "watch" | "admin"): Promise<ReloadOutcome> {
    const result = await loadPolicyFile(this.#file, { offThreadMinBytes: this.#options.offThreadMinBytes, signal: this.#closed.signal });
    if (this.#closed.signal.aborted) return { changed: false, revision: this.#current.revision, errors: [], warnings: [] };
    if (!result.ok) {
      const seen = this.#lastRejected?.revision === result.revision && result.revision !== "";
      this.#lastRejected = { revision: result.revision, errors: result.errors };
      const outcome = { changed: false, revision: this.#current.revision, errors: result.errors, warnings: result.warnings };
      if (!seen || trigger === "admin") this.#options.onReload?.(outcome, trigger);
      return outcome;
    }
    if (result.policy.revision === this.#current.revision) {
      this.#lastRejected = undefined;
      return { changed: false, revision: this.#current.revision, errors: [], warnings: result.warnings };
    }
    this.#current = result.policy;
    this.#lastRejected = undefined;
    const outcome = { changed: true, revision: result.policy.revision, errors: [], warnings: result.warnings };
    this.#options.onReload?.(outcome, trigger);
    return outcome;
  }
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
