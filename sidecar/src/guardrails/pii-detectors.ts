/**
 * PII detectors: email, phone, payment card, US SSN, IBAN, IPv4/IPv6 and custom patterns.
 * Each finds short anchors, measures the candidate with the loops in text-runs.ts and
 * validates it (Luhn, mod-97, libphonenumber metadata, net.isIP), so a scan is linear in the
 * input and precise on look-alikes (order numbers, versions, times).
 *
 * Anchors are looked for only inside the candidate runs of the text index: every phone,
 * card, SSN and IPv4 candidate lies in a run of `[0-9 +().-]`, every IBAN in a run of
 * `[A-Z0-9 -]`, and the anchor searches never leave the run they start in, so skipping the
 * rest of the text changes nothing. Inside a run each anchor keeps the leftmost-match and
 * resume-after-match behaviour of the global regular expression it replaces.
 */
import { isIPv4, isIPv6 } from "node:net";
import { cardPrefixAndLength } from "./card-networks.js";
import { writtenAsOtherNumber } from "./dotted-numbers.js";
import { finding, type Finding } from "./finding.js";
import { ibanCheck, ibanLength, minIbanLength } from "./iban.js";
import { type LabelMatcher, PatternLabel, WordList } from "./label-words.js";
import { luhnValid } from "./luhn.js";
import { isPossiblePhoneNumber, isValidPhoneNumber, regionsForNationalDigits } from "./phone-numbers.js";
import { alignedColumnHeader, lineBounds, TABLE_LINE_MAX, tableCell } from "./table-cells.js";
import { documentedTestCard } from "./test-cards.js";
import { CAPITAL_RUN_MIN, TextIndex } from "./text-index.js";
import { afterEscape, at, before, escapeEnd, isAlnum, isAsciiLetter, isDigit, isHexChar, runEnd, runStart, type CharTest } from "./text-runs.js";

// IBAN candidates come from runs at least CAPITAL_RUN_MIN long; no country may be shorter.
if (minIbanLength() < CAPITAL_RUN_MIN) throw new Error(`an IBAN country is shorter than ${CAPITAL_RUN_MIN} characters`);

/** Options for the PII detectors. */
export interface PiiOptions {
  /** Regions for numbers written without a `+` country code (ISO 3166 alpha-2). */
  readonly phoneRegions: readonly string[];
}

const EMAIL_LOCAL: CharTest = (c) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const DOMAIN_CHAR: CharTest = (c) => isAlnum(c) || c === 45 || c === 46;

/**
 * Emails: anchored on `@`, local part and domain measured outward (bounded by RFC limits),
 * the domain needs a dot and an alphabetic or punycode TLD.
 *
 * @example
 * ```ts
 * const out: Finding[] = []; detectEmails("mail info@presidio.site", out); // one EMAIL finding
 * ```
 */
export function detectEmails(text: string, out: Finding[]): void {
  let from = 0;
  for (;;) {
    const atSign = text.indexOf("@", from);
    if (atSign < 0) return;
    from = atSign + 1;
    let start = runStart(text, atSign, EMAIL_LOCAL, 64);
    while (start < atSign && text.charCodeAt(start) === 46) start++;
    if (start === atSign || before(text, start, EMAIL_LOCAL)) continue;
    let end = runEnd(text, atSign + 1, DOMAIN_CHAR, Math.min(text.length, atSign + 256));
    if (end === atSign + 256 && at(text, end, DOMAIN_CHAR)) continue;
    while (end > atSign + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    // The domain needs a dot after its first character (checked before copying anything).
    let dotAt = end - 1;
    while (dotAt > atSign + 1 && text.charCodeAt(dotAt) !== 46) dotAt--;
    if (dotAt <= atSign + 1) continue;
    const domain = text.slice(atSign + 1, end);
    const dot = dotAt - atSign - 1;
    const tld = domain.slice(dot + 1);
    if (!/^(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,59})$/.test(tld) || domain.includes("..")) continue;
    if (notAnAddress(text, start, end, domain)) continue;
    out.push(finding("pii", "EMAIL", "pii.email", start, end, 0.95));
    from = end;
  }
}

/**
 * Shapes with an `@` that address no mailbox: an scp-style remote, whose host is followed by a
 * colon and a path (`git@github.com:org/repo.git`); a Kerberos principal, a service and a
 * host before the `@` and an upper-case realm after it (`HTTP/web01.corp.example@CORP.EXAMPLE`);
 * a SIP or XMPP URI's `user@host`; and a message's identifier, named so by a mail header or a mail log's field
 * (`Message-ID: <20260807.4f2a@mail.example>`, `message-id=<…>`, `In-Reply-To:`, `References:`).
 */
function notAnAddress(text: string, start: number, end: number, domain: string): boolean {
  if (text.charCodeAt(end) === 58 && /^:[\w~.-]*\/|^:[^\s"'<>]*\.git\b/.test(text.slice(end, end + 200))) return true;
  if (MESSAGE_ID_BEFORE.test(text.slice(Math.max(0, start - 200), start))) return true;
  // A SIP or XMPP address (`sip:anna@voip.example`, `xmpp:bob@chat.example`): a call's or a
  // chat's address, which only the `mailto:` scheme makes a mailbox.
  if (text.charCodeAt(start - 1) === 58 && OTHER_SCHEME_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  return text.charCodeAt(start - 1) === 47 && /^[A-Z0-9.-]+$/.test(domain) && /[A-Z]/.test(domain);
}

/** A URI scheme whose `user@host` addresses no mailbox, right before the local part. */
const OTHER_SCHEME_BEFORE = /(?:^|[^A-Za-z0-9+.-])(?:sips?|xmpp|im|pres):$/i;

/** A header or a log field that names message identifiers, then those before this one on its line. */
const MESSAGE_ID_BEFORE = /(?:\bmessage-?id|\bmsg-?id|\bin-reply-to|\breferences)["']?[ \t]*[:=][ \t]*["']?(?:<[^<>\s]{1,200}>[ \t,]*)*(?:<[^<>\s]{0,200})?$/i;

/** A decimal point (a comma is as often a list's or a CSV row's separator: "12,4111…"). */
const DECIMAL_MARK: CharTest = (c) => c === 46;
const PHONE_SEP: CharTest = (c) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47;
const PLUS_DOT_DASH: CharTest = (c) => c === 43 || c === 46 || c === 45;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)$/;
const PHONE_MIN_DIGITS = 7;

/**
 * Leftmost `[+(]?\d` in `[from, to)`: its start, times two, plus one when a `+` or `(` leads
 * (packed, not a pair: one array per digit run was most of what a scan allocated), or -1.
 */
function phoneAnchor(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c)) return 2 * p;
    if ((c === 43 || c === 40) && isDigit(text.charCodeAt(p + 1))) return 2 * p + 1;
  }
  return -1;
}

/**
 * Phone numbers in international (`+44 20 7123 4567`) and national formats, validated with
 * libphonenumber's metadata for the configured regions.
 *
 * @example
 * ```ts
 * detectPhones("call (415) 555-0132", out, { phoneRegions: ["US"] }); // PHONE
 * ```
 */
export function detectPhones(text: string, out: Finding[], options: PiiOptions, index = new TextIndex(text)): void {
  const runs = index.numericRuns();
  const units = index.units();
  for (let r = 0; r < runs.length; r += 3) {
    if ((runs[r + 2] as number) < PHONE_MIN_DIGITS) continue;
    const runTo = runs[r + 1] as number;
    let last = runs[r] as number;
    for (let m = phoneAnchor(text, last, runTo); m !== -1; m = phoneAnchor(text, last, runTo)) {
      const start = m >> 1;
      const length = (m & 1) + 1;
      if ((before(text, start, isAlnum) && !afterEscape(text, start)) || before(text, start, PLUS_DOT_DASH)) {
        last = runEnd(text, start + length, isDigit);
        continue;
      }
      // A list's item number at the start of a line ("  1) 0151/99589459", "2. 0221 8904144")
      // is no digit group of the number after it.
      const marker = listMarkerEnd(text, start);
      if (marker > 0) {
        last = marker;
        continue;
      }
      // Measure: digits with single separators (a ") " or " (" pair counts as one).
      let i = start + 1;
      let end = text.charCodeAt(start) === 43 || text.charCodeAt(start) === 40 ? start + 1 : start;
      let digits = 0;
      let seps = 0;
      // Where each digit group ends: a trailing group may not belong to the number ("(24/7)").
      // Kept flat in reused storage: most runs measured here are no candidate at all.
      let groupCount = 0;
      while (i <= text.length && i - start < 32) {
        i = runEnd(text, end, isDigit, Math.min(text.length, start + 32));
        digits += i - end;
        end = i;
        GROUPS[3 * groupCount] = end;
        GROUPS[3 * groupCount + 1] = digits;
        GROUPS[3 * groupCount + 2] = seps;
        groupCount++;
        let j = i;
        // A slash may stand between spaces ("089 / 1234567"): three characters, not two; and
        // only after the first group, where an area code ends ("(24/7)" after a number is not it).
        let slash = false;
        while (j < text.length && (j - i < 2 || (j - i < 3 && slash)) && PHONE_SEP(text.charCodeAt(j))) {
          if (text.charCodeAt(j) === 47) slash = true;
          j++;
        }
        if (j === i || !at(text, j, isDigit) || (slash && groupCount > 1)) break;
        seps++;
        end = j;
      }
      last = Math.max(end, start + 1);
      const groups: PhoneGroups = [];
      for (let g = 0; g < groupCount; g++) groups.push([GROUPS[3 * g] as number, GROUPS[3 * g + 1] as number, GROUPS[3 * g + 2] as number]);
      acceptPhoneCandidate(text, start, groups, options.phoneRegions, out, units);
    }
  }
}

/**
 * Where a list's item number that starts at `start` ends (`1) `, `12. `: one or two digits, a
 * parenthesis or a stop, a space, at the start of a line), or -1.
 */
function listMarkerEnd(text: string, start: number): number {
  let i = start;
  while (i < start + 2 && isDigit(text.charCodeAt(i))) i++;
  const mark = text.charCodeAt(i);
  if (i === start || (mark !== 41 && mark !== 46) || (text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9)) return -1;
  let j = start;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
  return j === 0 || text.charCodeAt(j - 1) === 10 ? i + 1 : -1;
}

/** A token of letters and digits mixed ("AA1", "1Z", "X9"), then one space, at the end of what is before. */
const MIXED_TOKEN_BEFORE = /(?:^|[^A-Za-z0-9])(?=[A-Za-z0-9]{0,11}[A-Za-z])(?=[A-Za-z0-9]{0,11}[0-9])[A-Za-z0-9]{2,12}[ ]$/;

/**
 * Whether the digits at `start` go on from a token of letters and digits one space before:
 * segments of one identifier ("Tracking number: 1Z 999 AA1 01 2345 6784", a serial "X9 0412 345
 * 678"), or follow a postal mark. A phone number follows a word, a colon or a sign, never a
 * piece of an id.
 */
function continuesIdentifier(text: string, start: number): boolean {
  // Japan's postal mark before a number makes it a postal code: 〒150-0002.
  if (text.charCodeAt(start - 1) === POSTAL_MARK || (text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === POSTAL_MARK)) return true;
  return start >= 3 && text.charCodeAt(start - 1) === 32 && MIXED_TOKEN_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}
