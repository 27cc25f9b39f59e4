/**
 * Phone-number validation with libphonenumber's metadata (`libphonenumber-js/max`), giving
 * exactly the answer of `parsePhoneNumberFromString(candidate, region)?.isValid()` for the
 * candidates the phone detector produces (an optional `+` or `(`, digits, spaces, `-`, `.`,
 * `(` and `)`), about twenty times faster: libphonenumber-js rebuilds a RegExp from its
 * pattern source and a Metadata object on every check (~15-25 µs per number), here every
 * numbering plan is read once and its patterns compiled once.
 *
 * The steps follow libphonenumber's parse-then-validate algorithm: international prefix (IDD)
 * stripping, country calling code extraction (also without the `+`), national prefix
 * stripping with its transform rule, choosing the country among those sharing a calling code
 * (leading digits or number type), then matching the national number against the number-type
 * patterns and possible lengths. Any other input goes to libphonenumber itself.
 */
import { getCountries, Metadata, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/** The parts of libphonenumber-js's runtime Metadata API read here (its typings list fewer). */
interface TypeApi {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanApi {
  callingCode(): string;
  IDDPrefix(): string | undefined;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string): TypeApi | undefined;
}
interface MetadataApi {
  numberingPlan: PlanApi | undefined;
  selectNumberingPlan(countryOrCallingCode: string): MetadataApi;
  hasCountry(country: string): boolean;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/** A number type's pattern (anchored) and possible lengths. */
interface TypeRule {
  readonly re: RegExp;
  readonly lengths: readonly number[] | undefined;
}

/** One numbering plan, read once from the metadata. */
interface Plan {
  readonly callingCode: string;
  readonly idd: RegExp;
  readonly national: RegExp;
  readonly possibleLengths: readonly number[] | undefined;
  readonly prefixForParsing: RegExp | undefined;
  readonly transformRule: string | undefined;
  readonly leadingDigits: RegExp | undefined;
  readonly hasTypes: boolean;
  /** FIXED_LINE, then MOBILE, PREMIUM_RATE, … in libphonenumber's order: those with a pattern. */
  readonly types: readonly TypeRule[];
}

const TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"];
const MIN_NSN = 2;
const MAX_NSN = 17;
const MAX_CALLING_CODE = 3;

let metadata: MetadataApi | undefined;
const plans = new Map<string, Plan>();
const compiled = new Map<string, RegExp>();

function meta(): MetadataApi {
  metadata ??= new Metadata() as unknown as MetadataApi;
  return metadata;
}

function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (re === undefined) {
    re = new RegExp(source);
    compiled.set(source, re);
  }
  return re;
}

/** `matchesEntirely`: the whole string matches the pattern. */
const entire = (pattern: string): RegExp => regex(`^(?:${pattern})$`);

function typeRule(plan: PlanApi, type: string): TypeRule | undefined {
  const t = plan.type(type);
  if (t === undefined || !t.pattern()) return undefined;
  return { re: entire(t.pattern()), lengths: t.possibleLengths() };
}

/** The plan selected by a country code (`US`) or a calling code (`1`, `800`). */
function plan(key: string): Plan {
  let p = plans.get(key);
  if (p !== undefined) return p;
  const api = meta().selectNumberingPlan(key).numberingPlan;
  if (api === undefined) throw new Error(`no numbering plan for ${key}`);
  const prefix = api.nationalPrefixForParsing();
  const leading = api.leadingDigits();
  p = {
    callingCode: api.callingCode(),
    // `new RegExp(undefined)` is the empty pattern.
    idd: regex(api.IDDPrefix() ?? ""),
    national: entire(api.nationalNumberPattern()),
    possibleLengths: api.possibleLengths(),
    prefixForParsing: prefix ? regex(`^(?:${prefix})`) : undefined,
    transformRule: api.nationalPrefixTransformRule(),
    leadingDigits: leading ? regex(`^(?:${leading})`) : undefined,
    hasTypes: api.hasTypes(),
    types: TYPES.map((t) => typeRule(api, t)).filter((t): t is TypeRule => t !== undefined),
  };
  plans.set(key, p);
  return p;
}

/**
 * `getNumberType(...) !== undefined`: the general pattern, then any type whose possible
 * lengths (when listed) include the length and whose pattern matches.
 */
function hasNumberType(nn: string, p: Plan): boolean {
  if (!p.national.test(nn)) return false;
  for (const t of p.types) if ((!t.lengths || t.lengths.includes(nn.length)) && t.re.test(nn)) return true;
  return false;
}

/** The last plan and number `countryOf` found a type for (validation asks the same again). */
let typedPlan: Plan | undefined;
let typedNumber = "";

/** `getCountryByCallingCode`: the country among those sharing `callingCode`. */
function countryOf(callingCode: string, nn: string): string | undefined {
  const countries = meta().getCountryCodesForCallingCode(callingCode);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const p = plan(country);
    if (p.leadingDigits !== undefined) {
      if (nn && p.leadingDigits.test(nn)) return country;
    } else if (hasNumberType(nn, p)) {
      typedPlan = p;
      typedNumber = nn;
      return country;
    }
  }
  return undefined;
}

