/**
 * The loopback test that decides where plain http and listeners are allowed: addresses are
 * parsed (127.0.0.0/8, ::1 in any spelling, localhost), and names that merely look like
 * loopback addresses are not loopback.
 */
import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "../../../sidecar/src/transport/loopback-host.js";

describe("isLoopbackHost", () => {
  it.each(["127.0.0.1", "127.255.0.9", "localhost", "LOCALHOST", "::1", "[::1]", "0:0:0:0:0:0:0:1", "[0000::0001]"])("accepts %s", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    "127.evil.example",
    "127.0.0.1.nip.io",
    "localhost.evil.example",
    "128.0.0.1",
    "10.0.0.1",
    "0.0.0.0",
    "::",
    "[::2]",
    "::ffff:8.8.8.8",
    "",
    "[127.0.0.1]",
    "127.1",
  ])("refuses %s", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
