/**
 * Hostile and broken requests against a real sidecar process: each gets InvalidArgument or
 * ResourceExhausted naming the field, and the sidecar keeps serving the next call. Runs the
 * Connect protocol over h2c (binary) and over HTTP/1.1 (JSON), and gRPC. Bytes that do not
 * decode at all (garbage, invalid UTF-8, nesting past the parser's limit) are the caller's
 * fault too: InvalidArgument over gRPC and gRPC-Web, HTTP 400 over Connect — never Internal.
 */
import * as grpc from "@grpc/grpc-js";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { Code, createGovernanceClient, Decision, GovernanceError, type GovernanceClient } from "@portcullis/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

let sidecar: SidecarProcess;
const clients: GovernanceClient[] = [];

beforeAll(async () => {
  sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY]);
  for (const opts of [{ httpVersion: "2" as const }, { httpVersion: "1.1" as const }, { protocol: "grpc" as const }]) {
    clients.push(createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000, ...opts }));
  }
});
afterAll(async () => {
  for (const c of clients) c.close();
  expect(await sidecar.stop()).toBe(0);
});

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const cases = [
  {
    name: "a request without server",
    request: { token: "demo-support-token", tool: "search_issues" },
    code: Code.InvalidArgument,
    field: "server: required",
  },
  {
    name: "a request without tool",
    request: { token: "demo-support-token", server: "jira" },
    code: Code.InvalidArgument,
    field: "tool: required",
  },
  {
    name: "a 10 MB argument blob",
    request: { token: "demo-support-token", server: "jira", tool: "create_issue", arguments: { blob: "x".repeat(10 * 1024 * 1024) } },
    code: Code.ResourceExhausted,
    field: "arguments_json: larger than 1 MiB",
  },
  {
    name: "arguments nested 1,000 deep",
    request: { token: "demo-support-token", server: "jira", tool: "create_issue", arguments: nested(1000) },
    code: Code.InvalidArgument,
    field: "arguments_json: nested more than 32 levels deep",
  },
  {
    name: "arguments that are not JSON",
    request: { token: "demo-support-token", server: "jira", tool: "create_issue", argumentsJson: '{"project": sk-secret-value}' },
    code: Code.InvalidArgument,
    field: "arguments_json: not valid JSON",
  },
  {
    name: "arguments that are not an object",
    request: { token: "demo-support-token", server: "jira", tool: "create_issue", argumentsJson: "[1,2]" },
    code: Code.InvalidArgument,
    field: "arguments_json: must be a JSON object",
  },
  {
    name: "a server name of 10,000 characters",
    request: { token: "demo-support-token", server: "s".repeat(10_000), tool: "t" },
    code: Code.InvalidArgument,
    field: "server: 10000 characters",
  },
];

describe.each(["connect over h2c", "connect over HTTP/1.1", "gRPC"])("%s", (transport) => {
  const client = () => clients[["connect over h2c", "connect over HTTP/1.1", "gRPC"].indexOf(transport)]!;

  it.each(cases)("refuses $name, naming the field, and keeps serving", async ({ request, code, field }) => {
    const error = await client()
      .authorize(request as never)
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(error).toBeInstanceOf(GovernanceError);
    expect((error as GovernanceError).code).toBe(code);
    expect((error as GovernanceError).message).toContain(field);
    expect((error as GovernanceError).message).not.toContain("sk-secret-value");
    const next = await client().authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    expect(next.decision).toBe(Decision.ALLOW);
  });
});

describe("FilterTools input", () => {
  it("names the tool index without a name", async () => {
    const error = await clients[0]!
      .filterTools({ token: "demo-support-token", server: "jira", tools: [{ name: "search_issues" }, { name: "" }] })
      .catch((err: unknown) => err as GovernanceError);
    expect(error).toMatchObject({ code: Code.InvalidArgument });
    expect((error as GovernanceError).message).toContain("tools[1].name: required");
  });

  it("refuses an unknown token with Unauthenticated", async () => {
    const error = await clients[0]!.filterTools({ token: "nope", server: "jira", tools: [{ name: "a" }] }).catch((err: unknown) => err as GovernanceError);
    expect(error).toMatchObject({ code: Code.Unauthenticated });
  });
});

