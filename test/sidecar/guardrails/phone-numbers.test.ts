import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { describe, expect, it } from "vitest";
import { isValidPhoneNumber } from "../../../sidecar/src/guardrails/phone-numbers.js";
import { seededUnit } from "../../helpers/seeded-random.js";

const rng = seededUnit;

/** "+52 1" and a valid ten-digit Mexican number: the legacy mobile form isValidPhoneNumber accepts. */
const mexicanLegacyMobile = (candidate: string): boolean => {
  const digits = candidate.replace(/\D/g, "");
  return (
    candidate.startsWith("+") && digits.length === 13 && digits.startsWith("521") && parsePhoneNumberFromString(`+52${digits.slice(3)}`)?.isValid() === true
  );
};

const REGIONS = ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR", "JP", "CN"];

describe("isValidPhoneNumber", () => {
  it("answers as libphonenumber's parse + isValid does, for phone-detector candidates", () => {
    const r = rng(3);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const countries = getCountries();
    const samples = countries.flatMap((c) => getExampleNumber(c, examples) ?? []);
    const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
    let valid = 0;
    for (let i = 0; i < 3000; i++) {
      // Real numbers (mutated), national forms with trunk prefixes, and random digit runs.
      const kind = r();
      let number: string;
      if (kind < 0.35) {
        number = pick(samples).number.slice(1);
        if (r() < 0.5) {
          const at = Math.floor(r() * number.length);
          number = number.slice(0, at) + digits(1) + number.slice(at + 1);
        }
      } else if (kind < 0.5) number = (r() < 0.5 ? "0" : "") + pick(samples).nationalNumber;
      else number = pick(["", "0", "00", "011", "1", "44", "49", "33", "972", "91", "55", "81", "86"]) + digits(5 + Math.floor(r() * 10));
      let candidate = "";
      for (const d of number) candidate += d + (r() < 0.25 ? pick([" ", "-", ".", ") ", " (", "  "]) : "");
      candidate = candidate.trimEnd();
      const prefix = r();
      if (prefix < 0.45) candidate = `+${candidate}`;
      else if (prefix < 0.55) candidate = `(${candidate}`;
      const regions: Array<string | undefined> = candidate.startsWith("+") ? [undefined] : [...REGIONS, pick(countries)];
      for (const region of regions) {
        const want = parsePhoneNumberFromString(candidate, region as CountryCode)?.isValid() === true || mexicanLegacyMobile(candidate);
        if (want) valid++;
        expect(isValidPhoneNumber(candidate, region), `${candidate} in ${region ?? "international"}`).toBe(want);
      }
    }
    // The sample must hold plenty of valid numbers, or agreement proves little.
    expect(valid).toBeGreaterThan(1000);
  });

  it("reads Mexico's pre-2019 mobile form, +52 1 and ten digits, as the number without the 1", () => {
    // libphonenumber's metadata no longer has the "1", but records still carry it.
    expect(parsePhoneNumberFromString("+52 1 55 8993 7702")?.isValid()).toBe(false);
    expect(isValidPhoneNumber("+52 1 55 8993 7702")).toBe(true);
    expect(isValidPhoneNumber("+52 1 (55) 8993-7702")).toBe(true);
    expect(isValidPhoneNumber("+52 55 8993 7702")).toBe(true);
    // Not a way round the plan: what follows the 1 must itself be a valid Mexican number.
    expect(isValidPhoneNumber("+52 1 00 8993 7702")).toBe(false);
    expect(isValidPhoneNumber("+52 1 55 8993 770")).toBe(false);
  });

  it("hands anything else to libphonenumber", () => {
    expect(isValidPhoneNumber("tel:+44 20 7123 4567")).toBe(parsePhoneNumberFromString("tel:+44 20 7123 4567")?.isValid() === true);
    expect(isValidPhoneNumber("+44 20 7123 4567 ext. 12")).toBe(parsePhoneNumberFromString("+44 20 7123 4567 ext. 12")?.isValid() === true);
  });
});
