/**
 * The governed MCP gateway end to end, with real, unmodified third-party software on both
 * sides: `@modelcontextprotocol/server-everything` downstream over stdio and over Streamable
 * HTTP, the web-fetch fixture (hidden injected instructions) and a faulty server downstream;
 * upstream the v1 SDK client, the v2 client (`@modelcontextprotocol/client`, on 2025-11-25 and
 * pinned to 2026-07-28) and the MCP Inspector CLI; a real OIDC IdP (oauth2-mock-server) for
 * person tokens. One gateway (embedded sidecar) for the whole file, each child spawned once.
 *
 * What it shows: tools/list filtered per role and renamed by the virtual server (a name
 * collision across servers resolved); an allowed call goes through; a denied call comes back
 * as a readable tool error; the injected page is blocked; the duplicate guard refuses the
 * repeat; a downstream that hangs or crashes gives a clear error within its deadline and the
 * next call works again; 401 + challenge + Protected Resource Metadata without a good token
 * (static, gateway and IdP tokens; a revoked one; another audience's); a foreign Origin and
 * another subject's session are refused; the 2026-07-28 header/body cross-check holds.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createClient } from "@connectrpc/connect";
import { AdminService, TokenKind } from "@portcullis/sdk";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import {
  GetPromptResultSchema,
  ListPromptsResultSchema,
  ListResourcesResultSchema,
  ReadResourceResultSchema,
  type CallToolResult,
} from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { startTestIdp, type TestIdp } from "../helpers/oidc-issuer.js";
import { policyFile } from "../helpers/policy-file.js";
import { EVERYTHING, startEverythingHttp } from "../helpers/everything-server.js";
import { REPO } from "../helpers/paths.js";

const WEB_FETCH = join(REPO, "test", "fixtures", "web-fetch-server.mjs");
const INSPECTOR = join(REPO, "node_modules", "@modelcontextprotocol", "inspector-cli", "build", "cli.js");
/** The Inspector's v2 launcher (`npx @modelcontextprotocol/inspector --cli`), a separate code base from inspector-cli 1.x. */
const INSPECTOR_V2 = join(REPO, "node_modules", "@modelcontextprotocol", "inspector", "clients", "launcher", "build", "index.js");

const AUDIENCE = "api://portcullis-gateway";

const policyText = (idp: TestIdp) =>
  [
    "version: 1",
    "identity:",
    "  oidc:",
    `    - { issuer: "${idp.url}", audience: "${AUDIENCE}", subject: email, roles: { claim: groups, map: { okta-research: research } }, jwksTimeout: 10s }`,
    "subjects:",
    `  - { id: agent:support-bot, roles: [support], tokenSha256: ${hashToken("support-token")} }`,
    `  - { id: agent:research-bot, roles: [research], tokenSha256: ${hashToken("research-token")} }`,
    "roles:",
    "  support:",
    "    servers:",
    "      everything: { allow: [echo, get-sum], deny: [get-env] }",
    "      everything-http: { allow: [echo] }",
    "  research:",
    "    servers:",
    "      everything: { allow: [echo] }",
    "      web: { allow: ['*'], annotations: { readOnly: required } }",
    "      faulty: { allow: ['*'] }",
    "virtualServers:",
    "  support-desk:",
    "    roles: [support]",
    "    tools: [everything/echo, everything/get-sum, everything/get-env, { tool: everything-http/echo, as: http_echo }]",
    "  research-desk:",
    "    roles: [research]",
    "    tools: [web/fetch, everything/echo, faulty/hang, faulty/crash]",
    "limits:",
    "  - { name: no-repeats, tools: [everything/get-sum], duplicateWindow: 10m }",
    "guardrails:",
    "  - { tools: ['web/*'], pii: mutate, secrets: mutate, injection: block }",
  ].join("\n");

const ADMIN_TOKEN = "admin-token-for-the-gateway-e2e-test-0123456789";

let gateway: Gateway;
let everythingHttp: ChildProcess;
let idp: TestIdp;