describe("request bytes that do not decode", () => {
  const FILTER_TOOLS = "/portcullis.v1.GovernanceService/FilterTools";
  const field = (w: BinaryWriter, no: number, bytes: Uint8Array) => w.tag(no, WireType.LengthDelimited).bytes(bytes);
  /** google.protobuf.Struct nested `depth` levels: {"a": {"a": …}}, two messages per level. */
  const deepStruct = (depth: number) => {
    let struct = new Uint8Array(0);
    for (let i = 0; i < depth; i++) {
      const value = field(new BinaryWriter(), 5, struct).finish(); // Value.struct_value
      const entry = field(new BinaryWriter().tag(1, WireType.LengthDelimited).string("a"), 2, value).finish();
      struct = field(new BinaryWriter(), 1, entry).finish(); // Struct.fields
    }
    return struct;
  };
  const tool = field(new BinaryWriter().tag(1, WireType.LengthDelimited).string("search_issues"), 4, deepStruct(300)).finish();
  const bodies = [
    { name: "garbage", bytes: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]) },
    // FilterToolsRequest.server = "\xc3\x28": a string field that is not UTF-8.
    { name: "invalid UTF-8", bytes: Uint8Array.from([0x12, 0x02, 0xc3, 0x28]) },
    { name: "a Struct nested 300 deep", bytes: field(new BinaryWriter().tag(2, WireType.LengthDelimited).string("jira"), 3, tool).finish() },
  ];
  const envelope = (bytes: Uint8Array) => {
    const frame = Buffer.alloc(5 + bytes.length);
    frame.writeUInt32BE(bytes.length, 1);
    frame.set(bytes, 5);
    return frame;
  };

  it.each(bodies)("gets InvalidArgument over gRPC for $name", async ({ bytes }) => {
    const client = new grpc.Client(sidecar.address, grpc.credentials.createInsecure());
    const error = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest(
        FILTER_TOOLS,
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.from(bytes),
        (err) => resolve(err),
      ),
    );
    client.close();
    expect(error).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, details: expect.stringContaining("parse binary") });
  });

  it.each(bodies)("gets InvalidArgument over gRPC-Web for $name", async ({ bytes }) => {
    const res = await fetch(`${sidecar.baseUrl}${FILTER_TOOLS}`, {
      method: "POST",
      headers: { "content-type": "application/grpc-web+proto" },
      body: envelope(bytes),
    });
    expect(Buffer.from(await res.arrayBuffer()).toString("latin1")).toContain(`grpc-status: ${Code.InvalidArgument}`);
  });

  it.each(bodies)("gets HTTP 400 invalid_argument over Connect application/proto for $name", async ({ bytes }) => {
    const res = await fetch(`${sidecar.baseUrl}${FILTER_TOOLS}`, {
      method: "POST",
      headers: { "content-type": "application/proto" },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "invalid_argument", message: expect.stringContaining("parse binary") });
  });

  it("keeps serving after them", async () => {
    const next = await clients[2]!.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
    expect(next.decision).toBe(Decision.ALLOW);
  });
});

describe.each([
  ["the lean unary path", []],
  ["the framework path (--no-lean-unary)", ["--no-lean-unary"]],
])("Connect JSON bodies that are not UTF-8, over %s", (_path, extraArgs) => {
  let server: SidecarProcess;
  beforeAll(async () => {
    server = await startSidecarProcess(["--policy", EXAMPLE_POLICY, ...extraArgs]);
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });
  const post = (method: string, body: Buffer) =>
    fetch(`${server.baseUrl}/portcullis.v1.GovernanceService/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body });
  // A byte that is never UTF-8 (0xff) inside a string: a lenient decoder would read U+FFFD.
  const bad = (json: string) =>
    Buffer.concat(json.split("\u0000").flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));

  it.each([
    ["Authorize", '{"token":"demo-support-token","server":"jira","tool":"search\u0000_issues"}'],
    ["FilterTools", '{"token":"demo-support-token","server":"ji\u0000ra","tools":[{"name":"search_issues"}]}'],
  ])("%s gets HTTP 400 invalid_argument", async (method, json) => {
    const res = await post(method, bad(json));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: "invalid_argument", message: "the request body is not valid UTF-8; JSON must be encoded as UTF-8" });
  });

  it("still takes UTF-8 beyond ASCII", async () => {
    const res = await post("Authorize", Buffer.from('{"token":"demo-support-token","server":"jira","tool":"sëarch_issues"}'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ decision: "DECISION_DENY" });
  });
});
