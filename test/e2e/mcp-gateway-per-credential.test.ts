/**
 * Per-credential downstream tools/list through the gateway: where the gateway injects a
 * per-user credential, the downstream's tools/list is fetched with the caller's own
 * credential and never served to a caller with another — two users whose downstream answers
 * different tools per bearer each see their own, a user without a credential sees none of
 * theirs, and calls go out with the caller's credential. Real parts: the gateway (embedded
 * sidecar with a vault), a v1 McpServer over Streamable HTTP whose tools depend on the bearer
 * it is opened with, and v1 clients (2025-11-25) and a v2 client (2026-07-28) upstream.
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
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { readBody } from "../helpers/http-mcp-server.js";
import { REPO } from "../helpers/paths.js";
import { policyFile } from "../helpers/policy-file.js";

const ALICE = "alice-agent-token-3f1a";
const BOB = "bob-agent-token-8e2c";
const CAROL = "carol-agent-token-51d0";
/** The downstream credentials the gateway injects: they must reach the downstream only. */
const ALICE_SECRET = "crm-alice-CANARY-7d2e";
const BOB_SECRET = "crm-bob-CANARY-90af";

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: alice, roles: [crm-user], tokenSha256: ${hashToken(ALICE)} }`,
  `  - { id: bob, roles: [crm-user], tokenSha256: ${hashToken(BOB)} }`,
  `  - { id: carol, roles: [crm-user], tokenSha256: ${hashToken(CAROL)} }`,
  "roles:",
  "  crm-user: { servers: { crm: { allow: ['*'] } } }",
  "credentials:",
  "  crm: { type: static, perUser: true, apply: { headers: { authorization: 'Bearer {token}' } } }",
  "guardrails:",
  "  - { tools: ['*'], deadlineMs: 10000 }",
].join("\n");

/**
 * A downstream whose tools depend on who opens the session: `shared` for everyone, and
 * `<user>_only` for the user the bearer belongs to (one session per bearer, as a real server
 * scoping tools by the caller's account would). It counts the tools/list requests per bearer.
 */
async function startScopedCrm(): Promise<{ url: string; lists: Map<string, number>; bearers: Set<string>; close(): Promise<void> }> {
  const users = new Map([
    [`Bearer ${ALICE_SECRET}`, "alice"],
    [`Bearer ${BOB_SECRET}`, "bob"],
  ]);
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const lists = new Map<string, number>();
  const bearers = new Set<string>();
  const http: Server = createServer((req, res) => {
    void (async () => {
      const bearer = req.headers.authorization ?? "";
      bearers.add(bearer);
      const user = users.get(bearer);
      if (!user) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "unknown bearer" }));
        return;
      }
      const body = req.method === "POST" ? await readBody(req) : undefined;
      if ((body as { method?: unknown } | undefined)?.method === "tools/list") lists.set(user, (lists.get(user) ?? 0) + 1);
      const id = req.headers["mcp-session-id"];
      let transport = typeof id === "string" ? sessions.get(id) : undefined;
      if (!transport) {
        const server = new McpServer({ name: "crm", version: "1.0.0" });
        server.registerTool("shared", { annotations: { readOnlyHint: true } }, async () => ({
          content: [{ type: "text" as const, text: `shared for ${user}` }],
        }));
        server.registerTool(`${user}_only`, { annotations: { readOnlyHint: true } }, async () => ({
          content: [{ type: "text" as const, text: `${user}'s own` }],
        }));
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
    lists,
    bearers,
    async close() {
      await Promise.allSettled([...sessions.values()].map((t) => t.close()));
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

let crm: Awaited<ReturnType<typeof startScopedCrm>>;
let gateway: Gateway;

beforeAll(async () => {
  crm = await startScopedCrm();
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-per-credential-"));
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-per-credential-test.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), vaultKey: randomBytes(32).toString("base64") },
  });
  const vault = gateway.sidecar.credentials.vault!;
  const now = Date.now();
  await vault.write("alice", "crm", "static", { secret: ALICE_SECRET, expiresAtMs: 0, obtainedAtMs: now });
  await vault.write("bob", "crm", "static", { secret: BOB_SECRET, expiresAtMs: 0, obtainedAtMs: now });
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
});

async function v1Client(token: string): Promise<Client> {
  const client = new Client({ name: "per-credential-agent", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(gateway.endpointUrl("crm")), { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
  );
  return client;
}

const names = (tools: { name: string }[]) => tools.map((t) => t.name).sort();
const text = (result: unknown) => ((result as { content: { text?: string }[] }).content ?? []).map((c) => c.text ?? "").join("\n");

describe("per-credential downstream tools/list", () => {
  it("lists each user's downstream tools with their own credential, never another's cached list", async () => {
    const alice = await v1Client(ALICE);
    const bob = await v1Client(BOB);
    // Interleaved and repeated: a list cached for one credential must never answer the other.
    expect(names((await alice.listTools()).tools)).toEqual(["alice_only", "shared"]);
    expect(names((await bob.listTools()).tools)).toEqual(["bob_only", "shared"]);
    expect(names((await alice.listTools()).tools)).toEqual(["alice_only", "shared"]);
    expect(names((await bob.listTools()).tools)).toEqual(["bob_only", "shared"]);
    // Cached per credential: each user's list was fetched once, with their own bearer.
    expect(Object.fromEntries(crm.lists)).toEqual({ alice: 1, bob: 1 });

    // Calls go out with the caller's credential too.
    expect(text(await alice.callTool({ name: "shared", arguments: {} }))).toBe("shared for alice");
    expect(text(await bob.callTool({ name: "bob_only", arguments: {} }))).toBe("bob's own");
    // Bob's tool is not Alice's: her credential's server has no such tool.
    const foreign = await alice.callTool({ name: "bob_only", arguments: {} });
    expect(foreign.isError).toBe(true);
    expect(text(foreign)).not.toContain("bob's own");
    await alice.close();
    await bob.close();
  });

  it("the same holds for a sessionless 2026-07-28 client", async () => {
    const v2 = await import("@modelcontextprotocol/client");
    const client = new v2.Client({ name: "per-credential-agent", version: "1.0.0" }, { versionNegotiation: { mode: { pin: "2026-07-28" } } });
    await client.connect(
      new v2.StreamableHTTPClientTransport(new URL(gateway.endpointUrl("crm")), { requestInit: { headers: { authorization: `Bearer ${BOB}` } } }),
    );
    expect(client.getProtocolEra()).toBe("modern");
    expect(names((await client.listTools()).tools)).toEqual(["bob_only", "shared"]);
    expect(text(await client.callTool({ name: "shared", arguments: {} }))).toBe("shared for bob");
    await client.close();
  });

  it("a user without a credential gets a readable error naming none, not another user's list", async () => {
    const carol = await v1Client(CAROL);
    const failed = await carol.listTools().then(
      () => undefined,
      (err: unknown) => err as Error,
    );
    expect(failed?.message).toMatch(/no credential of subject 'carol' for server 'crm'/);
    expect(failed?.message).not.toMatch(/CANARY/);
    // Her call is refused by the credential step, and the downstream never saw a request without a bearer it knows.
    const call = await carol.callTool({ name: "shared", arguments: {} });
    expect(call.isError).toBe(true);
    expect(text(call)).not.toMatch(/CANARY|shared for/);
    expect([...crm.bearers].sort()).toEqual([`Bearer ${ALICE_SECRET}`, `Bearer ${BOB_SECRET}`].sort());
    await carol.close();
  });
});
