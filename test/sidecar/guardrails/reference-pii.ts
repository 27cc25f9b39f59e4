/**
 * Reference PII detectors: the previous implementation, which found every anchor with a
 * global regular expression over the whole text. The index-based detectors must report
 * exactly what these do (a measured phone candidate is decided by the same
 * acceptPhoneCandidate; isValidPhoneNumber's agreement with libphonenumber is tested on its own).
 */
import { isIPv4, isIPv6 } from "node:net";
import { cardPrefixAndLength } from "../../../sidecar/src/guardrails/card-networks.js";
import { finding, type Finding } from "../../../sidecar/src/guardrails/finding.js";
import { ibanLength, ibanValid } from "../../../sidecar/src/guardrails/iban.js";
import { luhnValid } from "../../../sidecar/src/guardrails/luhn.js";
import { acceptPhoneCandidate, ipv4InContext, noHostAddress, ssnInContext, type PhoneGroups } from "../../../sidecar/src/guardrails/pii-detectors.js";
import { at, before, isAlnum, isAsciiLetter, isDigit, runEnd, type CharTest } from "../../../sidecar/src/guardrails/text-runs.js";

const PHONE_ANCHOR = /[+(]?\d/g;
const PHONE_SEP: CharTest = (c) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47;

/**
 * Phone numbers in international (`+44 20 7123 4567`) and national formats, validated with
 * libphonenumber's metadata for the configured regions.
 *
 * @example
 * ```ts
 * detectPhones("call (415) 555-0132", out, { phoneRegions: ["US"] }); // PHONE
 * ```
 */
export function detectPhones(text: string, out: Finding[], options: { readonly phoneRegions: readonly string[] }): void {
  PHONE_ANCHOR.lastIndex = 0;
  for (let m = PHONE_ANCHOR.exec(text); m !== null; m = PHONE_ANCHOR.exec(text)) {
    const start = m.index;
    if (before(text, start, isAlnum) || before(text, start, (c) => c === 43 || c === 46 || c === 45)) {
      PHONE_ANCHOR.lastIndex = runEnd(text, start + m[0].length, isDigit);
      continue;
    }
    // Measure: digits with single separators (a ") " or " (" pair counts as one).
    let i = start + 1;
    let end = text.charCodeAt(start) === 43 || text.charCodeAt(start) === 40 ? start + 1 : start;
    let digits = 0;
    let seps = 0;
    const groups: PhoneGroups = [];
    while (i <= text.length && i - start < 32) {
      i = runEnd(text, end, isDigit, Math.min(text.length, start + 32));
      digits += i - end;
      end = i;
      groups.push([end, digits, seps]);
      let j = i;
      let slash = false;
      while (j < text.length && (j - i < 2 || (j - i < 3 && slash)) && PHONE_SEP(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 47) slash = true;
        j++;
      }
      if (j === i || !at(text, j, isDigit) || (slash && groups.length > 1)) break;
      seps++;
      end = j;
    }
    PHONE_ANCHOR.lastIndex = Math.max(end, start + 1);
    // What to make of the measured run (digits run into letters included) is shared; what is
    // compared here is anchoring and measuring.
    acceptPhoneCandidate(text, start, groups, options.phoneRegions, out);
  }
}

const CARD_ANCHOR = /\d{4}/g;
const CARD_GROUPS = new Set(["4-4-4-4", "4-4-4-4-3", "4-6-5", "4-6-4", "4-4-4-1", "4-4-4-2", "4-4-4-3"]);
/** A decimal point: the digits on either side of it are one number's, not a card's. */
const POINT: CharTest = (c) => c === 46;
/** Digits right after an IBAN-style country+check prefix belong to the IBAN, not a card. */
const IBAN_PREFIX = /[A-Z]{2}\d{2}[ -]?[A-Z0-9]{0,4}[ -]?$/;

/**
 * Payment card numbers: 13-19 digits, contiguous or in the usual 4-4-4-4 / 4-6-5 groups with
 * one consistent separator, passing the Luhn check.
 *
 * @example
 * ```ts
 * detectCards("card 4111 1111 1111 1111", out); // CREDIT_CARD
 * ```
 */
export function detectCards(text: string, out: Finding[]): void {
  CARD_ANCHOR.lastIndex = 0;
  for (let m = CARD_ANCHOR.exec(text); m !== null; m = CARD_ANCHOR.exec(text)) {
    const start = m.index;
    const firstEnd = runEnd(text, start, isDigit);
    if (before(text, start, isAlnum) || (before(text, start, POINT) && before(text, start - 1, isDigit))) {
      CARD_ANCHOR.lastIndex = firstEnd;
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
    CARD_ANCHOR.lastIndex = end;
    if (at(text, end, isAlnum) || (at(text, end, POINT) && at(text, end + 1, isDigit))) continue;
    const card = (to: number, gs: number[]): boolean => {
      const digits = text.slice(start, to).replace(/[ -]/g, "");
      if (digits.length < 13 || digits.length > 19) return false;
      if (IBAN_PREFIX.test(text.slice(Math.max(0, start - 10), start))) return false;
      if (gs.length > 1 && !CARD_GROUPS.has(gs.join("-"))) return false;
      // A network's issuer prefix with one of its lengths (card-networks.ts).
      return cardPrefixAndLength(digits) && !/^(\d)\1+$/.test(digits) && luhnValid(digits);
    };
    // An expiry or a security code after the number: a last group of two or three digits.
    const tail = groups[groups.length - 1] as number;
    if (!card(end, groups) && groups.length > 2 && (tail === 2 || tail === 3) && card(end - tail - 1, groups.slice(0, -1))) {
      groups.pop();
      end -= tail + 1;
    } else if (!card(end, groups)) continue;
    out.push(finding("pii", "CREDIT_CARD", "pii.credit-card", start, end, groups.length > 1 ? 0.95 : 0.9));
  }
}

const SSN_ANCHOR = /\d{3}[- .]?\d{2}[- .]?\d{4}/g;

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
export function detectSsns(text: string, out: Finding[]): void {
  SSN_ANCHOR.lastIndex = 0;
  for (let m = SSN_ANCHOR.exec(text); m !== null; m = SSN_ANCHOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (before(text, start, isAlnum) || at(text, end, isAlnum) || before(text, start, (c) => c === 45 || c === 46)) continue;
    if (at(text, end, (c) => c === 45 || c === 46) && at(text, end + 1, isDigit)) continue;
    const raw = m[0];
    const digits = raw.replace(/[- .]/g, "");
    const seps = raw.length - digits.length;
    const area = digits.slice(0, 3);
    const group = digits.slice(3, 5);
    const serial = digits.slice(5);
    if (area === "000" || area === "666" || area[0] === "9" || group === "00" || serial === "0000") continue;
    if (/^(\d)\1{8}$/.test(digits) || digits === "078051120" || digits === "219099999" || digits === "123456789") continue;
    const consistent = seps === 2 && raw[3] === raw[6];
    if (seps === 2 && !consistent) continue;
    if (!ssnInContext(text, start)) continue;
    out.push(finding("pii", "US_SSN", "pii.us-ssn", start, end, consistent ? 0.85 : 0.3));
  }
}

const IBAN_ANCHOR = /[A-Z]{2}\d{2}/g;

/**
 * IBANs, electronic (`GB29NWBK…`) or grouped with spaces or dashes, validated against the
 * country's length and BBAN structure and the mod-97 checksum.
 *
 * @example
 * ```ts
 * detectIbans("iban GB29 NWBK 6016 1331 9268 19", out); // IBAN
 * ```
 */
export function detectIbans(text: string, out: Finding[]): void {
  IBAN_ANCHOR.lastIndex = 0;
  for (let m = IBAN_ANCHOR.exec(text); m !== null; m = IBAN_ANCHOR.exec(text)) {
    const start = m.index;
    if (before(text, start, isAlnum)) continue;
    const length = ibanLength(m[0].slice(0, 2));
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
    if (!ibanValid(electronic)) continue;
    out.push(finding("pii", "IBAN", "pii.iban", start, i, 0.95));
    IBAN_ANCHOR.lastIndex = i;
  }
}

const IPV4_ANCHOR = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/g;
const IPV6_ANCHOR = /[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*/g;
const ZONE_CHAR: CharTest = (c) => isAlnum(c) || c === 95 || c === 46 || c === 45;

/**
 * IPv4 and IPv6 addresses (with optional zone and CIDR prefix), validated with `node:net`.
 * The unspecified address `::` alone gets a low confidence (it is mostly code, not an IP).
 *
 * @example
 * ```ts
 * detectIps("from 2001:db8::1 and 10.0.0.1", out); // two IP_ADDRESS findings
 * ```
 */
export function detectIps(text: string, out: Finding[]): void {
  const v6: Array<[number, number]> = [];
  IPV6_ANCHOR.lastIndex = 0;
  for (let m = IPV6_ANCHOR.exec(text); m !== null; m = IPV6_ANCHOR.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[0].length < 2) continue;
    if (before(text, start, (c) => isAlnum(c) || c === 58 || c === 95)) continue;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    let addr = text.slice(start, end);
    if (addr.indexOf(":") === addr.lastIndexOf(":")) continue;
    if (text.charCodeAt(end) === 37) {
      const zoneEnd = runEnd(text, end + 1, ZONE_CHAR, Math.min(text.length, end + 33));
      let z = zoneEnd;
      while (z > end + 1 && text.charCodeAt(z - 1) === 46) z--;
      if (z > end + 1) {
        addr = text.slice(start, z);
        end = z;
      }
    }
    if (at(text, end, (c) => isAsciiLetter(c) || c === 95)) continue;
    if (!isIPv6(addr)) continue;
    end = withPrefix(text, end, 128);
    const confidence = addr === "::" ? 0.1 : 0.9;
    out.push(finding("pii", "IP_ADDRESS", "pii.ipv6", start, end, confidence));
    v6.push([start, end]);
  }
  IPV4_ANCHOR.lastIndex = 0;
  for (let m = IPV4_ANCHOR.exec(text); m !== null; m = IPV4_ANCHOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (before(text, start, (c) => isAlnum(c) || c === 46) || at(text, end, isAlnum)) {
      IPV4_ANCHOR.lastIndex = runEnd(text, start, (c) => isDigit(c) || c === 46);
      continue;
    }
    if (!isIPv4(m[0]) || v6.some(([s, e]) => start >= s && end <= e) || !ipv4InContext(text, start, end)) continue;
    out.push(finding("pii", "IP_ADDRESS", "pii.ipv4", start, withPrefix(text, end, 32), noHostAddress(m[0], text, end) ? 0.3 : 0.9));
  }
}

function withPrefix(text: string, end: number, max: number): number {
  if (text.charCodeAt(end) !== 47) return end;
  const e = runEnd(text, end + 1, isDigit, Math.min(text.length, end + 4));
  if (e === end + 1 || at(text, e, isAlnum)) return end;
  return Number(text.slice(end + 1, e)) <= max ? e : end;
}
