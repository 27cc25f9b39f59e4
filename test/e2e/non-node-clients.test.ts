/**
 * Non-Node clients against a real `portcullis serve` process: @grpc/grpc-js with
 * @grpc/proto-loader reading our .proto files (no generated code, as a Go or Python
 * client would use it), and `buf curl` over the Connect and gRPC protocols. This shows the
 * contract is plain protobuf/gRPC and the listener speaks every protocol on one port.
 */
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, EXAMPLE_POLICY, REPO } from "../helpers/paths.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const run = promisify(execFile);
let sidecar: SidecarProcess;

beforeAll(async () => {
  sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY]);
});
afterAll(async () => {
  expect(await sidecar.stop()).toBe(0);
});

describe("@grpc/grpc-js with proto-loader", () => {
  type Unary = (req: unknown, cb: (err: grpc.ServiceError | null, res: Record<string, unknown>) => void) => void;
  let client: grpc.Client & Record<string, Unary>;

  beforeAll(() => {
    const definition = protoLoader.loadSync("portcullis/v1/governance.proto", {
      includeDirs: [join(REPO, "proto")],
      enums: String,
      longs: String,
      defaults: true,
    });
    const pkg = grpc.loadPackageDefinition(definition) as unknown as {
      portcullis: { v1: { GovernanceService: new (address: string, creds: grpc.ChannelCredentials) => grpc.Client } };
    };
    client = new pkg.portcullis.v1.GovernanceService(sidecar.address, grpc.credentials.createInsecure()) as never;
  });
  afterAll(() => client.close());

  const authorize = (req: unknown) =>
    new Promise<Record<string, unknown>>((resolve, reject) => client.Authorize!(req, (err, res) => (err ? reject(err) : resolve(res))));

  it("is allowed to create a SUP issue and denied delete_issue", async () => {
    const allowed = await authorize({
      token: "demo-support-token",
      server: "jira",
      tool: "create_issue",
      argumentsJson: JSON.stringify({ project: "SUP", summary: "VPN down" }),
    });
    expect(allowed).toMatchObject({ decision: "DECISION_ALLOW", reason: "REASON_ALLOWED", matchedRule: "roles.support.servers.jira.allow[1]" });
    expect(allowed.decisionId).toMatch(/^[0-9a-f-]{36}$/);
    const denied = await authorize({ token: "demo-support-token", server: "jira", tool: "delete_issue" });
    expect(denied).toMatchObject({ decision: "DECISION_DENY", reason: "REASON_EXPLICIT_DENY" });
  });

  it("gets INVALID_ARGUMENT naming the field for a request without server", async () => {
    await expect(authorize({ token: "demo-support-token", tool: "x" })).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: expect.stringContaining("server: required"),
    });
  });

  it("passes the standard gRPC health check", async () => {
    const definition = protoLoader.loadSync("grpc/health/v1/health.proto", { includeDirs: [join(REPO, "proto")], enums: String });
    const pkg = grpc.loadPackageDefinition(definition) as unknown as {
      grpc: { health: { v1: { Health: new (address: string, creds: grpc.ChannelCredentials) => grpc.Client & Record<string, Unary> } } };
    };
    const health = new pkg.grpc.health.v1.Health(sidecar.address, grpc.credentials.createInsecure());
    const res = await new Promise<Record<string, unknown>>((resolve, reject) =>
      health.Check!({ service: "portcullis.v1.GovernanceService" }, (err, r) => (err ? reject(err) : resolve(r))),
    );
    health.close();
    expect(res.status).toBe("SERVING");
  });
});

describe("buf curl", () => {
  const curl = async (protocol: string, body: object, http2 = true) => {
    const args = ["curl", "--schema", join(REPO, "proto"), "--protocol", protocol, ...(http2 ? ["--http2-prior-knowledge"] : []), "-d", JSON.stringify(body)];
    const { stdout } = await run(join(BIN, "buf"), [...args, `${sidecar.baseUrl}/portcullis.v1.GovernanceService/Authorize`], { cwd: REPO });
    return JSON.parse(stdout) as Record<string, unknown>;
  };

  it("calls Authorize with --protocol connect over h2c and over HTTP/1.1", async () => {
    const body = { token: "demo-support-token", server: "jira", tool: "search_issues" };
    expect(await curl("connect", body)).toMatchObject({ decision: "DECISION_ALLOW", reason: "REASON_ALLOWED" });
    expect(await curl("connect", body, false)).toMatchObject({ decision: "DECISION_ALLOW" });
  });

  it("calls Authorize with --protocol grpc", async () => {
    const res = await curl("grpc", { token: "demo-support-token", server: "jira", tool: "bulk_update" });
    expect(res).toMatchObject({ decision: "DECISION_DENY", reason: "REASON_EXPLICIT_DENY", matchedRule: "roles.support.servers.jira.deny[1]" });
  });

  it("calls Authorize with --protocol grpcweb", async () => {
    const res = await curl("grpcweb", { token: "demo-research-token", server: "research-desk", tool: "search_code" });
    expect(res).toMatchObject({ decision: "DECISION_ALLOW", target: { server: "github", tool: "search_code" } });
  });
});
