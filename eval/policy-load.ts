/**
 * Measures policy loading (issue #8, item 8): what a check costs inline against what a worker
 * thread costs the event loop (which sets OFF_THREAD_MIN_BYTES), how long the event loop
 * stalls while a PolicyStore reloads a large policy, and `portcullis policy check` on the
 * worst cases the 8 MiB cap admits — time and peak memory, and that time grows linearly
 * with the number of keys. Run after `npm run build`: `node eval/policy-load.ts [--quick]`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface LoadResult {
  readonly ok: boolean;
}
interface Store {
  reload(): Promise<{ changed: boolean; errors: readonly unknown[] }>;
  close(): void;
}
const policy = (await import("../sidecar/dist/policy/index.js")) as {
  loadPolicyText(text: string, file: string): LoadResult;
  loadPolicyFile(file: string, options?: { offThreadMinBytes?: number }): Promise<LoadResult>;
  PolicyStore: { open(file: string, options?: { offThreadMinBytes?: number }): Promise<Store> };
  MAX_POLICY_BYTES: number;
};

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const quick = args.quick ?? false;
const cli = fileURLToPath(new URL("../sidecar/dist/cli.js", import.meta.url));
const dir = await mkdtemp(join(tmpdir(), "pcl-policy-load-"));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

/** A realistic policy of about `bytes`: subjects with tokens, roles with a few server blocks and args. */
function realisticPolicy(bytes: number): string {
  const subjects: string[] = [];
  const roles: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const hash = createHash("sha256").update(String(i)).digest("hex");
    subjects.push(`  - id: agent:bot-${i}\n    team: team-${i % 7}\n    roles: [role-${i}]\n    tokenSha256: ${hash}`);
    roles.push(
      `  role-${i}:\n    description: Role number ${i}\n    servers:\n      jira:\n        allow: [search_issues, create_issue, "get_*"]\n` +
        `        deny: ["delete_*", bulk_update]\n        args:\n          create_issue:\n            project: { in: [SUP, HELP] }\n` +
        `            summary: { maxLength: 200 }\n      github:\n        allow: ["search_*"]`,
    );
    size += subjects.at(-1)!.length + roles.at(-1)!.length + 2;
  }
  return `version: 1\nsubjects:\n${subjects.join("\n")}\nroles:\n${roles.join("\n")}\n`;
}

/** One args map of many keys (valid), up to `maxBytes`. */
function argsMapPolicy(maxKeys: number, maxBytes = Infinity): { text: string; keys: number } {
  const head = "version: 1\nroles:\n  r:\n    servers:\n      s:\n        allow: [t]\n        args:\n          t:\n";
  const parts = [head];
  let size = head.length;
  let keys = 0;
  for (; keys < maxKeys; keys++) {
    const line = `            a${keys}: {max: 1}\n`;
    if (size + line.length > maxBytes) break;
    parts.push(line);
    size += line.length;
  }
  return { text: parts.join(""), keys };
}

/** The worst shapes under the cap: a valid args map, a roles map of empty (invalid) roles, one key repeated. */
function worstCases(maxBytes: number): { name: string; text: string; keys: number }[] {
  const fill = (head: string, line: (i: number) => string) => {
    const parts = [head];
    let size = head.length;
    let keys = 0;
    for (; ; keys++) {
      const l = line(keys);
      if (size + l.length > maxBytes) break;
      parts.push(l);
      size += l.length;
    }
    return { text: parts.join(""), keys };
  };
  return [
    { name: "valid: one args map", ...argsMapPolicy(Infinity, maxBytes) },
    { name: "invalid: roles without servers", ...fill("version: 1\nroles:\n", (i) => `  r${i}:\n`) },
    { name: "invalid: one key repeated", ...fill("version: 1\nroles:\n", () => "  r:\n") },
  ];
}

