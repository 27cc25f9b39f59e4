/**
 * What the words before a number say it is, read where labels stand in real tool output: at the
 * end of an identifier (`FileVersion`, `homePhone`), before an aside in parentheses ("SSN (no
 * dashes): …"), and across the markup of a definition list (`<dt>Part number</dt><dd>…`).
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const types = (text: string): string[] => scan({ text }, { pii: "detect", secrets: "off", injection: "off" }).findings.map((f) => f.type);

describe("a label at the end of an identifier", () => {
  it("names the dotted number on the next line a version", () => {
    const out = "PS C:\\> (Get-Item .\\agent.exe).VersionInfo.ProductVersion\n7.10.3.12\nPS C:\\> hostname\nbuild-07";
    expect(types(out)).not.toContain("IP_ADDRESS");
    // An address after a command that names one is still an address.
    expect(types("PS C:\\> (Resolve-DnsName files.corp.example).IPAddress\n10.20.30.40")).toContain("IP_ADDRESS");
  });
});

describe("an aside in parentheses between a label and its number", () => {
  it("leaves the label naming the number", () => {
    expect(types("Social Security Number (nine digits, no dashes): 536221234")).toContain("US_SSN");
    expect(types("Reference (nine digits, no dashes): 536221234")).not.toContain("US_SSN");
  });

  it("names the number itself where it is a label (an EIN is no phone)", () => {
    expect(types("b Employer identification number (EIN)   47-2857136\nc Employer's name   Rivermoor Ltd")).not.toContain("PHONE");
  });
});

describe("a label across a definition list's markup", () => {
  it("names the number in the next cell", () => {
    expect(types('<dl class="specs"><dt>Model</dt><dd>RX-200</dd><dt>Part number</dt><dd>415-832-907</dd></dl>')).not.toContain("PHONE");
    expect(types('<dl class="contact"><dt>Phone</dt><dd>+1 415-555-0187</dd></dl>')).toContain("PHONE");
  });
});
