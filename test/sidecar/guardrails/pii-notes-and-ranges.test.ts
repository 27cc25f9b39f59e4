/**
 * PII forms a fresh author's set held (forty-fourth session): a phone number in an SQL
 * `INSERT … VALUES` row ended by `);` (the column list names it), a number whose kind is noted
 * after it ("(Italian mobile)") or that the text says a person is reachable at; and dotted quads
 * that are versions ("minimum agent 10.4.2.118", "compatible with server 4.2.0.0 through
 * 4.9.255.255", "## 3.14.0.2 (hotfix)") or every host's address (`0.0.0.0`, reported below the
 * default floor). Beside each, the address or the number the same words leave alone. Values
 * are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, type: string, minConfidence = 0.5): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off", minConfidence: { pii: minConfidence }, deadlineMs: 30_000 })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("phone numbers named by their record", () => {
  it("an SQL row's column list names the number, though the row ends its statement", () => {
    const sql = "INSERT INTO contacts (id, name, phone, country) VALUES\n  (7, 'Rita Greco', '347 118 2290', 'IT'),\n  (8, 'Ugo Ferri', '348 552 0917', 'IT');";
    expect(found(sql, "PHONE")).toEqual(["347 118 2290", "348 552 0917"]);
  });

  it("a kind noted after the number, or a person reachable at it", () => {
    expect(found("Best to call 347 118 2290 (Italian mobile) after six.", "PHONE")).toEqual(["347 118 2290"]);
    expect(found("She is reachable at 347 118 2290 until Friday.", "PHONE")).toEqual(["347 118 2290"]);
    // A digit run with no separator is no phone for a note after it.
    expect(found("uptime 3471182290 (work)", "PHONE")).toEqual([]);
  });
});

describe("dotted quads that are versions or nobody's address", () => {
  it("a requirement's floor, a compatibility range and a release heading are versions", () => {
    const notes = "## 7.2.0.4 (hotfix)\n- minimum agent 11.3.0.207 required\n- compatible with server 5.1.0.0 through 5.9.255.255";
    expect(found(notes, "IP_ADDRESS")).toEqual([]);
  });

  it("a range of addresses stays addresses at both ends", () => {
    expect(found("blocked 10.40.0.1 through 10.40.0.9 on the VPN", "IP_ADDRESS")).toEqual(["10.40.0.1", "10.40.0.9"]);
    expect(found("## 10.40.2.17 (db-primary)", "IP_ADDRESS")).toEqual(["10.40.2.17"]);
  });

  it("every host's address is reported below the default floor", () => {
    const log = "listening on 0.0.0.0:8443 (tls); peer 203.0.113.77 connected";
    expect(found(log, "IP_ADDRESS")).toEqual(["203.0.113.77"]);
    expect(found(log, "IP_ADDRESS", 0.2)).toEqual(["0.0.0.0", "203.0.113.77"]);
  });
});
