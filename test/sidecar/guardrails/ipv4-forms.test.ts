/**
 * IPv4 addresses in the forms tool output prints besides the plain dotted quad: defanged in
 * threat reports and indicator lists (`185.220.101[.]4`), and with zero-padded octets in
 * firewall exports and some logs (`192.168.001.010`, which `node:net` rejects). Each is found
 * whole, so mutate masks the address and not a piece of it; near misses stay unreported.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const ips = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === "IP_ADDRESS")
    .map((f) => text.slice(f.start, f.end));

describe("IPv4 forms", () => {
  it("defanged: brackets, parentheses, braces and [dot], at a sentence's end too", () => {
    expect(ips("C2 traffic to 185.220.101[.]4 was blocked")).toEqual(["185.220.101[.]4"]);
    expect(ips("IOCs: 10(.)0(.)0(.)1. Also 8[dot]8[dot]8[dot]8 and 198{.}51{.}100{.}23/24")).toEqual([
      "10(.)0(.)0(.)1",
      "8[dot]8[dot]8[dot]8",
      "198{.}51{.}100{.}23/24",
    ]);
    expect(ips("| indicator | type |\n|---|---|\n| 45.155.205[.]233 | ipv4 |")).toEqual(["45.155.205[.]233"]);
  });

  it("defanged forms that are not addresses stay unreported", () => {
    expect(ips("octet out of range 1[.]2[.]3[.]999")).toEqual([]);
    expect(ips("five parts 1[.]2[.]3[.]4[.]5 and a tail 1[.]2[.]3[.]4x")).toEqual([]);
  });

  it("zero-padded octets: three digits each, or named an address", () => {
    expect(ips("deny from 192.168.001.010 port 22")).toEqual(["192.168.001.010"]);
    expect(ips("src=10.0.003.17 dst=010.000.003.018")).toEqual(["10.0.003.17", "010.000.003.018"]);
  });

  it("zero-padded numbers that are not addresses stay unreported", () => {
    expect(ips("section 1.02.03.04 of the spec")).toEqual([]);
    expect(ips("src=10.0.003.256")).toEqual([]);
  });
});
