/**
 * The sidecar's memory stays bounded under a flood of large and half-sent requests, against
 * a real `portcullis serve` with its default limits: 90 concurrent ~16 MiB bodies (45 over
 * HTTP/1.1 with a declared length, 45 over HTTP/2 gRPC streamed without one) and 2,000
 * half-sent HTTP/2 streams on 20 connections. Bodies beyond the request-byte budget are
 * refused with ResourceExhausted before they are buffered, a normal call is answered in the
 * middle of the flood, and the process's resident memory (VmRSS) comes back to within
 * 100 MB of its baseline afterwards.
 */
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import * as http from "node:http";
import * as http2 from "node:http2";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { grpcFrame, h2Request, hostPort, residentBytes } from "../helpers/raw-connections.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const MB = 1024 * 1024;
const AUTHORIZE = "/portcullis.v1.GovernanceService/Authorize";

let sidecar: SidecarProcess;
beforeAll(async () => {
  sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY]);
});
afterAll(async () => {
  expect(await sidecar.stop()).toBe(0);
});

/** An AuthorizeRequest of about `bytes` bytes: its arguments are one long string. */
function bigAuthorize(bytes: number): Uint8Array {
  return new BinaryWriter()
    .tag(1, WireType.LengthDelimited).string("demo-support-token")
    .tag(2, WireType.LengthDelimited).string("jira")
    .tag(3, WireType.LengthDelimited).string("create_issue")
    .tag(4, WireType.LengthDelimited).string(`{"blob":"${"x".repeat(bytes - 100)}"}`)
    .finish();
}

/** Connect over HTTP/1.1 with content-length; resolves with the Connect error code. */
function h1Post(body: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { ...hostPort(sidecar.address), method: "POST", path: AUTHORIZE, agent: false, headers: { "content-type": "application/proto", "content-length": body.length } },
      (res) => {
        answered = true;
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve((JSON.parse(text) as { code: string }).code));
      },
    );
    // A refusal comes before the body is sent, and Node's HTTP/1.1 server closes such a
    // connection after answering: the rest of the upload then fails, the answer stands.
    let answered = false;
    req.on("error", (err) => answered || reject(err));
    req.end(body);
  });
}

it("refuses a flood of large bodies with ResourceExhausted, keeps serving, and gives the memory back", async () => {
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 60_000 });
  await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
  const baseline = await residentBytes(sidecar.child.pid!);

  const body = bigAuthorize(16 * MB - 1024);
  const h1 = Array.from({ length: 45 }, () => h1Post(body));
  const sessions = Array.from({ length: 25 }, () => {
    const session = http2.connect(sidecar.baseUrl!);
    session.on("error", () => undefined);
    return session;
  });
  const grpcHeaders = { ":path": AUTHORIZE, "content-type": "application/grpc", te: "trailers" };
  const h2 = Array.from({ length: 45 }, (_, i) => {
    const { stream, result } = h2Request(sessions[i % 5]!, grpcHeaders, undefined);
    // In 1 MiB writes, as a streaming client would; no content-length.
    const frame = grpcFrame(body);
    for (let offset = 0; offset < frame.length; offset += MB) stream.write(frame.subarray(offset, offset + MB));
    stream.end();
    // ResourceExhausted from the byte budget, or the stream reset with ENHANCE_YOUR_CALM
    // by the per-connection memory cap, which gRPC clients read as ResourceExhausted too.
    return result.then((r) => (r.rstCode === http2.constants.NGHTTP2_ENHANCE_YOUR_CALM ? "8" : (r.trailers["grpc-status"] ?? r.headers["grpc-status"])));
  });
  // 20 connections × 100 streams (the per-connection cap; a client queues the rest) that
  // send their head and 1 KiB of a 1 MiB message, then nothing.
  const halfSent = sessions.slice(5).flatMap((session) =>
    Array.from({ length: 100 }, () => {
      const { stream } = h2Request(session, grpcHeaders, undefined);
      stream.write(grpcFrame(new Uint8Array(MB)).subarray(0, 1024));
      return stream;
    }),
  );

  // A normal call in the middle of the flood.
  const normal = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
  expect(normal.decision).toBe(Decision.ALLOW);

  const codes = [...(await Promise.all(h1)), ...(await Promise.all(h2))];
  // Refused by the byte budget, or — the few that fit — by the handler's arguments bound.
  expect(codes.filter((c) => c !== "resource_exhausted" && c !== "8")).toEqual([]);
  const peak = await residentBytes(sidecar.child.pid!);

  for (const stream of halfSent) stream.close(http2.constants.NGHTTP2_CANCEL);
  for (const session of sessions) session.destroy();
  await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });

  // Memory the sidecar never allocated needs no GC to come back; allow some for what it did.
  let rss = await residentBytes(sidecar.child.pid!);
  for (let i = 0; i < 100 && rss - baseline > 100 * MB; i++) {
    await sleep(200);
    rss = await residentBytes(sidecar.child.pid!);
  }
  console.log(`VmRSS baseline ${(baseline / MB).toFixed(0)} MB, after the flood ${(peak / MB).toFixed(0)} MB, settled ${(rss / MB).toFixed(0)} MB`);
  expect(rss - baseline).toBeLessThan(100 * MB);
  client.close();
});
