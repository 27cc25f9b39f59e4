/**
 * Social security numbers written without their dashes: nine digits alone are usually an id
 * (low confidence, below the default 0.5 floor), but the text that names them an SSN — a
 * label, a key, a table column — makes them one. "Security" alone does not (a security code
 * or token is something else), and the SSA's never-issued ranges stay out whatever the label.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

/** The SSN spans a default-profile scan reports. */
const ssns = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.ruleId === "pii.us-ssn")
    .map((f) => text.slice(f.start, f.end));

beforeAll(() => {
  scan({ text: "warm up ssn 078-05-1123" }, { deadlineMs: 30_000 });
});

describe("undelimited SSNs", () => {
  it("are reported when a label, a key or a column header names them", () => {
    expect(ssns("Applicant SSN: 536221234, DOB 1984-02-11")).toEqual(["536221234"]);
    expect(ssns("social security no. 536 221234 on file")).toEqual(["536 221234"]);
    expect(ssns('{"name": "Ana Ruiz", "customerSsn": "536221234", "plan": "gold"}')).toEqual(["536221234"]);
    expect(ssns("applicant.social_security_number=536221234\n")).toEqual(["536221234"]);
    expect(ssns("name,ssn,dob\nAna Ruiz,536221234,1984-02-11\nBo Lee,412789012,1990-07-30\n")).toEqual(["536221234", "412789012"]);
    expect(ssns("| name | SSN | plan |\n|---|---|---|\n| Ana Ruiz | 536221234 | gold |\n")).toEqual(["536221234"]);
  });

  it("are named by the short forms people write: SS#, soc sec", () => {
    expect(ssns("SS#: 536228417")).toEqual(["536228417"]);
    expect(ssns("soc sec 536228417 on file")).toEqual(["536228417"]);
  });

  it("stay unreported without such a name, or when the nearest label names something else", () => {
    expect(ssns("request 536221234 completed in 12 ms")).toEqual([]);
    expect(ssns("security code 536221234")).toEqual([]);
    expect(ssns("SSN on file; order 536221234 shipped")).toEqual([]);
    expect(ssns("name,order,dob\nAna Ruiz,536221234,1984-02-11\n")).toEqual([]);
    // a phone column and an SSN column in one table: each keeps its own header's answer
    expect(ssns("name,phone,ssn\nAna Ruiz,4155550123,536221234\n")).toEqual(["536221234"]);
  });

  it("named by a compound label whose head is an SSN word, or joined to it by a dash", () => {
    expect(ssns("Taxpayer ID: 536-22-1234")).toEqual(["536-22-1234"]);
    expect(ssns("applicant ssn id 536221234")).toEqual(["536221234"]);
    expect(ssns("Social Security No. 536 22 1234")).toEqual(["536 22 1234"]);
    expect(ssns("ref SSN-536-22-1234")).toEqual(["536-22-1234"]);
    // an id of something else, or a code that only looks dashed onto a label, stays out
    expect(ssns("customer id 536-22-1234")).toEqual([]);
    expect(ssns("INV-536-22-1234")).toEqual([]);
  });

  it("keep the SSA's rules whatever the label", () => {
    expect(ssns("SSN: 666221234, ssn 900221234, ssn 536001234, ssn 536220000")).toEqual([]);
  });

  it("that are placeholders or were voided (123-45-6789, 078-05-1120, one digit nine times) are reported only where a label names them", () => {
    expect(ssns("SSN: 123-45-6789")).toEqual(["123-45-6789"]);
    expect(ssns('{"name": "Test User", "ssn": "078-05-1120"}')).toEqual(["078-05-1120"]);
    expect(ssns("Social Security Number 111-11-1111 on file")).toEqual(["111-11-1111"]);
    // unlabelled, they are an example or a part number
    expect(ssns("Example: 123-45-6789")).toEqual([]);
    expect(ssns("on file: 219-09-9999")).toEqual([]);
  });

  it("with their dashes need no label", () => {
    expect(ssns("on file: 536-22-1234")).toEqual(["536-22-1234"]);
  });

  it("written with a word processor's dashes, where a label names them, keeping the SSA's rules", () => {
    expect(ssns("SSN: 536–22–8410")).toEqual(["536–22–8410"]);
    expect(ssns("Sozialversicherungsnummer: 536—22—8410")).toEqual(["536—22—8410"]);
    // unlabelled, mixed dashes, or a never-issued area: a range of pages, a typo, not an SSN
    expect(ssns("Pages 123–45–6789 and 536–22–8410")).toEqual([]);
    expect(ssns("SSN 536–22-8410")).toEqual([]);
    expect(ssns("SSN: 666–22–8410")).toEqual([]);
  });
});

describe("dashed SSNs (3-2-4, the SSN's own layout)", () => {
  it("are reported where an SSN word is near though an id word stands closer, and as a person's tax id", () => {
    expect(ssns("Customer:\nSSN on the tax form is 482-57-1281 - the one on file has two digits swapped")).toEqual(["482-57-1281"]);
    expect(ssns('{"name": "Ana Ruiz", "tax_id": "586-13-6987", "postal_code": "2989 GJ"}')).toEqual(["586-13-6987"]);
    expect(ssns("Tax ID: 586-13-6987")).toEqual(["586-13-6987"]);
  });

  it("stay unreported when an id word names them and no SSN word is near", () => {
    expect(ssns("order 482-57-1281 shipped")).toEqual([]);
    expect(ssns("ticket 482-57-1281 closed; tax form attached")).toEqual([]);
  });
});

describe("dashed SSNs after a word that names nothing", () => {
  it("are reported when another record's word is in reach but does not name the number", () => {
    const chat = "Agent: please do not paste tax numbers here.\nCustomer: too late, it is 524-71-3388\nAgent: I will redact it.";
    expect(ssns(chat)).toEqual(["524-71-3388"]);
  });

  it("stay an id where that word names the number", () => {
    expect(ssns("order 524-71-3388 shipped")).toEqual([]);
    expect(ssns("Customer ref 524-71-3388")).toEqual([]);
  });
});
