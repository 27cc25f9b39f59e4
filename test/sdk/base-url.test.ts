/**
 * A `baseUrl` no transport can use is the caller's mistake, reported at construction alike on
 * every transport: a TypeError naming `baseUrl` and what it takes. Over HTTP/1.1 a URL without
 * a scheme constructed fine and then every authorize came back DENY "Invalid URL", and an
 * `https://` URL failed only at call time; over h2c the scheme-less one threw a bare TypeError.
 */
import { describe, expect, it } from "vitest";
import { createGovernanceClient, type GovernanceClientOptions } from "@portcullis/sdk";

const TRANSPORTS: [string, Partial<GovernanceClientOptions>][] = [
  ["connect, HTTP/1.1 (default)", {}],
  ["connect, h2c", { httpVersion: "2" }],
  ["gRPC", { protocol: "grpc" }],
];

describe.each(TRANSPORTS)("baseUrl, %s", (_name, options) => {
  it.each(["127.0.0.1:7878", "localhost:7878", "https://127.0.0.1:7878", "http://", "http://127.0.0.1:7878/?x=1", "ftp://127.0.0.1:7878"])(
    "refuses %j at construction with a TypeError naming baseUrl",
    (baseUrl) => {
      expect(() => createGovernanceClient({ baseUrl, ...options })).toThrow(TypeError);
      expect(() => createGovernanceClient({ baseUrl, ...options })).toThrow(
        /baseUrl must be the sidecar's plain-HTTP URL .*e\.g\. "http:\/\/127\.0\.0\.1:7878"/,
      );
    },
  );

  it.each(["http://127.0.0.1:7878", "http://127.0.0.1:7878/", "http://localhost:7878", "http://[::1]:7878", "http://sidecar/prefix"])("takes %j", (baseUrl) => {
    const client = createGovernanceClient({ baseUrl, ...options });
    client.close();
  });
});
