/**
 * The sidecar's memory stays bounded under a flood of large and half-sent requests, against
 * a real `portcullis serve` with its default limits: 90 concurrent 16 MiB bodies, just over
 * the largest message (45 over HTTP/1.1 with a declared length, 45 over HTTP/2 gRPC
 * streamed without one), and 2,000 half-sent HTTP/2 streams on 20 connections, each
 * declaring a 1 MiB message and sending 1 KiB of it. The large bodies are refused with
 * ResourceExhausted before they are buffered; a half-sent stream holds against the
 * request-byte budget only the bytes it sent (a declared length reserves nothing: two
 * sockets declaring 16 MiB each once locked every caller out); a normal call is answered in
 * the middle of the flood, and the process's
 * resident memory (VmRSS) stays within 100 MB of its baseline. No GC is forced; the
 * sidecar runs as operators run it.
 *
 * The baseline is the sidecar's working size: a pilot flood a tenth the size (what the
 * flood's paths load and set up once), then FilterTools calls (2,000 tools each) until its
 * RSS stops growing. V8 grows a fresh process's heap to that size under any busy
 * traffic (here ~110 → ~300 MB within a few hundred calls, before this change as well),
 * and that growth is not what this test is about.
 *
 * Bodies that do fit the budget are held, and the router copies and decodes them: up to
 * about three times the budget is in use while they are handled, and when V8 hands that
 * back depends on when it next collects, so the RSS figure here is for refused bodies.
 * connection-bounds.test.ts shows the budget refusing and then serving such bodies.
 */
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import * as http from "node:http";
import * as http2 from "node:http2";
import { Readable } from "node:stream";
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
    .tag(1, WireType.LengthDelimited)
    .string("demo-support-token")
    .tag(2, WireType.LengthDelimited)
    .string("jira")
    .tag(3, WireType.LengthDelimited)
    .string("create_issue")
    .tag(4, WireType.LengthDelimited)
    .string(`{"blob":"${"x".repeat(bytes - 100)}"}`)
    .finish();
}

/** Connect over HTTP/1.1 with content-length; resolves with the Connect error code. */
function h1Post(body: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        ...hostPort(sidecar.address),
        method: "POST",
        path: AUTHORIZE,
        agent: false,
        headers: { "content-type": "application/proto", "content-length": body.length },
      },
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

interface Flood {
  readonly codes: readonly unknown[];
  readonly halfSent: ReturnType<typeof h2Request>[];
  readonly sessions: http2.ClientHttp2Session[];
}

/**
 * `h1` 16 MiB bodies over HTTP/1.1 with a declared length, `h2` over HTTP/2 gRPC streamed
 * without one (their answers awaited), and `halfSessions` connections × 100 streams that send
 * their head and 1 KiB of a 1 MiB message, then nothing (left open: {@link endFlood}).
 */
async function flood(h1Count: number, h2Count: number, halfSessions: number): Promise<Flood> {
  const body = bigAuthorize(16 * MB + 1024);
  const h1 = Array.from({ length: h1Count }, () => h1Post(body));
  const sessions = Array.from({ length: 5 + halfSessions }, () => {
    // Room for this client's own queued uploads (Node's default of 10 MB would make the
    // client itself reset the sidecar's answers with ENHANCE_YOUR_CALM).
    const session = http2.connect(sidecar.baseUrl!, { maxSessionMemory: 1024 });
    session.on("error", () => undefined);
    return session;
  });
  const grpcHeaders = { ":path": AUTHORIZE, "content-type": "application/grpc", te: "trailers" };
  // Built once and shared: a copy per stream would cost the client seconds of memcpy.
  const frame = grpcFrame(body);
  const halfFrame = grpcFrame(new Uint8Array(MB)).subarray(0, 1024);
  const h2 = Array.from({ length: h2Count }, (_, i) => {
    const { stream, result } = h2Request(sessions[i % 5]!, grpcHeaders, undefined);
    // In 1 MiB writes with backpressure, as a streaming client would; no content-length.
    Readable.from(
      (function* () {
        for (let offset = 0; offset < frame.length; offset += MB) yield frame.subarray(offset, offset + MB);
      })(),
    ).pipe(stream);
    // ResourceExhausted from the byte budget, or the stream reset with ENHANCE_YOUR_CALM
    // by the per-connection memory cap, which gRPC clients read as ResourceExhausted too.
    return result.then((r) => (r.rstCode === http2.constants.NGHTTP2_ENHANCE_YOUR_CALM ? "8" : (r.trailers["grpc-status"] ?? r.headers["grpc-status"])));
  });
  // Connections × 100 streams (the per-connection cap; a client queues the rest).
  const halfSent = sessions.slice(5).flatMap((session) =>
    Array.from({ length: 100 }, () => {
      const exchange = h2Request(session, grpcHeaders, undefined);
      exchange.stream.write(halfFrame);
      return exchange;
    }),
  );
  const codes = [...(await Promise.all(h1)), ...(await Promise.all(h2))];
  return { codes, halfSent, sessions };
}

