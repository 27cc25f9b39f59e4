/**
 * A deadline longer than the sidecar's longest (60 s) is cut to it, never refused: Connect
 * (JSON and proto, the lean path and the framework's) and gRPC (@grpc/grpc-js, and a raw
 * `grpc-timeout` of 99999999H) all get a decision. connect-es refused them as InvalidArgument.
 * A deadline already past when the call arrives (`connect-timeout-ms: 0`, gRPC's `0n`, `1n`,
 * `0S`) ends it with DeadlineExceeded before anything is decided or charged: the lean path read
 * 0 as no deadline and allowed, the framework's denied for a wrong reason (STATE_UNAVAILABLE),
 * and `1n` was allowed and charged.
 */
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import * as grpc from "@grpc/grpc-js";
import { AuthorizeRequestSchema, AuthorizeResponseSchema, createGovernanceClient, Decision, Reason } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import * as http2 from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { policyFile } from "../helpers/policy-file.js";
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

describe("a deadline already past when the call arrives", () => {
  it("ends the call with DeadlineExceeded, nothing decided or charged, on Connect and gRPC", async () => {
    const policy = await policyFile(
      [
        "version: 1",
        "subjects:",
        `  - { id: agent-0, roles: [support], tokenSha256: ${hashToken("agent-0")} }`,
        "roles:",
        "  support: { servers: { jira: { allow: [create_issue] } } }",
        "limits:",
        "  - { name: no-repeats, tools: [jira/create_issue], duplicateWindow: 10m }",
      ].join("\n"),
    );
    const guarded = await startSidecarProcess(["--policy", policy]);
    const call = (n: number) => ({ token: "agent-0", server: "jira", tool: "create_issue", argumentsJson: JSON.stringify({ n }) });
    try {
      const res = await fetch(`${guarded.baseUrl}${PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json", "connect-timeout-ms": "0" },
        body: JSON.stringify(call(0)),
      });
      expect(((await res.json()) as { code: string }).code).toBe("deadline_exceeded");
      const session = http2.connect(guarded.baseUrl!);
      try {
        for (const [n, timeout] of [
          [1, "0n"],
          [2, "1n"],
          [3, "0S"],
        ] as const) {
          const { result } = h2Request(
            session,
            { ":path": PATH, "content-type": "application/grpc", te: "trailers", "grpc-timeout": timeout },
            grpcFrame(toBinary(AuthorizeRequestSchema, create(AuthorizeRequestSchema, call(n)))),
          );
          const answer = await result;
          expect(answer.trailers["grpc-status"] ?? answer.headers["grpc-status"], timeout).toBe("4"); // DEADLINE_EXCEEDED
        }
      } finally {
        session.close();
      }
      // Nothing was charged: each call, made again in time, is no duplicate of the expired one.
      const client = createGovernanceClient({ baseUrl: guarded.baseUrl!, timeoutMs: 10_000 });
      try {
        for (const n of [0, 1, 2, 3]) {
          expect(await client.authorize(call(n)), `call ${n}`).toMatchObject({ decision: Decision.ALLOW, reason: Reason.ALLOWED });
        }
      } finally {
        client.close();
      }
    } finally {
      expect(await guarded.stop()).toBe(0);
    }
  });
});
