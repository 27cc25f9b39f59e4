/**
 * PII forms a fresh author's set held that the detectors misread (forty-fifth session): a phone
 * line said to be a number ("Her desk line is +44 7700 900300", a range libphonenumber does not
 * list, so only the words make it a phone); an "identification number" is an id, not a phone;
 * a PowerShell table's PascalCase headers (`DisplayVersion`, `RemoteAddress`) name their columns
 * as snake_case ones do. Each beside the contrast that must not move. Numbers are made up.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, type: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off", deadlineMs: 30_000 })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("a phone line named before its number", () => {
  it("is a phone where a copula joins them, and where a desk names the line", () => {
    expect(found("Adding Kenji. Her desk line is +44 7700 900300.", "PHONE")).toEqual(["+44 7700 900300"]);
    expect(found("Desk line: +44 7700 900300", "PHONE")).toEqual(["+44 7700 900300"]);
    expect(found("The main line was 020 7946 0300, now it is the switchboard.", "PHONE")).toEqual(["020 7946 0300"]);
  });

  it("is no phone where 'line' alone is a line of a file", () => {
    expect(found("Her line is +44 7700 900300.", "PHONE")).toEqual([]);
    expect(found("The bug is on line 4155550132 of the dump.", "PHONE")).toEqual([]);
  });
});

describe("an identification number", () => {
  it("is an id, not a phone", () => {
    expect(found("b  Employer identification number      96-9417644\nc  Employer: Riverbend Logistics", "PHONE")).toEqual([]);
    expect(found("Tax identification number: 96-9417644", "PHONE")).toEqual([]);
    // A phone with its country code stays one whatever the words before it.
    expect(found("Caller identification number: +1 415 555 0132", "PHONE")).toEqual(["+1 415 555 0132"]);
  });
});

describe("PascalCase column headers", () => {
  it("a DisplayVersion column holds versions, a RemoteAddress column addresses", () => {
    const programs = [
      "DisplayName                              DisplayVersion",
      "-----------                              --------------",
      "Microsoft Visual C++ 2015-2022 Redist    14.38.33135.0",
      "Example Agent                            8.0.6.26",
      "Git                                      2.44.0.1",
    ].join("\n");
    expect(found(programs, "IP_ADDRESS")).toEqual([]);
    const connections = [
      "LocalAddress     LocalPort RemoteAddress   RemotePort State",
      "------------     --------- -------------   ---------- -----",
      "10.0.0.15        52344     52.96.165.18    443        Established",
    ].join("\n");
    expect(found(connections, "IP_ADDRESS")).toEqual(["10.0.0.15", "52.96.165.18"]);
    // The same quads under a header that names nothing: addresses, as before.
    expect(found(programs.replace("DisplayVersion", "Value         "), "IP_ADDRESS")).toEqual(["8.0.6.26", "2.44.0.1"]);
  });
});
