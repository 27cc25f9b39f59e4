/**
 * The sidecar's audit query index follows the trail on a worker thread that starts a while
 * after the sidecar does (`audit.indexDelayMs`), so that a start is not slowed by it and a
 * short-lived sidecar never loads it. Exercised on a real sidecar: no index at start by
 * default; with a short delay the index appears on its own; a stop before the delay has run
 * out, or while the worker is starting, leaves no worker behind (the stop completes); it runs
 * in bursts, a thread per catch-up that exits when done.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGovernanceClient } from "@portcullis/sdk";
import { createLogger, queryAuditOffThread, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { freshAuditDir } from "../helpers/audit-store.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";

const logger = createLogger({ level: "silent" });
const start = (dir: string, indexDelayMs?: number, index?: "background" | "on-query") =>
  startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, watchPolicy: false, logger, audit: { dir, indexDelayMs, index } });

/** One recorded decision: the trail's first segment, which the index follows. */
async function decide(sidecar: Sidecar): Promise<void> {
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
  try {
    await client.authorize({ token: "demo-research-token", server: "web", tool: "fetch", arguments: { url: "https://example.com" } });
  } finally {
    client.close();
  }
}

/** Threads of this process at the background priority (nice 19), where the index worker runs; 0 off Linux. */
function backgroundThreads(): number {
  if (process.platform !== "linux") return 0;
  let n = 0;
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16] === "19") n++;
    } catch {
      // the thread ended meanwhile
    }
  }
  return n;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe("the sidecar's audit index worker", () => {
  it("does not start with the sidecar by default", async () => {
    const dir = await freshAuditDir();
    const seeding = await start(dir, 60_000);
    await decide(seeding);
    await seeding.close();
    // A trail with a segment: a worker started with the sidecar would index it at once.
    const sidecar = await start(dir);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(existsSync(join(dir, "index.sqlite"))).toBe(false);
    } finally {
      await sidecar.close();
    }
    expect(existsSync(join(dir, "index.sqlite"))).toBe(false);
  });

  it("starts after the delay and builds the index on its own", async () => {
    const dir = await freshAuditDir();
    const sidecar = await start(dir, 20);
    try {
      await decide(sidecar);
      await until(() => existsSync(join(dir, "index.sqlite")));
    } finally {
      await sidecar.close();
    }
  });

  it("indexes in bursts: once the index has caught up, no worker thread stays for it", async () => {
    const dir = await freshAuditDir();
    const before = backgroundThreads();
    const sidecar = await start(dir, 20);
    try {
      await decide(sidecar);
      await until(() => existsSync(join(dir, "index.sqlite")));
      // The burst's thread exits when done: a worker kept between catch-ups held ~19 MB.
      await until(() => backgroundThreads() === before);
    } finally {
      await sidecar.close();
    }
  });

  it("starts at once with a delay of 0, and a stop while it starts waits for it and stops it", async () => {
    const dir = await freshAuditDir();
    const first = await start(dir, 0);
    await decide(first);
    await until(() => existsSync(join(dir, "index.sqlite")));
    await first.close();
    // The directory's lock is free again only once the whole stop, the worker's included, is done.
    const second = await start(dir, 0);
    await second.close();
  });

  it("with index on-query, never starts the worker, and a query indexes what it needs itself", async () => {
    const dir = await freshAuditDir();
    const sidecar = await start(dir, 20, "on-query");
    try {
      await decide(sidecar);
      await decide(sidecar);
      // With a 20 ms delay, a background worker would have built the index by now.
      await new Promise((r) => setTimeout(r, 1500));
      expect(existsSync(join(dir, "index.sqlite"))).toBe(false);
      const found: { tool?: string }[] = [];
      for await (const json of queryAuditOffThread(dir, { server: "web", tool: "fetch" })) found.push(JSON.parse(json) as { tool?: string });
      expect(found.filter((r) => r.tool === "fetch").length).toBeGreaterThanOrEqual(2);
      expect(existsSync(join(dir, "index.sqlite"))).toBe(true);
    } finally {
      await sidecar.close();
    }
  });
});
