/**
 * Hot reload against a real `portcullis serve` process: a broken edit is rejected with
 * file:line, the old revision keeps deciding, and the next valid edit takes effect without
 * a restart — through the file watcher (in-place writes and editor-style renames), the
 * admin ReloadPolicy RPC, and SIGHUP. A large policy is checked off the event loop: calls
 * keep being decided (on the old revision) while it loads.
 */
import { createClient } from "@connectrpc/connect";
import { AdminService, createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { examplePolicyWithBigMap } from "../helpers/big-policy.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const SEARCH = { token: "demo-support-token", server: "jira", tool: "search_issues" };
let sidecar: SidecarProcess | undefined;
let client: GovernanceClient | undefined;

afterEach(async () => {
  client?.close();
  if (sidecar) expect(await sidecar.stop()).toBe(0);
  sidecar = undefined;
});

async function setup(extraArgs: string[] = []) {
  const dir = await mkdtemp(join(tmpdir(), "pcl-reload-"));
  const file = join(dir, "policy.yaml");
  const original = await readFile(EXAMPLE_POLICY, "utf8");
  await writeFile(file, original);
  const adminToken = join(dir, "admin-token");
  await writeFile(adminToken, "test-admin-token-0123456789abcdef-0123\n", { mode: 0o600 });
  sidecar = await startSidecarProcess(["--policy", file, "--admin-token-file", adminToken, ...extraArgs]);
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 5000 });
  const first = await client.authorize(SEARCH);
  expect(first.decision).toBe(Decision.ALLOW);
  return { dir, file, original, revision: first.policyRevision };
}

// A broken edit: a typo'd key in the support role's jira block.
const breakIt = (text: string) => text.replace('        deny: ["delete_*", bulk_update]', '        deny: ["delete_*", bulk_update]\n        denny: [oops]');
// A valid edit: support may no longer search.
const revokeSearch = (text: string) => text.replace("allow: [search_issues, create_issue]", "allow: [create_issue]");

