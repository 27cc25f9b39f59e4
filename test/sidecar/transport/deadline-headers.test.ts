/**
 * Deadlines count from the arrival of a request's headers, not from when its body was in: a
 * caller that sends a 200 ms deadline and trickles its body for a second is answered
 * DeadlineExceeded with nothing decided or charged (a limit of one call an hour is still
 * there for the next call), on the lean path (Connect JSON over HTTP/1.1) and on the
 * framework's (gRPC over h2c). And the header rewrite itself.
 */
import { toBinary, create } from "@bufbuild/protobuf";
import { Code, createGovernanceClient, Decision } from "@portcullis/sdk";
import { AuthorizeRequestSchema } from "@portcullis/sdk/gen";
import { hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import * as http2 from "node:http2";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cutDeadlineHeaders } from "../../../sidecar/src/transport/deadline-headers.js";
import { policyFile } from "../../helpers/policy-file.js";
import { grpcFrame, h2Request, openSocket } from "../../helpers/raw-connections.js";

describe("cutDeadlineHeaders", () => {
  it("takes the time since the headers arrived off the deadline, down to 0", () => {
    const headers: Record<string, string> = { "connect-timeout-ms": "200", "grpc-timeout": "200m" };
    cutDeadlineHeaders(headers, 60_000, 150);
    expect(headers).toEqual({ "connect-timeout-ms": "50", "grpc-timeout": "50m" });
    cutDeadlineHeaders(headers, 60_000, 1000);
    expect(headers).toEqual({ "connect-timeout-ms": "0", "grpc-timeout": "0m" });
  });

  it("leaves a deadline alone when no time has passed, and cuts one above the longest", () => {
    const headers: Record<string, string> = { "connect-timeout-ms": "200", "grpc-timeout": "2S" };
    cutDeadlineHeaders(headers, 60_000);
    expect(headers).toEqual({ "connect-timeout-ms": "200", "grpc-timeout": "2S" });
    const long: Record<string, string> = { "connect-timeout-ms": "120000", "grpc-timeout": "99999999H" };
    cutDeadlineHeaders(long, 60_000, 10);
    expect(long).toEqual({ "connect-timeout-ms": "59990", "grpc-timeout": "59990m" });
  });
});

const TOKEN = "agent-0";
const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-0, roles: [support], team: support, tokenSha256: ${hashToken(TOKEN)} }`,
  "roles:",
  "  support: { servers: { jira: { allow: [search_issues] } } }",
  "limits:",
  "  - { name: one-an-hour, tools: [jira/search_issues], rate: 1/h }",
].join("\n");
const CALL = { token: TOKEN, server: "jira", tool: "search_issues" };
/** Longer than the deadline: the body is still arriving when it passes. */
const TRICKLE_MS = 1000;

describe("a deadline that passes while the body arrives", () => {
  let sidecar: Sidecar;
  beforeEach(async () => {
    sidecar = await startSidecar({ policyFile: await policyFile(POLICY), listen: { host: "127.0.0.1", port: 0 }, watchPolicy: false });
  });
  afterEach(async () => {
    await sidecar.close();
  });

  /** The limit was not charged: the next call is allowed, and the one after it refused by the limit. */
  async function expectNothingCharged(): Promise<void> {
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
    try {
      expect((await client.authorize(CALL)).decision).toBe(Decision.ALLOW);
      expect((await client.authorize(CALL)).decision).toBe(Decision.DENY);
    } finally {
      client.close();
    }
  }

  it("is answered DeadlineExceeded with nothing charged on the lean path (Connect, HTTP/1.1)", async () => {
    const body = JSON.stringify(CALL);
    const raw = await openSocket(sidecar.address);
    raw.socket.write(
      "POST /portcullis.v1.GovernanceService/Authorize HTTP/1.1\r\nhost: sidecar\r\ncontent-type: application/json\r\n" +
        `connect-timeout-ms: 200\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await sleep(TRICKLE_MS);
    raw.socket.write(body.slice(10));
    await raw.waitFor("}"); // the answer's JSON
    expect(raw.received()).toMatch(/^HTTP\/1\.1 504 /);
    expect(raw.received()).toContain('"code":"deadline_exceeded"');
    raw.socket.destroy();
    await expectNothingCharged();
  });

  it("is answered DeadlineExceeded with nothing charged on the framework's path (gRPC, h2c)", async () => {
    const frame = grpcFrame(toBinary(AuthorizeRequestSchema, create(AuthorizeRequestSchema, CALL)));
    const session = http2.connect(sidecar.baseUrl!);
    session.on("error", () => undefined);
    try {
      const call = h2Request(
        session,
        { ":path": "/portcullis.v1.GovernanceService/Authorize", "content-type": "application/grpc", te: "trailers", "grpc-timeout": "200m" },
        undefined,
      );
      call.stream.write(frame.subarray(0, 10));
      await sleep(TRICKLE_MS);
      call.stream.end(frame.subarray(10));
      const { headers, trailers } = await call.result;
      expect(headers["grpc-status"] ?? trailers["grpc-status"]).toBe(String(Code.DeadlineExceeded));
    } finally {
      session.close();
    }
    await expectNothingCharged();
  });
});
