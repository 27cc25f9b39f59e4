/**
 * `close()` of an h2c or gRPC client whose peer does not speak HTTP/2 (an HTTP/1.1 server on
 * the port): `authorize` fails closed, and `close()` must neither throw nor leave an 'error'
 * to be emitted later with no listener (an uncaught exception that kills the host).
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision } from "@portcullis/sdk";

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer(() => undefined); // HTTP/1.1 only; answers an h2c preface with 400
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("close() after a peer that does not speak h2c", () => {
  it.each([
    ["connect over h2c", { httpVersion: "2" as const }],
    ["gRPC", { protocol: "grpc" as const }],
  ])("%s: authorize fails closed, close() never throws nor emits later", async (_name, options) => {
    // The client's own sockets (net.connect announces each on this channel): the session's
    // error, if any, is emitted from the socket's 'close', so once every one of them has
    // closed, anything close() left behind has surfaced.
    const sockets: Socket[] = [];
    const onSocket = (message: unknown) => sockets.push((message as { socket: Socket }).socket);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    subscribe("net.client.socket", onSocket);
    process.on("uncaughtException", onUncaught);
    try {
      const client = createGovernanceClient({ baseUrl, timeoutMs: 5000, ...options });
      const d = await client.authorize({ token: "t", server: "jira", tool: "x" });
      expect(d.decision).toBe(Decision.DENY);
      expect(() => client.close()).not.toThrow();
      expect(sockets.length).toBeGreaterThan(0);
      await Promise.all(sockets.map((s) => (s.closed ? undefined : new Promise((resolve) => s.once("close", resolve)))));
      expect(uncaught).toEqual([]);
    } finally {
      unsubscribe("net.client.socket", onSocket);
      process.off("uncaughtException", onUncaught);
    }
  });
});
