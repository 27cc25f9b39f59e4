/**
 * The malloc trim (issue #14, resident size): where the native addon can be built (Linux with
 * glibc and a C compiler, as on this project's CI), `npm run build` builds it, and a trim gives
 * back to the kernel what the process freed in the middle of malloc's heap. Measured in a child
 * process of its own, so that no other test's memory moves the figure: it allocates 48 MiB in
 * 64 KiB blocks through malloc (`Buffer.allocUnsafeSlow`), keeps only the last (so the heap's
 * top stays in use and glibc's own trim of the top cannot return the rest), frees the others,
 * then trims. `serve --trim-interval` runs the trims on a schedule and logs each at debug level.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import type { Logger } from "../../sidecar/src/logger.js";
import { noteMemoryFreed, startMemoryTrim } from "../../sidecar/src/memory-trim.js";
import { CLI, EXAMPLE_POLICY, REPO } from "../helpers/paths.js";

const buildable =
  process.platform === "linux" &&
  Boolean((process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime) &&
  spawnSync(process.env.CC || "cc", ["--version"], { stdio: "ignore" }).status === 0;

const CHILD = `
import { loadMallocTrim } from ${JSON.stringify(join(REPO, "sidecar", "dist", "memory-trim.js"))};
const rss = () => Number(/VmRSS:\\s+(\\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"))[1]) * 1024;
`;

function runChild(body: string): Record<string, number | boolean> {
  const script = `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);\n${CHILD}\n${body}`;
  const out = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, MALLOC_ARENA_MAX: "2" },
  });
  expect(out.stderr).toBe("");
  return JSON.parse(out.stdout) as Record<string, number | boolean>;
}

describe.runIf(buildable)("malloc trim", () => {
  it("gives back what the process freed inside malloc's heap", () => {
    const result = runChild(`
      const addon = loadMallocTrim();
      const blocks = [];
      for (let i = 0; i < 768; i++) blocks.push(Buffer.allocUnsafeSlow(64 * 1024).fill(i));
      const kept = blocks.pop();
      blocks.length = 0;
      globalThis.gc(); globalThis.gc();
      const freed = rss();
      const trim = await addon.trimAsync();
      const trimmed = rss();
      console.log(JSON.stringify({ loaded: addon !== undefined, released: trim.released, ms: trim.ms, givenBackMiB: (freed - trimmed) / 1048576, kept: kept.length }));
    `);
    expect(result.loaded).toBe(true);
    expect(result.released).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    // 47 MiB were freed; without the trim they stay resident (the kept block pins the top).
    expect(result.givenBackMiB).toBeGreaterThan(24);
  });

  it("trims at once when told that memory was freed (an index burst's worker exited), not only on its schedule", async () => {
    const trims: unknown[] = [];
    const logger = { debug: (fields: unknown, msg: string) => msg === "malloc trimmed" && trims.push(fields) } as unknown as Logger;
    noteMemoryFreed(); // no schedule running: nothing happens
    const trim = startMemoryTrim({ intervalMs: 3_600_000, logger });
    try {
      expect(trim.available).toBe(true);
      noteMemoryFreed();
      await expect.poll(() => trims.length, { timeout: 10_000 }).toBe(1);
      expect(trims[0]).toMatchObject({ released: expect.any(Boolean), ms: expect.any(Number) });
    } finally {
      trim.stop();
    }
    noteMemoryFreed(); // stopped: nothing happens
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(trims).toHaveLength(1);
  });

  it("serve --trim-interval trims on its schedule, and 0 turns it off", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pcl-trim-"));
    try {
      const trimmedLines = async (interval: string) => {
        const child = spawn(
          process.execPath,
          [
            CLI,
            "serve",
            "--policy",
            EXAMPLE_POLICY,
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            dir,
            "--no-audit",
            "--guardrail-warmup",
            "first-scan",
            "--log-level",
            "debug",
            "--trim-interval",
            interval,
          ],
          {
            cwd: REPO,
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        let trims = 0;
        let serving = false;
        const done = new Promise<void>((resolve) => {
          createInterface({ input: child.stdout! }).on("line", (line) => {
            if (line.includes('"msg":"malloc trimmed"')) trims++;
            if (line.includes("portcullis serving")) serving = true;
            // Three scheduled trims, or (with 0) as long as three would take, once serving.
            if (trims >= 3) resolve();
          });
          child.on("exit", () => resolve());
        });
        const watchdog = new Promise<void>((resolve) => setTimeout(resolve, interval === "0" ? 3_000 : 30_000));
        await Promise.race([done, watchdog]);
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
        return { trims, serving };
      };
      const every200 = await trimmedLines("200");
      expect(every200.trims).toBeGreaterThanOrEqual(3);
      const never = await trimmedLines("0");
      expect(never.serving).toBe(true);
      expect(never.trims).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
