/**
 * `answerRefusal` answers in the caller's protocol, matched by content type without regard to
 * case (as connect-es matches it): gRPC-Web gets the trailer frame in the body — base64 for
 * gRPC-Web-text, never a raw binary frame under a text content type — and a refusal with an
 * HTTP status is that bare status.
 */
import { Code } from "@connectrpc/connect";
import { once } from "node:events";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerRefusal, type Refusal } from "../../../sidecar/src/transport/refusal.js";

let server: http.Server;
let refusal: Refusal;
beforeAll(async () => {
  server = http.createServer((req, res) => answerRefusal(req, res, refusal)).listen(0, "127.0.0.1");
  await once(server, "listening");
});
afterAll(() => server.close());

async function refused(contentType: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: "",
  });
  return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}

const trailerFrame = (body: Buffer) => ({ flags: body[0], length: body.readUInt32BE(1), text: body.subarray(5).toString() });

describe("answerRefusal", () => {
  it("writes gRPC-Web-text's trailer frame in base64 under its text content type", async () => {
    refusal = { code: Code.ResourceExhausted, message: "retry shortly" };
    for (const type of ["application/grpc-web-text", "application/grpc-web-text+proto", "Application/gRPC-Web-Text"]) {
      const res = await refused(type);
      expect([res.status, res.type]).toEqual([200, type]);
      const text = res.body.toString("latin1");
      expect(text, type).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(trailerFrame(Buffer.from(text, "base64"))).toEqual({ flags: 0x80, length: 45, text: "grpc-status: 8\r\ngrpc-message: retry shortly\r\n" });
    }
  });

  it("writes gRPC-Web's trailer frame raw, whatever the case of its content type", async () => {
    refusal = { code: Code.ResourceExhausted, message: "retry shortly" };
    for (const type of ["application/grpc-web+proto", "Application/GRPC-Web"]) {
      const res = await refused(type);
      expect([res.status, res.type]).toEqual([200, type]);
      expect(trailerFrame(res.body)).toEqual({ flags: 0x80, length: 45, text: "grpc-status: 8\r\ngrpc-message: retry shortly\r\n" });
    }
  });

  it("answers a refusal with an HTTP status with that status alone", async () => {
    refusal = { code: Code.Unimplemented, message: "not served", status: 415 };
    const res = await refused("application/grpc-web-text");
    expect([res.status, res.type, res.body.length]).toEqual([415, null, 0]);
  });
});
