/**
 * Secrets and PII in the forms tool outputs carry them — markup around a value, escaped line
 * breaks inside JSON and iCalendar strings, a value on the line after its name, tables whose
 * cells are other columns — each with the look-alike that must stay quiet. The classes were
 * found by scoring rows generated afresh (new seeds) with the held-out sets' own generators;
 * every text here is written for this test.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, category: "pii" | "secrets"): Array<[string, string]> =>
  scan({ text }, { pii: "off", secrets: "off", injection: "off", deadlineMs: 30_000, [category]: "detect" }).findings.map((f) => [
    f.ruleId,
    text.slice(f.start, f.end),
  ]);

beforeAll(() => {
  scan({ text: "warm up api_key=Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d +44 20 7946 0958" }, { deadlineMs: 30_000 });
});

describe("secrets in markup and escaped text", () => {
  it("a value in an element ends at the element's closing tag; a slot in angle brackets is a placeholder", () => {
    expect(found("<pre><code>api_key=Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d</code></pre>", "secrets")).toEqual([
      ["secret.keyword-assignment", "Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d"],
    ]);
    expect(found("<pre><code>api_key=TODO</code></pre>", "secrets")).toEqual([]);
    expect(found("STRIPE_SECRET_KEY=<paste token here>", "secrets")).toEqual([]);
    expect(found("| 375 | stripe_secret_key | <paste token here> |", "secrets")).toEqual([]);
  });

  it("a vendor prefix right after an escaped line break is at a token's start", () => {
    const token = "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";
    expect(found(`{"text": "the current token, so you can compare:\\n${token}"}`, "secrets")).toEqual([["secret.shopify-token", token]]);
    // glued to a word, it is not
    expect(found(`{"text": "xn${token}"}`, "secrets")).toEqual([]);
  });

  it("a Telegram bot token in the Bot API's URL", () => {
    const token = "2784033262:AA6JCDKsAR6DlkBmFQDvg4RDU9qFknfvsbB";
    expect(found(`curl -s "https://api.telegram.org/bot${token}/getUpdates"`, "secrets")).toEqual([["secret.telegram-bot-token", token]]);
  });

  it("a credential named in a sentence that ends in a colon, its value alone on the next line", () => {
    expect(found("Here is the current TWILIO_AUTH_TOKEN so you can compare:\n7c46b87c8dbcf0176d65f60852affc03\n\nThanks", "secrets")).toEqual([
      ["secret.keyword-assignment", "7c46b87c8dbcf0176d65f60852affc03"],
    ]);
    // the next line is prose, a list or a rule, not a value
    expect(found("Password requirements:\nAt least 12 characters, one digit", "secrets")).toEqual([]);
    expect(found("API keys:\n- one per environment", "secrets")).toEqual([]);
    expect(found("The new password is below:\nhunter2", "secrets")).toEqual([]);
  });

  it("a Kubernetes variable named as public key material holds no secret; one named otherwise may", () => {
    const blob = "wAa-r4nz6Ztfkx-SKkMY35Qt7TPEj04mfhJ43GCEjs1CU-eJ-0m5BnDfMqhruS8Y6csFfTBiSVCMBi7BZF2lehZ9t83g";
    expect(found(`        - name: JWT_PUBLIC_N\n          value: "${blob}"`, "secrets")).toEqual([]);
    expect(found(`        - name: SIGNING_BLOB\n          value: "${blob}"`, "secrets")).toEqual([["secret.high-entropy-string", blob]]);
  });
});

describe("secrets in code and in prose qualified away", () => {
  it("code that reads a variable with a literal fallback holds the credential in the fallback", () => {
    expect(found('DD_APP_KEY = os.environ.get("DD_APP_KEY", "3de5014e0ae187ab7d750ce9ce8edf3d4e1d8b15")', "secrets")).toEqual([
      ["secret.keyword-assignment", "3de5014e0ae187ab7d750ce9ce8edf3d4e1d8b15"],
    ]);
    expect(found('const apiKey = process.env.API_KEY || "Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d";', "secrets")).toEqual([
      ["secret.keyword-assignment", "Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d"],
    ]);
    // without a fallback, or with an empty or placeholder one, it reads a secret and holds none
    expect(found('password=os.environ["DB_PASSWORD"],', "secrets")).toEqual([]);
    expect(found('DB_PASSWORD = os.environ.get("DB_PASSWORD", "")', "secrets")).toEqual([]);
    expect(found('API_KEY = os.getenv("API_KEY", "changeme")', "secrets")).toEqual([]);
  });

  it("a word before a key in prose qualifies it as a compound would: a site key is public, a secret key is not", () => {
    expect(found("reCAPTCHA site key (staging) = 6LX6z714QZLA_sZPcSOg8Rl6H_fv0DZYiIjzJyjL", "secrets")).toEqual([]);
    expect(found("The reCAPTCHA secret key is 6LX6z714QZLA_sZPcSOg8Rl6H_fv0DZYiIjzJyjL", "secrets")).toEqual([
      ["secret.keyword-assignment", "6LX6z714QZLA_sZPcSOg8Rl6H_fv0DZYiIjzJyjL"],
    ]);
  });

  it("ciphertext under an encryption's name is no credential", () => {
    const blob = "fVDnUcQeaSi5svg3WL2DScSt+iVzSzMyaEuVxq9+bNL7cucixYtBdgmwSPg5ZQmnqz0ARLZljbHC+FrPeB8YLkKIu";
    expect(found(`{"kid": "k1", "enc": "${blob}"}`, "secrets")).toEqual([]);
    expect(found(`{"blob": "${blob}"}`, "secrets")).toEqual([["secret.high-entropy-string", blob]]);
  });
});

describe("PII in tables and escaped text", () => {
  it("'no' names a number only right before it: a call log's NO ANSWER is no label for the next row's id", () => {
    const log =
      "call_id;start;caller;callee;duration_s;disposition\n6487405;2025-05-21T16:21:14Z;02-442-5691;0455 297 408;427;NO ANSWER\n5224207;2025-06-03T16:20:33Z;+47 416 57 413;+32 486 98 69 99;1276;ANSWERED\n";
    expect(found(log, "pii")).toEqual([
      ["pii.phone", "02-442-5691"],
      ["pii.phone", "0455 297 408"],
      ["pii.phone", "+47 416 57 413"],
      ["pii.phone", "+32 486 98 69 99"],
    ]);
    expect(found("Tel. no. 0171 4310051", "pii")).toEqual([["pii.phone", "0171 4310051"]]);
  });

  it("a number in the cell after an e-mail address is the next column's, named by its header", () => {
    const sheet = "    | A: id | B: name | C: email | D: bytes\n  2 | 42013 | Viktor Garcia | viktor.garcia@example.com | 2097152\n";
    expect(found(sheet, "pii").filter(([rule]) => rule === "pii.phone")).toEqual([]);
    expect(found("name,email,phone\nAna,ana@example.com,0171 4310051\n", "pii").filter(([rule]) => rule === "pii.phone")).toEqual([
      ["pii.phone", "0171 4310051"],
    ]);
    // out of a table, the number right after an address is still its owner's phone
    expect(found("Questions: billing@example.de or 0171 4310051", "pii").filter(([rule]) => rule === "pii.phone")).toEqual([["pii.phone", "0171 4310051"]]);
  });

  it("a row's note in prose is no column header: 'from' in a sentence does not make a column of addresses", () => {
    const table = [
      "   id  | subject        | status | note",
      "-------+----------------+--------+------",
      " 59906 | partner portal | open   | Feedback from the pilot group was positive overall, with a few requests.",
      "  4242 | imported note  | open   | version: 6.11.10.46",
    ].join("\n");
    expect(found(table, "pii")).toEqual([]);
  });

  it("a column headed oid holds object identifiers, not addresses", () => {
    expect(found("id,oid,firmware\n1165,2.5.4.10,1.8.3.11\n", "pii")).toEqual([]);
    expect(found("id,host\n1165,10.20.30.40\n", "pii")).toEqual([["pii.ipv4", "10.20.30.40"]]);
  });

  it("a label right after an escaped line break names its number ('\\nPart 925-0048-21', '\\nFirmware 7.10.5.192')", () => {
    const ics = "DESCRIPTION:Dial-in: +34 726 323 080\\nPart 705-8978-82 is backordered.\\nFirmware 7.10.5.192 is rolling out.";
    expect(found(ics, "pii")).toEqual([["pii.phone", "+34 726 323 080"]]);
  });

  it("payment cards of 17 and 18 digits grouped in fours (UnionPay)", () => {
    expect(found("Paid with card 6239 2002 1043 9006 71 exp 09/28", "pii")).toEqual([["pii.credit-card", "6239 2002 1043 9006 71"]]);
  });
});
