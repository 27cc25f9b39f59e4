/**
 * The logger masks the names and ids a caller chose (server, tool, endpoint, workflow and
 * decision ids) as the audit trail does: a caller can put a token in any of them, and a log
 * line about its call carried it in clear. Everything else passes as it was logged.
 */
import { expect, it } from "vitest";
import { createLogger } from "../../sidecar/src/logger.js";

const GITHUB_TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";

function logged(fields: Record<string, unknown>): Record<string, unknown> {
  const lines: string[] = [];
  createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } }).info(fields, "a call");
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

it("masks a secret in the server, tool, endpoint, workflow id or decision id a caller sent", () => {
  for (const key of ["server", "virtualServer", "tool", "endpoint", "workflowId", "decisionId"]) {
    const line = logged({ [key]: GITHUB_TOKEN, subject: "alice" });
    expect(line[key], key).toBe("[masked:secret]");
    expect(line.subject).toBe("alice");
    expect(JSON.stringify(line)).not.toContain(GITHUB_TOKEN.slice(4));
  }
});

it("leaves ordinary names and ids, and every other field, as they were", () => {
  const fields = {
    server: "github",
    tool: "search_issues",
    endpoint: "research-desk",
    decisionId: "3f2b8c1e-9a4d-4c7e-b1f0-5d6e7a8b9c0d",
    workflowId: "wf-2026-12-07",
    count: 3,
  };
  expect(logged(fields)).toMatchObject({ ...fields, msg: "a call", level: "info" });
});
