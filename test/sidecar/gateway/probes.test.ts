/**
 * The gateway's probes on a real node HTTP server: liveness stays SERVING, readiness follows the
 * drain and the embedded sidecar's own readiness; GET and HEAD only; other paths are not theirs.
 * (The gateway process's probes, before and during a drain: test/e2e/gateway-drain.test.ts.)
 */
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerProbe, LIVENESS_PATH, READINESS_PATH } from "../../../sidecar/src/gateway/probes.js";

const state = { draining: false, sidecarReady: true };
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (!answerProbe(req, res, path, { draining: state.draining, ready: () => state.sidecarReady })) res.writeHead(418).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function probe(path: string, method = "GET"): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(`${base}${path}`, { method });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe("gateway probes", () => {
  it("readiness follows the sidecar's readiness and the drain; liveness stays SERVING", async () => {
    Object.assign(state, { draining: false, sidecarReady: true });
    expect(await probe(LIVENESS_PATH)).toMatchObject({ status: 200, body: '{"status":"SERVING"}' });
    expect(await probe(READINESS_PATH)).toMatchObject({ status: 200, body: '{"status":"SERVING"}' });
    expect((await probe(READINESS_PATH)).headers.get("cache-control")).toBe("no-store");

    // The sidecar cannot decide (a lost limit store that fails closed, an audit trail that refuses records…).
    state.sidecarReady = false;
    expect(await probe(READINESS_PATH)).toMatchObject({ status: 503, body: '{"status":"NOT_SERVING"}' });
    expect(await probe(LIVENESS_PATH)).toMatchObject({ status: 200, body: '{"status":"SERVING"}' });

    Object.assign(state, { draining: true, sidecarReady: true });
    expect(await probe(READINESS_PATH)).toMatchObject({ status: 503, body: '{"status":"NOT_SERVING"}' });
    expect(await probe(LIVENESS_PATH)).toMatchObject({ status: 200, body: '{"status":"SERVING"}' });
  });

  it("answers GET and HEAD (no body), refuses other methods with Allow, and leaves other paths alone", async () => {
    Object.assign(state, { draining: false, sidecarReady: true });
    const head = await probe(READINESS_PATH, "HEAD");
    expect(head).toMatchObject({ status: 200, body: "" });
    const post = await probe(LIVENESS_PATH, "POST");
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect((await probe("/healthz/x")).status).toBe(418);
    expect((await probe("/mcp/healthz")).status).toBe(418);
  });
});
