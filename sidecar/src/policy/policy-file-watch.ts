/**
 * Notices changes to a policy file, whatever the deployment does to it. It watches the
 * directories (not the file: editors save by rename) of the path given and of every symlink
 * hop to the real file — a `--policy` that links into another directory is edited there; a
 * Kubernetes ConfigMap swaps its `..data` link in the path's own directory. A directory that
 * is removed and re-created (a volume remount, `rm -rf conf && cp -r new conf`) leaves a
 * watcher on a dead inode, silently: a cheap periodic stat of the file and of the watched
 * directories notices that (and any change a watcher missed) and re-arms the watchers.
 */
import { type FSWatcher, watch } from "node:fs";
import { readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fileSignature } from "./file-settle.js";

/** Default interval of the backstop stat, in milliseconds. */
export const DEFAULT_POLL_MS = 2000;

/** Most symlink hops followed to find the directories to watch. */
const MAX_HOPS = 16;

/** A watcher problem, or its end. */
export type WatchProblem =
  /** A directory on the policy's path cannot be watched; changes are noticed by the periodic stat only. */
  | { readonly kind: "unwatched"; readonly dir: string; readonly reason: string; readonly pollMs: number }
  /** Every directory is watched again. */
  | { readonly kind: "rewatched"; readonly dirs: readonly string[] }
  /** A watched directory was replaced (removed and re-created, remounted); the new one is watched. */
  | { readonly kind: "rearmed"; readonly dir: string };

/** Options of {@link PolicyFileWatch}. */
export interface PolicyFileWatchOptions {
  /** Called when the file may have changed (several times for one change, at times). */
  readonly onChange: () => void;
  readonly onProblem?: (problem: WatchProblem) => void;
  /** Interval of the backstop stat (default {@link DEFAULT_POLL_MS}). */
  readonly pollMs?: number;
}

interface Armed {
  readonly watcher: FSWatcher;
  /** The directory's device and inode when it was armed: a re-created one differs. */
  readonly identity: string;
}

/**
 * Watches a policy file's directories and polls it as a backstop.
 *
 * @example
 * ```ts
 * const watch = new PolicyFileWatch("/etc/portcullis/policy.yaml", { onChange: () => reload() });
 * await watch.start();
 * // …
 * watch.close();
 * ```
 */
export class PolicyFileWatch {
  readonly #file: string;
  readonly #options: PolicyFileWatchOptions;
  readonly #armed = new Map<string, Armed>();
  /** The names that matter in each watched directory: the hop's basename there. */
  #names = new Map<string, Set<string>>();
  #signature = "";
  #poller: NodeJS.Timeout | undefined;
  #unwatched: string | undefined;
  #checking = false;
  #checkAgain = false;
  #closed = false;

  constructor(file: string, options: PolicyFileWatchOptions) {
    this.#file = resolve(file);
    this.#options = options;
  }

  /** Arms the watchers and starts the backstop stat. */
  async start(): Promise<void> {
    this.#signature = await fileSignature(this.#file);
    await this.#arm();
    const pollMs = this.#options.pollMs ?? DEFAULT_POLL_MS;
    this.#poller = setInterval(() => void this.#check(), pollMs);
    this.#poller.unref();
  }

  /** Stops watching and polling. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#poller);
    for (const { watcher } of this.#armed.values()) watcher.close();
    this.#armed.clear();
  }

  /** The backstop: has the file changed, or has a watched directory gone or been replaced? */
  async #check(): Promise<void> {
    if (this.#closed) return;
    // One at a time; one asked for meanwhile runs after, so that the signature is always
    // that of the latest change seen (else the next poll would report it a second time).
    if (this.#checking) {
      this.#checkAgain = true;
      return;
    }
    this.#checking = true;
    try {
      const signature = await fileSignature(this.#file);
      const changed = signature !== this.#signature;
      this.#signature = signature;
      await this.#arm();
      if (changed) this.#changed();
    } finally {
      this.#checking = false;
    }
    if (this.#checkAgain) {
      this.#checkAgain = false;
      await this.#check();
    }
  }

  #changed(): void {
    if (!this.#closed) this.#options.onChange();
  }

  /** Brings the watched directories in line with the file's path now; re-arms replaced ones. */
  async #arm(): Promise<void> {
    const { dirs, names } = await hopDirectories(this.#file);
    this.#names = names;
    let failed: { dir: string; reason: string } | undefined;
    const replaced = new Set<string>();
    for (const [dir, armed] of this.#armed) {
      if (!dirs.includes(dir) || (await identity(dir)) !== armed.identity) {
        armed.watcher.close();
        this.#armed.delete(dir);
        if (dirs.includes(dir)) replaced.add(dir);
      }
    }
    let rearmed = false;
    for (const dir of dirs) {
      if (this.#armed.has(dir)) continue;
      const id = await identity(dir);
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (name === null || name.startsWith("..") || this.#names.get(dir)?.has(name)) {
            this.#changed();
            // A ConfigMap swap or a rename may move the file's real directory: follow it now.
            void this.#check();
          }
        });
        // A watched directory that is removed errors on some platforms: the next check re-arms.
        watcher.on("error", () => {
          watcher.close();
          if (this.#armed.get(dir)?.watcher === watcher) this.#armed.delete(dir);
        });
        this.#armed.set(dir, { watcher, identity: id });
        rearmed = true;
        if (replaced.has(dir)) this.#options.onProblem?.({ kind: "rearmed", dir });
      } catch (err) {
        failed ??= { dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) };
      }
    }
    if (this.#closed) return this.close();
    if (failed && this.#unwatched !== failed.dir) {
      this.#unwatched = failed.dir;
      this.#options.onProblem?.({ kind: "unwatched", ...failed, pollMs: this.#options.pollMs ?? DEFAULT_POLL_MS });
    } else if (!failed && this.#unwatched !== undefined) {
      this.#unwatched = undefined;
      this.#options.onProblem?.({ kind: "rewatched", dirs });
    }
    // A directory armed afresh may hold a file that changed while nothing watched it.
    if (rearmed && this.#poller !== undefined) this.#changed();
  }
}

/** The directory of `path` and of each symlink hop to its target, with the names that matter in each. */
async function hopDirectories(path: string): Promise<{ dirs: string[]; names: Map<string, Set<string>> }> {
  const names = new Map<string, Set<string>>();
  const add = (p: string) => {
    const dir = dirname(p);
    const set = names.get(dir) ?? new Set<string>();
    set.add(basename(p));
    names.set(dir, set);
  };
  let current = path;
  add(current);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    let target: string;
    try {
      target = await readlink(current);
    } catch {
      break; // not a link (or gone): the last hop
    }
    current = resolve(dirname(current), target);
    add(current);
  }
  // Links in the directories on the way (a ConfigMap's `..data`) lead to the real directory.
  try {
    add(await realpath(path));
  } catch {
    // The file is gone for now; the path's own directory is still watched.
  }
  return { dirs: [...names.keys()], names };
}

/** A directory's device and inode, or why it has none. */
async function identity(dir: string): Promise<string> {
  try {
    const s = await stat(dir, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch (err) {
    return `missing:${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
}
