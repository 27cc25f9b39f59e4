/**
 * What `portcullis audit query` shows of caller-chosen values: characters that reorder or hide
 * text (bidi controls, zero-width and other format characters, line and paragraph separators)
 * come out as `?` in the table and in CSV, as control characters do in the table — so
 * `invoice\u202efdp.exe` cannot pass for `invoicexe.pdf`. JSON keeps the exact value.
 */
import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../../../sidecar/src/cli.js";
import { TestAuditWriter } from "../../../helpers/generated-audit-store.js";

/** Each one reorders or hides the text around it where it is displayed. */
const REORDERING = [
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200e",
  "\u200f",
  "\u061c",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u2028",
  "\u2029",
  "\u{e0041}",
];
const TOOL = "invoice\u202efdp.exe";
const SUBJECT = `agent${REORDERING.join("")}@svc`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "portcullis-audit-display-"));
  const writer = new TestAuditWriter(dir);
  writer.append({
    ts: Date.now(),
    event: "authorize",
    decisionId: "d-1",
    subject: SUBJECT,
    server: "jira",
    tool: TOOL,
    decision: "deny",
    reason: "NOT_PERMITTED",
  });
  writer.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(format: string): Promise<string> {
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    expect(await main(["audit", "query", "--dir", dir, "--format", format])).toBe(0);
    return out.mock.calls.map((c) => String(c[0])).join("");
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

const shown = (text: string) => REORDERING.filter((c) => text.includes(c));

describe("audit query shows reordering characters as ?", () => {
  it.each(["table", "csv"])("--format %s", async (format) => {
    const text = await query(format);
    expect(shown(text)).toEqual([]);
    expect(text).toContain("invoice?fdp.exe");
    expect(text).toContain(`agent${"?".repeat(REORDERING.length)}@svc`);
  });

  it("--format json keeps the exact values", async () => {
    const [record] = JSON.parse(await query("json")) as { tool: string; subject: string }[];
    expect(record).toMatchObject({ tool: TOOL, subject: SUBJECT });
  });
});