describe("policy hot reload", () => {
  it("rejects a broken edit with file:line, keeps the old revision, then takes the next valid edit", async () => {
    const { file, original, revision } = await setup();
    const brokenLine =
      breakIt(original)
        .split("\n")
        .findIndex((l) => l.includes("denny")) + 1;

    await writeFile(file, breakIt(original));
    const rejected = await sidecar!.waitForLog((l) => l.msg === "policy rejected; the policy in force stays in force");
    expect(rejected.errors).toEqual([`${file}:${brokenLine}:9: roles.support.servers.jira.denny: unknown key 'denny'; did you mean \`deny\`?`]);
    expect(rejected.revision).toBe(revision);
    const during = await client!.authorize(SEARCH);
    expect(during).toMatchObject({ decision: Decision.ALLOW, policyRevision: revision });

    // Editor-style save: write a temp file, rename over the policy.
    await writeFile(`${file}.tmp`, revokeSearch(original));
    await rename(`${file}.tmp`, file);
    const reloaded = await sidecar!.waitForLog((l) => l.msg === "policy reloaded");
    expect(reloaded.revision).not.toBe(revision);
    const after = await client!.authorize(SEARCH);
    expect(after).toMatchObject({ decision: Decision.DENY, reason: Reason.NOT_PERMITTED, policyRevision: reloaded.revision });
  });

  it("reloads through the admin RPC and reports the rejection's errors", async () => {
    const { file, original, revision } = await setup(["--no-watch"]);
    const admin = createClient(AdminService, client!.transport);
    const auth = { headers: { authorization: "Bearer test-admin-token-0123456789abcdef-0123" } };

    await writeFile(file, breakIt(original));
    const rejected = await admin.reloadPolicy({}, auth);
    expect(rejected.changed).toBe(false);
    expect(rejected.revision).toBe(revision);
    expect(rejected.errors[0]).toMatchObject({
      file,
      column: 9,
      path: "roles.support.servers.jira.denny",
      message: "unknown key 'denny'; did you mean `deny`?",
    });
    const shown = await admin.getPolicy({}, auth);
    expect(shown.revision).toBe(revision);
    expect(shown.lastRejectedErrors).toHaveLength(1);
    expect((await client!.authorize(SEARCH)).decision).toBe(Decision.ALLOW);

    await writeFile(file, revokeSearch(original));
    const accepted = await admin.reloadPolicy({}, auth);
    expect(accepted).toMatchObject({ changed: true, errors: [] });
    expect(accepted.revision).not.toBe(revision);
    expect((await admin.getPolicy({}, auth)).lastRejectedErrors).toHaveLength(0);
    expect(await client!.authorize(SEARCH)).toMatchObject({ decision: Decision.DENY, policyRevision: accepted.revision });
  });

  it("reloads on SIGHUP", async () => {
    const { file, original, revision } = await setup(["--no-watch"]);
    await writeFile(file, revokeSearch(original));
    // Without a watcher nothing changes until the signal.
    expect((await client!.authorize(SEARCH)).policyRevision).toBe(revision);
    sidecar!.child.kill("SIGHUP");
    const reloaded = await sidecar!.waitForLog((l) => l.msg === "policy reloaded");
    expect(reloaded.trigger).toBe("signal");
    expect(await client!.authorize(SEARCH)).toMatchObject({ decision: Decision.DENY, policyRevision: reloaded.revision });
  });

  it("answers every SIGHUP with a verdict: unchanged, rejected, and unchanged again once the bad edit is reverted", async () => {
    const { file, original, revision } = await setup(["--no-watch"]);
    const policyLines = () => sidecar!.logs.filter((l) => /^policy (reloaded|rejected|unchanged)/.test(l.msg ?? ""));
    const verdicts = async (n: number) => {
      sidecar!.child.kill("SIGHUP");
      await sidecar!.waitForLog(() => policyLines().length >= n);
      return policyLines()[n - 1]!;
    };
    expect(await verdicts(1)).toMatchObject({ msg: "policy unchanged; the revision in force stays", trigger: "signal", revision });
    await writeFile(file, breakIt(original));
    expect(await verdicts(2)).toMatchObject({ msg: "policy rejected; the policy in force stays in force", trigger: "signal", revision });
    await writeFile(file, original);
    expect(await verdicts(3)).toMatchObject({ msg: "policy unchanged; the revision in force stays", trigger: "signal", revision });
  });

  it("refuses a FIFO put at the policy path, takes the file put back, and still exits 0 on SIGTERM", async () => {
    const { file, original, revision } = await setup();
    const child = sidecar!.child;
    try {
      await rm(file);
      execFileSync("mkfifo", [file]);
      const refused = await sidecar!.waitForLog((l) => l.msg === "policy rejected; the policy in force stays in force");
      expect(refused).toMatchObject({ trigger: "watch", revision });
      expect(refused.errors).toEqual([
        `${file}:1:1: the policy path is a FIFO (named pipe), not a regular file; put the policy in a regular file (or a symlink to one) there`,
      ]);
      expect((await client!.authorize(SEARCH)).policyRevision).toBe(revision);

      // The FIFO held no reload: the policy written back (by rename, as a deploy does) loads.
      await writeFile(`${file}.tmp`, revokeSearch(original));
      await rename(`${file}.tmp`, file);
      const reloaded = await sidecar!.waitForLog((l) => l.msg === "policy reloaded");
      expect(await client!.authorize(SEARCH)).toMatchObject({ decision: Decision.DENY, policyRevision: reloaded.revision });

      client!.close();
      client = undefined;
      expect(await sidecar!.stop()).toBe(0);
      expect(sidecar!.logs.some((l) => l.msg === "stopped")).toBe(true);
      sidecar = undefined;
    } finally {
      // A sidecar wedged on the FIFO (the defect) would not exit on SIGTERM.
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });

  it("keeps deciding, on the old revision, while a policy with a 20,000-key map loads", async () => {
    const { file, revision } = await setup();
    const calls: { latencyMs: number; revision: string; decision: Decision; afterWrite: boolean; beforeReload: boolean }[] = [];
    let written = false;
    let reloaded = false;
    let stop = false;
    // One call in flight at all times, as a busy agent would make them.
    const caller = (async () => {
      while (!stop) {
        const start = performance.now();
        const reply = await client!.authorize(SEARCH);
        calls.push({
          latencyMs: performance.now() - start,
          revision: reply.policyRevision,
          decision: reply.decision,
          afterWrite: written,
          beforeReload: !reloaded,
        });
      }
    })();

    const big = await examplePolicyWithBigMap(20_000, revokeSearch);
    await writeFile(`${file}.tmp`, big);
    await rename(`${file}.tmp`, file);
    written = true;
    const writtenAt = performance.now();
    const log = await sidecar!.waitForLog((l) => l.msg === "policy reloaded", 60_000);
    reloaded = true;
    const loadMs = performance.now() - writtenAt;
    const newRevision = String(log.revision);
    while (calls.filter((c) => c.revision === newRevision).length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    stop = true;
    await caller;

    // Before: the reload held the sidecar's event loop for as long as it took, and the call
    // waiting on it took most of the load's time. Measured against the load in the same run,
    // not a fixed bound: on a busy machine both stretch together (a 1,000 ms bound was once
    // missed at 1,075 ms under a load of 7).
    const slowest = calls.reduce((max, c) => Math.max(max, c.latencyMs), 0);
    expect(slowest, `the slowest call while the policy loaded for ${loadMs.toFixed(0)} ms`).toBeLessThan(loadMs / 2);
    // Old revision, then the new one: one switch, never back.
    const switchAt = calls.findIndex((c) => c.revision !== revision);
    expect(calls.slice(switchAt).every((c) => c.revision === newRevision && c.decision === Decision.DENY)).toBe(true);
    expect(calls.slice(0, switchAt).every((c) => c.revision === revision && c.decision === Decision.ALLOW)).toBe(true);
    // Calls were served while the new policy was loading.
    expect(calls.filter((c) => c.afterWrite && c.beforeReload && c.revision === revision).length).toBeGreaterThan(0);
  });
});
