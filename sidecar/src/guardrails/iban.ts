/**
 * IBAN validation: per-country length and BBAN structure come from `ibantools` (which
 * tracks the SWIFT IBAN registry); the mod-97 check is done there too.
 */
import { countrySpecs, isValidIBAN, ValidationErrorsIBAN, validateIBAN } from "ibantools";

/**
 * Expected IBAN length for a two-letter country code, or 0 when the country has no IBAN.
 *
 * @example
 * ```ts
 * ibanLength("DE"); // 22
 * ```
 */
export function ibanLength(country: string): number {
  const spec = (countrySpecs as Record<string, { chars?: number; bban_regexp?: string } | undefined>)[country];
  return spec?.chars !== undefined && spec.bban_regexp !== undefined ? spec.chars : 0;
}

/**
 * Whether an electronic-format IBAN (no separators) is valid: country, length, BBAN format
 * and mod-97 checksum.
 *
 * @example
 * ```ts
 * ibanValid("GB29NWBK60161331926819"); // true
 * ```
 */
export function ibanValid(electronic: string): boolean {
  return ibanCheck(electronic) !== "invalid";
}

/**
 * How an electronic-format IBAN checks out: `valid` (country, length, BBAN format, mod-97 and
 * the country's own account check digits where it has them), `national-check-failed` (all but
 * the last: still an account number in an IBAN's shape that passes mod-97 — a typo, or test
 * data — and still personal data to a demanding user), or `invalid`.
 *
 * @example
 * ```ts
 * ibanCheck("GB29NWBK60161331926819"); // "valid"
 * ```
 */
export function ibanCheck(electronic: string): "valid" | "national-check-failed" | "invalid" {
  if (isValidIBAN(electronic)) return "valid";
  const { errorCodes } = validateIBAN(electronic);
  return errorCodes.length > 0 && errorCodes.every((e) => e === ValidationErrorsIBAN.WrongAccountBankBranchChecksum) ? "national-check-failed" : "invalid";
}

/**
 * The shortest IBAN of any country (15, Norway): candidates shorter than this are skipped
 * without looking at them.
 *
 * @example
 * ```ts
 * minIbanLength(); // 15
 * ```
 */
export function minIbanLength(): number {
  let min = Infinity;
  for (const country of Object.keys(countrySpecs)) {
    const n = ibanLength(country);
    if (n > 0 && n < min) min = n;
  }
  return min;
}
