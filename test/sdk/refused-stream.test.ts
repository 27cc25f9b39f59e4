/**
 * An HTTP/2 stream the server refuses (RST_STREAM with REFUSED_STREAM, as a draining sidecar
 * does with new streams) never reached a handler: the SDK reports it as Unavailable —
 * `unavailable: true`, SIDECAR_UNAVAILABLE, failOpen-eligible — like a refused connection,
 * not as Internal ("no decision"). Over Connect on h2c and over gRPC, against a raw
 * node:http2 server that refuses every stream.
 */
import * as http2 from "node:http2";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, ConnectError, createGovernanceClient, Decision, type GovernanceClientOptions, GovernanceError, Reason } from "@portcullis/sdk";

let server: http2.Http2Server;
let baseUrl: string;
beforeAll(async () => {
  server = http2.createServer();
  server.on("stream", (stream) => {
    // Node reports our own reset as an error on the server's side of the stream too.
    stream.on("error", () => undefined);
    stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe.each<[string, Partial<GovernanceClientOptions>]>([
  ["Connect over h2c", { httpVersion: "2" }],
  ["gRPC", { protocol: "grpc" }],
])("a refused stream, %s", (_name, transport) => {
  it("is Unavailable, and fails open when asked to", async () => {
    const closed = createGovernanceClient({ baseUrl, timeoutMs: 10_000, ...transport });
    const open = createGovernanceClient({ baseUrl, timeoutMs: 10_000, failOpen: true, ...transport });
    try {
      const raw = await closed.raw.ping({}).catch((err: unknown) => err);
      expect(raw).toBeInstanceOf(ConnectError);
      expect((raw as ConnectError).code).toBe(Code.Unavailable);

      const error = await closed.ping().catch((err: unknown) => err);
      expect(error).toBeInstanceOf(GovernanceError);
      expect(error).toMatchObject({ code: Code.Unavailable, unavailable: true });

      const denied = await closed.authorize({ token: "t", server: "jira", tool: "search" });
      expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.SIDECAR_UNAVAILABLE });
      const allowed = await open.authorize({ token: "t", server: "jira", tool: "search" });
      expect(allowed).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
    } finally {
      closed.close();
      open.close();
    }
  });
});