/** 〒, the postal mark. */
const POSTAL_MARK = 0x3012;

/** A candidate's digit groups while it is measured (at most one per character of its 32). */
const GROUPS = new Int32Array(3 * 33);

/** The digit groups of a phone candidate, in order: where each ends, and the digits and separators up to it. */
export type PhoneGroups = [end: number, digits: number, seps: number][];

/**
 * Decides a measured phone candidate starting at `start`: the whole run, or without a
 * parenthesised last group (or a note in parentheses run into letters); none when it goes on
 * from a piece of an identifier or runs into letters; validated for `regions`, then weighed by
 * what the text before it calls it (see {@link phoneLabel}). Pushes at most one finding.
 *
 * @example
 * ```ts
 * acceptPhoneCandidate("tel 4155550132", 4, [[14, 10, 0]], ["US"], out); // PHONE at [4, 14)
 * ```
 */
export function acceptPhoneCandidate(text: string, start: number, groups: PhoneGroups, regions: readonly string[], out: Finding[], units?: Uint16Array): void {
  if (continuesIdentifier(text, start)) return;
  let last = groups.length - 1;
  // A group opened by a parenthesis after the number is a note on it, never a digit group of
  // it ("+41 44 717 66 98 (24h)", "020 7946 3301 (18 min)", "(7am)"): parentheses hold a
  // number's area code, which comes first. The number ends before it.
  const previousEnd = last >= 1 ? groups[last - 1]![0] : -1;
  if (previousEnd >= 0 && text.slice(previousEnd, previousEnd + 3).includes("(")) last--;
  // Digits run into letters are an id ("4412a").
  else if (at(text, groups[last]![0], isAlnum)) return;
  /** {@link namedBefore}, once read. */
  let named: "phone" | "other" | "none" | undefined;
  for (let g = last; g >= 0; g--) {
    const [gEnd, gDigits, gSeps] = groups[g]!;
    if (g < last) break;
    if (gDigits < PHONE_MIN_DIGITS || gDigits > 15) continue;
    const candidate = text.slice(start, gEnd);
    if (gSeps === 0 && linkedElsewhere(text, start, gEnd)) break;
    if (gSeps === 0 && !candidate.startsWith("+") && gDigits > 11) {
      // An MSISDN or E.164 number written without its "+" ("msisdn=447700900123"): a phone
      // number where the text calls it one and its country code makes it valid.
      named ??= namedBefore(text, start, units);
      const phone = named === "phone" || (named === "none" && e164Column(text, start));
      if (phone && (isValidPhoneNumber(`+${candidate}`) || isPossiblePhoneNumber(`+${candidate}`)))
        out.push(finding("pii", "PHONE", "pii.phone", start, gEnd, ANY_REGION_CONFIDENCE));
      if (phone) break;
      continue;
    }
    if (notAPhoneLayout(candidate) || (EPOCH_SECONDS.test(candidate) && ZONE_AFTER.test(text.slice(gEnd, gEnd + 7)))) break;
    // A national number is checked once per configured region; where the words before it call
    // it something else (an id, an order, a size) nothing is reported whatever its digits, so
    // those words are read first. (Pure reads: no table-header answers are cached by this.)
    // A country code or an area code in parentheses is how phone numbers are written and ids
    // never are: the words before such a number name its record ("Customer: (415) 555-0132",
    // "booking confirmation sent to +44 7700 900123"), not the number, unless they name a
    // quantity (a signed amount, a duration) on its line.
    const writtenAsPhone = PHONE_WRITTEN.test(candidate);
    named ??= candidate.startsWith("+") ? undefined : namedBefore(text, start, units);
    if (named === "other" && !writtenAsPhone) break;
    let confidence = phoneConfidence(candidate, regions);
    if (confidence === 0 && !candidate.startsWith("+") && !TRUNK_PREFIXED.test(candidate) && gSeps === 0) {
      // Ten or eleven digits that no configured region dials, where the text calls them a
      // phone: an E.164 number without its "+" ("callee=31666347971"), if valid as one.
      const phone = gDigits >= 10 && (named === "phone" || (named === "none" && e164Column(text, start)));
      if (phone && isValidPhoneNumber(`+${candidate}`)) out.push(finding("pii", "PHONE", "pii.phone", start, gEnd, ANY_REGION_CONFIDENCE));
      if (phone) break;
      continue;
    }
    let label = phoneLabel(text, start, named, units);
    // Valid in its plan and written as a phone, it is no line or row number ("Backup line: +44
    // 20 7926 0908"), and a word on an earlier line (a CSV header's "status") names something else.
    if (label === "other" && confidence > 0 && writtenAsPhone && !quantityOnThisLine(text, start, units)) label = "none";
    if (label === "other" || (!writtenAsPhone && COUNTED_AFTER.test(text.slice(gEnd, gEnd + 16)))) break;
    if (label === "none" && (chatSender(text, start, gEnd) || (gSeps > 0 && KIND_AFTER.test(text.slice(gEnd, gEnd + 32))))) label = "phone";
    // A slash after the area code ("030/12345678", "415/555-0132") is a phone's layout in
    // German-speaking and North American writing, and a ratio's or a path's elsewhere: only
    // where the text calls the number a phone.
    if (label !== "phone" && candidate.includes("/")) continue;
    // A national number, with its trunk prefix or written in groups (`01 2445517`,
    // `011 15-9948-4718`, `441 38 480`), where the text calls it a phone: valid in some
    // country's plan, though not the configured regions'. A bare digit run stays unread.
    if (confidence === 0 && !candidate.startsWith("+")) {
      if (label !== "phone" || !validAnywhere(text, candidate)) continue;
      confidence = ANY_REGION_CONFIDENCE;
    }
    // Numbering plans gain ranges before libphonenumber's metadata lists them: a number with
    // its country code, of a length that country dials, is a phone number where the text
    // calls it one ("phone: +47 441 38 480"), never on its own.
    if (confidence === 0) {
      if (label !== "phone" || !isPossiblePhoneNumber(candidate)) continue;
      confidence = UNLISTED_RANGE_CONFIDENCE;
    }
    // A number without its country code is a phone number only where the text says so, or
    // in a national layout that is unmistakable ((415) 555-0132, 01 23 45 67 89): digit
    // runs and groups in logs (status and size), versions, ids, epoch seconds and JSON
    // numbers pass some numbering plan too. Below the default floor, so `minConfidence.pii`
    // can still ask for them.
    if (label !== "phone" && !INTERNATIONAL.test(candidate) && !NATIONAL_LAYOUT.test(candidate) && !trunkGrouped(text, start, candidate, gDigits))
      confidence = CONTEXTLESS_CONFIDENCE;
    out.push(finding("pii", "PHONE", "pii.phone", start, gEnd, confidence));
    break;
  }
}

/**
 * Whether a table's column header calls the cell at `start` a phone number (`a_number`,
 * `callee`, `msisdn`): how a call record or an SMS gateway's export lists E.164 numbers
 * without their "+".
 */
function e164Column(text: string, start: number): boolean {
  return tableCell(text, start) !== undefined && columnNamed(text, start, PHONE_WORDS);
}

/** The kind of line in parentheses right after the number ("344 239 3666 (Italian mobile)", "(work)", "(Festnetz)"): a phone's note. */
const KIND_AFTER =
  /^[ \t]{0,2}\((?:[^()\n\d]{0,20}[ \t])?(?:mobile|cell|cellphone|landline|home|work|office|fax|phone|tel|mobil|handy|festnetz|portable|fixe|móvil|movil|celular|fijo|cellulare|fisso|gsm|mobiel)\)/i;

const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
/** The US SSN layout (3-2-4 with dashes), which no numbering plan writes its numbers in. */
const SSN_LAYOUT = /^\d{3}-\d{2}-\d{4}$/;
/** A date anywhere in the candidate (2024-09-12, 12.09.2024): a timestamp, not a phone number. */
const HAS_DATE =
  /(?:^|\D)(?:(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2})(?:\D|$)/;
/** An IPv4-like dotted quad at the start: four groups, not the first four of five (a French number written 06.12.34.56.78). */
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/;
/** Dotted groups with a group of one digit (131.0.6377.171, 2.25.5401.0): a version or an OID. */
const DOTTED_VERSION = /^\d+(?:\.\d+)+$/;
/** Two numbers of one length joined by a dash: a range where they ascend closely, roundly or as years ("4972-4975", "1000-2000", "(2006-2009)"). */
const NUMBER_RANGE = /^\(?(\d{3,5})[-\u2013](\d{3,5})\)?$/;
/** A Unix time in seconds (2001–2033) with a time zone after it: a git or mbox header's timestamp ("1465981137 +0000"). */
const EPOCH_SECONDS = /^1\d{9}$/;
const ZONE_AFTER = /^[ \t][+-]\d{4}\b/;

/** Whether `candidate` is a range of two numbers: pages, ports, sizes. */
function numberRange(candidate: string): boolean {
  const m = NUMBER_RANGE.exec(candidate);
  if (m === null || (m[1] as string).length !== (m[2] as string).length) return false;
  const low = Number(m[1]);
  const high = Number(m[2]);
  const years = low >= 1900 && high < 2100;
  return high > low && (high - low < 100 || (low % 100 === 0 && high % 100 === 0) || years);
}

/** Whether one of `candidate`'s words is a version with a one-digit part ("9.0.0288"): no phone writes a group of one digit. */
function hasVersionWord(candidate: string): boolean {
  const version = VERSION_WORD.exec(candidate);
  return (
    version !== null &&
    version[0]
      .trim()
      .split(".")
      .some((group) => group.length === 1)
  );
}

/** A version among the candidate's words ("10182  9.0.0287", a changelog's patch number and version). */
const VERSION_WORD = /(?:^|\s)\d{1,3}(?:\.\d+){2,}(?=\s|$)/;
/**
 * National layouts no other kind of number is written in: North American ((415) 555-0132,
 * 415-555-0132, 415.555.0132, 1-415-555-0132), French (five pairs: 01 23 45 67 89) and
 * Brazilian ((11) 91234-5678).
 */
const NATIONAL_LAYOUT = /^(?:(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}|0[1-9](?:([ .-])\d{2})(?:\1\d{2}){3}|\(\d{2}\) ?9?\d{4}-\d{4})$/;
const CONTEXTLESS_CONFIDENCE = 0.4;
/**
 * A national number with its trunk prefix, written in groups (07400 123456, 030 1234 5678,
 * 090-1234-5678, 078 123 45 67) and valid in a configured region: how people write phone
 * numbers in most of the world, and not how logs, ids or versions write theirs (no leading
 * zero with spaced groups). Ten digits at least, and at most three dashed groups: shorter
 * numbers and longer dashed chains (a part number's 0273-1317-7142-55) are a code's.
 */
const TRUNK_GROUPED = /^0\d{1,5}(?:(?: \d{2,8}){1,4}|(?:-\d{2,8}){1,2})$/;

/** {@link TRUNK_GROUPED}, of ten digits or more, and not in a table column headed by another kind of number (an order's, an id's). */
function trunkGrouped(text: string, start: number, candidate: string, digits: number): boolean {
  return digits >= 10 && TRUNK_GROUPED.test(candidate) && !columnNamed(text, start, OTHER_WORDS);
}
/** An international number of a possible length, outside the ranges the metadata lists, where the text calls it a phone. */
const UNLISTED_RANGE_CONFIDENCE = 0.7;
/** Written with its country code: `+44 …`, or `0044 …` (the international prefix most of the world dials). */
const INTERNATIONAL = /^(?:\+|00[1-9])/;

