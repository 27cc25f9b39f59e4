/**
 * The gateway's listener bounds (gateway-listener.ts, the `limits` block), against a real
 * gateway over raw sockets: a client that never finishes its head or its body is answered 408
 * and cut off; bodies over the size cap are refused unread; bodies held at once share one byte
 * budget (503 past it, given back when each answer is sent); connections past the cap are
 * dropped; and one caller opening sessions in a loop closes its own oldest, never another
 * caller's. Each time the gateway goes on serving everyone else.
 */
import { mkdtemp } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGatewayConfig, startGateway, type Gateway } from "../../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { policyFile } from "../../helpers/policy-file.js";
import { REPO } from "../../helpers/paths.js";

const TOKEN = "listener-agent-token";
const OTHER = "listener-other-token";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent:one, roles: [r], tokenSha256: ${hashToken(TOKEN)} }`,
  `  - { id: agent:two, roles: [r], tokenSha256: ${hashToken(OTHER)} }`,
  "roles:",
  "  r: { servers: { crm: { allow: [search, big] } } }",
  // The large answer passes unscanned: what is under test is its delivery.
  "guardrails:",
  "  - { tools: [crm/big], pii: off, secrets: off, injection: off, maxBytes: 16000000 }",
  "",
].join("\n");
const HEADER_TIMEOUT_MS = 300;
const REQUEST_TIMEOUT_MS = 600;
const MAX_BODY = 64 * 1024;
const BUDGET = 100 * 1024;
const IDLE_TIMEOUT_MS = 1000;

let crm: HttpMcpServer;
let gateway: Gateway;
/** The gateway's log lines. */
const lines: Record<string, unknown>[] = [];
let port: number;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  // Answers (three pipelined) far larger than the kernel's socket buffers hold for a client that
  // never reads; each under the sidecar's 16 MiB message bound, so that it is scanned and sent.
  crm.mcp.registerTool("big", { annotations: { readOnlyHint: true } }, async () => ({ content: [{ type: "text" as const, text: "x".repeat(12 << 20) }] }));
  const limits = `{ headerTimeoutMs: ${HEADER_TIMEOUT_MS}, requestTimeoutMs: ${REQUEST_TIMEOUT_MS}, idleTimeoutMs: ${IDLE_TIMEOUT_MS}, maxConnections: 6, maxBodyBytes: ${MAX_BODY}, maxInflightBytes: ${BUDGET}, maxSessions: 4, maxSessionsPerCaller: 2 }`;
  const config = parseGatewayConfig(
    [`policy: ${JSON.stringify(await policyFile(POLICY))}`, "listen: 127.0.0.1:0", `limits: ${limits}`, "servers:", `  crm: { url: "${crm.url}" }`].join("\n"),
    join(REPO, "gateway-listener-test.yaml"),
  );
  const dir = await mkdtemp(join(tmpdir(), "pcl-gateway-listener-"));
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "info", destination: { write: (text: string) => void lines.push(JSON.parse(text) as Record<string, unknown>) } }),
    sidecar: { watchPolicy: false, dataDir: join(dir, "data"), audit: { dir: join(dir, "audit"), mode: "async" } },
  });
  port = Number(new URL(gateway.url).port);
});

afterAll(async () => {
  await gateway?.close();
  await crm?.close();
});

/** A raw connection to the gateway, collecting what it answers until it closes. */
async function open(): Promise<{ socket: Socket; closed: Promise<string> }> {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.setEncoding("utf8").on("data", (d: string) => (received += d));
  const closed = new Promise<string>((resolve) => socket.once("close", () => resolve(received)));
  socket.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  return { socket, closed };
}

const head = (length: number | "chunked", headers: Record<string, string> = {}) =>
  [
    "POST /mcp/crm HTTP/1.1",
    `Host: 127.0.0.1:${port}`,
    `Authorization: Bearer ${TOKEN}`,
    "Content-Type: application/json",
    "Accept: application/json, text/event-stream",
    length === "chunked" ? "Transfer-Encoding: chunked" : `Content-Length: ${length}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    "",
    "",
  ].join("\r\n");

const chunk = (bytes: number) => `${bytes.toString(16)}\r\n${"x".repeat(bytes)}\r\n`;

async function post(body: unknown, token = TOKEN, headers: Record<string, string> = {}) {
  const res = await fetch(gateway.endpointUrl("crm"), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, sessionId: res.headers.get("mcp-session-id"), body: await res.text() };
}

/** A fresh 2025-11-25 session of `token`'s caller: the headers its requests carry. */
async function openSession(token = TOKEN): Promise<Record<string, string>> {
  const init = await post(
    { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } } },
    token,
  );
  expect(init.status).toBe(200);
  return { "mcp-session-id": init.sessionId!, "mcp-protocol-version": "2025-11-25" };
}

const search = (id: number) => ({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "search", arguments: { q: "printer" } } });

async function stillServes(): Promise<void> {
  const session = await openSession();
  expect((await post(search(1), TOKEN, session)).body).toContain("found: printer");
}

