/**
 * PII forms a telecom operator's texts hold (heldout30, fifty-second session, read by class on
 * its dev half): a card number with its expiry or security code written after it; a phone
 * number with a note in parentheses that holds digits ("(18 min)"); numbers a carrier *ports*;
 * numbers a call record lists without their "+" under its caller's and callee's columns;
 * netmasks, wildcard masks and network prefixes, which are no host's address; and mail message
 * identifiers and SIP or XMPP URIs, which have an `@` and address no mailbox. Beside each, the value the same words
 * leave found. Values are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, type: string, minConfidence = 0.5): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off", minConfidence: { pii: minConfidence }, deadlineMs: 30_000 })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("a card number with what is written after it", () => {
  it("an expiry or a security code after the groups is not part of the number", () => {
    expect(found("Customer: just take it: 4701 7440 3909 3221 08/28 cvv 311", "CREDIT_CARD")).toEqual(["4701 7440 3909 3221"]);
    expect(found("card 4701-7440-3909-3221-311 on file", "CREDIT_CARD")).toEqual(["4701-7440-3909-3221"]);
  });

  it("a longer grouped run is still no card", () => {
    expect(found("ref 4701 7440 3909 3221 7890", "CREDIT_CARD")).toEqual([]);
    expect(found("4701 7440 3909 3222 08/28", "CREDIT_CARD")).toEqual([]);
  });
});

describe("phone numbers on a bill and in a porting request", () => {
  it("a note in parentheses after the number, digits and all, is no group of it", () => {
    expect(found("  Call to 020 7946 3301 (18 min)   £ 1.62", "PHONE")).toEqual(["020 7946 3301"]);
    expect(found("Call 0161 496 2073 (4 min)", "PHONE")).toEqual(["0161 496 2073"]);
    // Parentheses around an area code, before the rest, are the number's own.
    expect(found("tel (415) 555-0132", "PHONE")).toEqual(["(415) 555-0132"]);
  });

  it("numbers to port are phone numbers", () => {
    expect(found("Numbers to port: 305-262-0812, 415-377-5509", "PHONE")).toEqual(["305-262-0812", "415-377-5509"]);
  });

  it("a plural label names the numbers listed under it, and a list's item number is none of theirs", () => {
    expect(found("Zu portierende Rufnummern:\n  1) 0151/99589459\n", "PHONE")).toEqual(["0151/99589459"]);
    expect(found("Over te zetten nummers: 030-573 8077", "PHONE")).toEqual(["030-573 8077"]);
    expect(found("Telefon:\n1. 0151 99589459", "PHONE")).toEqual(["0151 99589459"]);
  });

  it("a purchase order's number and a draw's numbers are no phones", () => {
    expect(found("Purpose: 1099-NEC for fiber splicing subcontract, PO 3404509", "PHONE")).toEqual([]);
    expect(found("PO number: 4500012871", "PHONE")).toEqual([]);
    expect(found("Winning numbers: 11 12 15 21 55 59   Bonus ball: 44", "PHONE")).toEqual([]);
  });
});

describe("a call record's numbers without their +", () => {
  it("a column the header calls a caller or a callee holds E.164 numbers", () => {
    const cdr = "start_time,a_number,b_number,duration_s\n20260707125117,31666347971,494042224527,1747";
    expect(found(cdr, "PHONE")).toEqual(["31666347971", "494042224527"]);
    expect(found("caller=494042224527 callee=31666347971", "PHONE")).toEqual(["494042224527", "31666347971"]);
  });

  it("the same digits under another column's name, or named nothing, are no phone", () => {
    expect(found("id,order_id,amount\n1,31666347971,494042224527", "PHONE")).toEqual([]);
    expect(found("order 31666347971 shipped", "PHONE")).toEqual([]);
  });
});

describe("dotted quads that are no host's address", () => {
  const plan =
    "Prefix            Netmask            Wildcard        Use\n10.31.0.0/24      255.255.255.0      0.0.0.255       management\n100.64.0.0/10     255.192.0.0        0.63.255.255    CGNAT pool";

  it("netmasks, wildcard masks and network prefixes are below the default floor", () => {
    expect(found(plan, "IP_ADDRESS")).toEqual([]);
    expect(found(" ip address 10.31.0.2 255.255.255.0", "IP_ADDRESS")).toEqual(["10.31.0.2"]);
    expect(found("AllowedIPs = 10.8.0.0/24, 10.20.0.0/16", "IP_ADDRESS")).toEqual([]);
  });

  it("an interface's address with its prefix length is a host's", () => {
    expect(found("inet 192.168.1.10/24 brd 192.168.1.255", "IP_ADDRESS")).toEqual(["192.168.1.10/24", "192.168.1.255"]);
  });

  it("a profile that asks for everything still gets them", () => {
    expect(found(plan, "IP_ADDRESS", 0.2)).toContain("255.255.255.0");
  });
});

describe("SIP and XMPP addresses", () => {
  it("a SIP or XMPP URI's user@host is no e-mail address; a phone number in it is a phone", () => {
    expect(found("Contact: sip:anna.berg@voip.nordwelle.example;expires=3600", "EMAIL")).toEqual([]);
    expect(found("xmpp:bob@chat.example.org", "EMAIL")).toEqual([]);
    expect(found("To: <sip:+4930123456@ims.example>", "PHONE")).toEqual(["+4930123456"]);
    expect(found("write to mailto:anna@example.com", "EMAIL")).toEqual(["anna@example.com"]);
  });
});

describe("mail message identifiers", () => {
  it("a Message-ID header's or a mail log's identifier is no e-mail address", () => {
    const log = "Aug 07 19:30:20 mx01 postfix/cleanup[6714]: 7D83B27C81: message-id=<795bb1475ebcc950.487773@mail.nordwelle.example>";
    expect(found(log, "EMAIL")).toEqual([]);
    const headers = "Message-ID: <CAF=abc@mail.gmail.com>\nReferences: <a1@x.example> <b2@y.example>\nFrom: Jane <jane.doe@example.com>";
    expect(found(headers, "EMAIL")).toEqual(["jane.doe@example.com"]);
  });
});
