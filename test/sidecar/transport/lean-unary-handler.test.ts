/**
 * The lean unary path answers byte for byte what the Connect framework answers: two sidecars
 * on the same policy, one with the lean path and one without, get the same raw HTTP/1.1
 * requests — allowed and denied decisions in binary and JSON, handler errors, undecodable
 * bodies, unknown JSON fields, bad timeouts — and must return the same status, content type,
 * headers and body (decision ids aside, which differ per call), compressed as the framework
 * compresses it for a caller that accepts gzip or br. Requests the lean path does not take
 * (gRPC, GET, compressed) reach the framework on both. On bare servers, the lean handler and
 * connect-es with the same gate and limits answer a body over `readMaxBytes`, a byte order
 * mark, and a malformed deadline during a drain alike.
 */
import { create, fromBinary, toBinary, toJsonString } from "@bufbuild/protobuf";
import { AuthorizeRequestSchema, AuthorizeResponseSchema, FilterToolsRequestSchema, GovernanceService } from "@portcullis/sdk/gen";
import { Code, ConnectError } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { createLogger, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLeanUnaryHandler } from "../../../sidecar/src/transport/lean-unary-handler.js";
import { createUnaryInvoker } from "../../../sidecar/src/transport/unary-invoker.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

let lean: Sidecar;
let framework: Sidecar;

