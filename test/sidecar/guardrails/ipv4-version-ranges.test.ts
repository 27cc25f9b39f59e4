/**
 * Versions written as four dotted numbers where the label is not right before them: the far end
 * of a range whose near end a version label names (.NET's `oldVersion="0.0.0.0-8.0.0.0"`), and
 * "version of <file>:" before the number. Address ranges (`10.0.0.1-10.0.0.9`) and "IP address of
 * the gateway:" are still addresses.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const ips = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === "IP_ADDRESS")
    .map((f) => text.slice(f.start, f.end));

describe("versions that look like addresses", () => {
  it("a version range's far end and a version of a named file", () => {
    expect(ips('<bindingRedirect oldVersion="0.0.0.0-8.0.0.0" newVersion="8.0.0.0" />')).toEqual([]);
    expect(ips("<!-- assembly file version of Harbor.Core.dll: 2.14.208.1 -->")).toEqual([]);
  });

  it("address ranges and an address of a named host are addresses", () => {
    expect(ips("allow 10.0.0.1-10.0.0.9 on eth0")).toEqual(["10.0.0.1", "10.0.0.9"]);
    expect(ips("IP address of the gateway: 10.20.0.1")).toEqual(["10.20.0.1"]);
  });

  it("a chain of ranges is read pairwise: a long one neither recurses to its start nor fails", () => {
    const chain = "1.2.3.4-".repeat(40_000);
    const scanChain = () => scan({ text: chain }, { pii: "detect", secrets: "off", injection: "off", maxBytes: 1 << 20, deadlineMs: 60_000 });
    expect(scanChain).not.toThrow();
    expect(scanChain().findings.length).toBe(40_000);
    expect(ips(`allow ${"10.0.0.1-".repeat(3)}10.0.0.9 on eth0`)).toHaveLength(4);
  });
});
