/**
 * Hostile and broken requests against a real sidecar process: each gets InvalidArgument or
 * ResourceExhausted naming the field, and the sidecar keeps serving the next call. Runs the
 * Connect protocol over h2c (binary) and over HTTP/1.1 (JSON), and gRPC.
 */
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
      .then(() => undefined, (err: unknown) => err);
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
