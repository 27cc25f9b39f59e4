/**
 * `portcullis audit query … | head`: a reader that goes away after the lines it wanted ends
 * the query quietly — exit 0, nothing on stderr — in every format, as `cat` does, instead of
 * dying of an EPIPE with a stack trace. Runs the built CLI as a child whose stdout is a pipe.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestAuditWriter } from "../../../helpers/generated-audit-store.js";
import { CLI, REPO } from "../../../helpers/paths.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "portcullis-audit-pipe-"));
  const writer = new TestAuditWriter(dir);
  // ~1 MB of output in every format: far more than a pipe holds, so the CLI is still writing
  // when its reader goes away (a write to a full pipe blocks until the reader reads).
  for (let i = 0; i < 5000; i++) {
    writer.append({
      ts: Date.now() - i,
      event: "authorize",
      decisionId: `d-${i}`,
      subject: `agent-${i}@svc`,
      server: "jira",
      tool: "search_issues",
      decision: "allow",
    });
  }
  writer.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the query, closes its stdout after the first chunk, and resolves to how it ended. */
async function queryThenHangUp(format: string): Promise<{ code: number | null; signal: string | null; stderr: string; got: number }> {
  const child = spawn(process.execPath, [CLI, "audit", "query", "--dir", dir, "--limit", "100000", "--format", format], { cwd: REPO });
  let stderr = "";
  let got = 0;
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.once("data", (d: Buffer) => {
    got = d.byteLength;
    child.stdout.destroy(); // the reader goes away, as `head -1` does
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("close", (c, s) => resolve([c, s])));
  return { code, signal, stderr, got };
}

describe("audit query under | head", () => {
  it.each(["table", "csv", "json"])("--format %s: exits 0 with nothing on stderr when stdout's reader goes away", async (format) => {
    const run = await queryThenHangUp(format);
    expect(run.got).toBeGreaterThan(0);
    expect(run.stderr).toBe("");
    expect(run).toMatchObject({ code: 0, signal: null });
  });
});
