/**
 * A structured value read with its key, as the same object written as JSON text is read.
 * Several detectors judge a value by the label before it: a password or a UUID under a
 * credential's key (keyword-secrets.ts), a bare run of digits a phone number only where the
 * text calls it one, an SSN- or IP-shaped number not where the words before it name an order
 * or a version (pii-detectors.ts). A value of `structuredContent` scanned alone has no label
 * before it, so `{"password": "Tr0ub4dor&3-horse-staple"}` was found in a text block and not
 * as structured content. A value whose key is such a label is scanned as `{"key":"value"}`
 * instead of alone (once, not twice), and its findings are cut back to the value's own
 * characters: only the value is ever reported or mutated, never its key.
 *
 * Which keys are labels is the detectors' own test, not a list kept here: a credential's key
 * is one `keyFamily` (or `isAccessIdKey`) names; for PII, a key is a label when the PII
 * detectors find a fixed number under it that they do not find alone, or find it surer (a
 * phone, an SSN, an address or a card number probe), worked out once per key and remembered.
 * A key that only takes a finding away (`id`, `order_no`, `version`, `status`: the columns of
 * every table) is not read: its values are scanned alone, as before, and may be reported where
 * the text block's are not — reading them all with their keys cost a 20,000-row table 2.5-4
 * times its scan. The PII test runs only for values holding a digit: no PII detector reads a
 * label for a value without one. An array's items are read under the key of the member holding
 * the array, as its scalar value would be ({@link itemLabel}), and as the keyword rule reads a
 * list of strings under a key in text (keyword-secrets.ts).
 */
import { compileGuardrail } from "./config.js";
import type { CompiledGuardrail } from "./config.js";
import type { Finding } from "./finding.js";
import { Deadline } from "./guardrail-error.js";
import { credentialOfCollection, isAccessIdKey, keyFamily, listItemKey } from "./keyword-secrets.js";
import { scanString } from "./text-scanner.js";

/** Numbers whose reading depends on the label before them: a bare phone run, an SSN, an IPv4 address, a card number. */
const PII_PROBES = ["415 555 0134", "020 7946 0958", "536-22-8410", "536228410", "10.20.30.40", "4111 1111 1111 1111"];
/** The PII detectors alone, every finding kept (a label can move one across the floor either way). */
const PII_ONLY: CompiledGuardrail = compileGuardrail({
  pii: "detect",
  secrets: "off",
  injection: "off",
  minConfidence: { pii: 0, secrets: 1, injection: 1 },
  phoneRegions: ["US", "GB", "DE", "FR"],
});
/** Keys longer than this name no label a detector reads (its words are read within 32-48 characters). */
const LABEL_MAX_CHARS = 64;
/** How many keys' answers are remembered (a bounded map, cleared when full). */
const REMEMBERED_KEYS = 4096;

const secretLabels = new Map<string, boolean>();
const piiLabels = new Map<string, boolean>();
/** Each key's item label ("" for none), and the keys whose items are read as credentials. */
const itemLabels = new Map<string, string>();
const credentialLists = new Set<string>();
let bareProbes: number[] | undefined;

/** The highest confidence of a PII finding on the probe at `from` in `text` (0: none). */
function piiReading(text: string, from: number, probe: string): number {
  let best = 0;
  for (const f of scanString(text, PII_ONLY, new Deadline(60_000))) if (f.start >= from && f.end <= from + probe.length) best = Math.max(best, f.confidence);
  return best;
}

function remember(map: Map<string, boolean>, key: string, value: boolean): boolean {
  if (map.size >= REMEMBERED_KEYS) map.clear();
  map.set(key, value);
  return value;
}

/** Whether the secret detectors read `key` as a credential's label. */
function secretLabel(key: string): boolean {
  const known = secretLabels.get(key);
  if (known !== undefined) return known;
  return remember(secretLabels, key, keyFamily(key) !== undefined || isAccessIdKey(key));
}

/**
 * Keys whose PII reading one scan may work out (each costs a few small scans): a result keyed
 * by ids (`{"order_81723": "…", …}`), every key new, would otherwise pay them for every value.
 * Past it, an unknown key's values are read alone, as before keys were read.
 */
export const KEY_PROBES_PER_SCAN = 64;

/** What one scan may still spend on working out keys ({@link KEY_PROBES_PER_SCAN}). */
export interface KeyProbeBudget {
  left: number;
}

/** Whether the PII detectors read some number under `key` otherwise than alone. */
function piiLabel(key: string, budget: KeyProbeBudget): boolean {
  const known = piiLabels.get(key);
  if (known !== undefined) return known;
  if (budget.left <= 0) return false;
  budget.left--;
  bareProbes ??= PII_PROBES.map((p) => piiReading(p, 0, p));
  const prefix = `{${JSON.stringify(key)}:"`;
  // Only a key that finds what the value alone does not (or surer): one that only takes a
  // finding away (an id's, a version's) is not worth reading every value of its column twice as long.
  const label = PII_PROBES.some((probe, i) => piiReading(`${prefix}${probe}"}`, prefix.length, probe) > (bareProbes?.[i] ?? 0));
  return remember(piiLabels, key, label);
}

