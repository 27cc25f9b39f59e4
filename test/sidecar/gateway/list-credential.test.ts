/**
 * The gateway's tools/list credential waits on shared state within one `--state-timeout`: to
 * list a server whose policy injects a per-user credential, the gateway produces the caller's
 * credential — the vault's read, and for an OAuth token due for refresh, the refresh's turn
 * and its write in Redis. Those waits had no budget (a hung Redis held the list for the
 * store's own 2 s command deadline per wait, then listed). Now the credential is unavailable
 * once the budget is spent, and the gateway treats the server as any server whose credential
 * it cannot get: a JSON-RPC error naming the cause for that server's own endpoint, the server's
 * tools left out of a virtual server's list (the other servers' tools still listed). Never a
 * list fetched without the caller's credential.
 *
 * Real parts: an in-process gateway (embedded sidecar on Redis behind a TCP proxy that holds
 * commands while hung, test/helpers/redis-proxy.ts), oauth2-mock-server as the provider, real
 * McpServers downstream over Streamable HTTP and a real v1 MCP client. No timing assertions:
 * the held command is let through after the budget has surely run out (its timer, set when
 * the wait started, fires before the test's, set later for longer, in the same process) and
 * short of the store's own 2 s command deadline; a gateway whose wait is not budgeted then
 * gets its answer and lists the server's tools.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createLogger, parseVaultKey, RedisVaultStore, Vault } from "@portcullis/sidecar";
import { Events, type MutableResponse, type TokenRequestIncomingMessage } from "oauth2-mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { readBody } from "../../helpers/http-mcp-server.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { REPO } from "../../helpers/paths.js";
import { subject } from "../../helpers/policy.js";
import { policyFile } from "../../helpers/policy-file.js";
import { deleteKeys, REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";
import { startRedisProxy, type ProxiedCommand, type RedisProxy } from "../../helpers/redis-proxy.js";

const hasRedis = await redisForTests("the gateway's tools/list credential within the state budget");
const BUDGET_MS = 1000;
/** How long the test holds the store after the held command: past the budget, short of the store's 2 s command deadline. */
const HOLD_MS = 1500;
const ALICE = `alice-agent-${randomBytes(8).toString("hex")}`;

