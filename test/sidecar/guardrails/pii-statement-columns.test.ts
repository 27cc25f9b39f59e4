/**
 * PII in structured statements and reports (fifty-third session, a tax agency's author's dev
 * half): an IBAN glued to an MT940 `:86:` subfield code (`?31CH34…`), and an SSN in the first
 * row under an aligned report's `SSN` header, whose header line ends in another column's name
 * ("AMOUNT") that read as the row's label. Each beside its look-alike.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const pii = (text: string, type: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("PII in statements and reports", () => {
  it("an IBAN after an MT940 subfield code, not inside another code", () => {
    expect(pii(":86:166?00SEPA CREDIT?20DEBT REPAYMENT?31CH3468703982686475911?32NADIA MEIER", "IBAN")).toEqual(["CH3468703982686475911"]);
    expect(pii("REF1CH3468703982686475911", "IBAN")).toEqual([]);
  });

  it("an SSN column's first row, under a header line that ends in AMOUNT", () => {
    const report = [
      "ACH RETURNS RECONCILIATION - US RESIDENT PENSION PAYMENTS - 2026-03-27",
      "RECIPIENT              SSN          PHONE            RC   AMOUNT",
      "Keisha Brooks          276-90-3617  +1 (614) 645-8663 R02  154.00",
      "Jamal Ramirez          732-67-7484  +1-206-499-0707  R04  1372.00",
    ].join("\n");
    expect(pii(report, "US_SSN")).toEqual(["276-90-3617", "732-67-7484"]);
    expect(pii("NAME          ORDER        AMOUNT\nJane Doe      647694609    12.00\n", "US_SSN")).toEqual([]);
  });
});
