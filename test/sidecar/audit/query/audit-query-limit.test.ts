/**
 * `portcullis audit query` says on stderr when `--limit` (default 1000) cut the answer —
 * "1000 of ≥1001 records shown; raise --limit or narrow the query" — and nothing when it did
 * not; stdout's format is the same either way.
 */
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../../../sidecar/src/cli.js";
import { TestAuditWriter } from "../../../helpers/generated-audit-store.js";

const RECORDS = 1001;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "portcullis-audit-limit-"));
  const writer = new TestAuditWriter(dir);
  const tools = ["create_issue", "delete_issue", "search_issues"];
  for (let i = 0; i < RECORDS; i++) {
    writer.append({ ts: Date.now() - i, event: "authorize", decisionId: `d-${i}`, subject: "bot@svc", server: "jira", tool: tools[i % 3]!, decision: "allow" });
  }
  writer.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    expect(await main(["audit", "query", "--dir", dir, ...args])).toBe(0);
    return { stdout: out.mock.calls.map((c) => String(c[0])).join(""), stderr: err.mock.calls.map((c) => c.join(" ")).join("\n") };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

const lines = (text: string) => text.trimEnd().split("\n");

describe("audit query: a note when --limit cut the answer", () => {
  it("the default limit of 1000 over 1001 records: 1000 rows on stdout, the note on stderr", async () => {
    const csv = await query("--format", "csv");
    expect(lines(csv.stdout)).toHaveLength(1 + 1000); // header + rows, nothing else
    expect(csv.stderr).toBe("portcullis: 1000 of ≥1001 records shown; raise --limit or narrow the query");

    const json = await query("--format", "json");
    expect(JSON.parse(json.stdout)).toHaveLength(1000);
    expect(json.stderr).toContain("1000 of ≥1001 records shown");

    const table = await query();
    expect(lines(table.stdout)).toHaveLength(1 + 1000);
    expect(table.stderr).toContain("1000 of ≥1001 records shown");
  });

  it("a limit that holds the whole answer: no note", async () => {
    const all = await query("--format", "csv", "--limit", String(RECORDS));
    expect(lines(all.stdout)).toHaveLength(1 + RECORDS);
    expect(all.stderr).toBe("");
    expect((await query("--format", "csv", "--tool", "create_issue")).stderr).toBe(""); // 334 match
  });

  it("a smaller limit, and --distinct: counts what it groups", async () => {
    expect((await query("--format", "csv", "--limit", "5")).stderr).toBe("portcullis: 5 of ≥6 records shown; raise --limit or narrow the query");
    const cut = await query("--format", "csv", "--distinct", "tool", "--limit", "2");
    expect(
      lines(cut.stdout)
        .slice(1)
        .map((l) => l.split(",")[1]),
    ).toEqual(["create_issue", "delete_issue"]);
    expect(cut.stderr).toBe("portcullis: 2 of ≥3 tools shown; raise --limit or narrow the query");
    const whole = await query("--format", "csv", "--distinct", "tool", "--limit", "3");
    expect(lines(whole.stdout)).toHaveLength(1 + 3);
    expect(whole.stderr).toBe("");
  });
});
