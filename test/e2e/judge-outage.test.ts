/**
 * A guardrail judge that is down, seen from a real `portcullis serve` process: every response
 * its profile covers is blocked (`onError: block`) while Authorize goes on deciding, the log
 * says so once rather than per call, and the count of the repeats is written — at the latest
 * when the sidecar stops, so that a short outage is not reported as a single failure.
 */
import { once } from "node:events";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { createGovernanceClient, Decision, ScanAction } from "@portcullis/sdk";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const judge = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(500, { "content-type": "application/json" }).end("{}"));
});
let sidecar: SidecarProcess | undefined;
afterAll(async () => {
  await sidecar?.stop();
  judge.close();
});

it("a failing judge blocks its responses, Authorize goes on, and the log counts the failures once, flushed at stop", async () => {
  judge.listen(0, "127.0.0.1");
  await once(judge, "listening");
  const url = `http://127.0.0.1:${(judge.address() as AddressInfo).port}/classify`;
  const dir = await mkdtemp(join(tmpdir(), "pcl-judge-"));
  const example = await readFile(EXAMPLE_POLICY, "utf8");
  const policy = example.replace(/^guardrails:\n {2}- tools: \["\*"\]\n/m, `guardrails:\n  - tools: ["*"]\n    judge: { url: "${url}", onError: block }\n`);
  expect(policy).not.toBe(example);
  await writeFile(join(dir, "policy.yaml"), policy);
  // Detectors built before serving: built with the first scan, they hold the serving thread
  // past an Authorize's deadline on a busy machine, which is not what this test is about.
  sidecar = await startSidecarProcess(["--policy", join(dir, "policy.yaml")], { PORTCULLIS_GUARDRAIL_WARMUP: "start" }, { startTimeoutMs: 30_000 });
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });

  const scans = 12;
  for (let i = 0; i < scans; i++) {
    const scanned = await client.scanResponse({
      token: "demo-support-token",
      server: "jira",
      tool: "search_issues",
      text: `Ticket ${i}: printer on floor ${i} is jammed.`,
    });
    expect(scanned.action).toBe(ScanAction.BLOCK);
    expect((await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
  }
  client.close();
  expect(await sidecar.stop()).toBe(0);

  const lines = sidecar.logs.filter((l) => String(l.msg).startsWith("guardrail judge failed"));
  // The first failure at once; the other eleven as one line with their count — the window
  // (a minute) had not ended, so that line comes from the shutdown. Before, it was never written.
  expect(lines.map((l) => [l.why, l.repeated])).toEqual([
    [`judge: ${url} answered HTTP 500`, undefined],
    [`judge: ${url} answered HTTP 500`, scans - 1],
  ]);
});
