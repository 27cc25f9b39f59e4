/**
 * `portcullis gateway` as a real process, on its way out and on SIGHUP, told apart from serve
 * by nothing an operator would notice:
 *
 * - its audit directory removed while it runs: SIGTERM exits 5 (the audit trail did not close
 *   cleanly), as serve does; the gateway used to drop that verdict and exit 0. A clean run
 *   exits 0, its last line `gateway stopped` with `auditClosed: true`.
 * - a request still unanswered at the drain deadline (`--drain-timeout`) loses its connection:
 *   the log says so and the exit code is 4, as serve's for calls cut off at its drain deadline;
 *   the gateway used to close it without a word and exit 0.
 * - SIGHUP reloads the policy (an allowed call is then denied); a broken policy file keeps the
 *   policy in force and logs each problem's file:line; the configuration file is read again
 *   and its changes or errors logged, never applied. SIGHUP used to kill the gateway by its
 *   default action.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { McpToolResult } from "@portcullis/sdk/mcp";
import { hashToken } from "@portcullis/sidecar";
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayProcess, type GatewayProcess } from "../helpers/gateway-process.js";
import { startHttpMcpServer, type HttpMcpServer } from "../helpers/http-mcp-server.js";
import { openSocket } from "../helpers/raw-connections.js";
import type { LogLine } from "../helpers/sidecar-process.js";

const TOKEN = "gateway-signals-TOKEN-5e1f0a9c";
const policyAllowing = (tools: string[]) =>
  [
    "version: 1",
    "subjects:",
    `  - { id: agent:signals, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
    "roles:",
    `  r: { servers: { crm: { allow: [${tools.join(", ")}] } } }`,
    // A scan deadline fit for a busy two-core test machine (the default would fail closed).
    "guardrails:",
    "  - { tools: ['*'], deadlineMs: 10000 }",
    "",
  ].join("\n");
const configText = (crm: HttpMcpServer, extra: string[] = []) =>
  [
    "policy: policy.yaml",
    "listen: 127.0.0.1:0",
    "dataDir: data",
    "audit: { dir: audit, mode: async }",
    ...extra,
    "servers:",
    `  crm: { url: "${crm.url}" }`,
    "",
  ].join("\n");

/** The downstreams started (one session each: one per gateway), closed at the end. */
const downstreams: HttpMcpServer[] = [];
afterAll(async () => {
  await Promise.all(downstreams.map((d) => d.close()));
});

/** A gateway on a fresh directory, before a downstream of its own, with the policy allowing `tools`. */
async function gatewayIn(tools: string[], args: string[] = []): Promise<{ dir: string; crm: HttpMcpServer; gateway: GatewayProcess; client: Client }> {
  const crm = await startHttpMcpServer();
  downstreams.push(crm);
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-signals-"));
  await writeFile(join(dir, "policy.yaml"), policyAllowing(tools));
  await writeFile(join(dir, "gateway.yaml"), configText(crm));
  const gateway = await startGatewayProcess(join(dir, "gateway.yaml"), {}, args);
  const client = new Client({ name: "signals-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${gateway.url}/mcp/crm`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
  );
  return { dir, crm, gateway, client };
}

const search = async (client: Client, q: string): Promise<{ isError: boolean; text: string }> => {
  const result = (await client.callTool({ name: "search", arguments: { q } }, undefined, { timeout: 60_000 })) as McpToolResult;
  return { isError: result.isError === true, text: (result.content as { text: string }[]).map((c) => c.text).join("\n") };
};

const isSignalVerdict = (l: LogLine) => l.trigger === "signal";

describe("gateway: exit code of the shutdown", () => {
  it("audit directory removed while it runs: calls are refused, SIGTERM exits 5 and the log says why", async () => {
    const { dir, gateway, client } = await gatewayIn(["search"]);
    try {
      expect(await search(client, "before")).toEqual({ isError: false, text: "found: before" });
      // Retried: the trail may be writing into it meanwhile (ENOTEMPTY).
      await rm(join(dir, "audit"), { recursive: true, maxRetries: 20 });
      // The trail notices the removal when it next writes: calls are refused from then on, at
      // Authorize (the decision cannot be recorded) or at ScanResponse (the answer withheld).
      for (;;) {
        const answer = await search(client, "after");
        if (answer.isError) {
          expect(answer.text).toMatch(/AUDIT_UNAVAILABLE|withheld/);
          break;
        }
      }
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.stop("SIGTERM")).toEqual({ code: 5, signal: null });
    const unclean = gateway.logs.find((l) => l.msg === "audit trail did not close cleanly");
    expect(unclean).toMatchObject({ level: "error" });
    expect(String(unclean?.err)).toContain("removed while the sidecar ran");
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", auditClosed: false });
  });

  it("a clean run: SIGTERM exits 0, the last line says the audit trail closed", async () => {
    const { gateway, client } = await gatewayIn(["search"]);
    expect(await search(client, "one")).toEqual({ isError: false, text: "found: one" });
    await client.close();
    expect(await gateway.stop("SIGTERM")).toEqual({ code: 0, signal: null });
    expect(gateway.logs.some((l) => l.msg === "audit trail did not close cleanly")).toBe(false);
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 0, auditClosed: true });
  });
});