beforeAll(async () => {
  idp = await startTestIdp();
  const everything = await startEverythingHttp();
  everythingHttp = everything.child;
  const node = JSON.stringify(process.execPath);
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(await policyFile(policyText(idp)))}`,
      "listen: 127.0.0.1:0",
      "audit: false",
      "servers:",
      `  everything: { command: ${node}, args: [${JSON.stringify(EVERYTHING)}, stdio] }`,
      `  everything-http: { url: "${everything.url}" }`,
      `  web: { command: ${node}, args: [${JSON.stringify(WEB_FETCH)}] }`,
      // A short call deadline, so the hung call ends quickly (starting the child has its own, longer one).
      `  faulty: { command: ${node}, args: [${JSON.stringify(WEB_FETCH)}, --faults], timeoutMs: 1000 }`,
    ].join("\n"),
    join(REPO, "gateway-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, adminTokenSha256: hashToken(ADMIN_TOKEN), dataDir: await mkdtemp(join(tmpdir(), "pcl-gateway-")) },
  });
});

afterAll(async () => {
  await gateway?.close();
  everythingHttp?.kill();
  await idp?.close();
});

async function connect(endpoint: string, token: string): Promise<Client> {
  const client = new Client({ name: "test-agent", version: "1.0.0" });
  const url = new URL(gateway.endpointUrl(endpoint));
  await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  return client;
}

/** A raw MCP POST to `endpoint`, for what the SDK clients never send. */
function post(endpoint: string, headers: Record<string, string>, body: unknown = {}): Promise<Response> {
  return fetch(gateway.endpointUrl(endpoint), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers },
    body: JSON.stringify(body),
  });
}

function text(result: unknown): string {
  return (result as CallToolResult).content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}

describe("v1 SDK client through the gateway", () => {
  it("lists each role's tools only, renamed by its virtual server", async () => {
    const support = await connect("support-desk", "support-token");
    const research = await connect("research-desk", "research-token");
    const supportTools = (await support.listTools()).tools.map((t) => t.name).sort();
    const researchTools = (await research.listTools()).tools.map((t) => t.name).sort();
    // get-env is in the virtual server but denied to the role; the two `echo`s do not collide.
    expect(supportTools).toEqual(["echo", "get-sum", "http_echo"]);
    expect(researchTools).toEqual(["crash", "echo", "fetch", "hang"]);
    await support.close();
    await research.close();
  });

  it("passes an allowed call to server-everything over stdio and over Streamable HTTP", async () => {
    const support = await connect("support-desk", "support-token");
    const viaStdio = await support.callTool({ name: "echo", arguments: { message: "hello stdio" } });
    const viaHttp = await support.callTool({ name: "http_echo", arguments: { message: "hello http" } });
    expect(viaStdio.isError, text(viaStdio)).toBeFalsy();
    expect(text(viaStdio)).toContain("hello stdio");
    expect(viaHttp.isError, text(viaHttp)).toBeFalsy();
    expect(text(viaHttp)).toContain("hello http");
    await support.close();
  });

  it("passes no resources or prompts through: server-everything has both, the gateway serves neither", async () => {
    // Deny by default until the policy can name them: the policy grants tools only.
    const support = await connect("everything", "support-token");
    expect(support.getServerCapabilities()).toEqual({ tools: { listChanged: true } });
    for (const request of [
      () => support.request({ method: "resources/list", params: {} }, ListResourcesResultSchema),
      () => support.request({ method: "resources/read", params: { uri: "demo://resource/static/document/architecture.md" } }, ReadResourceResultSchema),
      () => support.request({ method: "prompts/list", params: {} }, ListPromptsResultSchema),
      () => support.request({ method: "prompts/get", params: { name: "simple-prompt" } }, GetPromptResultSchema),
    ]) {
      await expect(request()).rejects.toThrow(/Method not found/);
    }
    await support.close();
  });

  it("returns a denied call as a readable tool error", async () => {
    const support = await connect("support-desk", "support-token");
    const denied = await support.callTool({ name: "get-env", arguments: {} });
    expect(denied.isError).toBe(true);
    expect(text(denied)).toMatch(/^Portcullis denied the call to get-env on support-desk \(EXPLICIT_DENY\): /);
    await support.close();
  });

  it("blocks the fetched page with hidden injected instructions", async () => {
    // Called without listing first: the gateway still finds the tool's read-only annotation,
    // which the research role requires — so the call is allowed, and its response is what stops.
    const research = await connect("research-desk", "research-token");
    const out = await research.callTool({ name: "fetch", arguments: { url: "https://acme.example/pricing" } });
    expect(out.isError).toBe(true);
    expect(text(out)).not.toMatch(/^Portcullis denied/);
    expect(text(out)).not.toContain("ignore all previous instructions");
    expect(text(out)).not.toContain("Acme Widgets");
    await research.close();
  });

  it("refuses the repeat of an identical call within the duplicate window", async () => {
    const support = await connect("support-desk", "support-token");
    const first = await support.callTool({ name: "get-sum", arguments: { a: 2, b: 3 } });
    const second = await support.callTool({ name: "get-sum", arguments: { a: 2, b: 3 } });
    expect(first.isError).toBeFalsy();
    expect(text(first)).toContain("5");
    expect(second.isError).toBe(true);
    expect(text(second)).toContain("DUPLICATE_CALL");
    await support.close();
  });

  it("answers a hung and a crashed downstream with a clear error, then serves again", async () => {
    const research = await connect("research-desk", "research-token");
    const hung = await research.callTool({ name: "hang", arguments: {} });
    expect(hung.isError).toBe(true);
    expect(text(hung)).toBe(
      "The call to hang on research-desk failed: downstream 'faulty' did not answer this call within 1000 ms (cancelled; the server answers others)",
    );
    const crashed = await research.callTool({ name: "crash", arguments: {} });
    expect(crashed.isError).toBe(true);
    expect(text(crashed)).toMatch(
      /^The call to crash on research-desk failed: downstream 'faulty' is unavailable \(.+\); the gateway reconnects on the next call$/,
    );
    // The next call reaches a fresh server process: it lists again.
    const listed = (await research.listTools()).tools.map((t) => t.name);
    expect(listed).toContain("hang");
    await research.close();
  });
});

describe("the gateway as an OAuth resource server", () => {
  it("answers 401 with a challenge pointing at its Protected Resource Metadata", async () => {
    const none = await post("research-desk", {});
    const bad = await post("research-desk", { authorization: "Bearer not-a-token" });
    const metadataUrl = `${gateway.url}/.well-known/oauth-protected-resource/mcp/research-desk`;
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe(`Bearer resource_metadata="${metadataUrl}"`);
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toMatch(new RegExp(`^Bearer resource_metadata="${metadataUrl}", error="invalid_token", error_description="`));
    const metadata = await (await fetch(metadataUrl)).json();
    expect(metadata).toEqual({
      resource: gateway.endpointUrl("research-desk"),
      authorization_servers: [idp.url],
      bearer_methods_supported: ["header"],
      resource_name: "Portcullis gateway: research-desk",
    });
  });

  it("accepts an IdP token meant for it, and refuses one meant for another audience", async () => {
    const claims = { sub: "u1", email: "rita@example.com", groups: ["okta-research"] };
    const person = await connect("research-desk", await idp.token({ ...claims, aud: AUDIENCE }));
    expect((await person.listTools()).tools.map((t) => t.name)).toContain("fetch");
    await person.close();
    const elsewhere = await post("research-desk", { authorization: `Bearer ${await idp.token({ ...claims, aud: "api://another-service" })}` });
    expect(elsewhere.status).toBe(401);
    expect(elsewhere.headers.get("www-authenticate")).toMatch(/error="invalid_token", error_description="the token is not meant for Portcullis/);
    // The refusal names the unverified issuer; in a script beyond Latin-1 it made Node refuse
    // the challenge header, and the caller got a 500. The header carries it as printable ASCII.
    const foreign = await post("research-desk", { authorization: `Bearer ${await idp.token({ ...claims, aud: AUDIENCE, iss: "https://€vil.example/李" })}` });
    expect(foreign.status).toBe(401);
    expect(foreign.headers.get("www-authenticate")).toMatch(/^Bearer resource_metadata="[^"]+", error="invalid_token", error_description="[\x20-\x7e]+"$/);
  });

  it("accepts a gateway agent token (pcla_…) and refuses it once revoked", async () => {
    const admin = createClient(AdminService, gateway.sidecar.transport);
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const issued = await admin.issueToken({ subject: "agent:temp-bot", roles: ["support"], kind: TokenKind.AGENT }, { headers });
    expect(issued.token).toMatch(/^pcla_/);
    const agent = await connect("support-desk", issued.token);
    expect((await agent.listTools()).tools.map((t) => t.name).sort()).toEqual(["echo", "get-sum", "http_echo"]);
    await agent.close();
    await admin.revokeToken({ tokenId: issued.tokenId }, { headers });
    const after = await post("support-desk", { authorization: `Bearer ${issued.token}` });
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("refuses a foreign Origin (DNS rebinding) and a session of another subject", async () => {
    const refused = await post("support-desk", { origin: "https://evil.example", authorization: "Bearer support-token" });
    expect(refused.status).toBe(403);
    const support = await connect("support-desk", "support-token");
    const session = (support.transport as StreamableHTTPClientTransport).sessionId!;
    const hijack = await post(
      "support-desk",
      { authorization: "Bearer research-token", "mcp-session-id": session },
      { jsonrpc: "2.0", id: 1, method: "tools/list" },
    );
    expect(hijack.status).toBe(404);
    await support.close();
  });
});

describe("other clients through the same gateway", () => {
  it("serves the v2 client (@modelcontextprotocol/client)", async () => {
    const v2 = await import("@modelcontextprotocol/client");
    const client = new v2.Client({ name: "v2-agent", version: "1.0.0" });
    const transport = new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("support-desk")), {
      requestInit: { headers: { authorization: "Bearer support-token" } },
    });
    await client.connect(transport);
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(tools).toEqual(["echo", "get-sum", "http_echo"]);
    const out = await client.callTool({ name: "echo", arguments: { message: "from v2" } });
    expect(text(out)).toContain("from v2");
    await client.close();
  });

  it("serves the v2 client on protocol 2026-07-28 (sessionless, server/discover)", async () => {
    const v2 = await import("@modelcontextprotocol/client");
    const client = new v2.Client({ name: "v2-modern-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    const transport = new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("support-desk")), {
      requestInit: { headers: { authorization: "Bearer support-token" } },
    });
    await client.connect(transport);
    expect(client.getProtocolEra()).toBe("modern");
    const listed = await client.listTools();
    expect(listed.tools.map((t) => t.name).sort()).toEqual(["echo", "get-sum", "http_echo"]);
    // Filtered per caller: a shared cache must not hand it to anyone else.
    expect((listed as { cacheScope?: string }).cacheScope).toBe("private");
    expect(text(await client.callTool({ name: "http_echo", arguments: { message: "modern" } }))).toContain("modern");
    const denied = await client.callTool({ name: "get-env", arguments: {} });
    expect(denied.isError).toBe(true);
    expect(text(denied)).toContain("EXPLICIT_DENY");
    await client.close();
  });

  it("refuses a 2026-07-28 request whose Mcp-Name header disagrees with its body", async () => {
    // An intermediary that routed or authorised on the header would be fooled otherwise.
    const response = await post(
      "support-desk",
      { authorization: "Bearer support-token", "mcp-protocol-version": "2026-07-28", "mcp-method": "tools/call", "mcp-name": "echo" },
      {
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: {
          name: "get-sum",
          arguments: { a: 1, b: 2 },
          _meta: {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/clientInfo": { name: "raw", version: "1" },
            "io.modelcontextprotocol/clientCapabilities": {},
          },
        },
      },
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: number } }).error.code).toBe(-32020);
  });

  it("lets the MCP Inspector CLI list and call tools with a token, and refuses it without", async () => {
    const url = gateway.endpointUrl("support-desk");
    const auth = ["--header", "Authorization: Bearer support-token"];
    const [listed, called, refused] = await Promise.all([
      inspector([url, "--transport", "http", ...auth, "--method", "tools/list"]),
      inspector([url, "--transport", "http", ...auth, "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=inspected"]),
      inspector([url, "--transport", "http", "--method", "tools/list"]),
    ]);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name).sort()).toEqual(["echo", "get-sum", "http_echo"]);
    expect(called.code).toBe(0);
    expect(text(JSON.parse(called.stdout))).toContain("inspected");
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/unauthorized/i);
  });

  it("lets the MCP Inspector 2 CLI list and call tools with a token; without one it is sent to OAuth", async () => {
    const url = gateway.endpointUrl("support-desk");
    const auth = ["--header", "Authorization: Bearer support-token"];
    const [listed, called, refused] = await Promise.all([
      inspector([url, "--transport", "http", ...auth, "--method", "tools/list"], INSPECTOR_V2),
      inspector([url, "--transport", "http", ...auth, "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=inspected"], INSPECTOR_V2),
      inspector([url, "--transport", "http", "--method", "tools/list"], INSPECTOR_V2),
    ]);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name).sort()).toEqual(["echo", "get-sum", "http_echo"]);
    expect(called.code, called.stderr).toBe(0);
    expect(text(JSON.parse(called.stdout))).toContain("inspected");
    // The gateway's 401 challenge names its Protected Resource Metadata; the CLI turns to OAuth,
    // which needs a person at a terminal.
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/auth_required|OAuth/);
  });
});

async function inspector(args: readonly string[], cli = INSPECTOR): Promise<{ code: number; stdout: string; stderr: string }> {
  // Run from its build folder: inspector-cli 1.0.3 looks for its package.json relative to the
  // working directory (existsSync("../package.json")) but imports it relative to the module.
  // No terminal: the v2 CLI must not wait for a person (nor open a browser).
  const child = spawn(process.execPath, [cli, "--cli", ...args], { cwd: dirname(cli), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const [code] = (await once(child, "close")) as [number | null];
  // The launcher prints a deprecation banner before the answer.
  return { code: code ?? -1, stdout: stdout.slice(Math.max(0, stdout.indexOf("{"))), stderr };
}
