/**
 * `portcullis gateway` as a real child process, with a stdio downstream started through a
 * wrapper (`sh -c`, as `npx` is) that ignores its stdin's end: once the gateway has exited on
 * SIGTERM, nothing of the server's process tree is left. The SDK's transport signalled the
 * wrapper alone, and the real server went on running under PID 1 after the gateway was gone.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { hashToken } from "@portcullis/sidecar";
import { afterEach, expect, it, vi } from "vitest";
import { CLI, REPO } from "../helpers/paths.js";

const TOKEN = "stdio-tree-agent-token-3f9a";

/** A raw stdio MCP server with an `echo` tool that keeps running when its stdin ends. */
const SERVER = String.raw`
setInterval(() => undefined, 60_000);
let held = "";
process.stdin.on("data", (chunk) => {
  held += chunk;
  let at;
  while ((at = held.indexOf("\n")) >= 0) {
    const msg = JSON.parse(held.slice(0, at));
    held = held.slice(at + 1);
    if (msg.id === undefined) continue;
    const answer = (result) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result }) + "\n");
    if (msg.method === "initialize") answer({ protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "raw", version: "1" } });
    else if (msg.method === "tools/list") answer({ tools: [{ name: "echo", inputSchema: { type: "object", properties: { message: { type: "string" } } }, annotations: { readOnlyHint: true } }] });
    else if (msg.method === "tools/call") answer({ content: [{ type: "text", text: String(msg.params.arguments?.message) }] });
    else answer({});
  }
});
`;

/** The live (not zombie) processes whose command line holds `marker`. */
function running(marker: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid=,stat=,args="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.includes(marker) && !/^\d+\s+Z/.test(line));
}

let marker: string | undefined;
afterEach(() => {
  // What a failing run (the old source) left behind, killed by pid.
  for (const line of marker ? running(marker) : []) {
    try {
      process.kill(Number(line.split(/\s+/)[0]), "SIGKILL");
    } catch {
      // gone already
    }
  }
});

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

it("leaves no process of a wrapped stdio server running once it has exited on SIGTERM", async () => {
  const dir = await mkdtemp(join(tmpdir(), "pcl-gw-stdio-tree-"));
  marker = `${dir}/server.mjs`;
  await writeFile(marker, SERVER);
  const port = await freePort();
  await writeFile(
    join(dir, "policy.yaml"),
    [
      "version: 1",
      "subjects:",
      `  - { id: agent:tree, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
      "roles:",
      "  r: { servers: { wrapped: { allow: [echo] } } }",
      "guardrails:",
      "  - { tools: ['*'], deadlineMs: 10000 }",
    ].join("\n"),
  );
  const script = `${process.execPath} ${marker}; echo exited >&2`;
  await writeFile(
    join(dir, "gateway.yaml"),
    [
      "policy: policy.yaml",
      `listen: 127.0.0.1:${port}`,
      "dataDir: data",
      "audit: false",
      "servers:",
      `  wrapped: { command: sh, args: [-c, ${JSON.stringify(script)}] }`,
    ].join("\n"),
  );
  const gateway = spawn(process.execPath, [CLI, "gateway", "--config", join(dir, "gateway.yaml")], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => gateway.once("exit", (code) => resolve(code)));
  const listening = new Promise<void>((resolve) =>
    createInterface({ input: gateway.stdout }).on("line", (line) => {
      output.push(line);
      if (line.startsWith("portcullis gateway listening on ")) resolve();
    }),
  );
  createInterface({ input: gateway.stderr }).on("line", (line) => output.push(line));
  try {
    await Promise.race([listening, exited.then((code) => Promise.reject(new Error(`gateway exited with ${code}:\n${output.join("\n")}`)))]);
    const client = new Client({ name: "tree-agent", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp/wrapped`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
    );
    const result = await client.callTool({ name: "echo", arguments: { message: "hello" } });
    expect(result.content).toEqual([expect.objectContaining({ type: "text", text: expect.stringContaining("hello") })]);
    // The shell and the server under it.
    expect(running(marker)).toHaveLength(2);
    await client.close();
  } finally {
    gateway.kill("SIGTERM");
    expect(await exited).toBe(0);
  }
  await vi.waitFor(() => expect(running(marker!)).toEqual([]), { timeout: 30_000, interval: 100 });
});