beforeAll(async () => {
  const common = { policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, logger: createLogger({ level: "silent" }), watchPolicy: false };
  lean = await startSidecar(common);
  framework = await startSidecar({ ...common, leanUnary: false });
});
afterAll(async () => {
  await lean?.close();
  await framework?.close();
});

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One raw HTTP/1.1 request. */
function send(baseUrl: string, path: string, headers: Record<string, string>, body: Uint8Array | string, method = "POST"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), { method, headers: { ...headers, connection: "close" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const kept: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (k !== "date" && k !== "connection" && k !== "keep-alive" && v !== undefined) kept[k] = String(v);
        resolve({ status: res.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The same request to both sidecars. */
async function both(path: string, headers: Record<string, string>, body: Uint8Array | string, method = "POST"): Promise<[Raw, Raw]> {
  return [await send(lean.baseUrl!, path, headers, body, method), await send(framework.baseUrl!, path, headers, body, method)];
}

const AUTHORIZE = `/${GovernanceService.typeName}/Authorize`;
const PROTO = { "content-type": "application/proto", "connect-protocol-version": "1" };
const JSON_HEADERS = { "content-type": "application/json", "connect-protocol-version": "1" };

const withoutDecisionId = (body: Buffer, binary: boolean) => {
  const message = binary ? fromBinary(AuthorizeResponseSchema, body) : (JSON.parse(body.toString()) as Record<string, unknown>);
  const { decisionId, ...rest } = message as { decisionId: string };
  expect(decisionId).toMatch(/\S/);
  return binary ? { ...rest, $typeName: undefined } : rest;
};

describe("the lean unary path", () => {
  it("answers decisions exactly as the framework does, in binary and in JSON", async () => {
    const calls = [
      { token: "demo-support-token", server: "jira", tool: "search_issues", argumentsJson: '{"jql":"project = SUP"}' },
      { token: "demo-support-token", server: "jira", tool: "delete_issue" },
      { token: "demo-research-token", server: "web", tool: "fetch", argumentsJson: '{"url":"https://example.com"}', explain: true },
      { token: "demo-research-token", server: "web", tool: "fetch", annotations: { readOnlyHint: true, title: "Fetch" }, estimatedTokens: 300n, dryRun: true },
      { token: "demo-research-token", server: "web", tool: "fetch", annotations: { readOnlyHint: false } },
    ];
    for (const call of calls) {
      const [a, b] = await both(AUTHORIZE, PROTO, toBinary(AuthorizeRequestSchema, create(AuthorizeRequestSchema, call)));
      expect(a.status).toBe(200);
      expect([a.status, a.headers]).toEqual([b.status, b.headers]);
      expect(withoutDecisionId(a.body, true)).toEqual(withoutDecisionId(b.body, true));
      const [c, d] = await both(AUTHORIZE, JSON_HEADERS, toJsonString(AuthorizeRequestSchema, create(AuthorizeRequestSchema, call)));
      expect([c.status, c.headers]).toEqual([d.status, d.headers]);
      expect(withoutDecisionId(c.body, false)).toEqual(withoutDecisionId(d.body, false));
    }
    // As callers write it by hand: proto names, escapes, whitespace, a null; same answers.
    const texts = [
      '{ "token": "demo-support-token", "server": "jira", "tool": "create_issue", "arguments_json": "{\\"project\\":\\"SUP\\",\\"summary\\":\\"caf\\\\u00e9\\"}", "workflow_id": "w\\u0031" }',
      '{"token":"demo-support-token","server":"jira","tool":"create_issue","argumentsJson":"{\\"project\\":\\"NOPE\\"}"}',
      '{"token":"demo-support-token","server":"jira","tool":"search_issues","annotations":null,"estimated_tokens":"12"}',
    ];
    // A leading byte order mark, which the framework's TextDecoder drops.
    const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const text of [...texts, bom(texts[0]!)]) {
      const [c, d] = await both(AUTHORIZE, JSON_HEADERS, text);
      expect(c.status).toBe(200);
      expect([c.status, c.headers], String(text)).toEqual([d.status, d.headers]);
      expect(withoutDecisionId(c.body, false), String(text)).toEqual(withoutDecisionId(d.body, false));
    }
    const filter = create(FilterToolsRequestSchema, {
      token: "demo-support-token",
      server: "jira",
      tools: [{ name: "search_issues" }, { name: "delete_issue" }],
    });
    const [a, b] = await both(`/${GovernanceService.typeName}/FilterTools`, PROTO, toBinary(FilterToolsRequestSchema, filter));
    expect(a).toEqual(b);
  });

  it("answers errors exactly as the framework does: handler errors, undecodable bodies, unknown fields, bad timeouts", async () => {
    const cases: [string, Record<string, string>, Uint8Array | string][] = [
      ["no server (handler error)", JSON_HEADERS, JSON.stringify({ token: "demo-support-token", tool: "x" })],
      [
        "arguments too deep",
        PROTO,
        toBinary(
          AuthorizeRequestSchema,
          create(AuthorizeRequestSchema, { token: "t", server: "jira", tool: "x", argumentsJson: `${"[".repeat(300)}${"]".repeat(300)}` }),
        ),
      ],
      ["garbage bytes", PROTO, Buffer.from([0xff, 0xff, 0xff, 0x0f, 0x01])],
      ["not JSON", JSON_HEADERS, "{nope"],
      ["an unknown JSON field", JSON_HEADERS, JSON.stringify({ token: "demo-support-token", server: "jira", tool: "x", surprise: 1 })],
      ["a repeated JSON key", JSON_HEADERS, '{"token":"demo-support-token","server":"jira","tool":"search_issues","tool":"delete_issue"}'],
      ["a field by both its names", JSON_HEADERS, '{"token":"demo-support-token","server":"jira","tool":"x","argumentsJson":"{}","arguments_json":"{}"}'],
      ["a repeated key in annotations", JSON_HEADERS, '{"token":"demo-support-token","server":"jira","tool":"x","annotations":{"title":"a","title":"b"}}'],
      ["a lone surrogate", JSON_HEADERS, '{"token":"demo-support-token","server":"jira","tool":"\\ud800"}'],
      ["a string for a bool", JSON_HEADERS, '{"token":"demo-support-token","server":"jira","tool":"x","dryRun":"yes"}'],
      ["a malformed timeout", { ...PROTO, "connect-timeout-ms": "soon" }, toBinary(AuthorizeRequestSchema, create(AuthorizeRequestSchema, { token: "t" }))],
      ["two byte order marks (only the first is dropped)", JSON_HEADERS, Buffer.from(`\ufeff\ufeff${JSON.stringify({ token: "demo-support-token" })}`)],
      ["an error over 1 KiB, for a caller that accepts gzip", { ...JSON_HEADERS, "accept-encoding": "gzip" }, `{"${"k".repeat(2000)}":1}`],
      ["an error over 1 KiB, for a caller that accepts br", { ...JSON_HEADERS, "accept-encoding": "br" }, `{"token":"t","${"q".repeat(1500)}":1}`],
    ];
    for (const [name, headers, body] of cases) {
      const [a, b] = await both(AUTHORIZE, headers, body);
      expect(a.status, name).toBeGreaterThanOrEqual(400);
      if (name.includes("over 1 KiB")) expect(a.headers["content-encoding"], name).toBe(headers["accept-encoding"]);
      expect(a, name).toEqual(b);
    }
  });

  it("compresses answers of 1 KiB or more as the framework does, by the caller's accept-encoding", async () => {
    const filter = (binary: boolean) => {
      const message = create(FilterToolsRequestSchema, {
        token: "demo-support-token",
        server: "jira",
        tools: Array.from({ length: 20 }, (_, i) => ({ name: i % 2 ? "search_issues" : `tool_${i}`, description: `the tool number ${i} `.repeat(20) })),
      });
      return binary ? toBinary(FilterToolsRequestSchema, message) : toJsonString(FilterToolsRequestSchema, message);
    };
    const path = `/${GovernanceService.typeName}/FilterTools`;
    const cases: [string, string | undefined][] = [
      ["gzip", "gzip"],
      ["br", "br"],
      ["br, gzip", "br"],
      ["deflate, gzip", "gzip"],
      ["gzip;q=1.0", undefined], // names are matched whole, as connect-es matches them
      ["identity", undefined],
      ["", undefined],
    ];
    for (const [accepted, expected] of cases) {
      for (const binary of [true, false]) {
        const [a, b] = await both(path, { ...(binary ? PROTO : JSON_HEADERS), "accept-encoding": accepted }, filter(binary));
        expect(a.status, accepted).toBe(200);
        expect(a.headers["content-encoding"], accepted).toBe(expected);
        expect(a, accepted).toEqual(b);
        const plain = expected === "gzip" ? gunzipSync(a.body) : expected === "br" ? brotliDecompressSync(a.body) : a.body;
        expect(plain.length, accepted).toBeGreaterThanOrEqual(1024);
      }
    }
    // An Authorize answer is below 1 KiB: never compressed.
    const call = toBinary(AuthorizeRequestSchema, create(AuthorizeRequestSchema, { token: "demo-support-token", server: "jira", tool: "search_issues" }));
    const [c, d] = await both(AUTHORIZE, { ...PROTO, "accept-encoding": "gzip" }, call);
    expect([c.headers["content-encoding"], d.headers["content-encoding"]]).toEqual([undefined, undefined]);
  });

  it("answers a body over the largest message (16 MiB) as the framework does, with and without content-length", async () => {
    const size = 16 * 1024 * 1024 + 3;
    const body = Buffer.alloc(size, 0x20);
    body.write('{"token":"demo-support-token","server":"jira","tool":"search_issues"}', 0);
    // Without a declared length the listener hands it on, and the router's readMaxBytes refuses it.
    const [a, b] = await both(AUTHORIZE, { ...JSON_HEADERS, "transfer-encoding": "chunked" }, body);
    expect([a.status, JSON.parse(a.body.toString())]).toEqual([
      429,
      { code: "resource_exhausted", message: "message size is larger than configured readMaxBytes 16777216" },
    ]);
    expect(a).toEqual(b);
    // Declared, it is refused before it is read, on both.
    const [c, d] = await both(AUTHORIZE, JSON_HEADERS, body);
    expect(c.status).toBe(429);
    expect(c).toEqual(d);
  });

  it("leaves what it does not take to the framework on both: compressed bodies, GET, other paths", async () => {
    const call = JSON.stringify({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    const [a, b] = await both(AUTHORIZE, { ...JSON_HEADERS, "content-encoding": "gzip" }, gzipSync(call));
    expect(a.status).toBe(200);
    expect(withoutDecisionId(a.body, false)).toEqual(withoutDecisionId(b.body, false));
    const ping = `/${GovernanceService.typeName}/Ping?connect=v1&encoding=json&message=${encodeURIComponent("{}")}`;
    const [c, d] = await both(ping, {}, "", "GET");
    expect([c.status, c.body.toString()]).toEqual([d.status, d.body.toString()]);
    const [e, f] = await both(`/${GovernanceService.typeName}/Nope`, PROTO, "");
    expect(e).toEqual(f);
  });
});

describe("createLeanUnaryHandler routing", () => {
  it("serves plain unary Connect calls of the listed services itself and hands everything else to the fallback", async () => {
    const { createServer } = await import("node:http");
    const { once } = await import("node:events");
    const invoker = createUnaryInvoker((router) => {
      router.service(GovernanceService, { ping: () => ({}), authorize: (req) => ({ message: `hello ${req.server}` }) });
    });
    let fallbackHits = 0;
    const handler = createLeanUnaryHandler(invoker, {
      services: new Set([GovernanceService.typeName]),
      fallback: (_req, res) => {
        fallbackHits++;
        (res as import("node:http").ServerResponse).writeHead(299).end();
      },
    });
    const server = createServer((req, res) => handler(req, res)).listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
    try {
      const ok = await send(base, AUTHORIZE, JSON_HEADERS, JSON.stringify({ server: "s" }));
      expect([ok.status, JSON.parse(ok.body.toString())]).toEqual([200, { message: "hello s" }]);
      expect(fallbackHits).toBe(0);
      const others: [string, Record<string, string>, string, string?][] = [
        [AUTHORIZE, { ...JSON_HEADERS, "content-encoding": "gzip" }, ""],
        [AUTHORIZE, { "content-type": "application/grpc" }, ""],
        [AUTHORIZE, { "content-type": "application/connect+proto" }, ""],
        [AUTHORIZE, { "content-type": "text/plain" }, ""],
        [`/${GovernanceService.typeName}/Ping?connect=v1`, {}, "", "GET"],
        ["/portcullis.v1.AdminService/GetPolicy", JSON_HEADERS, "{}"],
      ];
      for (const [path, headers, body, method] of others)
        expect((await send(base, path, headers, body, method)).status, `${method ?? "POST"} ${path} ${JSON.stringify(headers)}`).toBe(299);
      expect(fallbackHits).toBe(others.length);
    } finally {
      server.close();
    }
  });
});

describe("createLeanUnaryHandler cancellation", () => {
  it("aborts the handler's signal with Canceled when the client goes away mid-call, and answers nothing", async () => {
    const { createServer } = await import("node:http");
    const { once } = await import("node:events");
    let seen: AbortSignal | undefined;
    let entered: () => void = () => undefined;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    const invoker = createUnaryInvoker((router) => {
      router.service(GovernanceService, {
        authorize: (_req, ctx) => {
          seen = ctx.signal;
          entered();
          return new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true }));
        },
      });
    });
    const handler = createLeanUnaryHandler(invoker, { services: new Set([GovernanceService.typeName]), fallback: () => undefined });
    const server = createServer((req, res) => handler(req, res)).listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as import("node:net").AddressInfo;
    try {
      const req = request({ host: "127.0.0.1", port, path: AUTHORIZE, method: "POST", headers: { "content-type": "application/json" } });
      req.on("error", () => undefined);
      req.end("{}");
      await inHandler;
      expect(seen?.aborted).toBe(false);
      req.destroy();
      await once(seen!, "abort");
      expect(seen!.reason).toMatchObject({ code: 1, rawMessage: "the client went away" }); // Code.Canceled
    } finally {
      server.close();
    }
  });
});

describe("the lean handler and connect-es on bare servers, with the same gate and limits", () => {
  let draining = false;
  const requestGate = () => {
    if (draining) throw new ConnectError("the sidecar is shutting down; retry against another instance", Code.Unavailable);
  };
  const READ_MAX = 200;
  const invoker = createUnaryInvoker(
    (router) => router.service(GovernanceService, { ping: () => ({}), authorize: (req) => ({ message: `hello ${req.server}` }) }),
    { requestGate },
  );
  const framework = connectNodeAdapter({ routes: (router) => invoker.replay(router), requestGate, readMaxBytes: READ_MAX });
  const lean = createLeanUnaryHandler(invoker, { fallback: framework, services: new Set([GovernanceService.typeName]), readMaxBytes: READ_MAX });
  let bases: [string, string];
  const servers: import("node:http").Server[] = [];
  beforeAll(async () => {
    const { createServer } = await import("node:http");
    const { once } = await import("node:events");
    const urls: string[] = [];
    for (const handler of [lean, framework]) {
      const server = createServer(handler).listen(0, "127.0.0.1");
      servers.push(server);
      await once(server, "listening");
      urls.push(`http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`);
    }
    bases = [urls[0]!, urls[1]!];
  });
  afterAll(() => {
    for (const server of servers) server.close();
  });
  const bare = async (path: string, headers: Record<string, string>, body: Uint8Array | string) => [
    await send(bases[0], path, headers, body),
    await send(bases[1], path, headers, body),
  ];

  it("answers a body over readMaxBytes ResourceExhausted, naming its size when content-length gave it", async () => {
    const body = `{"server":"${"s".repeat(READ_MAX)}"}`;
    const [a, b] = await bare(AUTHORIZE, JSON_HEADERS, body);
    expect([a!.status, JSON.parse(a!.body.toString()).message]).toEqual([
      429,
      `message size ${body.length} is larger than configured readMaxBytes ${READ_MAX}`,
    ]);
    expect(a).toEqual(b);
    const [c, d] = await bare(AUTHORIZE, { ...JSON_HEADERS, "transfer-encoding": "chunked" }, body);
    expect([c!.status, JSON.parse(c!.body.toString()).message]).toEqual([429, `message size is larger than configured readMaxBytes ${READ_MAX}`]);
    expect(c).toEqual(d);
    // At the limit exactly, it is served.
    const fits = `{"server":"${"s".repeat(READ_MAX - 13)}"}`;
    expect(fits.length).toBe(READ_MAX);
    const [e, f] = await bare(AUTHORIZE, JSON_HEADERS, fits);
    expect(e!.status).toBe(200);
    expect(e).toEqual(f);
  });

  it("drops a leading byte order mark from a JSON body", async () => {
    const [a, b] = await bare(AUTHORIZE, JSON_HEADERS, Buffer.from('\ufeff{"server":"bom"}'));
    expect([a!.status, JSON.parse(a!.body.toString())]).toEqual([200, { message: "hello bom" }]);
    expect(a).toEqual(b);
  });

  it("runs the request gate before it reads a malformed connect-timeout-ms: Unavailable during a drain", async () => {
    const headers = { ...JSON_HEADERS, "connect-timeout-ms": "soon" };
    const [a, b] = await bare(AUTHORIZE, headers, "{}");
    expect(a!.status).toBe(400);
    expect(a).toEqual(b);
    draining = true;
    try {
      const [c, d] = await bare(AUTHORIZE, headers, "{}");
      expect([c!.status, JSON.parse(c!.body.toString()).code]).toEqual([503, "unavailable"]);
      expect(c).toEqual(d);
    } finally {
      draining = false;
    }
  });
});