/** Cancels the half-sent streams and closes the flood's connections. */
function endFlood({ halfSent, sessions }: Flood): void {
  for (const { stream } of halfSent) stream.close(http2.constants.NGHTTP2_CANCEL);
  for (const session of sessions) session.destroy();
}

it("refuses a flood of large bodies with ResourceExhausted before buffering them, and keeps serving", { timeout: 150_000 }, async () => {
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 60_000 });
  // A pilot flood, a tenth of the size, before the baseline: what the flood's paths load and
  // set up once (HTTP/2 sessions, refusals, stream teardown) is the sidecar's working size
  // too, whatever the flood's size. Without it the baseline varied with what the warm-up
  // happened to load (112–149 MB), and the margin with it.
  const pilot = await flood(5, 5, 2);
  expect(pilot.codes.filter((c) => c !== "resource_exhausted" && c !== "8")).toEqual([]);
  endFlood(pilot);
  const tools = Array.from({ length: 2000 }, (_, i) => ({ name: `tool_${i}`, description: "x".repeat(100), inputSchema: { type: "object" } }));
  let baseline = await residentBytes(sidecar.child.pid!);
  const warm = [baseline];
  for (let batch = 0; batch < 30; batch++) {
    await Promise.all(Array.from({ length: 20 }, () => client.filterTools({ token: "demo-support-token", server: "jira", tools })));
    const rss = await residentBytes(sidecar.child.pid!);
    warm.push(rss);
    if (warm.length >= 4 && Math.max(...warm.slice(-3)) - Math.min(...warm.slice(-3)) < 8 * MB) break;
    baseline = rss;
  }
  baseline = warm.at(-1)!;
  console.log(`warm-up VmRSS (MB): ${warm.map((b) => (b / MB).toFixed(0)).join(" ")}`);

  // 45 + 45 large bodies, and 20 connections × 100 half-sent streams; a normal call in the middle.
  const flooding = flood(45, 45, 20);
  const normal = await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });
  expect(normal.decision).toBe(Decision.ALLOW);
  const main = await flooding;
  expect(main.codes.filter((c) => c !== "resource_exhausted" && c !== "8")).toEqual([]);
  // The half-sent streams wait for the rest of their bodies, holding what they sent.
  const afterFlood = await residentBytes(sidecar.child.pid!);

  endFlood(main);
  await client.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues" });

  // Cancelling 2,000 half-sent streams at once costs the process a transient ~90 MB (their
  // streams and sessions torn down together; measured 225–244 MB at once, 180–200 within
  // seconds): what is bounded is what it settles to under ordinary traffic — the warm-up's
  // calls, whose garbage has V8 collect what the teardown left (with one small call a second,
  // nothing made it collect, and once in nine runs it was still ~100 MB up after 30 s).
  let rss = await residentBytes(sidecar.child.pid!);
  for (let i = 0; i < 30 && rss - baseline >= 100 * MB; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await Promise.all(Array.from({ length: 20 }, () => client.filterTools({ token: "demo-support-token", server: "jira", tools })));
    rss = await residentBytes(sidecar.child.pid!);
  }
  console.log(
    `VmRSS: baseline ${(baseline / MB).toFixed(0)} MB, after the flood ${(afterFlood / MB).toFixed(0)} MB, once the streams closed and it settled ${(rss / MB).toFixed(0)} MB`,
  );
  expect(afterFlood - baseline).toBeLessThan(100 * MB);
  expect(rss - baseline).toBeLessThan(100 * MB);
  client.close();
});
