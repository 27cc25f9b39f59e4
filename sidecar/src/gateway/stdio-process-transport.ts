/**
 * The gateway's client side of MCP's stdio transport: the server is a child process, spoken to
 * over its stdin and stdout — and started in a process group of its own, so that the gateway
 * stops the whole tree it started, not only its direct child.
 *
 * The SDK's `StdioClientTransport` spawns the child in the gateway's own group and signals the
 * child alone: a server started through a wrapper (`npx`, `sh -c`, `uv run`) was left running
 * when the gateway dropped the connection — the wrapper died, the real server was re-parented to
 * PID 1 — one more per dropped connection (a server that hangs at start, retried with backoff,
 * grew without bound). Here the child leads a new group (`detached`), and closing the transport
 * ends its stdin, then signals the group (SIGTERM, then SIGKILL after a grace); so does the
 * child's own exit (what it left behind goes with it), and the gateway's exit (SIGKILL, for the
 * groups still running then: a crash, or a `process.exit` before `close`).
 *
 * It also keeps what a failed start needs to be diagnosed: the child's exit code or signal, and
 * the tail of its stderr.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { statSync } from "node:fs";
import { PassThrough } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { serializeMessage } from "@modelcontextprotocol/sdk/shared/stdio.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { LinearReadBuffer } from "./stdio-read-buffer.js";

/** Options of {@link StdioProcessTransport}. */
export interface StdioProcessOptions {
  readonly command: string;
  readonly args?: readonly string[];
  /** The child's whole environment (nothing of the gateway's is added). */
  readonly env: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Largest message read from the server (see {@link LinearReadBuffer}). */
  readonly maxMessageBytes: number;
  /** How long the server has to exit once its stdin ends, and again once signalled SIGTERM, before SIGKILL; default 2000. */
  readonly graceMs?: number;
}

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Most bytes of a child's stderr kept for diagnosis (its last lines). */
const STDERR_TAIL_BYTES = 4096;
const DEFAULT_GRACE_MS = 2000;
/** How often a group whose leader has exited is checked for members still running. */
const GROUP_POLL_MS = 25;

/** Process groups started and not yet stopped: SIGKILLed when the gateway exits. */
const LIVE_GROUPS = new Set<number>();
let exitHookInstalled = false;

function track(pgid: number): void {
  LIVE_GROUPS.add(pgid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const group of LIVE_GROUPS) signalGroup(group, "SIGKILL");
  });
}

/** Signals every process of group `pgid`; false when none is left. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    // EPERM: a member the gateway may not signal (it changed its user); nothing more to do.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A spawn error that blames the command for a working directory that is gone: Node reports a
 * missing `cwd` as `spawn COMMAND ENOENT`.
 */
