import { describe, expect, it } from "vitest";
import { detectPhones } from "../../../sidecar/src/guardrails/pii-detectors.js";
import type { Finding } from "../../../sidecar/src/guardrails/finding.js";

const REGIONS = ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR", "JP", "CN"];

/** Confidence of the phone finding on the number that ends `text`, or 0. */
function phoneConfidence(text: string): number {
  const out: Finding[] = [];
  detectPhones(text, out, { phoneRegions: REGIONS });
  return out.find((f) => f.end === text.length)?.confidence ?? 0;
}

describe("phone labels", () => {
  it("reads the word for a phone in more languages: French's abbreviation, Arabic, Greek, Vietnamese, Thai, Polish, Indonesian, European Portuguese", () => {
    for (const label of ["Tél. :", "هاتف:", "Τηλ.:", "Điện thoại:", "SĐT:", "โทร:", "Komórka:", "Telp:"]) {
      expect(phoneConfidence(`${label} 020 7946 0958`), label).toBeGreaterThan(0.5);
    }
    // A Portuguese mobile number, in no configured region, is read where its word names it.
    expect(phoneConfidence("Telemóvel: 912 345 678")).toBeGreaterThan(0.5);
    expect(phoneConfidence("Referência: 912 345 678")).toBeLessThan(0.5);
    // Brazil's CEP is a postal code (Turkish "cep" would name a mobile): not a phone word.
    expect(phoneConfidence("CEP: 01310-100")).toBeLessThan(0.5);
  });

  it("reads who called, in a voicemail's header, in the languages call logs are written in", () => {
    for (const label of ["Llamante:", "Anrufer:", "Appelant :", "Chiamante:", "Звонящий:"]) {
      expect(phoneConfidence(`${label} 020 7946 0958`), label).toBeGreaterThan(0.5);
    }
    // A Spanish mobile number, in no configured region, where the header names it.
    expect(phoneConfidence("Llamante: 668 482 298")).toBeGreaterThan(0.5);
    expect(phoneConfidence("Expediente: 668 482 298")).toBeLessThan(0.5);
  });

  it("takes 'Nr.' after an invoice's or an order's word in other languages for that document's number", () => {
    for (const label of ["RECHNUNG Nr.", "Bestellung Nr.", "Factura n.º", "Facture no", "Fattura n.", "Pedido nº"]) {
      expect(phoneConfidence(`${label} 2024231456`), label).toBeLessThan(0.5);
    }
    expect(phoneConfidence("Telefon Nr. 2024231456")).toBeGreaterThan(0.5);
    expect(phoneConfidence("Nr. 2024231456")).toBeGreaterThan(0.5);
  });

  it("reads 'text me on' as a phone's word, as it reads 'call me on'", () => {
    expect(phoneConfidence("Text me on 020 7946 0958")).toBeGreaterThan(0.5);
    expect(phoneConfidence("texting 0412 345 678")).toBeGreaterThan(0.5);
  });

  it("takes a card's number for a card's, valid or not", () => {
    expect(phoneConfidence("Card number 3643 636876 0461")).toBeLessThan(0.5);
    expect(phoneConfidence("Phone 3643 636876 0461")).toBeGreaterThan(0.5);
  });

  it("reads a phone line named before a national number, in any case and with its punctuation", () => {
    // A bare national number without a label is only a contextless guess (0.4).
    expect(phoneConfidence("lane: 4155550132")).toBe(0.4);
    expect(phoneConfidence("support line: 4155550132")).toBe(0.75);
    expect(phoneConfidence("Sales LINE -  4155550132")).toBe(0.75);
    expect(phoneConfidence("Main line #4155550132")).toBe(0.75);
    // Not a phone line: "lines", or "line" alone (a line number) or too far from the number.
    expect(phoneConfidence("support lines: 4155550132")).toBe(0.4);
    expect(phoneConfidence("row line: 4155550132")).toBe(0);
    expect(phoneConfidence("support line ....... 4155550132")).toBe(0);
  });

  it("reports no national number the words before it call something else, valid or not", () => {
    expect(phoneConfidence("order 4155550132")).toBe(0);
    expect(phoneConfidence("request_id=41555501")).toBe(0);
    expect(phoneConfidence("phone 4155550132")).toBe(0.75);
    expect(phoneConfidence("tel +1 415 555 0132")).toBe(0.9);
  });

  it("reads a number written as a phone (a country code, an area code in parentheses) whatever record the words before it name", () => {
    expect(phoneConfidence("order +1 415 555 0132")).toBe(0.9);
    expect(phoneConfidence("Customer: +1 415 555 0132")).toBe(0.9);
    expect(phoneConfidence("Customer: (415) 555-0132")).toBe(0.75);
    expect(phoneConfidence("Ticket callback 415-555-0132")).toBe(0.75);
    // A quantity's word on its line still names it: a signed amount, not a phone number; a
    // quantity's word that names an earlier number does not.
    expect(phoneConfidence("amount +1 415 555 0132")).toBe(0);
    expect(phoneConfidence("Paid total 40 USD, customer: +1 415 555 0132")).toBe(0.9);
    // The same digits without a phone's writing stay the record's number.
    expect(phoneConfidence("Customer 4155550132")).toBe(0);
  });

  it("lets a record's word name only the number right after it, words for 'number' and punctuation between", () => {
    expect(phoneConfidence("Case owner: 020 7946 0958")).toBe(0.75);
    expect(phoneConfidence("Customer service 0800 123 4567")).toBe(0.75);
    expect(phoneConfidence("Order number: 020 7946 0958")).toBe(0);
    expect(phoneConfidence("Order no. 020 7946 0958")).toBe(0);
    expect(phoneConfidence("Tracking 0207 946 0958")).toBe(0);
    // A header on the line above names its column: the table decides, not the words between.
    const csv = "call_id;start;caller;callee;duration_s;disposition\n5419124;2025-12-28T04:01:33;+44 20 7946 0958;+44 20 7946 0959;42;answered";
    const out: Finding[] = [];
    detectPhones(csv, out, { phoneRegions: REGIONS });
    expect(out.map((f) => csv.slice(f.start, f.end)).filter((v) => v === "5419124")).toEqual([]);
  });
});