/** A downstream that opens a McpServer per session (one per credential) with one tool, and records the bearers it saw. */
async function startDownstream(tool: string): Promise<{ url: string; bearers: string[]; close(): Promise<void> }> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const bearers: string[] = [];
  const http: Server = createServer((req, res) => {
    void (async () => {
      bearers.push(req.headers.authorization ?? "");
      const body = req.method === "POST" ? await readBody(req) : undefined;
      const id = req.headers["mcp-session-id"];
      let transport = typeof id === "string" ? sessions.get(id) : undefined;
      if (!transport) {
        const server = new McpServer({ name: tool, version: "1.0.0" });
        server.registerTool(tool, { annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: "text" as const, text: tool }] }));
        const created: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (sid) => void sessions.set(sid, created),
        });
        await server.connect(created);
        transport = created;
      }
      await transport.handleRequest(req, res, body);
    })();
  });
  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    bearers,
    async close() {
      await Promise.allSettled([...sessions.values()].map((t) => t.close()));
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

const closers: (() => Promise<unknown>)[] = [];
let proxy: RedisProxy | undefined;
let prefix = "";
afterEach(async () => {
  proxy?.resume();
  for (const close of closers.splice(0).reverse()) await close();
  await proxy?.close();
  if (prefix) {
    await deleteKeys(prefix);
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readsRecord = (c: ProxiedCommand) => c.name === "HGET" && c.args[1] === "crm";
/** The turn's script names the refresh's lock key. */
const takesTurn = (c: ProxiedCommand) => c.name.startsWith("EVAL") && c.args.some((a) => a.endsWith(":lock"));

/**
 * An in-process gateway on Redis through the proxy, with `crm` (alice's OAuth token, expired,
 * written by "another replica" straight to Redis: the gateway reads it from the store, then
 * must refresh it) and `wiki` (no credential), both behind the virtual server `desk`.
 */
async function setUp(): Promise<{ gateway: Gateway; crm: Awaited<ReturnType<typeof startDownstream>> }> {
  prefix = uniquePrefix();
  const oauth: OAuthServer = await startOAuthServer();
  closers.push(() => oauth.stop());
  let n = 0;
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const form = req.body as unknown as Record<string, string>;
    if (response.statusCode !== 200 || form.grant_type !== "refresh_token") return;
    n++;
    Object.assign(response.body as Record<string, unknown>, { access_token: `access-NEW-${n}`, refresh_token: `refresh-NEW-${n}` });
  });
  const crm = await startDownstream("crm_search");
  closers.push(() => crm.close());
  const wiki = await startDownstream("wiki_lookup");
  closers.push(() => wiki.close());
  const vaultKey = randomBytes(32).toString("base64");
  const store = new RedisVaultStore({ url: REDIS_URL, prefix });
  closers.push(() => store.close());
  await store.ready();
  const now = Date.now();
  await new Vault(store, parseVaultKey(vaultKey), createLogger({ level: "silent" })).write("alice", "crm", "oauth2-user", {
    secret: "access-alice-OLD",
    refreshToken: "refresh-alice-OLD",
    expiresAtMs: now - 60_000,
    obtainedAtMs: now - 3_660_000,
  });
  proxy = await startRedisProxy(REDIS_URL);
  const policy = [
    "version: 1",
    "subjects:",
    subject("alice", ["support"], ALICE),
    "roles:",
    "  support: { servers: { crm: { allow: ['*'] }, wiki: { allow: ['*'] } } }",
    "virtualServers:",
    "  desk:",
    "    roles: [support]",
    "    tools: [crm/crm_search, wiki/wiki_lookup]",
    "credentials:",
    `  crm: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis, scopes: [read], apply: { headers: { authorization: 'Bearer {token}' } } }`,
  ].join("\n");
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(await policyFile(policy))}`,
      "listen: 127.0.0.1:0",
      "servers:",
      `  crm: { url: "${crm.url}" }`,
      `  wiki: { url: "${wiki.url}" }`,
    ].join("\n"),
    join(REPO, "gateway-list-credential-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-list-budget-"));
  const gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), vaultKey, redisUrl: proxy.url, redisPrefix: prefix, stateTimeoutMs: BUDGET_MS },
  });
  closers.push(() => gateway.close());
  return { gateway, crm };
}

async function connect(gateway: Gateway, endpoint: string): Promise<Client> {
  const client = new Client({ name: "list-budget-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(gateway.endpointUrl(endpoint)), { requestInit: { headers: { authorization: `Bearer ${ALICE}` } } }),
  );
  closers.push(() => client.close());
  return client;
}

/**
 * Lists `client`'s tools while Redis hangs: the record's read is answered, the refresh's turn
 * that follows is held until the budget has surely run out. The list's outcome, or its error.
 */
async function listWhileTurnHangs(client: Client): Promise<{ tools?: string[]; error?: { code: number; message: string } }> {
  proxy!.hang();
  const listing = client.listTools().then(
    (r) => ({ tools: r.tools.map((t) => t.name).sort() }),
    (err: { code: number; message: string }) => ({ error: { code: err.code, message: err.message } }),
  );
  await Promise.race([proxy!.waitForCommand(readsRecord), listing]);
  proxy!.pass();
  await Promise.race([proxy!.waitForCommand(takesTurn), listing]);
  await Promise.race([sleep(HOLD_MS), listing]);
  proxy!.resume();
  return listing;
}

const CAUSE =
  "the credential for server 'crm' cannot be produced: the token of subject 'alice' on server 'crm' needs a refresh, and the refresh waited on the vault's store (Redis: its turn, the record's read, the new token's write) past the decision's state timeout (1000 ms, --state-timeout, for all of a decision's waits on shared state together)";

describe.runIf(hasRedis)("the gateway's tools/list credential waits on shared state within the state budget", () => {
  it("answers the server's own endpoint with a JSON-RPC error naming the cause, and lists it once the store answers", async () => {
    const { gateway, crm } = await setUp();
    const client = await connect(gateway, "crm");
    const listed = await listWhileTurnHangs(client);

    expect(listed.tools).toBeUndefined();
    expect(listed.error?.code).toBe(-32603);
    expect(listed.error?.message).toContain(`the tools of 'crm' cannot be listed without the caller's credential: ${CAUSE}`);
    // Nothing was asked of the downstream without alice's credential.
    expect(crm.bearers.filter((b) => b !== "Bearer access-NEW-1")).toEqual([]);
    // The refresh went on: once the store answers, alice's list comes with her refreshed token.
    await expect.poll(async () => (await client.listTools()).tools.map((t) => t.name), { timeout: 15_000 }).toEqual(["crm_search"]);
    expect(new Set(crm.bearers)).toEqual(new Set(["Bearer access-NEW-1"]));
  });

  it("leaves the server's tools out of a virtual server's list, as for any server whose credential it cannot get", async () => {
    const { gateway, crm } = await setUp();
    const client = await connect(gateway, "desk");
    const listed = await listWhileTurnHangs(client);

    expect(listed).toEqual({ tools: ["wiki_lookup"] });
    expect(crm.bearers.filter((b) => b !== "Bearer access-NEW-1")).toEqual([]);
    await expect.poll(async () => (await client.listTools()).tools.map((t) => t.name).sort(), { timeout: 15_000 }).toEqual(["crm_search", "wiki_lookup"]);
  });
});