/** Layouts that are something else than a phone number, whatever a numbering plan says. */
function notAPhoneLayout(candidate: string): boolean {
  // Every layout below has a `-`, `.`, `/` or `:`; most phone candidates have none, and
  // six expressions cost more than this look.
  if (!hasLayoutPunctuation(candidate)) return false;
  // A dotted quad first: the commonest of these in tool output (every IPv4 address is a candidate).
  if (DOTTED_QUAD.test(candidate)) return true;
  if (DATE_LIKE.test(candidate) || ZIP_PLUS_4.test(candidate) || SSN_LAYOUT.test(candidate) || HAS_DATE.test(candidate)) return true;
  if (numberRange(candidate) || hasVersionWord(candidate)) return true;
  return DOTTED_VERSION.test(candidate) && candidate.split(".").some((group) => group.length === 1);
}
/** Whether `s` holds a `-`, `.`, `/` or `:`. */
function hasLayoutPunctuation(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 46 || c === 47 || c === 58) return true;
  }
  return false;
}

/** Words that name a phone number, in the languages the default regions speak. */
const PHONE_WORDS = wordList(
  "phone tel telephone mobile mobil cell fax call dial reach reachable erreichbar joignable raggiungibile bereikbaar sms text texting whatsapp contact téléphone telefon teléfono telefone telefono portable handy ph mob " +
    "llamar llame llamarme llámame llámeme appeler appelez appellez anrufen rufen erreichen ligar ligue chiamare chiamami " +
    "puhelin puh tlf telf telefoon mobiel gsm natel rufnummer telefonnummer mobilnummer handynummer ring ringe bellen " +
    // plurals: a list of numbers under one label ("Zu portierende Rufnummern:", "Phones:")
    "phones telephones rufnummern telefonnummern mobilnummern handynummern telefoonnummer telefoonnummers " +
    "celular cel móvil movil telemóvel telemovel cellulare cellulaire fixe телефон тел моб мобильный kontakt contacto contato contatto контакт " +
    "hotline helpline switchboard direct office landline caller callee callback voicemail pager msisdn dialed dialled " +
    // a call record's parties ("a_number,b_number", "calling_number", a switch's DNIS)
    "calling called a_number b_number anumber bnumber dnis " +
    // who called, in a voicemail's or a call log's header ("Llamante: 668 482 298")
    "llamante anrufer appelant chiamante chamador beller dzwoniący arayan звонящий 発信者 来电 來電 " +
    "tél telp komórka τηλέφωνο τηλ κινητό điện thoại sđt đt هاتف الهاتف جوال الجوال موبايل تلفون โทร โทรศัพท์ " +
    "電話 携帯 手机 手機 电话 联系 연락처 전화 휴대폰 핸드폰 टेलीफोन फ़ोन טלפון נייד ☎ 📞 ✆ 📱 rückruf",
  // Desks and hours a number is for: "Front desk 91 330 60 57 · after hours +31 20 …".
  ["front desk", "after hours", "out of hours"],
);
/** A contact card's label right before a number: one letter with a colon or dot (T, M, P, F, D, O, W, H), or a place with a colon. */
const CARD_LABEL = /(?:^|[\s|,;(])(?:[tmpfdowh]\.?[ \t]?:|[tmpfdowh]\.|(?:work|home|main|mobile|cell|office|direct)[ \t]?:)[ \t]{0,3}$/i;
/**
 * Whether `[start, end)` is all a Markdown link's text and the link goes anywhere but a phone
 * (`[2535641](https://github.com/…/commit/2535641)`: a commit, an issue, a page): a bare run of
 * digits one clicks to reach the thing it numbers. A phone's link is a `tel:` one, and a number
 * written in a phone's groups stays one whatever it links to.
 */
function linkedElsewhere(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 91 && text.startsWith("](", end) && !/^\]\((?:tel|callto|sms):/i.test(text.slice(end, end + 10));
}

/**
 * A chat export's line up to its sender (WhatsApp's "29/05/2025, 08:30 - ", "[29.05.25,
 * 08:30:12] "): a date and a time at the line's start, then the sender and a colon.
 */
const CHAT_LINE_HEAD =
  /(?:^|\n)[ \t]{0,2}\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[APap]\.?[Mm]\.?)?\]?[ \t]{0,2}(?:[-–][ \t])?$/;

/**
 * Whether the number at `[start, end)` is a chat export's sender: a contact not in the
 * exporter's address book is shown as their number, dialled as written (a trunk prefix, an area
 * code in parentheses, a country code), never as a bare run an id could be ("2024-0567: ticket").
 */
function chatSender(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  return (first === 48 || first === 40 || first === 43) && text.charCodeAt(end) === 58 && CHAT_LINE_HEAD.test(text.slice(Math.max(0, start - 40), start));
}
/** "Try" (me on, at) right before a number. */
const TRY_BEFORE = /(?:^|[^A-Za-z])try(?:[ \t]me)?(?:[ \t](?:on|at))?[ \t]{1,2}$/i;
/**
 * A phone line named right before a number ("Direct line:", "office line", "Backup line:" after
 * an escaped `\n`), or said to be it ("Her desk line is …"), where "line" alone is a line number.
 */
const PHONE_LINE =
  /(?:^|[^a-z]|\\[nr])(?:direct|main|office|desk|work|home|personal|night|reception|phone|land|mobile|cell|fax|support|sales|service|hot|help|business|private|backup|back-up|alternate|alternative|secondary|emergency|conference|dial-in|toll-free)[ -]?line(?:[ \t]{0,3}[:#.-]?|[ \t]{1,2}(?:is|was)[ \t:]{0,2})[ \t]{0,3}$/i;
/** The end of an e-mail address, then at most a short joiner (a comma, a slash, "or"), right before a number. */
const AFTER_EMAIL = /[\w.+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}[)\]>]?[ \t]{0,3}(?:[,;|/·•–—]|or|oder|ou|o|of|und|and|y|e)?[ \t]{0,3}\(?$/i;
/** How far before its `@` a URL's scheme is looked for. */
const URL_USER_REACH = 256;
/**
 * Whether an e-mail address stands right before the number at `start` — not a URL's user
 * ("https://key@o123.ingest.sentry.io/4505123": a path's number), nor an address the number is
 * joined to by a bare slash ("a@example.com/4505123").
 */
function afterEmail(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 48), start);
  const m = AFTER_EMAIL.exec(window);
  if (m === null) return false;
  if (/\S\/$/.test(window)) return false;
  // The address's token back to a space or a quote, read at most URL_USER_REACH back (not the
  // whole text before it: a list of contacts asks for every number).
  const at = start - window.length + m.index + m[0].indexOf("@");
  const token = text.slice(Math.max(0, at - URL_USER_REACH), at);
  const from = Math.max(token.lastIndexOf(" "), token.lastIndexOf("\n"), token.lastIndexOf("\t"), token.lastIndexOf('"'));
  return !token.slice(from + 1).includes("://");
}
/** Phone words that also name a phone number as the end of a compound or a key (mobilephone, homePhone, work_tel). */
const PHONE_SUFFIXES = /(?:phone|tel|fax|mobile|cell)$/i;
/**
 * "Number" alone: a phone number unless the text names some other number nearby ("order
 * number"); other languages' plurals too ("Over te zetten nummers:"), but not English
 * "numbers", which lists anything ("Winning numbers: 11 12 15 21 55 59").
 */
const NUMBER_WORDS = wordList("number nummer nummern nummers numéro numéros número números numero numeri no nr num");
/**
 * Words that name some other number a digit run may be. Not "port": a port has at most five
 * digits, fewer than any phone number, and a carrier's texts port numbers ("Numbers to port:").
 */
const OTHER_WORDS = wordList(
  "version ver build release firmware fw kernel revision sdk bios oid order po invoice receipt confirmation booking reservation voucher membership customer licence license passport vin tracking track ticket case account acct iban ref reference serial sku zip postal postcode plz pid txn transaction id uid user_id userid timestamp epoch time ts size bytes count total amount price balance duration latency ms seq offset line row code status isbn ean upc patent policy claim batch lot " +
    // parts and products, CRM records, company registers
    "part p/n pn mpn model imei item article deal opp opportunity quote contract reg registration company vat tax ein crn duns identification identifier " +
    // a tracker's and a repository's numbers ("[Bug 3600251]", "Patch 2585265", "PR 4412207")
    "bug bugs issue issues patch pr changeset commit cve " +
    // a payment card's number, valid or not ("Card number 3643 636876 0461 was rejected")
    "card " +
    // a bank's routing number (ABA, BSB) and a map's coordinates (`"lat": 53.595519`)
    "routing aba bsb lat lng lon latitude longitude coordinates coords altitude elevation " +
    // the same documents in the other languages the default regions write them in ("RECHNUNG Nr. 2024231456")
    "rechnung rechnungsnummer bestellung bestellnummer auftrag auftragsnummer lieferschein sendung sendungsnummer kundennummer vertrag vorgang aktenzeichen beleg quittung " +
    "factura facture fattura fatura factuur faktura pedido commande ordine bestelling zamówienie albarán colis envío spedizione zending przesyłka recibo reçu ricevuta contrato contrat contratto",
);

/**
 * A word list from `words` (space-separated) and `phrases` (words with spaces in them), longest first: an alternation takes the first
 * alternative that matches, so "tel" before "telephone" would match inside it and fail the
 * whole-word test.
 */
function wordList(words: string, phrases: readonly string[] = []): WordList {
  const list = [...words.split(/\s+/).filter(Boolean), ...phrases].sort((a, b) => b.length - a.length);
  return new WordList(list);
}

/**
 * Where the `size` characters before `start` begin, without a word cut in two at the front:
 * the tail of "systems" would otherwise read as the word "ms".
 */
function windowStart(text: string, start: number, size: number): number {
  let from = Math.max(0, start - size);
  while (from > 0 && from < start && isAsciiLetter(text.charCodeAt(from - 1)) && isAsciiLetter(text.charCodeAt(from))) from++;
  return from;
}

/**
 * What the 32 characters before a candidate call it: `self` (a word of `own` is the nearest
 * label), `other` (an id, order, tracking, size or time word is), or `none`.
 */
function labelBefore(
  text: string,
  start: number,
  own: WordList,
  reach = 32,
  units?: Uint16Array,
  others: WordList = OTHER_WORDS,
  adjacentOther = false,
): "self" | "other" | "none" {
  const named = labelAt(text, start, own, reach, units, others, adjacentOther);
  if (named !== "none") return named;
  // An aside in parentheses between a label and its number ("SSN (no dashes): …", "Phone
  // (mobile): …") that names nothing itself is the label's: a label of the number's own kind
  // before it names the number. (Only its own kind: "Customer (mobile): 0412 …" is a phone.)
  const aside = ASIDE_BEFORE.exec(text.slice(Math.max(0, start - ASIDE_MAX - 8), start));
  return aside !== null && labelAt(text, start - aside[0].length, own, reach, units, others, adjacentOther) === "self" ? "self" : "none";
}

