/**
 * Real Redis for tests. Tests that need it read REDIS_URL (default redis://127.0.0.1:6379).
 * Locally without Redis they are skipped with a loud message; under CI=true a missing Redis
 * is a failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "ioredis";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Whether Redis tests can run. Throws under CI=true when Redis does not answer; warns loudly
 * otherwise.
 */
export async function redisForTests(suite: string): Promise<boolean> {
  if (await answers(REDIS_URL)) return true;
  const message = `Redis does not answer at ${REDIS_URL}: the '${suite}' tests need a real Redis`;
  if (process.env.CI === "true") throw new Error(`${message} (CI=true: failing instead of skipping)`);
  console.warn(`\n${"!".repeat(80)}\n!! SKIPPING: ${message}.\n!! Start one: redis-server --port 6379 --save "" --appendonly no\n${"!".repeat(80)}\n`);
  return false;
}

/** A key prefix no other test run shares (with a Cluster hash tag, like the real one). */
export function uniquePrefix(): string {
  return `pcl:{test-${randomUUID()}}:`;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A private redis-server process on a spare port, that a test may kill, restart or pause. */
export interface PrivateRedis {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP: connections stay open, commands sit unanswered in the socket until resume. */
  pause(): void;
  /** SIGCONT: Redis runs what it was sent while paused. */
  resume(): void;
}

/** Starts `redis-server` (from the machine) on a free port, keeping nothing on disk. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    const spawned = new Promise<void>((resolve, reject) => {
      child!.once("error", (err) => reject(new Error(`cannot run redis-server (install it from Debian's packages): ${err.message}`)));
      child!.once("spawn", () => resolve());
    });
    await spawned;
    for (let i = 0; i < 100; i++) {
      if (await answers(url)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server on port ${port} did not come up`);
  };
  const stop = async () => {
    // Killed by a signal, a child has a signalCode and no exitCode: stopping twice must not wait forever.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
    child.kill("SIGKILL"); // also ends a paused one
    await exited;
  };
  await start();
  return { url, stop, start, pause: () => void child?.kill("SIGSTOP"), resume: () => void child?.kill("SIGCONT") };
}

/**
 * Deletes every key under `prefix` (a suite's own keys on the shared Redis), after a test.
 *
 * @example
 * ```ts
 * afterEach(() => deleteKeys(prefix));
 * ```
 */
export async function deleteKeys(prefix: string, url = REDIS_URL): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/**
 * Every key under `prefix` and every value it holds (strings, hashes, sets, sorted sets,
 * lists, streams), one `key value…` line per key — to search what a run left in Redis.
 *
 * @example
 * ```ts
 * expect((await redisContents(prefix)).join("\n")).not.toContain(token);
 * ```
 */
export async function redisContents(prefix: string, url = REDIS_URL): Promise<string[]> {
  const redis = new Redis(url);
  try {
    const lines: string[] = [];
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      for (const key of keys) {
        const type = await redis.type(key);
        let value: unknown;
        if (type === "string") value = await redis.get(key);
        else if (type === "hash") value = await redis.hgetall(key);
        else if (type === "set") value = await redis.smembers(key);
        else if (type === "zset") value = await redis.zrange(key, 0, -1, "WITHSCORES");
        else if (type === "list") value = await redis.lrange(key, 0, -1);
        else if (type === "stream") value = await redis.xrange(key, "-", "+");
        else value = `(${type})`;
        lines.push(`${key} ${JSON.stringify(value)}`);
      }
    }
    return lines;
  } finally {
    redis.disconnect();
  }
}
