/**
 * Payment processors' documented test card numbers (Stripe, Braintree, Adyen, PayPal,
 * Authorize.net, Checkout.com): Luhn-valid numbers published for sandboxes, printed in every
 * integration guide, test suite and fixture. In a text that says it is about testing ("Test card
 * number", `TEST_CARDS`, "sandbox", `sk_test_…`) such a number is a fixture, not a customer's
 * card. Bare, or where nothing says so, it is still a card: a real leak never announces itself
 * as a test, and a public test set of card recognisers lists these numbers as cards.
 */
import { luhnValid } from "./luhn.js";
import { wordSpans } from "./whole-text-passes.js";

/** The processors' published test numbers (digits only). */
const DOCUMENTED = [
  // Stripe
  "4242424242424242",
  "4000056655665556",
  "5555555555554444",
  "2223003122003222",
  "5200828282828210",
  "5105105105105100",
  "378282246310005",
  "371449635398431",
  "6011111111111117",
  "6011000990139424",
  "6011981111111113",
  "3056930009020004",
  "36227206271667",
  "3566002020360505",
  "6200000000000005",
  "6205500000000000004",
  "4000000000000002",
  "4000000000009995",
  "4000000000009987",
  "4000000000009979",
  "4000000000000069",
  "4000000000000127",
  "4000000000000119",
  "4000002760003184",
  "4000002500003155",
  "4000000000003220",
  "4000000000000077",
  "4000000000000093",
  "4000000000000341",
  "4000000000000101",
  "4000000000000036",
  "4000000000000010",
  "4000000000000028",
  // Braintree, PayPal, Authorize.net, Worldpay and most others
  "4111111111111111",
  "4012888888881881",
  "4005519200000004",
  "4009348888881881",
  "4012000033330026",
  "4012000077777777",
  "4217651111111119",
  "4500600000000061",
  "5431111111111111",
  "5555555555555557",
  "6011000991300009",
  "378734493671000",
  "30569309025904",
  "38520000023237",
  "3530111333300000",
  "4007000000027",
  "4222222222222",
  // Adyen, Checkout.com
  "4166676667666746",
  "5454545454545454",
  "4917610000000000",
  "4543474002249996",
  "5436031030606378",
  "4484070000000000",
  "370000000000002",
].filter(luhnValid);
const TEST_NUMBERS: ReadonlySet<string> = new Set(DOCUMENTED);

/** Words that say a text is about testing a payment integration (substrings: `TEST_CARDS`, `sk_test_`, `testCard`). */
const TESTING_WORDS = ["test", "sandbox", "dummy", "mock", "fixture", "staging", "demo"];
const TESTING = new RegExp(TESTING_WORDS.join("|"), "gi");
/** How far around the number those words are looked for. */
const REACH = 400;

/**
 * Whether the card number `digits`, found at `[start, end)` of `text`, is a processor's documented
 * test number in a text that says it is testing.
 *
 * @example
 * ```ts
 * const t = "Test card number: 4242 4242 4242 4242";
 * documentedTestCard("4242424242424242", t, 18, t.length); // true
 * documentedTestCard("4242424242424242", "4242 4242 4242 4242", 0, 19); // false: nothing says test
 * ```
 */
export function documentedTestCard(digits: string, text: string, start: number, end: number): boolean {
  if (!TEST_NUMBERS.has(digits)) return false;
  if (testing.text !== text) {
    // Read once per text: a fixture table of test cards asks for every row.
    const { starts, ends } = wordSpans(text, TESTING_WORDS, TESTING);
    testing.text = text;
    testing.starts = starts;
    testing.ends = ends;
  }
  // A word wholly within REACH of the number, or within the Markdown table it is a row of and
  // the caption above the table: the first starting in reach, if it ends in reach.
  const { starts, ends } = testing;
  const from = Math.max(0, Math.min(start - REACH, tableStart(text, start)));
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && (ends[lo] as number) <= end + REACH;
}

/** How far back a table and its caption are read for words of testing, in characters. */
const TABLE_REACH = 4000;

/**
 * Where the Markdown table holding `at` begins, with the caption above it (the line before the
 * table, or before the blank line above it: "### Test cards (sandbox only)"); `at` itself when
 * its line is no table row. A guide's table of test cards says what it holds once, above its
 * rows, however many rows it has. Read back at most {@link TABLE_REACH} characters: a line that
 * starts further back is no table's row, and a long line of numbers is not read again per number.
 */
function tableStart(text: string, at: number): number {
  const floor = Math.max(0, at - TABLE_REACH);
  let line = lineStartWithin(text, at - 1, floor);
  if (line < 0 || !isTableRow(text, line)) return at;
  while (line > floor) {
    const previous = lineStartWithin(text, line - 2, floor);
    if (previous < 0 || !isTableRow(text, previous)) break;
    line = previous;
  }
  // The caption: the paragraph above the table (after one blank line at most), and the heading
  // above that paragraph — a guide's section says what its table holds in its heading or in
  // the sentences that lead into the table ("These are Stripe's published test numbers.").
  let caption = lineStartWithin(text, line - 2, floor);
  if (caption >= 0 && caption < line && text.slice(caption, line).trim() === "") caption = lineStartWithin(text, caption - 2, floor);
  if (caption < 0 || caption >= line) return line;
  for (let k = 0; k < CAPTION_LINES && caption > floor; k++) {
    const previous = lineStartWithin(text, caption - 2, floor);
    if (previous < 0 || previous >= caption) break;
    const above = text.slice(previous, caption);
    if (above.trim() === "") {
      // A blank line ends the paragraph; a heading right above it still captions the section.
      const heading = lineStartWithin(text, previous - 2, floor);
      if (heading >= 0 && heading < previous && HEADING_LINE.test(text.slice(heading, previous))) caption = heading;
      break;
    }
    caption = previous;
    if (HEADING_LINE.test(above)) break;
  }
  return Math.min(caption, line);
}

/** Most lines of the paragraph above a table read as its caption. */
const CAPTION_LINES = 8;
/** A Markdown heading's line. */
const HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t]/;

/** The start of the line holding `pos` if it lies at or after `floor` (0 at the text's start), else -1. */
function lineStartWithin(text: string, pos: number, floor: number): number {
  for (let i = pos; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor === 0 ? 0 : -1;
}

/** Whether the line starting at `line` is a Markdown table's row (`| … |`, after indentation). */
function isTableRow(text: string, line: number): boolean {
  let i = line;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 124;
}

/** Where the testing words of the text last asked about start and end. */
const testing = { text: "", starts: new Int32Array(0), ends: new Int32Array(0) };