describe("gateway: a request still unanswered at the drain deadline", () => {
  it("its connection is closed, the log says how many, and the exit code is 4", async () => {
    const { gateway, client } = await gatewayIn(["search"], ["--drain-timeout", "500"]);
    await client.close();
    const host = new URL(gateway.url).host;
    const socket = await openSocket(host);
    // Its head, never its body: a client that stalls mid-upload. The interim 100 Continue says
    // the gateway has taken the request in (Node answers it as it hands the request over).
    socket.socket.write(
      `POST /mcp/crm HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 200\r\nExpect: 100-continue\r\n\r\n{"jsonrpc":`,
    );
    await socket.waitFor("HTTP/1.1 100 Continue");
    expect(await gateway.stop("SIGTERM")).toEqual({ code: 4, signal: null });
    await socket.closed;
    expect(socket.received().replace("HTTP/1.1 100 Continue\r\n\r\n", "")).toBe("");
    expect(gateway.logs.find((l) => l.msg === "drain deadline passed; cut off 1 call(s) still in flight")).toMatchObject({ level: "error", cutOff: 1 });
    expect(gateway.logs.at(-1)).toMatchObject({ msg: "gateway stopped", cutOff: 1, auditClosed: true });
  });
});

describe("gateway: SIGHUP", () => {
  it("reloads the policy; a broken policy or configuration is logged with file:line and the gateway serves on", async () => {
    const { dir, crm, gateway, client } = await gatewayIn(["search"]);
    const policy = join(dir, "policy.yaml");
    const config = join(dir, "gateway.yaml");
    const sighup = async (predicate: (l: LogLine) => boolean, count: number) => {
      gateway.child.kill("SIGHUP");
      // Each SIGHUP logs two verdicts (policy, configuration): wait for this one's.
      await gateway.waitForLog(() => gateway.logs.filter(isSignalVerdict).length >= count);
      return gateway.logs.filter(isSignalVerdict).slice(-2).find(predicate);
    };
    try {
      expect(await search(client, "allowed")).toEqual({ isError: false, text: "found: allowed" });

      // A broken policy: rejected with its file:line; the policy in force (search allowed) stays.
      await writeFile(policy, `${policyAllowing(["search"])}roles: [\n`);
      const rejected = await sighup((l) => String(l.msg).startsWith("policy "), 2);
      expect(rejected).toMatchObject({ level: "error", msg: "policy rejected; the policy in force stays in force" });
      expect(JSON.stringify(rejected?.errors)).toMatch(new RegExp(`${policy.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+:\\d+`));
      expect(await search(client, "still allowed")).toEqual({ isError: false, text: "found: still allowed" });

      // A policy that no longer allows search: the call that was allowed is denied.
      await writeFile(policy, policyAllowing(["meta"]));
      const verdict = await sighup((l) => String(l.msg).startsWith("policy "), 4);
      // The file watcher may have loaded it first; the signal then finds it in force.
      expect(["policy reloaded", "policy unchanged; the revision in force stays"]).toContain(verdict?.msg);
      const denied = await search(client, "denied now");
      expect(denied.isError).toBe(true);
      expect(denied.text).toMatch(/denied the call to search/);

      // The configuration file: read again, never applied; a broken one named with file:line.
      expect(gateway.logs.filter(isSignalVerdict).filter((l) => l.msg === "gateway configuration unchanged")).toHaveLength(2);
      await writeFile(config, configText(crm, ["allowedOrigins: [https://app.example]"]));
      const changed = await sighup((l) => String(l.msg).startsWith("gateway configuration"), 6);
      expect(changed).toMatchObject({ level: "warn", changed: ["allowedOrigins"] });
      await writeFile(config, configText(crm, ["timeoutMs: fast"]));
      const badConfig = await sighup((l) => String(l.msg).startsWith("gateway configuration"), 8);
      expect(badConfig).toMatchObject({ level: "error" });
      expect(String(badConfig?.msg)).toMatch(/^gateway configuration rejected; the configuration in force stays in force/);
      expect(badConfig?.errors).toEqual([expect.stringMatching(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:5:\\d+: timeoutMs: `))]);
      expect((await search(client, "denied still")).isError).toBe(true);
      await writeFile(policy, policyAllowing(["search"]));
      await sighup((l) => String(l.msg).startsWith("policy "), 10);
      expect(await search(client, "allowed again")).toEqual({ isError: false, text: "found: allowed again" });
    } finally {
      await client.close().catch(() => undefined);
    }
    expect(await gateway.stop("SIGTERM")).toEqual({ code: 0, signal: null });
  });
});