function withCwd(err: Error, cwd: string | undefined): Error {
  if (cwd === undefined || (err as NodeJS.ErrnoException).code !== "ENOENT") return err;
  const dir = statSync(cwd, { throwIfNoEntry: false });
  if (dir?.isDirectory()) return err;
  return new Error(`${err.message}: its working directory (cwd) ${cwd} is not a directory`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * A stdio MCP client transport whose server runs in a process group of its own.
 *
 * @example
 * ```ts
 * const transport = new StdioProcessTransport({ command: "npx", args: ["-y", "some-mcp-server"], env: getDefaultEnvironment(), maxMessageBytes: 10 << 20 });
 * await new Client({ name: "gw", version: "1" }).connect(transport);
 * await transport.close(); // npx and the server it started both stop
 * ```
 */
export class StdioProcessTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  /** The child's stderr, as it comes (attach before `start` to miss nothing); the gateway must drain it. */
  readonly stderr = new PassThrough();

  readonly #options: StdioProcessOptions;
  readonly #buffer: LinearReadBuffer;
  #child: ChildProcessWithoutNullStreams | undefined;
  #exit: ProcessExit | undefined;
  #tail: Buffer[] = [];
  #tailBytes = 0;
  #stopping: Promise<void> | undefined;
  #closedByUs = false;

  constructor(options: StdioProcessOptions) {
    this.#options = options;
    this.#buffer = new LinearReadBuffer(options.maxMessageBytes);
  }

  /** The child's pid, which is also its process group's id; undefined before it started. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** How the child ended; undefined while it runs (or before it started). */
  get exit(): ProcessExit | undefined {
    return this.#exit;
  }

  /** Whether the child ended by itself, not because this transport was closed. */
  get exitedByItself(): boolean {
    return this.#exit !== undefined && !this.#closedByUs;
  }

  /** The last lines of the child's stderr (at most 4 KB), as it wrote them. */
  stderrTail(): string {
    const text = Buffer.concat(this.#tail).toString("utf8");
    // A cut first line (and a cut UTF-8 sequence) is dropped when the tail is full.
    return this.#tailBytes >= STDERR_TAIL_BYTES && text.includes("\n") ? text.slice(text.indexOf("\n") + 1) : text;
  }

  start(): Promise<void> {
    if (this.#child) throw new Error("the stdio transport is already started");
    const { command, args = [], env, cwd } = this.#options;
    return new Promise<void>((resolve, reject) => {
      const child = spawn(command, [...args], {
        env,
        ...(cwd !== undefined ? { cwd } : {}),
        stdio: ["pipe", "pipe", "pipe"],
        // Its own process group (and session): the group is what close() signals.
        detached: process.platform !== "win32",
        windowsHide: true,
      });
      this.#child = child;
      child.once("spawn", () => {
        if (process.platform !== "win32" && child.pid !== undefined) track(child.pid);
        resolve();
      });
      child.once("error", (spawnError) => {
        const err = withCwd(spawnError, cwd);
        reject(err);
        this.onerror?.(err);
      });
      child.once("exit", (code, signal) => {
        this.#exit = { code, signal };
      });
      child.once("close", () => {
        // What the child left running in its group goes with it.
        void this.#stop(child);
        this.onclose?.();
      });
      child.stdin.on("error", (err) => this.onerror?.(err));
      child.stdout.on("error", (err) => this.onerror?.(err));
      child.stdout.on("data", (chunk: Buffer) => this.#read(chunk));
      child.stderr.on("data", (chunk: Buffer) => {
        this.#keepTail(chunk);
        this.stderr.write(chunk);
      });
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.#child?.stdin;
    if (!stdin || this.#stopping || stdin.writableEnded) return Promise.reject(new Error("Not connected"));
    return new Promise<void>((resolve) => {
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once("drain", resolve);
    });
  }

  /** Ends the server's stdin, then stops its whole process group: SIGTERM, then SIGKILL after the grace. */
  async close(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    if (this.#exit === undefined) this.#closedByUs = true;
    await this.#stop(child);
  }

  #read(chunk: Buffer): void {
    try {
      this.#buffer.append(chunk);
    } catch (err) {
      this.onerror?.(err as Error);
      void this.close();
      return;
    }
    for (;;) {
      let message: JSONRPCMessage | null;
      try {
        message = this.#buffer.readMessage();
      } catch (err) {
        this.onerror?.(err as Error);
        continue;
      }
      if (message === null) return;
      this.onmessage?.(message);
    }
  }

  #keepTail(chunk: Buffer): void {
    this.#tail.push(chunk);
    this.#tailBytes += chunk.length;
    while (this.#tailBytes - this.#tail[0]!.length >= STDERR_TAIL_BYTES) this.#tailBytes -= this.#tail.shift()!.length;
    if (this.#tailBytes > STDERR_TAIL_BYTES) {
      const first = this.#tail[0]!;
      const cut = this.#tailBytes - STDERR_TAIL_BYTES;
      this.#tail[0] = first.subarray(cut);
      this.#tailBytes -= cut;
    }
  }

  #stop(child: ChildProcessWithoutNullStreams): Promise<void> {
    this.#stopping ??= this.#stopGroup(child);
    return this.#stopping;
  }

  async #stopGroup(child: ChildProcessWithoutNullStreams): Promise<void> {
    const grace = this.#options.graceMs ?? DEFAULT_GRACE_MS;
    const pgid = child.pid;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once("exit", () => resolve());
    });
    // MCP's stdio shutdown: the server's stdin ends first, and it may exit by itself.
    try {
      child.stdin.end();
    } catch {
      // already gone
    }
    if (pgid === undefined) return;
    if (process.platform === "win32") {
      await Promise.race([exited, sleep(grace)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      return;
    }
    await Promise.race([exited, sleep(grace)]);
    // The leader may be gone while the processes it started are not (a wrapper's server).
    if (signalGroup(pgid, "SIGTERM")) {
      const until = Date.now() + grace;
      while (signalGroup(pgid, 0) && Date.now() < until) await sleep(GROUP_POLL_MS);
      if (signalGroup(pgid, 0)) signalGroup(pgid, "SIGKILL");
    }
    LIVE_GROUPS.delete(pgid);
    this.#buffer.clear();
  }
}