/**
 * Whether `value` under `key` is to be scanned with its key: the key is a label some detector
 * reads for a value like it.
 *
 * @example
 * ```ts
 * readsWithKey("password", "Tr0ub4dor&3-horse-staple"); // true
 * readsWithKey("phone", "415 555 0134"); // true
 * readsWithKey("status", "open"); // false
 * const budget = { left: KEY_PROBES_PER_SCAN }; // one per scan
 * readsWithKey("phone", "415 555 0134", budget);
 * ```
 */
export function readsWithKey(key: string, value: string, budget: KeyProbeBudget = { left: KEY_PROBES_PER_SCAN }): boolean {
  if (key.length === 0 || key.length > LABEL_MAX_CHARS || value.length === 0) return false;
  if (secretLabel(key)) return true;
  return /[0-9]/.test(value) && piiLabel(key, budget);
}

/**
 * The label an array's item is read under, or undefined to read it alone: the key of the member
 * holding the array, as a scalar value of it is (`{"password": ["…"]}`), and for a plural naming
 * a collection of credentials, one credential's name (`{"api_keys": ["…", "…"]}` reads each item
 * as an `api_key`). Under a credential's key, as the keyword rule reads a list in text
 * (`listItemKey`): only where the key's last word names the credential (not `token_variants`),
 * and only an item without spaces (a list of credentials holds no phrases or routes).
 *
 * @example
 * ```ts
 * itemLabel("password", "hunter2-Secret!"); // "password"
 * itemLabel("api_keys", "DavwOhKxi7H6srNDGJFtodsBIE1L8BBX"); // "api_key"
 * itemLabel("token_variants", "+i6t-inline"); // undefined
 * itemLabel("phone", "415 555 0134"); // "phone"
 * ```
 */
export function itemLabel(key: string, value: string): string | undefined {
  // Asked for every item of a table's rows written as arrays: remembered per key, as the labels are.
  let label = itemLabels.get(key);
  if (label === undefined) {
    if (itemLabels.size >= REMEMBERED_KEYS) {
      itemLabels.clear();
      credentialLists.clear();
    }
    const credential = secretLabel(key) || credentialOfCollection(key) !== undefined;
    itemLabels.set(key, (label = credential ? (listItemKey(key) ?? "") : key));
    if (credential) credentialLists.add(key);
  }
  if (label === "" || (credentialLists.has(key) && /\s/.test(value))) return undefined;
  return label;
}

/**
 * Scans `value` as `{"key":"value"}` and returns the findings inside the value, in the
 * value's own offsets (a span cut inside an escape takes the whole character).
 *
 * @example
 * ```ts
 * scanWithKey("password", "Tr0ub4dor&3-horse-staple", guard, deadline); // [{ ruleId: "secret.keyword-assignment", start: 0, end: 24, … }]
 * ```
 */
export function scanWithKey(key: string, value: string, guard: CompiledGuardrail, deadline: Deadline): Finding[] {
  const quotedKey = JSON.stringify(key);
  const quotedValue = JSON.stringify(value);
  // `{` + key + `:` + the value's opening quote.
  const from = quotedKey.length + 3;
  const found = scanString(`{${quotedKey}:${quotedValue}}`, guard, deadline);
  if (found.length === 0) return found;
  const at = quotedValue.length === value.length + 2 ? undefined : escapedOffsets(value);
  const out: Finding[] = [];
  for (const f of found) {
    const start = rawOffset(Math.max(0, f.start - from), at, value.length, false);
    const end = rawOffset(Math.min(quotedValue.length - 2, f.end - from), at, value.length, true);
    if (end > start) out.push({ ...f, start, end });
  }
  return out;
}

/** Where each code unit of `value` starts in its JSON escaping (without the quotes), and the end. */
function escapedOffsets(value: string): number[] {
  const at: number[] = [];
  let pos = 0;
  for (let i = 0; i < value.length; i++) {
    at.push(pos);
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      at.push(pos + 1);
      pos += 2;
      i++;
      continue;
    }
    pos += JSON.stringify(value[i]).length - 2;
  }
  at.push(pos);
  return at;
}

/** The offset in `value` of escaped offset `e`: the character it falls in (`ceil`: the end of it). */
function rawOffset(e: number, at: number[] | undefined, length: number, ceil: boolean): number {
  if (e <= 0) return 0;
  if (at === undefined) return Math.min(e, length);
  let lo = 0;
  let hi = length;
  // The last character starting at or before e.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((at[mid] as number) <= e) lo = mid;
    else hi = mid - 1;
  }
  return ceil && (at[lo] as number) < e ? Math.min(lo + 1, length) : lo;
}