type LengthCheck = "IS_POSSIBLE" | "TOO_SHORT" | "TOO_LONG" | "INVALID_LENGTH";

function checkLength(nn: string, p: Plan): LengthCheck {
  const lengths = p.possibleLengths;
  if (!lengths) return "IS_POSSIBLE";
  const min = lengths[0];
  if (min === nn.length) return "IS_POSSIBLE";
  if (min !== undefined && min > nn.length) return "TOO_SHORT";
  const max = lengths[lengths.length - 1];
  if (max !== undefined && max < nn.length) return "TOO_LONG";
  return lengths.indexOf(nn.length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}

/** `extractNationalNumberFromPossiblyIncompleteNumber`: strips a national prefix. */
function stripNationalPrefix(number: string, p: Plan): string {
  if (!number || p.prefixForParsing === undefined) return number;
  const m = p.prefixForParsing.exec(number);
  if (m === null) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && Boolean(m[groups]);
  if (p.transformRule && captured) return number.replace(p.prefixForParsing, p.transformRule);
  return number.slice(m[0].length);
}

/** `extractNationalNumber`: the national prefix is kept when stripping it makes no sense. */
function nationalNumber(number: string, p: Plan): string {
  const nn = stripNationalPrefix(number, p);
  if (nn === number) return nn;
  if (p.national.test(number) && !p.national.test(nn)) return number;
  if (p.possibleLengths) {
    const country = countryOf(p.callingCode, nn);
    const check = checkLength(nn, country !== undefined ? plan(country) : p);
    if (check === "TOO_SHORT" || check === "INVALID_LENGTH") return number;
  }
  return nn;
}

/** `stripIddPrefix`. */
function stripIdd(number: string, country: string): string | undefined {
  const idd = plan(country).idd;
  if (number.search(idd) !== 0) return undefined;
  const rest = number.slice(number.match(idd)?.[0].length ?? 0);
  return /[0-9]/.exec(rest)?.[0] === "0" ? undefined : rest;
}

/** `extractCountryCallingCode`: `{}` when the number cannot be read. */
function callingCodeOf(number: string, defaultCountry: string | undefined): { callingCode?: string; number?: string } {
  if (!number) return {};
  if (number[0] !== "+") {
    const withoutIdd = defaultCountry === undefined ? undefined : stripIdd(number, defaultCountry);
    if (withoutIdd && withoutIdd !== number) number = `+${withoutIdd}`;
    else {
      if (defaultCountry !== undefined) {
        // A national number that starts with the country's own calling code.
        const p = plan(defaultCountry);
        if (number.startsWith(p.callingCode)) {
          const shorter = number.slice(p.callingCode.length);
          const shorterNn = nationalNumber(shorter, p);
          const nn = nationalNumber(number, p);
          if ((!p.national.test(nn) && p.national.test(shorterNn)) || checkLength(nn, p) === "TOO_LONG") {
            return { callingCode: p.callingCode, number: shorter };
          }
        }
      }
      return { number };
    }
  }
  if (number[1] === "0") return {};
  for (let i = 2; i - 1 <= MAX_CALLING_CODE && i <= number.length; i++) {
    const code = number.slice(1, i);
    if (meta().hasCallingCode(code)) return { callingCode: code, number: number.slice(i) };
  }
  return {};
}

/**
 * Whether `candidate` is a valid phone number, read in `region` when it has no `+`: the same
 * answer as `parsePhoneNumberFromString(candidate, region)?.isValid() === true`, but for
 * Mexico's pre-2019 mobile form `+52 1 …`, read without its "1".
 *
 * @example
 * ```ts
 * isValidPhoneNumber("+44 20 7123 4567"); // true
 * isValidPhoneNumber("(415) 555-0132", "US"); // true
 * ```
 */
export function isValidPhoneNumber(candidate: string, region?: string): boolean {
  // Read `[+(]?[0-9 ().-]*` (anything else goes to libphonenumber): the extracted number runs
  // from the first `+` or digit to the last digit.
  let first = -1;
  let last = -1;
  let digits = "";
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (first < 0) first = i;
      last = i;
      digits += candidate[i];
    } else if (i === 0 && (c === 43 || c === 40)) {
      if (c === 43) first = 0;
    } else if (c !== 32 && c !== 40 && c !== 41 && c !== 45 && c !== 46) {
      return parsePhoneNumberFromString(candidate, region as CountryCode)?.isValid() === true;
    }
  }
  if (candidate.length > 250) return parsePhoneNumberFromString(candidate, region as CountryCode)?.isValid() === true;
  const m = meta();
  const defaultCountry = region !== undefined && m.hasCountry(region) ? region : undefined;
  const formattedLength = first < 0 || last < first ? 0 : last - first + 1;
  // Viable: two bare digits, or three or more digits among punctuation.
  if (formattedLength < 2 || !(digits.length >= 3 || (formattedLength === 2 && digits.length === 2))) return false;
  const number = candidate.charCodeAt(first) === 43 ? `+${digits}` : digits;

  const extracted = callingCodeOf(number, defaultCountry);
  let callingCode = extracted.callingCode;
  let country: string | undefined;
  let selected: Plan;
  if (callingCode !== undefined) selected = plan(callingCode);
  else if (extracted.number && defaultCountry !== undefined) {
    country = defaultCountry;
    selected = plan(defaultCountry);
    callingCode = selected.callingCode;
  } else return false;
  if (!extracted.number) return false;
  const nn = nationalNumber(extracted.number, selected);
  // Mexico's mobile "1" after +52, dropped from the numbering plan in 2019 and from
  // libphonenumber's metadata since, is still how many records write a mobile
  // ("+52 1 55 8993 7702"): the number without it is the one dialled today.
  if (callingCode === "52" && nn.length === 11 && nn.charCodeAt(0) === 49 && extracted.number.charCodeAt(0) === 49)
    return isValidPhoneNumber(`+52${nn.slice(1)}`);
  typedPlan = undefined;
  country = countryOf(callingCode, nn) ?? country;
  if (nn.length < MIN_NSN || nn.length > MAX_NSN) return false;
  const p = plan(country ?? callingCode);
  if (!p.hasTypes) return p.national.test(nn);
  return (typedPlan === p && typedNumber === nn) || hasNumberType(nn, p);
}

