/**
 * A processor's documented test card number in a text about testing (an integration guide's table
 * of test cards, a fixture's `TEST_CARDS`) is no customer's card: reported below the default
 * floor. The same number alone, as a card recogniser's test lists it, is still a card, and so is
 * any other Luhn-valid number in the same guide — only the published test numbers are fixtures.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { documentedTestCard } from "../../../sidecar/src/guardrails/test-cards.js";

const cards = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === "CREDIT_CARD")
    .map((f) => text.slice(f.start, f.end));

describe("documented test card numbers", () => {
  const guide = (extra: string) =>
    [
      "## Testing payments in the sandbox",
      "",
      "| Brand | Test card number | Result |",
      "|---|---|---|",
      "| Visa | 4242 4242 4242 4242 | Succeeds |",
      "| Mastercard | 5555 5555 5555 4444 | Succeeds |",
      "| Amex | 3782 822463 10005 | Succeeds |",
      extra,
    ].join("\n");

  it("a guide's test cards are fixtures", () => {
    expect(cards(guide(""))).toEqual([]);
    const fixture = 'export const TEST_CARDS = {\n  visa: "4111111111111111",\n  discover: "6011111111111117",\n} as const;';
    expect(cards(fixture)).toEqual([]);
  });

  it("alone, or any other number in the guide, a card is a card", () => {
    expect(cards("4111111111111111")).toEqual(["4111111111111111"]);
    expect(cards("Card on file: 4242 4242 4242 4242, expires 04/29.")).toEqual(["4242 4242 4242 4242"]);
    expect(cards(guide("\nCustomer's card from ticket 8812: 4539 1488 0343 6467"))).toEqual(["4539 1488 0343 6467"]);
  });

  it("asks for both the published number and words of testing", () => {
    const t = "Test card number: 4242 4242 4242 4242";
    expect(documentedTestCard("4242424242424242", t, 18, t.length)).toBe(true);
    expect(documentedTestCard("4539148803436467", t, 18, t.length)).toBe(false);
    expect(documentedTestCard("4242424242424242", "Paid with 4242 4242 4242 4242", 10, 29)).toBe(false);
  });

  it("reads the words of testing within 400 characters of each number, in a text of many", () => {
    // The words are found once per text; each number still looks only at its own reach.
    const pad = "x".repeat(392);
    // "sandbox " and the pad: the number starts 400 characters after the word.
    const near = `sandbox ${pad}4242424242424242`;
    expect(documentedTestCard("4242424242424242", near, 400, 416)).toBe(true);
    const far = `sandbox x${pad}4242424242424242`;
    expect(documentedTestCard("4242424242424242", far, 401, 417)).toBe(false);
    // After the number: "demo" ends 400 characters after it.
    const after = `4242424242424242${pad}xxxxdemo`;
    expect(documentedTestCard("4242424242424242", after, 0, 16)).toBe(true);
    expect(documentedTestCard("4242424242424242", `4242424242424242${pad}xxxxxdemo`, 0, 16)).toBe(false);
    const rows = Array.from({ length: 50 }, (_, i) => (i === 49 ? "test run: 4111 1111 1111 1111" : `${pad}${pad} 4111 1111 1111 1111`)).join("\n");
    // The last row's number and the one before it are within reach of "test"; the 48 others are cards.
    expect(cards(rows)).toHaveLength(48);
  });

  it("reads a Markdown table's caption for every row, however far below it the row is", () => {
    const row = (brand: string, number: string, result: string) => `| ${brand.padEnd(12)} | ${number.padEnd(20)} | ${result.padEnd(28)} |`;
    const table = (caption: string) =>
      [
        caption,
        "",
        row("Brand", "Number", "Result"),
        "|---|---|---|",
        ...Array.from({ length: 8 }, () => row("Visa", "4242 4242 4242 4242", "succeeds")),
        row("Visa", "4000 0000 0000 0002", "card_declined"),
        "",
        "Use any future expiry date and any 3-digit CVC.",
      ].join("\n");
    const sandbox = table("### Test cards (sandbox only, never valid for real payments)");
    expect(sandbox.indexOf("4000 0000 0000 0002")).toBeGreaterThan(500);
    expect(cards(sandbox)).toEqual([]);
    // The same table under a caption that says nothing of testing: cards, every row.
    expect(cards(table("### Cards on file for account 8812"))).toHaveLength(9);
    // A caption two paragraphs up is no caption of the table.
    expect(cards(`Test plan notes.\n\n${"More text about the account. ".repeat(20)}\n\n${table("### Cards on file")}`)).toHaveLength(9);
  });
});
