/**
 * A deadline longer than the sidecar's longest (60 s) is cut to it, never refused: Connect
 * (JSON and proto, the lean path and the framework's) and gRPC (@grpc/grpc-js, and a raw
 * `grpc-timeout` of 99999999H) all get a decision. connect-es refused them as InvalidArgument.
 */
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import * as grpc from "@grpc/grpc-js";
import { AuthorizeRequestSchema, AuthorizeResponseSchema, Decision } from "@portcullis/sdk";
import * as http2 from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { grpcFrame, h2Request } from "../helpers/raw-connections.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const PATH = "/portcullis.v1.GovernanceService/Authorize";
const request = create(AuthorizeRequestSchema, { token: "demo-support-token", server: "jira", tool: "search_issues" });

let sidecar: SidecarProcess;
beforeAll(async () => {
  sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY]);
});
afterAll(async () => {
  expect(await sidecar.stop()).toBe(0);
});

describe("a deadline above 60 s", () => {
  it.each([
    ["JSON", "application/json", () => JSON.stringify({ token: "demo-support-token", server: "jira", tool: "search_issues" })],
    ["proto", "application/proto", () => toBinary(AuthorizeRequestSchema, request)],
  ])("is cut, not refused, for Connect %s (connect-timeout-ms: 61000 and 9999999999)", async (_name, type, body) => {
    for (const timeout of ["61000", "9999999999"]) {
      const res = await fetch(`${sidecar.baseUrl}${PATH}`, { method: "POST", headers: { "content-type": type, "connect-timeout-ms": timeout }, body: body() });
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(res.status, new TextDecoder().decode(bytes)).toBe(200);
      const answer =
        type === "application/json"
          ? (JSON.parse(new TextDecoder().decode(bytes)) as { decision: string }).decision
          : fromBinary(AuthorizeResponseSchema, bytes).decision;
      expect(answer === "DECISION_ALLOW" || answer === Decision.ALLOW).toBe(true);
    }
  });

  it("is cut, not refused, for gRPC from @grpc/grpc-js (deadline in 2 minutes) and a raw grpc-timeout of 99999999H", async () => {
    const client = new grpc.Client(sidecar.address, grpc.credentials.createInsecure());
    try {
      const answer = await new Promise<{ decision: Decision }>((resolve, reject) =>
        client.makeUnaryRequest(
          PATH,
          (m: typeof request) => Buffer.from(toBinary(AuthorizeRequestSchema, m)),
          (b: Buffer) => fromBinary(AuthorizeResponseSchema, b),
          request,
          { deadline: Date.now() + 120_000 },
          (err, res) => (err ? reject(err) : resolve(res!)),
        ),
      );
      expect(answer.decision).toBe(Decision.ALLOW);
    } finally {
      client.close();
    }
    const session = http2.connect(sidecar.baseUrl!);
    try {
      const { result } = h2Request(
        session,
        { ":path": PATH, "content-type": "application/grpc", te: "trailers", "grpc-timeout": "99999999H" },
        grpcFrame(toBinary(AuthorizeRequestSchema, request)),
      );
      const res = await result;
      expect(res.trailers["grpc-status"] ?? res.headers["grpc-status"], String(res.trailers["grpc-message"] ?? res.headers["grpc-message"])).toBe("0");
      expect(fromBinary(AuthorizeResponseSchema, Buffer.from(res.body, "latin1").subarray(5)).decision).toBe(Decision.ALLOW);
    } finally {
      session.close();
    }
  });
});