describe("the gateway's listener bounds", () => {
  it("answers 408 and closes a connection whose head never finishes, and goes on serving", async () => {
    const { socket, closed } = await open();
    const started = Date.now();
    socket.write("POST /mcp/crm HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(HEADER_TIMEOUT_MS - 50);
    await stillServes();
  });

  it("answers 408 and closes a connection whose body misses the request deadline", async () => {
    const { socket, closed } = await open();
    socket.write(`${head(1000)}{"jsonrpc":`);
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    await stillServes();
  });

  it("refuses a body over the size cap with 413, declared or sent in chunks, without reading it", async () => {
    const declared = await open();
    declared.socket.write(head(MAX_BODY + 1));
    expect(await declared.closed).toMatch(/^HTTP\/1\.1 413 [\s\S]*connection: close[\s\S]*request body over 65536 bytes/i);
    const chunked = await open();
    chunked.socket.write(head("chunked") + chunk(40 * 1024) + chunk(40 * 1024));
    expect(await chunked.closed).toMatch(/^HTTP\/1\.1 413 /);
    await stillServes();
  });

  it("holds at most the byte budget of bodies at once: 503 past it, and the bytes are given back once answered", async () => {
    // Two bodies of 60 KB on their way (never finished): whichever comes second does not fit in 100 KB.
    const both = await Promise.all([open(), open()]);
    for (const c of both) c.socket.write(head("chunked") + chunk(60 * 1024));
    const answers = await Promise.all(both.map((c) => c.closed));
    expect(answers.filter((a) => /^HTTP\/1\.1 503 [\s\S]*retry-after: 1[\s\S]*too many request bodies/i.test(a))).toHaveLength(1);
    // The other one's bytes are given back when its request is cut off (here: its deadline).
    expect(answers.filter((a) => /^HTTP\/1\.1 408 /.test(a))).toHaveLength(1);
    const big = { ...search(9), params: { name: "search", arguments: { q: "p".repeat(60 * 1024) } } };
    const session = await openSession();
    expect((await post(big, TOKEN, session)).status).toBe(200);
    expect((await post(big, TOKEN, session)).status).toBe(200);
  });

  it("closes the connection of a client that takes none of its answers, and goes on serving", async () => {
    // Nothing bounded an answer's bytes for a client that never reads: each such connection
    // (and each request pipelined on it) pinned its answers for as long as it stayed open.
    const session = await openSession();
    const body = JSON.stringify({ jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "big", arguments: {} } });
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => undefined);
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    socket.pause(); // reads nothing until the gateway has given up on it
    for (let i = 0; i < 3; i++) socket.write(head(Buffer.byteLength(body), session) + body);
    const gaveUp = () => lines.find((l) => l.msg === "closed a connection whose client took none of its answers within the idle timeout");
    for (let waited = 0; !gaveUp() && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(gaveUp()).toMatchObject({ level: "info", queuedBytes: expect.any(Number), idleTimeoutMs: IDLE_TIMEOUT_MS });
    // Read now: what the kernel held, then the end — never the three answers (37 MB).
    let received = 0;
    socket.on("data", (d: Buffer) => (received += d.length));
    await new Promise<void>((resolve) => {
      socket.once("close", () => resolve());
      socket.resume();
    });
    expect(received).toBeLessThan(3 * (12 << 20));
    await stillServes();
  });

  it("drops connections past the cap, and serves new ones once others close", async () => {
    const held = await Promise.all(Array.from({ length: 6 }, () => open()));
    const extra = await open();
    // Dropped at once, unanswered.
    expect(await extra.closed).toBe("");
    for (const c of held) c.socket.destroy();
    await Promise.all(held.map((c) => c.closed));
    await stillServes();
  });

  it("answers a tools/call whose params do not fit the schema with -32602, naming the field", async () => {
    // The SDK's server answered -32603 Internal error with the schema library's JSON dump.
    const session = await openSession();
    for (const [params, field] of [
      [{}, "params.name"],
      [{ name: 5 }, "params.name"],
      [{ name: "search", arguments: "x" }, "params.arguments"],
    ] as const) {
      const answer = await post({ jsonrpc: "2.0", id: 11, method: "tools/call", params }, TOKEN, session);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({
        jsonrpc: "2.0",
        id: 11,
        error: { code: -32602, message: expect.stringContaining(`Invalid params: ${field}: `) },
      });
    }
    await stillServes();
  });

  it("refuses a JSON-RPC batch whole, with 400 and -32600", async () => {
    const session = await openSession();
    const answer = await post([search(5), { jsonrpc: "2.0", id: 6, method: "tools/list" }], TOKEN, session);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ jsonrpc: "2.0", error: { code: -32600, message: expect.stringContaining("one JSON-RPC message") }, id: null });
    // The session goes on: the same call alone is served.
    expect((await post(search(5), TOKEN, session)).body).toContain("found: printer");
  });

  it("closes a caller's own longest idle session past its cap, never another caller's", async () => {
    const others = await openSession(OTHER);
    const mine = [await openSession(), await openSession(), await openSession(), await openSession()];
    // Two sessions per caller: this caller's first two are gone, the other caller's is not.
    for (const s of mine.slice(0, 2)) expect((await post(search(2), TOKEN, s)).status).toBe(404);
    for (const s of mine.slice(2)) expect((await post(search(3), TOKEN, s)).body).toContain("found: printer");
    expect((await post(search(4), OTHER, others)).body).toContain("found: printer");
    // A caller opening sessions in a loop is logged once a minute with a count, not per eviction.
    const evicted = () => lines.filter((l) => l.msg === "longest idle session closed" && l.why === "the caller's session cap");
    expect(evicted().filter((l) => l.repeated === undefined)).toHaveLength(1);
  });
});
