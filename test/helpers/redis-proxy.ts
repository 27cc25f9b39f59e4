/**
 * A TCP proxy in front of a real Redis that a test can make hang, and that counts the
 * commands clients send through it — to assert what a sidecar sends to a hung Redis (no
 * second round trip after a deadline), not how long it took.
 *
 * Hanging holds every byte clients send (new connections too) without passing it on, as a
 * paused Redis does: the connections stay open and nothing answers. Resuming passes on what
 * was held, in order, and Redis answers it as a paused one would after SIGCONT.
 */
import { createServer, type Server, type Socket, connect } from "node:net";

/** One command a client sent, as Redis would see it. */
export interface ProxiedCommand {
  /** Upper-case command name: `EVALSHA`, `HGETALL`, `PING`, … */
  readonly name: string;
  /** Its arguments after the name (Lua script bodies included). */
  readonly args: readonly string[];
  /** Whether it reached the proxy while it was hanging. */
  readonly whileHung: boolean;
}

/** A proxy started by {@link startRedisProxy}. */
export interface RedisProxy {
  /** `redis://127.0.0.1:<port>` of the proxy. */
  readonly url: string;
  /** Every command sent through the proxy so far. */
  readonly commands: ProxiedCommand[];
  /** Stops answering: what clients send is held. */
  hang(): void;
  /** Passes on what was held and answers again. */
  resume(): void;
  /** Passes on what is held now, and keeps holding what comes after. */
  pass(): void;
  /** Resolves with the first command (sent so far or later) that matches. */
  waitForCommand(match: (command: ProxiedCommand) => boolean): Promise<ProxiedCommand>;
  /** Closes the listener and every connection. */
  close(): Promise<void>;
}

/**
 * Starts a proxy to `target` (`redis://host:port`).
 *
 * @example
 * ```ts
 * const proxy = await startRedisProxy(REDIS_URL);
 * proxy.hang();
 * expect(proxy.commands.filter((c) => c.whileHung && c.name === "EVALSHA")).toHaveLength(1);
 * ```
 */
export async function startRedisProxy(target: string): Promise<RedisProxy> {
  const { hostname, port } = new URL(target);
  const commands: ProxiedCommand[] = [];
  const sockets = new Set<Socket>();
  const resumers = new Set<() => void>();
  let hung = false;
  const waiters = new Set<{ match: (command: ProxiedCommand) => boolean; resolve: (command: ProxiedCommand) => void }>();
  const record = (command: ProxiedCommand) => {
    commands.push(command);
    for (const waiter of waiters) {
      if (!waiter.match(command)) continue;
      waiters.delete(waiter);
      waiter.resolve(command);
    }
  };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client);
    sockets.add(upstream);
    const held: Buffer[] = [];
    const parser = new RespCommands((name, args) => record({ name, args, whileHung: hung }));
    const flush = () => {
      for (const chunk of held.splice(0)) upstream.write(chunk);
    };
    resumers.add(flush);
    client.on("data", (chunk: Buffer) => {
      parser.push(chunk);
      if (hung) held.push(chunk);
      else upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      resumers.delete(flush);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${address.port}`,
    commands,
    hang() {
      hung = true;
    },
    resume() {
      hung = false;
      for (const flush of resumers) flush();
    },
    pass() {
      for (const flush of resumers) flush();
    },
    waitForCommand(match) {
      const seen = commands.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.add({ match, resolve }));
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Splits a client's byte stream into RESP commands (arrays of bulk strings, or inline commands). */
class RespCommands {
  #buffer = Buffer.alloc(0);
  readonly #onCommand: (name: string, args: string[]) => void;

  constructor(onCommand: (name: string, args: string[]) => void) {
    this.#onCommand = onCommand;
  }

  push(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const parsed = this.#next();
      if (!parsed) return;
      this.#buffer = this.#buffer.subarray(parsed.used);
      if (parsed.parts.length > 0) this.#onCommand(parsed.parts[0]!.toUpperCase(), parsed.parts.slice(1));
    }
  }

  #next(): { parts: string[]; used: number } | undefined {
    const buf = this.#buffer;
    const lineEnd = buf.indexOf("\r\n");
    if (lineEnd < 0) return undefined;
    if (buf[0] !== 0x2a /* '*' */) {
      // An inline command: words on one line.
      return { parts: buf.subarray(0, lineEnd).toString().trim().split(/\s+/).filter(Boolean), used: lineEnd + 2 };
    }
    const count = Number(buf.subarray(1, lineEnd).toString());
    let at = lineEnd + 2;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const end = buf.indexOf("\r\n", at);
      if (end < 0) return undefined;
      const length = Number(buf.subarray(at + 1, end).toString());
      const start = end + 2;
      if (buf.length < start + length + 2) return undefined;
      parts.push(buf.subarray(start, start + length).toString());
      at = start + length + 2;
    }
    return { parts, used: at };
  }
}
