/**
 * The host closing its own governance client is not an unreachable sidecar: with
 * `failOpen: true`, a call in flight when `close()` runs — and any call after it — ends
 * without a decision (NO_DECISION: DENY, no tools, BLOCK), on every transport alike. Over the
 * default HTTP/1.1 transport the closed socket read as a lost connection (Unavailable:
 * "socket hang up"), and a policy-denied call came back ALLOW SIDECAR_UNAVAILABLE.
 *
 * The "sidecar" here takes each request and never answers, so the calls are surely in flight
 * when close() runs (each request has arrived).
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createServer as createH2Server, type Http2Server, type ServerHttp2Stream } from "node:http2";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Reason, ScanAction, type GovernanceClientOptions } from "@portcullis/sdk";

let h1: Server;
let h2: Http2Server;
const arrivedH1: IncomingMessage[] = [];
const arrivedH2: ServerHttp2Stream[] = [];
const waiters: (() => void)[] = [];
const arrived = () => {
  for (const w of waiters.splice(0)) w();
};

beforeAll(async () => {
  h1 = createServer((req) => {
    arrivedH1.push(req);
    arrived();
  });
  h2 = createH2Server();
  // The client's close resets its streams and session: expected here, not an error of the test.
  h2.on("session", (session) => session.on("error", () => undefined));
  h2.on("stream", (stream) => {
    stream.on("error", () => undefined);
    arrivedH2.push(stream);
    arrived();
  });
  await new Promise<void>((resolve) => h1.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => h2.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  h1.closeAllConnections();
  await new Promise((resolve) => h1.close(resolve));
  await new Promise((resolve) => h2.close(resolve));
});

/** Resolves once `count` requests have arrived at the server in `list`. */
async function requestsArrived(list: unknown[], count: number): Promise<void> {
  while (list.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
}

describe.each([
  ["connect, HTTP/1.1 (default)", {} as Partial<GovernanceClientOptions>, () => arrivedH1, () => h1],
  ["connect, h2c", { httpVersion: "2" as const }, () => arrivedH2, () => h2],
  ["gRPC", { protocol: "grpc" as const }, () => arrivedH2, () => h2],
])("close() with failOpen: true, %s", (_name, options, arrivals, server) => {
  it("ends the calls in flight and any after it without a decision, closed", async () => {
    const port = (server().address() as AddressInfo).port;
    const client = createGovernanceClient({ baseUrl: `http://127.0.0.1:${port}`, failOpen: true, timeoutMs: 60_000, ...options });
    const list = arrivals();
    const before = list.length;
    const authorize = client.authorize({ token: "t", server: "everything", tool: "get-env" });
    const filter = client.filterTools({ token: "t", server: "everything", tools: [{ name: "get-env" }] });
    const scan = client.scanResponse({ token: "t", server: "everything", tool: "echo", text: "AKIAIOSFODNN7EXAMPLE" });
    await requestsArrived(list, before + 3);
    client.close();
    const [d, f, s] = await Promise.all([authorize, filter, scan]);
    expect([Decision[d.decision], Reason[d.reason]]).toEqual(["DENY", "NO_DECISION"]);
    expect(d.message).toContain("the governance client was closed");
    expect(f.tools).toEqual([]);
    expect(ScanAction[s.action]).toBe("BLOCK");
    const after = await client.authorize({ token: "t", server: "everything", tool: "get-env" });
    expect([Decision[after.decision], Reason[after.reason]]).toEqual(["DENY", "NO_DECISION"]);
    expect(list.length).toBe(before + 3);
  });
});
