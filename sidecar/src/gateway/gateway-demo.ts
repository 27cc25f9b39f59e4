/**
 * `npm run demo`: starts the gateway of examples/gateway.yaml (the bundled example policy in
 * front of the stand-in Jira server and the web-fetch server) and shows, with the official MCP
 * client, what the support agent and the research agent each see and get. Not part of the
 * library's API.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { createLogger } from "../logger.js";
import { loadGatewayConfig } from "./gateway-config.js";
import { gatewaySidecarOptions } from "./gateway-sidecar.js";
import { startGateway } from "./mcp-gateway.js";

/** The config the demo runs by default; `npm run demo -- FILE` runs another (its `listen:` is the port). */
const CONFIG = fileURLToPath(new URL("../../../examples/gateway.yaml", import.meta.url));

/** One agent of the demo: its token (from examples/policy.yaml), endpoint and calls. */
const AGENTS = [
  {
    who: "support agent",
    token: "demo-support-token",
    endpoint: "support-desk",
    calls: [
      { name: "search_issues", arguments: { query: "printer" } },
      { name: "create_issue", arguments: { project: "SUP", summary: "Printer on fire again" } },
      { name: "create_issue", arguments: { project: "OPS", summary: "Printer on fire" } },
      { name: "delete_issue", arguments: { key: "SUP-1" } },
    ],
  },
  {
    who: "research agent",
    token: "demo-research-token",
    endpoint: "research-desk",
    calls: [
      { name: "fetch", arguments: { url: "https://acme.example/pricing" } },
      { name: "create_issue", arguments: { project: "SUP", summary: "hello" } },
    ],
  },
] as const;

/**
 * Runs the demo on the gateway configuration `configFile` (default examples/gateway.yaml),
 * recording to the audit trail the configuration names, as `portcullis gateway` does, and
 * resolves once the gateway has stopped.
 *
 * @example
 * ```ts
 * await runGatewayDemo();
 * ```
 */
export async function runGatewayDemo(configFile: string = CONFIG): Promise<void> {
  const config = await loadGatewayConfig(configFile);
  const sidecar = gatewaySidecarOptions(config);
  const gateway = await startGateway({ config, sidecar, logger: createLogger({ level: "warn" }) });
  try {
    console.log(`Portcullis gateway on ${gateway.url} (config ${config.file})\n`);
    const anonymous = await fetch(gateway.endpointUrl("support-desk"), { method: "POST", body: "{}" });
    console.log(`Without a token: HTTP ${anonymous.status}, WWW-Authenticate: ${anonymous.headers.get("www-authenticate")}\n`);
    for (const agent of AGENTS) {
      const client = new Client({ name: `demo-${agent.endpoint}`, version: "1.0.0" });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(gateway.endpointUrl(agent.endpoint)), {
          requestInit: { headers: { authorization: `Bearer ${agent.token}` } },
        }),
      );
      const tools = (await client.listTools()).tools.map((t) => t.name);
      console.log(`${agent.who} at /mcp/${agent.endpoint} sees: ${tools.length > 0 ? tools.join(", ") : "(no tools)"}`);
      for (const call of agent.calls) {
        const result = (await client.callTool(call)) as CallToolResult;
        const text = result.content.map((c) => (c.type === "text" ? c.text : `[${c.type}]`)).join(" ");
        console.log(`  ${call.name}(${JSON.stringify(call.arguments)}) → ${result.isError ? "ERROR" : "ok"}: ${text.replace(/\s+/g, " ").slice(0, 240)}`);
      }
      console.log();
      await client.close();
    }
    if (sidecar.audit === undefined) console.log(`Nothing above was recorded: ${config.file} says audit: false.`);
    else console.log(`Every decision above is in the audit trail: npx portcullis audit query --dir ${shellWord(shortPath(sidecar.audit.dir))} --since 1h`);
  } finally {
    await gateway.close();
  }
}

/** `path` relative to the working directory when it lies inside it, else absolute. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? resolve(path) : rel;
}

/** `word` as one shell word: as is when it is plain, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runGatewayDemo(process.argv[2] ?? CONFIG);