/** Runs `policy check` in a child process: wall time, exit code and peak RSS. */
function checkInChild(file: string): { ms: number; code: number | null; maxRssMb: number } {
  const script = `import { writeSync } from "node:fs";
const { main } = await import(${JSON.stringify(cli)});
const code = await main(["policy", "check", ${JSON.stringify(file)}]);
writeSync(2, "\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n");
process.exit(code);`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  const rss = /maxRSS (\d+)/.exec(child.stderr)?.[1];
  return { ms: elapsed, code: child.status, maxRssMb: Math.round(Number(rss) / 1024) };
}

/** The longest event-loop stall while `fn` runs, sampled by a 1 ms timer. */
async function longestStall(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  await fn();
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(timer);
  return gap;
}

console.log(
  `policy load — Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}\n`,
);

console.log("1. Inline check vs worker (median; the worker's cost to the event loop is its longest stall)");
for (const kb of quick ? [2, 32, 128] : [2, 8, 16, 32, 64, 128, 256]) {
  const text = realisticPolicy(kb * 1024);
  const file = join(dir, `real-${kb}.yaml`);
  await writeFile(file, text);
  for (let i = 0; i < 5; i++) policy.loadPolicyText(text, file);
  const inline: number[] = [];
  const stall: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    const start = performance.now();
    if (!policy.loadPolicyText(`${text}# ${i}\n`, file).ok) throw new Error("the realistic policy is invalid");
    inline.push(performance.now() - start);
    const t = performance.now();
    stall.push(await longestStall(() => policy.loadPolicyFile(file, { offThreadMinBytes: 0 })));
    wall.push(performance.now() - t);
  }
  console.log(`   ${String(kb).padStart(4)} KB: inline ${ms(median(inline))}; worker: event loop stalls ${ms(median(stall))}, done after ${ms(median(wall))}`);
}

console.log("\n2. Reload while serving: longest event-loop stall and reload time");
for (const keys of quick ? [20_000] : [20_000, 100_000, Infinity]) {
  const file = join(dir, "live.yaml");
  await writeFile(file, argsMapPolicy(10).text);
  const store = await policy.PolicyStore.open(file);
  const { text, keys: written } = argsMapPolicy(keys, policy.MAX_POLICY_BYTES);
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
  const start = performance.now();
  let outcome: { changed: boolean } = { changed: false };
  const stall = await longestStall(async () => (outcome = await store.reload()));
  const took = performance.now() - start;
  store.close();
  if (!outcome.changed) throw new Error("the reload did not take");
  console.log(`   ${written} keys (${(text.length / 1024).toFixed(0)} KB): event loop stalls ${ms(stall)} at most; reload ${ms(took)}`);
}

console.log("\n3. `policy check` on the worst cases under the cap (child process)");
for (const c of worstCases(quick ? 1024 * 1024 : policy.MAX_POLICY_BYTES)) {
  const file = join(dir, "worst.yaml");
  await writeFile(file, c.text);
  const r = checkInChild(file);
  console.log(`   ${c.name}: ${c.keys} keys, ${(c.text.length / 1048576).toFixed(1)} MiB — ${ms(r.ms)}, exit ${r.code}, peak RSS ${r.maxRssMb} MB`);
}

console.log("\n4. Linear in the number of keys: `policy check` time per key, past a 10-key file's time");
const tiny = join(dir, "tiny.yaml");
await writeFile(tiny, argsMapPolicy(10).text);
const base = median([0, 1, 2].map(() => checkInChild(tiny).ms));
for (const keys of quick ? [10_000, 40_000] : [20_000, 60_000, 180_000]) {
  const file = join(dir, "linear.yaml");
  await writeFile(file, argsMapPolicy(keys).text);
  const r = checkInChild(file);
  console.log(`   ${String(keys).padStart(7)} keys: ${ms(r.ms)} (${(((r.ms - base) * 1000) / keys).toFixed(1)} µs per key past ${ms(base)}), exit ${r.code}`);
}

await rm(dir, { recursive: true, force: true });