/**
 * Whether an international number (`+…`) has a length its country's numbering plan allows,
 * whatever its ranges: libphonenumber's `isPossible()` for a number with its country code,
 * read on the same precompiled metadata as {@link isValidPhoneNumber}.
 *
 * @example
 * ```ts
 * isPossiblePhoneNumber("+47 441 38 480"); // true: eight digits, as Norway dials
 * ```
 */
export function isPossiblePhoneNumber(candidate: string): boolean {
  if (!/^\+[0-9 ().-]{1,40}$/.test(candidate)) return false;
  const extracted = callingCodeOf(`+${candidate.replace(/\D/g, "")}`, undefined);
  if (extracted.callingCode === undefined || !extracted.number) return false;
  const p = plan(extracted.callingCode);
  const nn = nationalNumber(extracted.number, p);
  const country = countryOf(extracted.callingCode, nn);
  return checkLength(nn, country !== undefined ? plan(country) : p) === "IS_POSSIBLE";
}

/** Regions by the national number lengths their plans allow (built on first use). */
let regionsByLength: Map<number, string[]> | undefined;

/**
 * The regions whose plan allows a national number of `digits` digits, or of one fewer (a
 * trunk prefix `0` written before it): the only regions where a national number that long
 * can be valid.
 *
 * @example
 * ```ts
 * regionsForNationalDigits(10); // […, "DE", "FR", "GB", …]
 * ```
 */
export function regionsForNationalDigits(digits: number): readonly string[] {
  if (regionsByLength === undefined) {
    regionsByLength = new Map();
    for (const region of getCountries()) {
      const lengths = new Set<number>();
      for (const n of plan(region).possibleLengths ?? []) lengths.add(n).add(n + 1);
      for (const n of lengths) regionsByLength.set(n, [...(regionsByLength.get(n) ?? []), region]);
    }
  }
  return regionsByLength.get(digits) ?? [];
}