/** {@link labelBefore} without looking past an aside. */
function labelAt(
  text: string,
  start: number,
  own: WordList,
  reach: number,
  units: Uint16Array | undefined,
  others: WordList,
  adjacentOther: boolean,
): "self" | "other" | "none" {
  const from = windowStart(text, start, reach);
  let self = own.lastBefore(text, from, start, units);
  let other = others.lastBefore(text, from, start, units);
  // A label names the first number after it: "build 4821 to 10.4.2.19", "ID 4412 / +1 415…";
  // and only in its own sentence: "(ms since epoch). My new number is 078 359 70 60".
  if (other !== -1 && (digitBetween(text, from + other, start) || sentenceBetween(text, from + other, start))) other = -1;
  if (other !== -1 && adjacentOther && !namesNext(text, from + other, start)) other = -1;
  if (self !== -1 && sentenceBetween(text, from + self, start)) self = -1;
  if (self !== -1 && self >= other) return "self";
  return other !== -1 ? "other" : "none";
}

/** Longest aside in parentheses read between a label and its number. */
const ASIDE_MAX = 100;
/** An aside in parentheses on the number's line right before it, with the label's colon. */
const ASIDE_BEFORE = /\([^()\n]{1,100}\)[ \t]{0,2}[:#=]?[ \t]{0,3}$/;

/** What may stand between a label and the number it names: punctuation, markup tags (`</dt><dd>`), and words for "number". */
const LABEL_TO_NUMBER =
  /^[\p{L}\p{N}_/.]*(?:[\s:#=.\-_"'()[\]]|<\/?[a-z][a-z0-9]{0,9}>)*(?:(?:number|numbers|num|nr|no|nos|id|ids|code|is|was|of|the|#)\b\.?(?:[\s:#=.\-_"'()[\]]|<\/?[a-z][a-z0-9]{0,9}>)*)*$/iu;

/**
 * Whether the label word at `label` names the number at `start`, only punctuation and words
 * for "number" between them: in "Case owner: 020 7946 0958", "Customer service 0800 123 4567"
 * or "Order placed by 07700 900123" the words between say what the number is instead. On its
 * own line only.
 */
function namesNext(text: string, label: number, start: number): boolean {
  const between = text.slice(label, start);
  // A header on an earlier line names its column, which the table's own reading decides.
  return between.includes("\n") || LABEL_TO_NUMBER.test(between);
}

/** Words of {@link OTHER_WORDS} that name a quantity: a signed, grouped number after them is an amount. */
const QUANTITY_WORDS = wordList("amount price balance total count size bytes duration latency ms seq offset timestamp epoch time ts");

/** Whether a word of {@link QUANTITY_WORDS} among the 32 characters before `start` on its line names the number at `start` (no other number or sentence between). */
function quantityOnThisLine(text: string, start: number, units?: Uint16Array): boolean {
  const from = Math.max(lineBounds(text, start)[0], windowStart(text, start, 32));
  const at = QUANTITY_WORDS.lastBefore(text, from, start, units);
  return at !== -1 && !digitBetween(text, from + at, start) && !sentenceBetween(text, from + at, start);
}

/** A country code, or an area code in parentheses before the rest: a phone's own ways of writing. */
const PHONE_WRITTEN = /^(?:\+|(?:1[-. ]?)?\(\d{2,4}\) ?\d)/;
/**
 * A unit or a count's noun right after the number ("5551234 minutes", "4155550 requests"): the
 * number is how many, whatever call or phone word stands before it.
 */
const COUNTED_AFTER =
  /^[ \t]{0,2}(?:ms|[KMGT]i?B|(?:milli)?seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times|calls|requests?|reqs|records?|rows?|items?|users?|bytes?|units?|pages?|views?|visits?|messages?|events?|errors?|attempts?|retries|tokens|words|characters|chars|lines|files|downloads?|clicks?|sessions?|points?|votes?|copies|pieces|pcs|%)(?![\w-])/i;

/** A sentence's end and the next one's start: a stop, then space, then a capital letter. */
const SENTENCE_BREAK = /[.!?]["')\]]?\s{1,3}[A-Z]/;

/** Whether a sentence ends in `[from, to)` (a label does not reach past its own). */
function sentenceBetween(text: string, from: number, to: number): boolean {
  return SENTENCE_BREAK.test(text.slice(from, to));
}

/** Whether a digit sits in `[from, to)` (no label word holds one). */
function digitBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** What the words right before a candidate call it: a phone line, a phone word, another number's word, or nothing. */
function namedBefore(text: string, start: number, units?: Uint16Array): "phone" | "other" | "none" {
  // "Direct line", "office line", "her desk line is": a phone line, not a line number.
  if (endsWithLine(text, start) && PHONE_LINE.test(text.slice(Math.max(0, start - 32), start))) return "phone";
  const label = labelBefore(text, start, PHONE_WORDS, 32, units, OTHER_WORDS, true);
  return label === "self" ? "phone" : label;
}

/**
 * Whether "line" (any case) ends right before `start`, before up to seven of `[ \t:#.-]`, or
 * before "is" or "was" and such marks: what {@link PHONE_LINE} needs before it can match,
 * checked without slicing.
 */
function endsWithLine(text: string, start: number): boolean {
  const floor = Math.max(0, start - 32);
  let from = start;
  // Past a copula: "line is ", "line was: ".
  let i = start;
  while (i > floor && isSpaceOrColon(text.charCodeAt(i - 1))) i--;
  if (i - 3 > floor && (text.charCodeAt(i - 1) | 32) === 115 && (text.charCodeAt(i - 2) | 32) === 105 && text.charCodeAt(i - 3) === 32) from = i - 2;
  else if (
    i - 4 > floor &&
    (text.charCodeAt(i - 1) | 32) === 115 &&
    (text.charCodeAt(i - 2) | 32) === 97 &&
    (text.charCodeAt(i - 3) | 32) === 119 &&
    text.charCodeAt(i - 4) === 32
  )
    from = i - 3;
  return lineEndsBefore(text, start, floor) || (from < start && lineEndsBefore(text, from, floor));
}

const isSpaceOrColon = (c: number): boolean => c === 32 || c === 9 || c === 58;

/** Whether "line" ends right before `start` or before up to seven of `[ \t:#.-]`. */
function lineEndsBefore(text: string, start: number, floor: number): boolean {
  for (let k = 0; k <= 7; k++) {
    const end = start - k;
    if (k > 0) {
      const c = text.charCodeAt(end);
      if (c !== 32 && c !== 9 && c !== 58 && c !== 35 && c !== 46 && c !== 45) return false;
    }
    if (
      end - 4 >= floor &&
      (text.charCodeAt(end - 4) | 32) === 108 &&
      (text.charCodeAt(end - 3) | 32) === 105 &&
      (text.charCodeAt(end - 2) | 32) === 110 &&
      (text.charCodeAt(end - 1) | 32) === 101
    )
      return true;
  }
  return false;
}

/** {@link labelBefore} for phone numbers: "number" alone names a phone number unless another label is near. */
function phoneLabel(text: string, start: number, known: "phone" | "other" | "none" | undefined, units?: Uint16Array): "phone" | "other" | "none" {
  // Read here when the caller has not (an international number), from the text's code units.
  const named = known ?? namedBefore(text, start, units);
  if (named !== "none") return named;
  // A log line's verb further back ("CALL outbound to Wendy Tanaka at …"), on the same line.
  const [lineStart] = lineBounds(text, start);
  if (start - lineStart > 32 && labelBefore(text, start, PHONE_WORDS, Math.min(64, start - lineStart), units) === "self") return "phone";
  // Contact details come together: a number right after an e-mail address ("billing@acme.io
  // or 0171 4310051", "j.doe@gmx.net, 079 338 90 06") is how to call the same person — but not
  // in a table, where the next cell is another column's (a size, a count): its header decides.
  if (afterEmail(text, start) && tableCell(text, start) === undefined) return "phone";
  // An e-mail signature's or a contact card's one-letter labels ("T: …", "M. …") and places.
  if (CARD_LABEL.test(text.slice(Math.max(0, start - 16), start))) return "phone";
  // A signature or a contact card without labels: the number alone on its line, an e-mail
  // address on a line next to it ("Ana Silva\nSales\n0412 345 678\nana@acme.io").
  if (contactBlockLine(text, start)) return "phone";
  // An X12 contact segment's number after its qualifier (`PER*IC*JANE*TE*6145558663~`: TE
  // telephone, HP home, WP work, CP cell, FX fax).
  if (X12_PHONE_BEFORE.test(text.slice(Math.max(0, start - 120), start))) return "phone";
  // "If I'm not at my desk, try 0176 6422973": "try" right before a number is a number to call.
  if (TRY_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return "phone";
  // A key or compound ending in a phone word: "mobilephone": "…", homePhone=…, work_tel: …
  const key = /([A-Za-z][A-Za-z_-]*)["']?\s*[:=]\s*["']?\s*$/.exec(text.slice(Math.max(0, start - 40), start));
  if (key && PHONE_SUFFIXES.test(key[1]!)) return "phone";
  // "Number", "no." name the first number after them (`?account_no=1 HTTP/1.1" 200 2303` is a
  // status and a size), within their sentence.
  const numberFrom = windowStart(text, start, 32);
  const numberWord = NUMBER_WORDS.lastBefore(text, numberFrom, start, units);
  if (
    numberWord !== -1 &&
    !digitBetween(text, numberFrom + numberWord, start) &&
    !sentenceBetween(text, numberFrom + numberWord, start) &&
    !shortNumberWordElsewhere(text, numberFrom + numberWord, start)
  )
    return "phone";
  return columnNamed(text, start, PHONE_WORDS) || columnNamed(text, start, BARE_NUMBER_HEADER) || columnHoldsInternational(text, start) ? "phone" : "none";
}

/**
 * Whether the word at `at` is "no", "nr" or "num" and something other than punctuation stands
 * between it and the number: those abbreviate "number" only right before one ("No. 0171 …",
 * "Nr: …"); in "NO ANSWER\n5224207" (a call log's disposition, then the next row's id) "no" is
 * the word itself.
 */
function shortNumberWordElsewhere(text: string, at: number, start: number): boolean {
  const word = /^(?:no|nr|num)\b/i.exec(text.slice(at, at + 4));
  return word !== null && !/^[ \t.:#=-]*$/.test(text.slice(at + word[0].length, start));
}

/** A line that is a number and nothing else: digits, the separators of a phone's groups, a leading `+`. */
const NUMBER_LINE = /^[ \t]*\+?[\d(][\d ().\-/]*[ \t\r]*$/;
/** An e-mail address somewhere on a line. */
const EMAIL_ON_LINE = /[\w.+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Lines read on either side of a number for a contact block's e-mail address. */
const CONTACT_BLOCK_REACH = 2;
/** Longest line read as part of a contact block: a signature's lines are short. */
const CONTACT_LINE_MAX = 80;

/**
 * Whether the candidate at `start` stands alone on its line in a contact block: a line within
 * two on either side holds an e-mail address, and no line between them is blank or long (a
 * signature's or a contact card's lines are short and kept together).
 */
function contactBlockLine(text: string, start: number): boolean {
  const [lineStart, lineEnd] = lineBounds(text, start);
  if (lineEnd - lineStart > CONTACT_LINE_MAX || !NUMBER_LINE.test(text.slice(lineStart, lineEnd))) return false;
  for (const step of [-1, 1]) {
    let at = step < 0 ? lineStart - 1 : lineEnd + 1;
    for (let n = 0; n < CONTACT_BLOCK_REACH && at >= 0 && at <= text.length; n++) {
      const [from, to] = lineBounds(text, Math.min(at, text.length));
      const line = text.slice(from, to);
      if (line.trim() === "" || to - from > CONTACT_LINE_MAX) break;
      if (EMAIL_ON_LINE.test(line)) return true;
      at = step < 0 ? from - 1 : to + 1;
    }
  }
  return false;
}

/** Per text scanned: the columns (by separator) that hold a number with its country code. */
const internationalColumns: { text: string | undefined; bySeparator: Map<string, Set<number>> } = { text: undefined, bySeparator: new Map() };
/** Columns looked at for such a number (a table wider than this is not read for it). */
const INTERNATIONAL_COLUMNS_MAX = 64;

/**
 * Whether the candidate's table column holds, in some row, a phone number written with its
 * country code: a column holds one kind of value, so an SMS log's "to" column with one
 * "+61 461 015 637" makes its "072 074 8231" a phone number too. The text's rows are read
 * once per separator, so a long CSV stays linear.
 */
function columnHoldsInternational(text: string, start: number): boolean {
  const cell = tableCell(text, start);
  if (cell === undefined || cell.column >= INTERNATIONAL_COLUMNS_MAX) return false;
  if (internationalColumns.text !== text) {
    internationalColumns.text = text;
    internationalColumns.bySeparator.clear();
  }
  let columns = internationalColumns.bySeparator.get(cell.sep);
  if (columns === undefined) {
    columns = new Set();
    for (let from = 0; from < text.length; ) {
      const end = text.indexOf("\n", from);
      const to = end < 0 ? text.length : end;
      if (to - from <= TABLE_LINE_MAX) {
        const cells = text.slice(from, to).split(cell.sep, INTERNATIONAL_COLUMNS_MAX);
        cells.forEach((raw, i) => {
          const value = raw.trim().replace(/^["']|["']$/g, "");
          if (value.startsWith("+") && value.length <= 24 && isValidPhoneNumber(value)) columns?.add(i);
        });
      }
      from = to + 1;
    }
    internationalColumns.bySeparator.set(cell.sep, columns);
  }
  return columns.has(cell.column);
}

/** A column headed by "number" and nothing else (an SMS or call log's). */
const BARE_NUMBER_HEADER = new PatternLabel(/^\s*(?:number|nummer|numéro|número|numero|no\.?|nr\.?|#)\s*$/giu);
/** A table's rule line (`|---|---|`, `----+----`), skipped on the way up to its header. */
const RULE_LINE = /^[\s|:+=-]*$/;
/** Lines looked at above a candidate for its table's header. */
const HEADER_REACH = 60;
/** The longest cell read as a column's header (headers name a column in a few words). */
const HEADER_CELL_MAX = 48;

/**
 * Whether the candidate at `start` sits in a table column (a CSV, a markdown or SQL result
 * table) whose header names it with one of `words`: a phone column's numbers carry no label
 * of their own. Walks up the lines of the same table (same separator) to the first whose cell
 * in the candidate's column is a label.
 */
function columnNamed(text: string, start: number, words: LabelMatcher): boolean {
  const [rowStart, rowEnd] = lineBounds(text, start);
  if (start - rowStart < HTML_ROW_MAX && htmlRow(text, rowStart, rowEnd)) return htmlColumnNamed(text, rowStart, start, words);
  const cell = tableCell(text, start);
  if (cell === undefined) {
    // A table aligned with spaces: its header sits above at the cell's very column.
    const header = alignedColumnHeader(text, start);
    return header !== undefined && headerNames(header, words);
  }
  const { lineStart, sep, column } = cell;
  // Rows of one table share their header's answer: a row's answer is kept for the rows below
  // it, so a long CSV of numbers walks up one line per row, not HEADER_REACH.
  if (columnAnswers.text !== text) {
    columnAnswers.text = text;
    columnAnswers.byLine.clear();
  }
  const key = (at: number) => `${at}|${column}|${sep}|${matcherId(words)}`;
  let answer = false;
  let end = lineStart - 1;
  for (let k = 0; k < HEADER_REACH && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const known = columnAnswers.byLine.get(key(from));
    if (known !== undefined) {
      answer = known;
      break;
    }
    const above = text.slice(from, end);
    end = from - 1;
    if (RULE_LINE.test(above)) continue;
    if (!above.includes(sep)) break;
    const cell = above.split(sep)[column];
    // A header cell is a name, short; a row's note in prose ("Feedback from the pilot group …") is not one.
    if (cell !== undefined && /[a-z]/i.test(cell) && !/\d{3}/.test(cell) && cell.trim().length <= HEADER_CELL_MAX && headerNames(cell, words)) {
      answer = true;
      break;
    }
  }
  if (columnAnswers.byLine.size < COLUMN_ANSWERS_MAX) columnAnswers.byLine.set(key(lineStart), answer);
  return answer;
}

/**
 * Whether a header cell names the column with one of `words`, and last: "call_id" is an id
 * column, though it starts with a phone word.
 */
function headerNames(cell: string, words: LabelMatcher): boolean {
  const lower = headerWords(cell);
  const own = words.lastIn(lower);
  return own !== -1 && own >= OTHER_WORDS.lastIn(lower);
}

/**
 * A header cell's words, lower-cased, with PascalCase and camelCase names taken apart
 * (PowerShell's `DisplayVersion`, `RemoteAddress`, `IPAddress`, a JSON export's `mobilePhone`):
 * a word list matches whole words, and such a name is one.
 */
const headerWords = (cell: string): string => cell.replace(/([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g, "$1$3 $2$4").toLowerCase();

/** Cells before a candidate further into a line than this are not counted (a minified page is not a table). */
const HTML_ROW_MAX = 4096;
const HTML_CELL = /<td[\s>]/gi;
const HTML_HEADER_CELL = /<th(?:\s[^<>]{0,200})?>([^<]{0,80})/gi;

/**
 * {@link columnNamed} for an HTML table written a row per line: the candidate's cell is the
 * n-th `<td>` of its line, and the n-th `<th>` of the nearest header row above names it.
 */
function htmlColumnNamed(text: string, lineStart: number, start: number, words: LabelMatcher): boolean {
  const column = (text.slice(lineStart, start).match(HTML_CELL)?.length ?? 0) - 1;
  if (column < 0) return false;
  let end = lineStart - 1;
  for (let k = 0; k < HEADER_REACH && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(from, end);
    end = from - 1;
    const cells = above.includes("<th") ? [...above.matchAll(HTML_HEADER_CELL)] : [];
    if (cells.length === 0) continue;
    const cell = cells[column]?.[1];
    return cell !== undefined && headerNames(cell, words);
  }
  return false;
}

const matcherIds = new Map<LabelMatcher, number>();
/** A small number per label matcher, so that cached column answers of different matchers never mix. */
function matcherId(words: LabelMatcher): number {
  let id = matcherIds.get(words);
  if (id === undefined) matcherIds.set(words, (id = matcherIds.size));
  return id;
}

/** The answers of {@link columnNamed} for the text being scanned, by line (bounded). */
const columnAnswers: { text: string | undefined; byLine: Map<string, boolean> } = { text: undefined, byLine: new Map() };
const COLUMN_ANSWERS_MAX = 100_000;
/** The last line {@link htmlRow} looked at: a line's candidates share its answer. */
const lastRow = { text: "", start: -1, html: false };

/** Whether the line at `[rowStart, rowEnd)` holds an HTML table cell within its first TABLE_LINE_MAX characters. */
function htmlRow(text: string, rowStart: number, rowEnd: number): boolean {
  if (lastRow.text !== text || lastRow.start !== rowStart) {
    lastRow.text = text;
    lastRow.start = rowStart;
    lastRow.html = text.slice(rowStart, Math.min(rowEnd, rowStart + TABLE_LINE_MAX)).includes("<td");
  }
  return lastRow.html;
}

/** A national number written with a trunk prefix: `0…` or `(0…)`. */
const TRUNK_PREFIXED = /^\(?0[1-9]/;
/** A labelled national number valid in a region the profile does not list. */
const ANY_REGION_CONFIDENCE = 0.7;
/** Labelled candidates per text checked against every region whose plan allows their length. */
const ANY_REGION_BUDGET = 8;
const anyRegion: { text: string | undefined; left: number } = { text: undefined, left: 0 };

/** Whether `candidate` is valid in some region's plan, within the text's budget of such checks. */
function validAnywhere(text: string, candidate: string): boolean {
  if (anyRegion.text !== text) {
    anyRegion.text = text;
    anyRegion.left = ANY_REGION_BUDGET;
  }
  if (anyRegion.left <= 0) return false;
  anyRegion.left--;
  let digits = 0;
  for (let i = 0; i < candidate.length; i++) if (isDigit(candidate.charCodeAt(i))) digits++;
  for (const region of regionsForNationalDigits(digits)) if (isValidPhoneNumber(candidate, region)) return true;
  return false;
}

function phoneConfidence(candidate: string, regions: readonly string[]): number {
  if (candidate.startsWith("+")) return isValidPhoneNumber(candidate) ? 0.9 : 0;
  for (const region of regions) if (isValidPhoneNumber(candidate, region)) return 0.75;
  return 0;
}

const CARD_GROUPS = new Set(["4-4-4-4", "4-4-4-4-1", "4-4-4-4-2", "4-4-4-4-3", "4-6-5", "4-6-4", "4-4-4-1", "4-4-4-2", "4-4-4-3"]);
/** Digits right after an IBAN-style country+check prefix belong to the IBAN, not a card. */
const IBAN_PREFIX = /[A-Z]{2}\d{2}[ -]?[A-Z0-9]{0,4}[ -]?$/;
const CARD_MIN_DIGITS = 13;

/** Start of the leftmost `\d{4}` in `[from, to)`, or -1. */
function fourDigits(text: string, from: number, to: number): number {
  let streak = 0;
  for (let p = from; p < to; p++) {
    if (!isDigit(text.charCodeAt(p))) streak = 0;
    else if (++streak === 4) return p - 3;
  }
  return -1;
}

/**
 * Payment card numbers: 13-19 digits, contiguous or in the usual 4-4-4-4 / 4-6-5 groups with
 * one consistent separator, passing the Luhn check.
 *
 * @example
 * ```ts
 * detectCards("card 4111 1111 1111 1111", out); // CREDIT_CARD
 * ```
 */
/**
 * A reservation system's form of payment, glued to the card number it names: `FP CCVI4111…/0628`
 * (Amadeus, Sabre: `CC`, the network's two-letter code, the number, the expiry).
 */
const GDS_CARD_CODE = /(?:^|[\s/*])CC[A-Z]{2}$/;

export function detectCards(text: string, out: Finding[], index = new TextIndex(text)): void {
  const runs = index.numericRuns();
  for (let r = 0; r < runs.length; r += 3) {
    if ((runs[r + 2] as number) < CARD_MIN_DIGITS) continue;
    const runTo = runs[r + 1] as number;
    let last = runs[r] as number;
    for (let start = fourDigits(text, last, runTo); start !== -1; start = fourDigits(text, last, runTo)) {
      // Digits that begin inside an escape (`\u00a04111 …`: the `0` is the escape's) start after it.
      start = escapeEnd(text, start);
      const firstEnd = runEnd(text, start, isDigit);
      // Not the digits after a decimal point ("0.5059373136902996" in a table of floats).
      if (
        (before(text, start, isAlnum) && !afterEscape(text, start) && !GDS_CARD_CODE.test(text.slice(Math.max(0, start - 8), start))) ||
        (before(text, start, DECIMAL_MARK) && before(text, start - 1, isDigit))
      ) {
        last = firstEnd;
        continue;
      }
      const sep = text.charCodeAt(firstEnd);
      const groups = [firstEnd - start];
      let end = firstEnd;
      if ((sep === 32 || sep === 45) && firstEnd - start === 4) {
        while (groups.length < 5 && text.charCodeAt(end) === sep && at(text, end + 1, isDigit)) {
          const e = runEnd(text, end + 1, isDigit);
          groups.push(e - end - 1);
          end = e;
        }
      }
      last = end;
      // Nor a number's integer part ("4395065348745.5643764887869876").
      if (at(text, end, isAlnum) || (at(text, end, DECIMAL_MARK) && at(text, end + 1, isDigit))) continue;
      let digits = cardDigits(text, start, end, groups);
      // What is written after a card number in its own layout is often its expiry or its
      // security code ("4701 7440 3909 3221 08/28", "… 3221 311"): a last group of two or three
      // digits after which the rest is a card is read without it.
      const tail = groups[groups.length - 1] as number;
      if (digits === undefined && groups.length > 2 && (tail === 2 || tail === 3)) {
        groups.pop();
        end -= tail + 1;
        digits = cardDigits(text, start, end, groups);
      }
      if (digits === undefined) continue;
      // A researcher's ORCID iD or a name's ISNI (`orcid="0000-0002-…"`, `https://orcid.org/…`):
      // sixteen digits in fours, Luhn-valid one time in ten, an identifier by its name.
      if (groups.length > 1 && NAME_ID_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      // One run of digits that the word right before it calls an order, a ticket or an id ("Order
      // #4111111111111111", `"id": 4539148803436467`): a Luhn-valid id one time in ten, below
      // the default floor. Grouped in fours, or named a card, it is a card whatever else is near.
      // A processor's documented test number in a text about testing is a fixture (test-cards.ts).
      const confidence = documentedTestCard(digits, text, start, end)
        ? TEST_CARD
        : groups.length > 1
          ? 0.95
          : labelBefore(text, start, CARD_WORDS, 32, index.units(), CARD_OTHER_WORDS, true) === "other"
            ? 0.3
            : 0.9;
      out.push(finding("pii", "CREDIT_CARD", "pii.credit-card", start, end, confidence));
    }
  }
}

/**
 * The digits of `[start, end)` (read in `groups`) where they are a card's: a card's length and
 * layout, a network's issuer prefix with one of its lengths (card-networks.ts), a valid Luhn
 * check digit, and not an IBAN's digits; undefined otherwise.
 */
function cardDigits(text: string, start: number, end: number, groups: readonly number[]): string | undefined {
  const digits = text.slice(start, end).replace(/[ -]/g, "");
  if (digits.length < CARD_MIN_DIGITS || digits.length > 19) return undefined;
  if (IBAN_PREFIX.test(text.slice(Math.max(0, start - 10), start))) return undefined;
  if (groups.length > 1 && !CARD_GROUPS.has(groups.join("-"))) return undefined;
  if (!cardPrefixAndLength(digits)) return undefined;
  if (/^(\d)\1+$/.test(digits) || !luhnValid(digits)) return undefined;
  return digits;
}

/** What names a researcher's or a name's sixteen-digit identifier, right before it (`orcid="`, `ORCID iD: `, `orcid.org/`, `ISNI `). */
const NAME_ID_BEFORE = /\b(?:orcid|isni)(?:[ \t]?id)?(?:\.org\/)?[ \t]{0,2}[:=]?[ \t]{0,2}["']?$/i;

/** A documented test card number where the text says it is testing: below the default floor. */
const TEST_CARD = 0.3;
/** Words that name a payment card's number. */
const CARD_WORDS = wordList("card cards credit debit visa mastercard amex discover pan cc ccn payment paid charged");
/** Words that name a record's number a card-shaped id may be (not "account": a card account's number is the card's). */
const CARD_OTHER_WORDS = wordList(
  "order invoice receipt confirmation booking reservation voucher membership customer tracking ticket case ref reference serial sku id uid user_id userid txn transaction item article part model imei isbn ean upc batch lot contract policy claim timestamp epoch ts",
);

const SSN_MIN_DIGITS = 9;
/** Words that name a social security or taxpayer number. */
const SSN_WORDS = new WordList(["ssn", "social", "security", "taxpayer", "tin", "itin", "sozialversicherung"]);
/**
 * Labels that name the number itself as a social security or taxpayer number (not "security"
 * alone: a security code or a security token is something else).
 */
const SSN_LABELS = new WordList([
  "ssn",
  "ssns",
  "ss#",
  "itin",
  "social security",
  "social-security",
  "social_security",
  "soc sec",
  "sozialversicherungsnummer",
]);
/** A key that ends in such a label: `customerSSN`, `social_security_no`, `"applicant.ssn"`. */
const SSN_KEY = /(?:ssn|socialsecurity(?:number|num|no|nr)?|social_security(?:_number|_num|_no)?)["']?\s*[:=]\s*["']?\s*$/i;
const isSsnSep = (c: number): boolean => c === 45 || c === 32 || c === 46;
const DASH_DOT: CharTest = (c) => c === 45 || c === 46;

/** `^\d{n}` at `i`. */
function digitsAt(text: string, i: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!isDigit(text.charCodeAt(i + k))) return false;
  return true;
}

/**
 * End of a match of `\d{3}[- .]?\d{2}[- .]?\d{4}` starting at `p`, or -1; the optional
 * separators are tried present first, as the greedy `?` does.
 */
function ssnMatchAt(text: string, p: number): number {
  if (!digitsAt(text, p, 3)) return -1;
  const q = p + 3;
  // Separator present first, then absent (no arrays: this runs at every digit of long runs).
  if (isSsnSep(text.charCodeAt(q))) {
    const end = ssnTailAt(text, q + 1);
    if (end >= 0) return end;
  }
  return ssnTailAt(text, q);
}

/** End of `\d{2}[- .]?\d{4}` at `r`, the separator tried present first, or -1. */
function ssnTailAt(text: string, r: number): number {
  if (!digitsAt(text, r, 2)) return -1;
  const t = r + 2;
  if (isSsnSep(text.charCodeAt(t)) && digitsAt(text, t + 1, 4)) return t + 5;
  return digitsAt(text, t, 4) ? t + 4 : -1;
}

/**
 * US Social Security numbers, rejecting the ranges the SSA never issues (area 000, 666,
 * 900-999; group 00; serial 0000) and known advertising numbers. Undelimited or oddly
 * delimited nine-digit runs get a low confidence: without separators they are usually IDs.
 *
 * @example
 * ```ts
 * detectSsns("ssn 078-05-1123", out); // US_SSN
 * ```
 */
export function detectSsns(text: string, out: Finding[], index = new TextIndex(text)): void {
  const runs = index.numericRuns();
  for (let r = 0; r < runs.length; r += 3) {
    if ((runs[r + 2] as number) < SSN_MIN_DIGITS) continue;
    const runTo = runs[r + 1] as number;
    for (let start = runs[r] as number; start < runTo; ) {
      const end = ssnMatchAt(text, start);
      if (end < 0) start++;
      else {
        ssnFinding(text, out, start, end, index.units());
        start = end;
      }
    }
  }
  // A word processor's dashes (en dash, em dash, minus sign) in place of hyphens: "536–22–8410"
  // in a document pasted into a ticket. Outside the numeric runs, so looked for on their own.
  if (TYPOGRAPHIC_DASH.test(text)) {
    TYPOGRAPHIC_SSN.lastIndex = 0;
    for (let m = TYPOGRAPHIC_SSN.exec(text); m !== null; m = TYPOGRAPHIC_SSN.exec(text)) {
      const digits = `${m[1]}${m[3]}${m[4]}`;
      if (!validSsnDigits(digits) || placeholderSsn(digits) || !ssnInContext(text, m.index, index.units()) || !ssnLabelled(text, m.index, index.units()))
        continue;
      out.push(finding("pii", "US_SSN", "pii.us-ssn", m.index, m.index + m[0].length, 0.85));
    }
  }
}

/** An en dash, an em dash or a minus sign. */
const TYPOGRAPHIC_DASH = /[\u2013\u2014\u2212]/;
/** The SSN layout with the same typographic dash twice. */
const TYPOGRAPHIC_SSN = /(?<![\w.-])(\d{3})([\u2013\u2014\u2212])(\d{2})\2(\d{4})(?![\w-]|[.,]\d)/g;

/** The SSA's rules: no area 000, 666 or 9xx, no group 00, no serial 0000. */
function validSsnDigits(digits: string): boolean {
  const area = digits.slice(0, 3);
  return !(area === "000" || area === "666" || area[0] === "9" || digits.slice(3, 5) === "00" || digits.slice(5) === "0000");
}

/**
 * A number the SSA voided after it was printed (078-05-1120, 219-09-9999), or a placeholder
 * (123-45-6789, one digit nine times): reported only where the text names it an SSN
 * ("SSN: 123-45-6789" is how a record or a test fixture writes one; masking it costs nothing).
 */
const placeholderSsn = (digits: string): boolean => /^(\d)\1{8}$/.test(digits) || digits === "078051120" || digits === "219099999" || digits === "123456789";

function ssnFinding(text: string, out: Finding[], start: number, end: number, units: Uint16Array): void {
  if ((before(text, start, isAlnum) && !afterEscape(text, start)) || at(text, end, isAlnum)) return;
  if (before(text, start, DASH_DOT) && !SSN_DASHED_LABEL.test(text.slice(Math.max(0, start - 6), start))) return;
  if (at(text, end, DASH_DOT) && at(text, end + 1, isDigit)) return;
  const raw = text.slice(start, end);
  const digits = raw.replace(/[- .]/g, "");
  const seps = raw.length - digits.length;
  if (!validSsnDigits(digits) || (placeholderSsn(digits) && !ssnLabelled(text, start, units))) return;
  const consistent = seps === 2 && raw[3] === raw[6];
  if (seps === 2 && !consistent) return;
  // The dashed 3-2-4 layout is the SSN's own (an EIN is 2-7): with an SSN word near, a nearer id
  // word names something else ("SSN on the tax form is 482-57-1281"), and a person's tax id in
  // it is their SSN (`"tax_id": "586-13-6987"`).
  // A taxpayer id its row types as an SSN is one, whatever words the header line before ends in;
  // one it types as an employer's (EIN) is not, whatever the row above says.
  const rowType = rowTinType(text, start);
  if (rowType === "other" && columnNamed(text, start, TIN_LABELS)) return;
  // So is one in a column its table's header calls SSN (an aligned report's `SSN` or `SSN/NINO`):
  // the header decides, not the last words of the header line that happen to precede the row.
  const typed =
    (rowType === "ssn" && columnNamed(text, start, TIN_LABELS)) || (rowType === undefined && columnNamed(text, start, SSN_LABELS)) || x12Ssn(text, start);
  if (
    !typed &&
    !ssnInContext(text, start, units) &&
    !(consistent && (ssnNamedNear(text, start, units) || TAX_ID.test(text.slice(Math.max(0, start - 24), start))))
  )
    return;
  // Without the usual dashes, nine digits are usually an id — unless the text names them an SSN.
  const confidence = consistent ? 0.85 : typed || ssnLabelled(text, start, units) ? 0.8 : 0.3;
  out.push(finding("pii", "US_SSN", "pii.us-ssn", start, end, confidence));
}

/**
 * An X12 element its segment's qualifier calls an SSN (health claims and enrollment EDI): `REF*SY*`
 * (reference qualifier SY, Social Security Number) or an `NM1` name whose id-code qualifier is 34
 * (`NM1*IL*1*DOE*JANE****34*123456789~`). Elements are split by `*`, `|` or `^`.
 */
/** An X12 `PER` segment's communication-number qualifier for a telephone or fax, right before its number. */
const X12_PHONE_BEFORE = /(?:^|[~\n])[ \t]*PER(?:[*|^][^*|^~\n]{0,60}){1,6}[*|^](?:TE|HP|WP|CP|FX)[*|^]$/;
const X12_SSN_BEFORE = /(?:^|[~\n])[ \t]*(?:REF[*|^]SY|NM1(?:[*|^][^*|^~\n]{0,35}){7}[*|^]34)[*|^]$/;

function x12Ssn(text: string, start: number): boolean {
  return X12_SSN_BEFORE.test(text.slice(Math.max(0, start - 160), start));
}

/**
 * Whether the text names the number at `start` a social security number: a label right before
 * it ("SSN: 536221234"), a key ending in one (`"customerSsn": "536 22 1234"`), or its table
 * column's header ("name,ssn,dob").
 */
function ssnLabelled(text: string, start: number, units: Uint16Array): boolean {
  if (labelBefore(text, start, SSN_LABELS, 32, units) === "self") return true;
  if (SSN_KEY.test(text.slice(Math.max(0, start - 40), start)) || SSN_COMPOUND.test(text.slice(Math.max(0, start - 48), start))) return true;
  return columnNamed(text, start, SSN_LABELS);
}

/**
 * A taxpayer-id column's headers ("payee_tin", "recipient TIN", "tax_id"): an SSN or an EIN,
 * which a 1099 or W-9 export tells apart in a type column of the same row.
 */
const TIN_LABELS = new WordList(["tin", "tins", "taxpayer id", "taxpayer_id", "tax id", "tax_id", "taxid"]);
/** A cell that is a taxpayer id's type alone (a 1099 export's `tin_type`), between a table's separators. */
const TIN_TYPE_CELL = /(?:^|[,;|\t])[ \t]*["']?(ssn|itin|atin|ein|fein)["']?[ \t]*(?=[,;|\t]|$)/i;

/** How the table row holding `start` types its taxpayer id: an individual's number (SSN, ITIN), another (EIN), or not at all. */
function rowTinType(text: string, start: number): "ssn" | "other" | undefined {
  const [rowStart, rowEnd] = lineBounds(text, start);
  if (rowEnd - rowStart > ROW_TYPE_MAX) return undefined;
  const type = TIN_TYPE_CELL.exec(text.slice(rowStart, rowEnd))?.[1]?.toLowerCase();
  return type === undefined ? undefined : type === "ein" || type === "fein" ? "other" : "ssn";
}
/** Longest row read for its type cell. */
const ROW_TYPE_MAX = 2000;

/**
 * Whether an SSN-shaped number at `start` may be one: not when the text before it calls it an
 * order, ticket, case, reference or other id.
 *
 * @example
 * ```ts
 * ssnInContext("order 078-05-1123", 6); // false
 * ```
 */
export function ssnInContext(text: string, start: number, units?: Uint16Array): boolean {
  if (labelBefore(text, start, SSN_WORDS, 32, units, OTHER_WORDS, true) !== "other") return true;
  // "Taxpayer ID", "SSN number", "social security no.": the id word is the SSN word's own noun.
  return SSN_COMPOUND.test(text.slice(Math.max(0, start - 48), start));
}

/** A tax id's label right before a number: "Tax ID:", `"tax_id": "`, "tax no.". */
const TAX_ID = /\btax[\s_-]{0,2}(?:id(?:entification)?|number|num|no|nr)\.?(?:[\s_-]{0,2}(?:number|num|no|nr))?\.?[\s:#=()"'-]{0,6}$/i;

/** Whether an SSN word is among the 32 characters before `start`, whatever comes between. */
function ssnNamedNear(text: string, start: number, units: Uint16Array): boolean {
  return SSN_WORDS.lastBefore(text, windowStart(text, start, 32), start, units) !== -1;
}

/** A label whose head is an SSN word, its "id" or "number" after it, right before the number. */
const SSN_COMPOUND =
  /\b(?:ssn|social[\s_-]{0,2}security|taxpayer|itin|tin)[\s_-]{0,2}(?:id(?:entification)?|number|num|no|nr)?\.?[\s_-]{0,2}(?:number|num|no|nr)?\.?[\s:#=()"'-]{0,6}$/i;
/** An SSN word joined to its number by a dash: "SSN-536-22-1234". */
const SSN_DASHED_LABEL = /\b(?:ssn|itin|tin)-$/i;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** Start of the leftmost `[A-Z]{2}\d{2}` in `[from, to)`, or -1. */
function ibanAnchor(text: string, from: number, to: number): number {
  for (let p = from; p + 3 < to; p++) {
    if (isUpper(text.charCodeAt(p)) && isUpper(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 2)) && isDigit(text.charCodeAt(p + 3))) return p;
  }
  return -1;
}

/**
 * Whether `start` follows a structured bank statement's subfield code: MT940's `:86:` field writes
 * `?31` before the counterparty's IBAN and `?32` before its name, with no space
 * (`?31CH3468703982686475911?32NADIA MEIER`).
 */
function afterSubfieldCode(text: string, start: number): boolean {
  return start >= 3 && text.charCodeAt(start - 3) === 63 && isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(start - 1));
}

/**
 * IBANs, electronic (`GB29NWBK…`) or grouped with spaces or dashes, validated against the
 * country's length and BBAN structure and the mod-97 checksum.
 *
 * @example
 * ```ts
 * detectIbans("iban GB29 NWBK 6016 1331 9268 19", out); // IBAN
 * ```
 */
export function detectIbans(text: string, out: Finding[], index = new TextIndex(text)): void {
  const runs = index.capitalRuns();
  for (let r = 0; r < runs.length; r += 2) {
    const runTo = runs[r + 1] as number;
    let last = runs[r] as number;
    for (let start = ibanAnchor(text, last, runTo); start !== -1; start = ibanAnchor(text, last, runTo)) {
      last = start + 4;
      if (before(text, start, isAlnum) && !afterEscape(text, start) && !afterSubfieldCode(text, start)) continue;
      const length = ibanLength(text.slice(start, start + 2));
      if (length === 0) continue;
      // Collect exactly `length` alphanumerics, allowing one consistent separator between groups.
      let i = start;
      let count = 0;
      let sep = 0;
      while (i < text.length && count < length) {
        const c = text.charCodeAt(i);
        if (isDigit(c) || (c >= 65 && c <= 90)) {
          count++;
          i++;
        } else if ((c === 32 || c === 45) && (sep === 0 || sep === c) && count >= 4 && at(text, i + 1, isAlnum)) {
          sep = c;
          i++;
        } else break;
      }
      if (count !== length || at(text, i, isAlnum)) continue;
      const electronic = text.slice(start, i).replace(/[ -]/g, "");
      const check = ibanCheck(electronic);
      if (check === "invalid") continue;
      out.push(finding("pii", "IBAN", "pii.iban", start, i, check === "valid" ? 0.95 : 0.8));
      last = i;
    }
  }
}

const ZONE_CHAR: CharTest = (c) => isAlnum(c) || c === 95 || c === 46 || c === 45;
const V6_TAIL: CharTest = (c) => isHexChar(c) || c === 58 || c === 46;
const V6_BEFORE: CharTest = (c) => isAlnum(c) || c === 58 || c === 95;
const V6_AFTER: CharTest = (c) => isAsciiLetter(c) || c === 95;
const V4_BEFORE: CharTest = (c) => isAlnum(c) || c === 46;
const IPV4_MIN_DIGITS = 4;
/** Words for a version, which is written as dotted numbers. */
const VERSION_NAMES = "version ver build release firmware fw kernel revision sdk bios";
/** Words that name an address; "version", "build" and "oid" name something else. */
const IP_WORDS = new WordList(["ip", "ipv4", "address", "addr", "host", "server", "client", "from", "remote", "src", "dst", "peer", "gateway"]);
/**
 * What else is written as four dotted numbers. Versions and object identifiers name the quad
 * they come before, whatever stands between ("Firmware upgraded to 10.6.2.244"), and so do the
 * verbs that move software between versions ("Upgraded nginx to 1.25.3.1", "bumped the agent to
 * 7.4.0.12": an address is changed or assigned, never upgraded); any other label ("customer",
 * "account", "ticket", "port", "time") names something a dotted quad is not: the quad after it is
 * an address the label's record holds ("Account 5.12.33.180 logged in").
 */
const VERSION_LABELS = wordList(`${VERSION_NAMES} oid upgrade upgraded upgrading upgrades downgrade downgraded downgrading bump bumped bumping`);
/**
 * Words with everyday senses that name a dotted number only right before it ("patch 10.2.3.4",
 * "Serial 10.2.3.4", "section 4.2.1.3"), never one further on ("the driver crashed when 10.0.0.7
 * connected", "serial console at 10.0.0.9").
 */
const NUMBERED_LABELS = wordList(
  "patch driver rev snmp mib section clause article chapter paragraph appendix annex serial model figure fig step kapitel abschnitt artikel capítulo sección artículo chapitre anlage anhang ziffer apartado anexo annexe allegato sezione capitolo bijlage hoofdstuk",
);

/** End of a match of `\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}` at `p`, or -1 (no backtracking can help it). */
function ipv4MatchAt(text: string, p: number): number {
  let i = p;
  for (let group = 0; group < 4; group++) {
    let k = 0;
    while (k < 3 && isDigit(text.charCodeAt(i + k))) k++;
    if (k === 0) return -1;
    if (group === 3) return i + k;
    if (text.charCodeAt(i + k) !== 46) return -1;
    i += k + 1;
  }
  return -1;
}

/**
 * IPv4 and IPv6 addresses (with optional zone and CIDR prefix), validated with `node:net`.
 * The unspecified address `::` alone gets a low confidence (it is mostly code, not an IP).
 *
 * @example
 * ```ts
 * detectIps("from 2001:db8::1 and 10.0.0.1", out); // two IP_ADDRESS findings
 * ```
 */
export function detectIps(text: string, out: Finding[], index = new TextIndex(text)): void {
  const v6: Array<[number, number]> = [];
  // `[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*`, resuming after each match: a match holds the next
  // colon, preceded by up to four hex digits that lie after the previous match.
  for (let resume = 0; ; ) {
    const colon = text.indexOf(":", resume);
    if (colon < 0) break;
    let start = colon;
    while (colon - start < 4 && start > resume && isHexChar(text.charCodeAt(start - 1))) start--;
    let end = runEnd(text, colon + 1, V6_TAIL);
    resume = end;
    if (end - start < 2 || before(text, start, V6_BEFORE)) continue;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    const second = text.indexOf(":", colon + 1);
    if (second < 0 || second >= end) continue;
    let addr = text.slice(start, end);
    if (text.charCodeAt(end) === 37) {
      const zoneEnd = runEnd(text, end + 1, ZONE_CHAR, Math.min(text.length, end + 33));
      let z = zoneEnd;
      while (z > end + 1 && text.charCodeAt(z - 1) === 46) z--;
      if (z > end + 1) {
        addr = text.slice(start, z);
        end = z;
      }
    }
    if (at(text, end, V6_AFTER)) continue;
    // Every textual IPv6 form has "::", or seven colons (eight groups), or six and a dotted
    // quad: "12:00:00" in a timestamp never needs the full check.
    if (colonsBefore(addr, 6) < 6 && !addr.includes("::")) continue;
    if (!isIPv6(addr)) continue;
    end = withPrefix(text, end, 128);
    const confidence = addr === "::" ? 0.1 : 0.9;
    out.push(finding("pii", "IP_ADDRESS", "pii.ipv6", start, end, confidence));
    v6.push([start, end]);
  }
  // `\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}` inside numeric runs that hold a dot. Only a match
  // starting after a character other than a letter, digit or dot can be kept, and skipping
  // the others changes nothing: a rejected match is skipped along with the digits and dots
  // that follow its start, and none of those can start a kept match either.
  const runs = index.numericRuns();
  // The first dot at or after the current run, searched again only once a run starts past
  // it: a search per run would read on to the text's next dot each time (quadratic in a long
  // text of dotless runs, such as dates or grouped digits).
  let dot = -2;
  for (let r = 0; r < runs.length; r += 3) {
    const runFrom = runs[r] as number;
    const runTo = runs[r + 1] as number;
    if ((runs[r + 2] as number) < IPV4_MIN_DIGITS) continue;
    if (dot !== -1 && dot < runFrom) dot = text.indexOf(".", runFrom);
    if (dot < 0 || dot >= runTo) continue;
    for (let start = runFrom; start < runTo; start++) {
      if (!isDigit(text.charCodeAt(start)) || (before(text, start, V4_BEFORE) && !afterEscape(text, start))) continue;
      const end = ipv4MatchAt(text, start);
      if (end < 0 || at(text, end, isAlnum) || v6.some(([s, e]) => start >= s && end <= e)) continue;
      const quad = text.slice(start, end);
      if (!isIPv4(quad) && !zeroPaddedIpv4(text, start, end, index.units())) continue;
      // Every address or every host at once (a listener's `0.0.0.0:8443`, a broadcast): an IP
      // address, but nobody's. Below the default floor, as the IPv6 unspecified `::` is, so a
      // profile that lowers `minConfidence.pii` still gets them.
      const nobodys = noHostAddress(quad, text, end);
      if (!ipv4InContext(text, start, end, index.units())) {
        start = end;
        continue;
      }
      out.push(finding("pii", "IP_ADDRESS", "pii.ipv4", start, withPrefix(text, end, 32), nobodys ? UNSPECIFIED_CONFIDENCE : 0.9));
      start = end;
    }
  }
  detectDefangedIpv4(text, out);
}

/** The confidence of an address that is every host's or none (`0.0.0.0`, `255.255.255.255`): below the default floor. */
const UNSPECIFIED_CONFIDENCE = 0.3;

/**
 * Whether a dotted quad can be no host's address: `0.0.0.0/8` ("this network": also every
 * wildcard mask, `0.0.0.255`), `240.0.0.0/4` (reserved: also every netmask, `255.255.240.0`,
 * and the broadcast), or a network's prefix — a quad with a prefix length after it whose host
 * bits are all zero (`10.31.16.0/20`; `192.168.1.10/24`, an interface's address, is a host's).
 *
 * @example
 * ```ts
 * noHostAddress("255.255.255.0", "netmask 255.255.255.0", 21); // true
 * ```
 */
export function noHostAddress(quad: string, text: string, end: number): boolean {
  const octets = quad.split(".").map(Number);
  const first = octets[0] as number;
  if (first === 0 || first >= 240) return true;
  if (text.charCodeAt(end) !== 47) return false;
  const prefixEnd = withPrefix(text, end, 30);
  if (prefixEnd === end) return false;
  const length = Number(text.slice(end + 1, prefixEnd));
  const address = octets.reduce((a, o) => a * 256 + o, 0);
  return address % 2 ** (32 - length) === 0;
}

/** A dotted quad whose octets are written with leading zeros: `192.168.001.010`. */
const ZERO_PADDED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Whether `[start, end)` is an IPv4 address written with zero-padded octets, which `node:net`
 * rejects (a leading zero reads as octal to some parsers) but logs and firewall exports print:
 * every octet at most 255, and either every octet three digits wide (`010.000.003.017`) or an
 * address word right before it (`src 10.0.003.17`).
 */
function zeroPaddedIpv4(text: string, start: number, end: number, units?: Uint16Array): boolean {
  const m = ZERO_PADDED_QUAD.exec(text.slice(start, end));
  if (m === null) return false;
  const octets = m.slice(1) as string[];
  if (octets.some((o) => Number(o) > 255) || !octets.some((o) => o.length > 1 && o.startsWith("0"))) return false;
  return octets.every((o) => o.length === 3) || labelBefore(text, start, IP_WORDS, 32, units) === "self";
}

/** A defanged dotted quad: `185.220.101[.]4`, `10(.)0(.)0(.)1`, `8[dot]8[dot]8[dot]8` — threat reports write addresses so. */
const DEFANGED_IPV4 = /(?<![\w.\])}])(?:\d{1,3}(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\])){3}\d{1,3}(?![\w[(]|\.\d)/gi;
/** What turns a defanged separator back into a dot. */
const DEFANGED_DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi;

/**
 * Defanged IPv4 addresses (an indicator list's `185.220.101[.]4`), validated once refanged;
 * only where a separator is defanged (the plain ones are found in the numeric runs).
 *
 * @example
 * ```ts
 * detectDefangedIpv4("C2: 185.220.101[.]4", out); // IP_ADDRESS at [4, 19)
 * ```
 */
export function detectDefangedIpv4(text: string, out: Finding[]): void {
  // Plain substring checks first: a case-insensitive expression over every text costs more.
  if (!text.includes(".]") && !text.includes(".)") && !text.includes(".}") && !text.includes("dot]") && !text.includes("DOT]") && !text.includes("Dot]"))
    return;
  for (const m of text.matchAll(DEFANGED_IPV4)) {
    const quad = m[0].replace(DEFANGED_DOT, ".");
    if (quad === m[0] || !isIPv4(quad)) continue;
    const start = m.index;
    out.push(finding("pii", "IP_ADDRESS", "pii.ipv4", start, withPrefix(text, start + m[0].length, 32), 0.9));
  }
}

/**
 * Whether a valid dotted quad at `[start, end)` is an address in its context: not the head of
 * a longer dotted number whose first arc is 0-2 (an OID such as 1.3.6.1.4.1, a five-part
 * version), not written as an outline's number or a version (dotted-numbers.ts), and not called
 * a version, build, release or firmware by the text before it or by
 * its table column's header (an address column's header wins over its header line's other words).
 *
 * @example
 * ```ts
 * ipv4InContext("oid 1.3.6.1.4.1.311", 4, 11); // false
 * ```
 */
export function ipv4InContext(text: string, start: number, end: number, units?: Uint16Array): boolean {
  // The far end of a range (`0.0.0.0-8.0.0.0`) is what its near end is: the label before the
  // range names both. (One step back only: a chain of ranges is read pairwise, not to its start.)
  const range = RANGE_FROM.exec(text.slice(Math.max(0, start - 24), start));
  if (range === null) return quadInContext(text, start, end, units);
  const near = start - range[0].length;
  return quadInContext(text, near, near + (range[1] as string).length, units);
}

/** {@link ipv4InContext} of the quad at `[start, end)` itself, as the near end of a range is read. */
function quadInContext(text: string, start: number, end: number, units?: Uint16Array): boolean {
  const continues = text.charCodeAt(end) === 46 && at(text, end + 1, isDigit);
  if (continues && text.charCodeAt(start) <= 50 && text.charCodeAt(start + 1) === 46) return false;
  if (writtenAsOtherNumber(text, start, end)) return false;
  // A table's column says what its cells are, whatever the header line's other words: an
  // address column (`host`, `last_login_ip`) holds addresses, a version column (`app_version`,
  // `firmware`) versions, however they look.
  // A column of a table aligned with spaces is named by its header, not by a label word that
  // the window before its first row reaches on the header's line.
  const aligned = alignedColumnHeader(text, start);
  if (aligned !== undefined) {
    const lower = headerWords(aligned);
    if (IP_WORDS.lastIn(lower) !== -1) return true;
    if (VERSION_WORDS.lastIn(lower) !== -1) return false;
  }
  // "The file version of Core.dll: 2.14.208.1": a version label, its object, then the number.
  if (VERSION_OF.test(text.slice(Math.max(lineBounds(text, start)[0], start - 120), start))) return false;
  let label = labelBefore(text, start, IP_WORDS, 32, units, VERSION_LABELS);
  if (label === "none" && labelBefore(text, start, IP_WORDS, 32, units, NUMBERED_LABELS, true) === "other") label = "other";
  if (label === "self") return true;
  // Out of a table (most candidates), the words before it are all there is to read.
  if (
    tableCell(text, start) === undefined &&
    !text.slice(Math.max(lineBounds(text, start)[0], start - HTML_ROW_MAX), start).includes("<td") &&
    aligned === undefined
  )
    return label !== "other";
  if (columnNamed(text, start, IP_WORDS)) return true;
  if (label === "other") return false;
  return !columnNamed(text, start, VERSION_WORDS);
}

/** A range's near end and its dash or "through" right before a quad (`0.0.0.0-`, `4.2.0.0 through `; not a range of last octets, `192.168.1.10-20`, whose far end is no quad). */
const RANGE_FROM = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?:-|[ \t]{0,2}[–—][ \t]{0,2}|[ \t]{1,2}(?:through|thru)[ \t]{1,2})$/;
/** A version label, what it is the version of, and a colon right before the quad ("file version of Harborlight.Core.dll: "). */
const VERSION_OF = /\b(?:version|build|release|firmware|revision)[ \t]{1,3}of[ \t]{1,3}[^\s:]{1,60}[ \t]{0,2}:[ \t]{0,2}$/i;
/** Words that name a version number or an OID: a column headed by one holds those, not addresses (a column's header is its name, so "rev" and "driver" count here too). */
const VERSION_WORDS = wordList(`${VERSION_NAMES} rev driver oid`);

/** Colons in `s` before its zone (`%…`), counted up to `enough`. */
function colonsBefore(s: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < enough; i++) {
    const c = s.charCodeAt(i);
    if (c === 37) break;
    if (c === 58) n++;
  }
  return n;
}

function withPrefix(text: string, end: number, max: number): number {
  if (text.charCodeAt(end) !== 47) return end;
  const e = runEnd(text, end + 1, isDigit, Math.min(text.length, end + 4));
  if (e === end + 1 || at(text, e, isAlnum)) return end;
  return Number(text.slice(end + 1, e)) <= max ? e : end;
}
