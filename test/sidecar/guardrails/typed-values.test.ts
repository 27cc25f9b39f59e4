/**
 * Values whose kind the text around them states — a row's type cell, a guide's section above
 * its table, a key's name, a vendor's API — each with its look-alike. The classes were found on
 * heldout29's dev half (a fresh author's secrets and PII set, forty-eighth session); every text
 * here is written for this test, with values drawn for it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, category: "pii" | "secrets"): Array<[string, string]> =>
  scan({ text }, { pii: "off", secrets: "off", injection: "off", deadlineMs: 30_000, [category]: "detect" }).findings.map((f) => [
    f.type,
    text.slice(f.start, f.end),
  ]);
const values = (text: string, category: "pii" | "secrets", type: string): string[] =>
  found(text, category)
    .filter(([t]) => t === type)
    .map(([, v]) => v);

beforeAll(() => {
  scan({ text: "warm up api_key=Zk8vQ3nM5pL2xR7tY9wB4cF6hJ1d +44 20 7946 0958" }, { deadlineMs: 30_000 });
});

describe("a taxpayer id its row types as an SSN", () => {
  const csv = [
    "recipient_tin,tin_type,recipient_name,box1a_gross",
    "521847306,SSN,Ilse Marchetti,18204.55",
    "274519863,EIN,Harbor Lane Goods LLC,90311.02",
    "613402957,SSN,Tomas Reyna,4410.00",
  ].join("\n");

  it("is an SSN, the first row under the header too; an EIN-typed one is not", () => {
    expect(values(csv, "pii", "US_SSN")).toEqual(["521847306", "613402957"]);
  });

  it("needs the taxpayer-id column: an SSN cell beside an order number types nothing", () => {
    expect(values("order_id,kind,total\n521847306,SSN,18.20", "pii", "US_SSN")).toEqual([]);
  });
});

describe("a guide's table of test cards, captioned by its section", () => {
  const guide = [
    "# Payments QA: test cards (sandbox only)",
    "",
    "These are the processor's published test numbers; none of them works against live keys.",
    "Any future expiry date and any three-digit security code will do for every row below.",
    "",
    "| Scenario                              | Number              |",
    "|---------------------------------------|---------------------|",
    "| Visa - approved                       | 4242 4242 4242 4242 |",
    "| Visa (debit) - approved               | 4000 0566 5566 5556 |",
    "| Mastercard - approved                 | 5555 5555 5555 4444 |",
    "| Amex - approved                       | 3782 822463 10005   |",
    "| Strong customer authentication needed | 4000 0025 0000 3155 |",
    "| Declined - insufficient funds         | 4000 0000 0000 9995 |",
  ].join("\n");

  it("holds fixtures in every row, however far the rows run below the heading", () => {
    expect(values(guide, "pii", "CREDIT_CARD")).toEqual([]);
  });

  it("still holds cards where nothing above the table says testing", () => {
    const ledger = guide
      .replace("# Payments QA: test cards (sandbox only)", "# Card vault export")
      .replace(/These are[^\n]*\n[^\n]*\n/, "Exported for reconciliation.\n");
    expect(values(ledger, "pii", "CREDIT_CARD").length).toBe(6);
  });
});

describe("numbers a key names as something else than a phone", () => {
  it("a bank's routing number and a map's coordinates are no phone numbers", () => {
    expect(values('originators:\n  - bank: First Lakeshore Bank\n    routing_number: "056469569"\n', "pii", "PHONE")).toEqual([]);
    expect(values('{"id": "PP-77793", "lat": 53.595519, "lng": -2.872816}', "pii", "PHONE")).toEqual([]);
  });

  it("a phone under its own key still is one", () => {
    expect(values('{"name": "Depot", "phone": "+44 20 7946 0958", "lat": 51.5072}', "pii", "PHONE")).toEqual(["+44 20 7946 0958"]);
  });
});

describe("secrets by where their vendor puts them", () => {
  it("a property list's key names the string after it", () => {
    const plist =
      "<dict>\n\t<key>AlgoliaAppID</key>\n\t<string>QX7WTRN2KD</string>\n\t<key>AlgoliaAPIKey</key>\n\t<string>5be0c3d7a19f48e2b6c0d91f7e3a2b84</string>\n</dict>";
    expect(values(plist, "secrets", "SECRET")).toEqual(["5be0c3d7a19f48e2b6c0d91f7e3a2b84"]);
    // A search-only key is public there as anywhere.
    expect(values(plist.replace("AlgoliaAPIKey", "AlgoliaSearchOnlyAPIKey"), "secrets", "SECRET")).toEqual([]);
  });

  it("Shopify's app API key is its client id; the API secret key is the secret", () => {
    const env = "SHOPIFY_API_KEY=8d3f0b1c6a2e4f7d9b5c1e3a7f0d2b4c\nSHOPIFY_API_SECRET=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\n";
    expect(values(env, "secrets", "SECRET")).toEqual(["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"]);
  });

  it("reCAPTCHA's site key passed to Google's script is public; an identifier under `reference` too", () => {
    expect(
      values("<script>grecaptcha.enterprise.execute('6LdQ4mZpAAAAAK9vR2xT7bN3wY5cH8jF1sL0eU6q', {action: 'login'})</script>", "secrets", "SECRET"),
    ).toEqual([]);
    expect(values('{"place_id": "ChIJd8BlQ2BZwokRAFUEcm_qrcA", "reference": "Eh1RdWFycnkgTGFuZSwgQ2hpY2hlc3RlciwgVUsiLiosChQK"}', "secrets", "SECRET")).toEqual(
      [],
    );
    // The same value under a credential's name is still one.
    expect(values('{"recaptcha_secret": "6LdQ4mZpAAAAAK9vR2xT7bN3wY5cH8jF1sL0eU6q"}', "secrets", "SECRET")).not.toEqual([]);
  });
});
