/**
 * Shapes that carry an `@` or glue a card number to letters, read by what they are: an scp-style
 * git remote and a Kerberos principal address no mailbox (the clean rows of a fresh held-out
 * author flagged them as e-mail), while a leaked `email:password` pair still holds one; a
 * reservation system's form of payment (`FP CCCA5297…/0628`) glues the card to its network code
 * and still holds a card.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, type: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("addresses that are not mailboxes", () => {
  it("a git remote in scp form and a Kerberos principal are not e-mail addresses", () => {
    expect(found("origin\tgit@github.com:acme/etl.git (fetch)\nmirror\tdeploy@git.acme-corp.io:data/etl.git (push)", "EMAIL")).toEqual([]);
    expect(found("   7 HTTP/bi.corp.acme-corp.io@CORP.ACME-CORP.IO\n   3 postgres/db01.corp.acme-corp.io@CORP.ACME-CORP.IO", "EMAIL")).toEqual([]);
  });

  it("an address followed by a password, or by a colon in prose, is still one", () => {
    expect(found("dump line: nora.berg@mailbox.org:Summer2024!", "EMAIL")).toEqual(["nora.berg@mailbox.org"]);
    expect(found("Write to nora.berg@mailbox.org: she handles refunds.", "EMAIL")).toEqual(["nora.berg@mailbox.org"]);
  });
});

describe("a card glued to its network code", () => {
  it("a reservation's form of payment holds a card; letters glued to other digits do not make one", () => {
    expect(found("  6 TK OK09APR/LON1S2100\n  7 FP CCCA5297419511467758/0628", "CREDIT_CARD")).toEqual(["5297419511467758"]);
    expect(found("batch ABCD5297419511467758 queued", "CREDIT_CARD")).toEqual([]);
  });
});
