/**
 * The rapid-reset bound (CVE-2023-44487): the leaky bucket itself, and the listener cutting
 * off a connection that opens HTTP/2 streams and resets them at once — GOAWAY with
 * ENHANCE_YOUR_CALM, long before Node's own bound (a thousand resets, then GOAWAY
 * INTERNAL_ERROR) — while other connections are served, and a client that cancels its calls
 * (every one it has in flight, twice over; or one in two along a run of calls) is not cut off.
 */
import * as http2 from "node:http2";
import { afterEach, describe, expect, it } from "vitest";
import { DualProtocolListener, type DualHandler } from "../../../sidecar/src/transport/dual-protocol-listener.js";
import { RESET_DRAIN_PER_SECOND, StreamResetBound } from "../../../sidecar/src/transport/stream-reset-bound.js";
import { h2Request, resetFlood } from "../../helpers/raw-connections.js";

describe("StreamResetBound", () => {
  it("is over its allowance at the first unpaid reset past it", () => {
    const bound = new StreamResetBound(3, 0);
    expect([bound.reset(0), bound.reset(0), bound.reset(0), bound.reset(0)]).toEqual([false, false, false, true]);
  });

  it("lets each completed call pay for one reset, never banking credit", () => {
    const bound = new StreamResetBound(3, 0);
    for (let i = 0; i < 1000; i++) bound.completed(); // no credit saved up
    for (let i = 0; i < 3; i++) expect(bound.reset(0)).toBe(false);
    expect(bound.reset(0)).toBe(true);
    const paid = new StreamResetBound(3, 0);
    for (let i = 0; i < 1000; i++) {
      expect(paid.reset(0)).toBe(false);
      paid.completed();
    }
    expect(paid.level).toBe(0);
  });

  it("drains by itself over time", () => {
    const bound = new StreamResetBound(10, 0);
    for (let i = 0; i < 10; i++) bound.reset(0);
    // One second later RESET_DRAIN_PER_SECOND have drained: that many more fit.
    for (let i = 0; i < RESET_DRAIN_PER_SECOND; i++) expect(bound.reset(1000)).toBe(false);
    expect(bound.reset(1000)).toBe(true);
  });
});

describe("the listener under a rapid-reset flood", () => {
  let listener: DualProtocolListener | undefined;
  afterEach(async () => {
    await listener?.close(1000);
    listener = undefined;
  });

  // The listener calls it once the body has arrived.
  const answer: DualHandler = (_req, res) => {
    (res as http2.Http2ServerResponse).writeHead(200, { "content-type": "application/json" }).end("{}");
  };

  async function start(): Promise<{ address: string; url: string }> {
    listener = new DualProtocolListener(answer);
    const address = await listener.listen({ host: "127.0.0.1", port: 0 });
    return { address, url: `http://${address}` };
  }

  it("cuts the flooding connection off with GOAWAY ENHANCE_YOUR_CALM, and serves another connection meanwhile", async () => {
    const { address, url } = await start();
    const bystander = http2.connect(url);
    bystander.on("error", () => undefined);
    try {
      // 5,000 opened and reset: past Node's own bound (1,000, answered with INTERNAL_ERROR).
      const { goaway } = await resetFlood(address, 5000);
      expect(goaway?.code).toBe(http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
      const { result } = h2Request(bystander, { ":path": "/x" }, "{}");
      expect((await result).status).toBe(200);
      expect(listener!.connections).toBe(1);
    } finally {
      bystander.close();
    }
  });

  it("does not cut off a client that cancels every call it has in flight, twice, and one call in two after that", async () => {
    const { url } = await start();
    const session = http2.connect(url);
    session.on("error", () => undefined);
    const goaways: number[] = [];
    session.on("goaway", (code) => goaways.push(code));
    try {
      for (let round = 0; round < 2; round++) {
        // 100 calls (the session's concurrent streams) whose bodies never come, all cancelled.
        const calls = Array.from({ length: 100 }, () => h2Request(session, { ":path": "/x" }, undefined));
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const { stream } of calls) stream.close(http2.constants.NGHTTP2_CANCEL);
        await Promise.all(calls.map(({ result }) => result));
      }
      for (let i = 0; i < 300; i++) {
        // Part of a body first, so that the request is out before it is cancelled.
        const cancelled = h2Request(session, { ":path": "/x" }, undefined);
        cancelled.stream.write("{");
        await new Promise((resolve) => setTimeout(resolve, 2));
        cancelled.stream.close(http2.constants.NGHTTP2_CANCEL);
        await cancelled.result;
        const done = h2Request(session, { ":path": "/x" }, "{}");
        expect((await done.result).status).toBe(200);
      }
      expect(goaways).toEqual([]);
      expect(session.closed || session.destroyed).toBe(false);
    } finally {
      session.close();
    }
  });
});
