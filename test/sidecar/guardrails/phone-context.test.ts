/**
 * Two contexts that name a number a phone number without a phone word: its country code (an
 * international number in a range the plan lists is never an id, an order or a line number,
 * whatever word precedes it), an e-mail address right before it or on a line next to a number
 * standing alone (contact details come together: a signature, a contact card). A bare national
 * number after other words stays unreported.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const phones = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.ruleId === "pii.phone")
    .map((f) => text.slice(f.start, f.end));

beforeAll(() => {
  scan({ text: "warm up +44 20 7946 0958" }, { deadlineMs: 30_000 });
});

describe("phone numbers named by their context", () => {
  it("with a country code, whatever word comes before", () => {
    expect(phones("Dial-in bridge\nBackup line: +44 20 7926 0908\r\nEND:VEVENT")).toEqual(["+44 20 7926 0908"]);
    expect(phones("to,sent_at,status\n+61 461 015 637,2024-11-27T12:16:23.593Z,delivered\n")).toEqual(["+61 461 015 637"]);
  });

  it("a national number after a phone line's name (backup, alternate, emergency), also right after an escaped newline", () => {
    expect(phones("DESCRIPTION:Dial-in: see the invite\\nBackup line: 07898 817643\r\nEND:VEVENT")).toEqual(["07898 817643"]);
    expect(phones("Emergency line: 020 7946 0958")).toEqual(["020 7946 0958"]);
    expect(phones("Alternate line - 0171 4310051")).toEqual(["0171 4310051"]);
    // a line of a file or a log stays a line number
    expect(phones("error on line 4155550132")).toEqual([]);
    expect(phones("see backup line 42 of the config")).toEqual([]);
  });

  it("a pretty-printed JSON object's members are no CSV rows: the key above is no column header", () => {
    const voicemail = JSON.stringify({ voicemail_id: "vm_einMsPFOqEkIL", from: "090-9519-8144", duration_seconds: 83 }, null, 2);
    expect(phones(voicemail)).toEqual(["090-9519-8144"]);
  });

  it("a URL's user is no e-mail address: the number ending its path is no contact's phone", () => {
    expect(phones('SENTRY_DSN = "https://0123456789abcdef0123456789abcdef@o123456.ingest.sentry.io/4505123"')).toEqual([]);
    expect(phones("a@example.com/4505123")).toEqual([]);
    // an address and a number side by side still are contact details
    expect(phones("j.doe@gmx.net / 079 338 90 06")).toEqual(["079 338 90 06"]);
  });

  it("a bare digit run that is a Markdown link's text numbers what it links to (a commit, an issue), not a phone", () => {
    expect(phones("- **bindCallback:** remove result selector ([2535641](https://github.com/ReactiveX/rxjs/commit/2535641))")).toEqual([]);
    // a number in a phone's groups, or linked as a phone, stays one
    expect(phones("Call us: [020 7946 0958](https://example.com/contact)")).toEqual(["020 7946 0958"]);
    expect(phones("Call us: [020 7946 0958](tel:+442079460958)")).toEqual(["020 7946 0958", "+442079460958"]);
  });

  it("a tracker's or a repository's number ('[Bug 3600251]', 'Patch 2585265') is no phone", () => {
    expect(phones("\t* generic/tkText.c (DumpLine): [Bug 3053347]: Replace segPtr->size")).toEqual([]);
    expect(phones("[Patch 2585265]: Make it so that pressing")).toEqual([]);
  });

  it("a chat export's sender shown as their number (a contact the exporter had not saved)", () => {
    expect(phones("29/05/2025, 08:30 - 030/7999938: Hi, is the sofa still available?")).toEqual(["030/7999938"]);
    expect(phones("[29.05.25, 08:30:12] 0151 2345678: Hallo")).toEqual(["0151 2345678"]);
    expect(phones("5/29/25, 8:30 PM - (415) 555-0132: hey")).toEqual(["(415) 555-0132"]);
    // a log line's id in the same place is dialled by nobody
    expect(phones("12/05/2024 10:00 - 2024-0567: ticket reopened")).toEqual([]);
  });

  it("a desk or the hours a number is for name it a phone ('Front desk', 'after hours', 'Rückruf')", () => {
    expect(phones("Front desk 91 330 60 57 · after hours +31 20 794 6123")).toEqual(["91 330 60 57", "+31 20 794 6123"]);
    expect(phones("Rückruf erbeten unter 02-588-8934, bitte vormittags.")).toEqual(["02-588-8934"]);
    // a count after the same words is a count
    expect(phones("after hours 3 tickets were closed; front desk 12 staff")).toEqual([]);
  });

  it("right after an e-mail address", () => {
    expect(phones("Questions: billing@example.de or 0171 4310051\n")).toEqual(["0171 4310051"]);
    expect(phones("Their admin is V. Ortega, v.ortega@example.ch, 079 338 90 06 (prefers calls after 3)")).toEqual(["079 338 90 06"]);
  });

  it("alone on its line in a signature or contact card with an e-mail address beside it", () => {
    expect(phones("Thanks,\nAna Silva\nSales Director\n01512 3456789\nana@example.com")).toEqual(["01512 3456789"]);
    expect(phones("Kind regards\r\nPriya Raman\r\npriya.raman@example.in\r\n081234 56789\r\n")).toEqual(["081234 56789"]);
    // A national number without its trunk prefix (written with one, in groups, it is a phone
    // number anywhere: phone-layouts.test.ts) is one in the card only: a blank line ends the
    // block; a long line is prose, not a card; the number must be the whole line.
    expect(phones("Thanks,\nAna Silva\nSales Director\n81234 56789\nana@example.com")).toEqual(["81234 56789"]);
    expect(phones("Thanks,\nAna Silva\n81234 56789\n\nana@example.com")).toEqual([]);
    expect(phones(`81234 56789\n${"The shipment left the northern warehouse on Thursday and is on its way. ".repeat(2)}ana@example.com`)).toEqual([]);
    expect(phones("Ana Silva\nRef 81234 56789\nana@example.com")).toEqual([]);
    expect(phones("Ana Silva\nRef 01512 3456789\nana@example.com")).toEqual([]);
  });

  it("in a table column that holds a number with its country code in another row", () => {
    const log = "to,sent_at,status\n+61 461 015 637,2024-11-27T12:16:23Z,delivered\n0412 345 678,2024-11-27T12:17:04Z,delivered\n";
    expect(phones(log)).toEqual(["+61 461 015 637", "0412 345 678"]);
    // another column of the same table, and a table without one, are not phone columns
    expect(phones("to,ref\n+61 461 015 637,0412345678\n")).toEqual(["+61 461 015 637"]);
    expect(phones("to,sent_at\n+61 461 015 637,2024-11-27T12:16:23Z\n81234 56789,2024-11-27\n")).toEqual(["+61 461 015 637", "81234 56789"]);
    expect(phones("to,sent_at\n81234 56789,2024-11-27\n")).toEqual([]);
  });

  it("and not without them", () => {
    expect(phones("see line 4155550123")).toEqual([]);
    expect(phones("Questions: 81234 56789\n")).toEqual([]);
    expect(phones("mailed a@example.com, 20 units, batch 12345678")).toEqual([]);
    // a line number is not written with a country code's plus, and a date is not a phone number
    expect(phones("error at line 4415 col 12")).toEqual([]);
    expect(phones("a@example.com, 2024-11-27")).toEqual([]);
  });
});

describe("where a phone number ends and what comes before it", () => {
  it("ends before a note in parentheses run into letters: (24h), (7am)", () => {
    expect(phones("Rezeption: +41 44 717 66 98 (24h)")).toEqual(["+41 44 717 66 98"]);
    expect(phones("Hotline +44 20 7123 4567 (7am-9pm)")).toEqual(["+44 20 7123 4567"]);
    // digits run into letters with no parenthesis are an id
    expect(phones("Ref +44 20 7123 4567x")).toEqual([]);
  });

  it("is no segment of an identifier: digits after a token of letters and digits one space before", () => {
    expect(phones("Tracking number: 1Z 999 AA1 01 2345 6784")).toEqual([]);
    expect(phones("Serial: X9 0412 345 678")).toEqual([]);
    // after a word, a colon or a phone label it is read as before
    expect(phones("Mobile 0412 345 678")).toEqual(["0412 345 678"]);
    expect(phones("Tel. 0412 345 678")).toEqual(["0412 345 678"]);
  });

  it("after Japan's postal mark is a postal code, though a phone line stands above it", () => {
    expect(phones("携帯: 080-2375-0665\n〒150-0002 東京都渋谷区渋谷2-21-1")).toEqual(["080-2375-0665"]);
    expect(phones("携帯: 080-2375-0665\n〒 150-0002 東京都渋谷区")).toEqual(["080-2375-0665"]);
  });
});
