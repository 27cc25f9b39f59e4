/**
 * Secrets never reach the logs: tokens (valid, unknown, admin), argument values and error
 * inputs stay out of every log line, at the most verbose log level, across allowed,
 * denied, malformed and admin calls.
 */
import { createClient } from "@connectrpc/connect";
import { AdminService, createGovernanceClient } from "@portcullis/sdk";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

describe("logs", () => {
  it("carry no token, argument value or admin credential", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-logs-"));
    await writeFile(join(dir, "admin"), "admin-SECRET-4242-0123456789abcdef-0123\n");
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--log-level", "trace", "--admin-token-file", join(dir, "admin")]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
    const valid = "demo-support-token";

    await client.authorize({ token: valid, server: "jira", tool: "create_issue", arguments: { project: "SUP", summary: "arg-SECRET-1111" } });
    await client.authorize({ token: valid, server: "jira", tool: "create_issue", arguments: { project: "arg-SECRET-2222", summary: "x" } });
    await client.authorize({ token: "tok-SECRET-3333", server: "jira", tool: "search_issues" });
    await client.authorize({ token: valid, server: "jira", tool: "x", argumentsJson: '{"a": arg-SECRET-5555}' }).catch(() => undefined);
    await client.filterTools({ token: "tok-SECRET-6666", server: "jira", tools: [{ name: "search_issues" }] }).catch(() => undefined);
    const admin = createClient(AdminService, client.transport);
    await admin.getPolicy({}, { headers: { authorization: "Bearer admin-SECRET-4242-0123456789abcdef-0123" } });
    await admin.getPolicy({}, { headers: { authorization: "Bearer admin-SECRET-7777" } }).catch(() => undefined);
    client.close();
    expect(await sidecar.stop()).toBe(0);

    const everything = [...sidecar.logs.map((l) => JSON.stringify(l)), ...sidecar.stderr].join("\n");
    expect(sidecar.logs.some((l) => l.msg === "deny")).toBe(true);
    expect(sidecar.logs.some((l) => l.msg === "admin authentication failed")).toBe(true);
    expect(everything).not.toMatch(/SECRET/);
    expect(everything).not.toContain(valid);
  });
});
