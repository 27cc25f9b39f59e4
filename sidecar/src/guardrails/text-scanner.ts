/**
 * Runs the enabled detectors over one string and tidies their findings: confidence floor
 * per category, overlapping injection findings merged into one span, PII look-alikes
 * inside a stronger PII finding (a phone-shaped run inside an IBAN) dropped.
 */
import type { CompiledGuardrail, PiiType } from "./config.js";
import { finding, type Finding } from "./finding.js";
import type { Deadline } from "./guardrail-error.js";
import { detectInjection } from "./injection-detectors.js";
import { framedAsDiscussion } from "./injection-framing.js";
import { strippedView, toOriginal, type CleanView } from "./hidden-content.js";
import { learnedInjection } from "./learned-injection.js";
import { detectKeywordSecrets } from "./keyword-secrets.js";
import { detectNetworkConfigSecrets } from "./network-config-secrets.js";
import { detectClientConstructorSecrets } from "./secret-client-constructors.js";
import { detectPasswordArguments } from "./password-arguments.js";
import { detectHandedOverSecrets } from "./secret-handover.js";
import { detectLoginForms } from "./secret-login-forms.js";
import { detectSessionCookies } from "./secret-session-cookies.js";
import { detectLoginPairs, detectPasswordLabels } from "./password-labels.js";
import {
  detectAzureSasSignatures,
  detectBasicCredentials,
  detectEchoedPasswords,
  detectGoMysqlDsns,
  detectMysqlClientPasswords,
  detectAccountKeys,
  detectPgpassLines,
} from "./secret-credential-forms.js";
import { detectCards, detectEmails, detectIbans, detectIps, detectPhones, detectSsns } from "./pii-detectors.js";
import { jsonInjection } from "./split-fields.js";
import { oneByteForm } from "./one-byte-text.js";
import { columnInjection } from "./table-column-text.js";
import { TextIndex } from "./text-index.js";
import { escapeEnd } from "./text-runs.js";
import {
  detectBundlerCredentials,
  detectCurlCredentials,
  detectHighEntropyStrings,
  detectJwts,
  detectPrefixedTokens,
  detectPrivateKeys,
  detectStructuralTokens,
  detectUrlCredentials,
} from "./secret-detectors.js";

type PiiDetector = (text: string, out: Finding[], g: CompiledGuardrail, index: TextIndex) => void;

const PII_DETECTORS: ReadonlyArray<[PiiType, PiiDetector]> = [
  ["EMAIL", (t, o) => detectEmails(t, o)],
  ["CREDIT_CARD", (t, o, _g, i) => detectCards(t, o, i)],
  ["IBAN", (t, o, _g, i) => detectIbans(t, o, i)],
  ["US_SSN", (t, o, _g, i) => detectSsns(t, o, i)],
  ["IP_ADDRESS", (t, o, _g, i) => detectIps(t, o, i)],
  ["PHONE", (t, o, g, i) => detectPhones(t, o, { phoneRegions: g.config.phoneRegions }, i)],
];

const SECRET_DETECTORS: ReadonlyArray<(text: string, out: Finding[], index: TextIndex) => void> = [
  detectPrefixedTokens,
  detectJwts,
  detectPrivateKeys,
  detectStructuralTokens,
  (t, o) => detectUrlCredentials(t, o),
  detectCurlCredentials,
  detectBundlerCredentials,
  detectBasicCredentials,
  detectAzureSasSignatures,
  detectGoMysqlDsns,
  detectMysqlClientPasswords,
  detectAccountKeys,
  detectPgpassLines,
  detectEchoedPasswords,
  detectLoginForms,
  detectSessionCookies,
  detectKeywordSecrets,
  detectPasswordArguments,
  detectNetworkConfigSecrets,
  detectClientConstructorSecrets,
  detectPasswordLabels,
  detectLoginPairs,
  detectHandedOverSecrets,
  detectHighEntropyStrings,
];

/** The PII detectors a profile enables, in order; listed once per compiled profile (a scan of a table calls them per string). */
const piiDetectorsByProfile = new WeakMap<CompiledGuardrail, readonly PiiDetector[]>();

function piiDetectorsOf(guard: CompiledGuardrail): readonly PiiDetector[] {
  let list = piiDetectorsByProfile.get(guard);
  if (list === undefined) {
    list = PII_DETECTORS.filter(([type]) => guard.piiTypes.has(type)).map(([, detect]) => detect);
    piiDetectorsByProfile.set(guard, list);
  }
  return list;
}

/**
 * Spaces typeset inside numbers — no-break, narrow no-break, thin, figure and the other fixed
 * widths: French phone numbers ("01 42 68 53 00" with U+00A0), grouped card numbers and IBANs in
 * text taken from web pages, PDFs and word processors. The PII detectors read them as spaces.
 */
const TYPESET_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/;
const TYPESET_SPACES = new RegExp(TYPESET_SPACE.source, "g");
/** A character the mutate step strips (hidden-content.ts: zero-width, bidi, tag characters). */
const STRIPPED = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/;
/** Either of the two above: one test, so that a non-ASCII text with neither is read once. */
const SPACED_OR_STRIPPED = /[\u00a0\u00ad\u180e\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/;

/** Texts up to this long have their table columns read even when their rows gave no evidence (~0.1 ms at most). */
const COLUMNS_ALWAYS_READ = 16 * 1024;
/** PII types ranked for overlap resolution: a later type inside an earlier one is dropped. */
const PII_RANK: Readonly<Record<string, number>> = { IBAN: 0, CREDIT_CARD: 1, EMAIL: 2, IP_ADDRESS: 3, US_SSN: 4, PHONE: 5 };

/**
 * Scans one string with the enabled categories.
 *
 * @example
 * ```ts
 * scanString("mail a@b.io", compileGuardrail({}), new Deadline(100)); // [EMAIL finding]
 * ```
 */
export function scanString(original: string, guard: CompiledGuardrail, deadline: Deadline): Finding[] {
  // The same characters, one byte each where they fit (see one-byte-text.ts).
  const text = oneByteForm(original);
  const { config } = guard;
  const findings: Finding[] = [];
  // One candidate index per string, shared by every detector.
  const index = new TextIndex(text);
  // Between categories only on a long string: a short one's scan takes microseconds, less than
  // reading the clock twice more would save (the check after the last category always runs).
  const checkBetween = text.length >= 4096;
  // ASCII text (most text) has neither typeset spaces nor hidden characters: nothing more is read.
  const special = (config.secrets !== "off" || config.pii !== "off") && !index.ascii && SPACED_OR_STRIPPED.test(text);
  // The text as mutate leaves it, hidden characters stripped: what a reader of the output reads
  // (`sk_live_…\u200b…` is one token to them). PII and secrets are looked for in it too, in
  // every mode; undefined when there is nothing to strip.
  const stripped = special && STRIPPED.test(text) ? strippedView(text) : undefined;
  const strippedText = stripped === undefined ? undefined : oneByteForm(stripped.text);
  const strippedIndex = strippedText === undefined ? undefined : new TextIndex(strippedText);
  try {
    if (config.secrets !== "off") {
      const out: Finding[] = [];
      for (const detect of SECRET_DETECTORS) detect(text, out, index);
      startsPastEscapes(out, text);
      const floor = (f: Finding): boolean => f.confidence >= config.minConfidence.secrets;
      if (stripped !== undefined && strippedText !== undefined && strippedIndex !== undefined) {
        const read: Finding[] = [];
        for (const detect of SECRET_DETECTORS) detect(strippedText, read, strippedIndex);
        startsPastEscapes(read, strippedText);
        bothReadings(findings, mapped(read, stripped).filter(floor), out.filter(floor), []);
      } else if (out.length > 0) {
        // Most strings have no finding: nothing to filter, sort or resolve then.
        append(findings, dropContained(out.filter(floor)));
      }
      if (checkBetween) deadline.check();
    }
    if (config.pii !== "off") {
      const floor = (f: Finding): boolean => f.confidence >= config.minConfidence.pii;
      const out = piiFindings(text, index, special, guard);
      if (stripped !== undefined && strippedText !== undefined && strippedIndex !== undefined) {
        const read = piiFindings(strippedText, strippedIndex, true, guard);
        bothReadings(findings, mapped(read, stripped).filter(floor), out.filter(floor), findings);
      } else if (out.length > 0) {
        // A secret (e.g. a token with digits) wins over PII look-alikes inside it.
        append(findings, dropContained(out.filter(floor), findings));
      }
      if (checkBetween) deadline.check();
    }
    if (config.injection !== "off") {
      const out: Finding[] = [];
      // A JSON document is read as its strings (split-fields.ts); other text as it is.
      const learned = config.injectionModel === "on";
      const json = jsonInjection(text, config.minConfidence.injection, learned);
      if (json === undefined) detectInjection(text, out, 1, index);
      const kept = json ?? out.filter((f) => f.confidence >= config.minConfidence.injection);
      // A table that reads clean row by row may say something down a column. Read so when the
      // rows gave some evidence, or the text is short: a long clean text is not read twice.
      if (json === undefined && kept.length === 0 && (out.length > 0 || text.length <= COLUMNS_ALWAYS_READ))
        append(kept, columnInjection(text, config.minConfidence.injection, index.units()));
      // What no rule matched, the passage model weighs, joined with the rules' evidence below
      // the floor in its passage (a JSON document's, in jsonInjection).
      if (learned && json === undefined && kept.length === 0) {
        const found = learnedInjection(text, config.minConfidence.injection, out);
        if (found !== undefined) kept.push(found);
      }
      // A flagged text that reads as writing about attacks (a moderation report, a tutorial, a
      // transcript) rather than one: its quotations are set aside (injection-framing.ts).
      if (kept.length > 0 && learned && framedAsDiscussion(original, kept)) kept.length = 0;
      if (kept.length > 0) append(findings, mergeOverlaps(kept));
    }
  } finally {
    strippedIndex?.release();
    index.release();
  }
  deadline.check();
  return findings.length > 1 ? findings.sort(byStartLongest) : findings;
}

/**
 * The PII findings of `text` (confidence floor not applied): the enabled detectors and the
 * custom patterns. `special`: whether the text may hold typeset spaces (false: it holds none).
 */
function piiFindings(text: string, index: TextIndex, special: boolean, guard: CompiledGuardrail): Finding[] {
  const out: Finding[] = [];
  const detectors = piiDetectorsOf(guard);
  // Spaces typeset inside numbers read as spaces: same length, so every span stays the text's.
  const spaced = special && TYPESET_SPACE.test(text) ? text.replace(TYPESET_SPACES, " ") : text;
  const spacedIndex = spaced === text ? index : new TextIndex(spaced);
  try {
    for (let i = 0; i < detectors.length; i++) (detectors[i] as PiiDetector)(spaced, out, guard, spacedIndex);
  } finally {
    if (spacedIndex !== index) spacedIndex.release();
  }
  for (const { type, re, confidence } of guard.custom) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push(finding("pii", type, `pii.custom.${type.toLowerCase()}`, m.index, m.index + m[0].length, confidence));
    }
  }
  return startsPastEscapes(out, text);
}

/**
 * Moves the start of each finding that begins inside an escape sequence (`\njane@…`: on the
 * letter of `\n`; `\u003cjane@…`: on the `u`) to the escape's end (text-runs.ts `escapeEnd`),
 * for every detector alike; a finding left empty is dropped. In place; a few character reads
 * per finding.
 */
function startsPastEscapes(list: Finding[], text: string): Finding[] {
  let kept = 0;
  for (const f of list) {
    const start = f.start > 0 ? escapeEnd(text, f.start) : f.start;
    if (start >= f.end) continue;
    list[kept++] = start === f.start ? f : { ...f, start };
  }
  list.length = kept;
  return list;
}

/** Findings of a stripped view, moved onto the original text (a span keeps the hidden characters inside it). */
function mapped(list: readonly Finding[], view: CleanView): Finding[] {
  return list.map((f) => {
    const [start, end] = toOriginal(view, f.start, f.end);
    return { ...f, start, end };
  });
}

/**
 * Appends to `findings` what one category found in a text with hidden characters, read both
 * ways: first what the stripped reading found (what the output will read as), then what the
 * text as written found where it overlaps none of those (a hidden character that separated two
 * tokens: shown, they still read apart). `over`: findings of a stronger category.
 */
function bothReadings(findings: Finding[], stripped: Finding[], written: Finding[], over: readonly Finding[]): void {
  const first = stripped.length > 0 ? dropContained(stripped, over) : stripped;
  const rest = written.length > 0 ? dropContained(written, first.length > 0 ? [...over, ...first] : over) : written;
  append(findings, first);
  append(findings, rest);
}

/**
 * Appends `items` to `list` one by one: `list.push(...items)` passes every item as an argument,
 * and a text with ~100,000 findings overflows the call stack.
 */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/**
 * Resolves overlaps: findings are taken strongest type first (secrets before PII, then
 * PII_RANK), and a finding overlapping one already kept is dropped. Kept spans stay sorted,
 * so each overlap test is a binary search.
 */
function dropContained(list: Finding[], over: readonly Finding[] = []): Finding[] {
  const kept: Finding[] = sortedCopy(over, byStart);
  /** Index of the first kept span starting at or after `at`. */
  const firstFrom = (at: number): number => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid]?.start ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Order by (rank, start, longest first), stably: bucket by rank, then sort each bucket
  // (findings arrive nearly sorted per detector, so each sort is close to linear).
  const buckets: Finding[][] = [];
  for (const f of list) {
    const rank = PII_RANK[f.type] ?? 0;
    (buckets[rank] ??= []).push(f);
  }
  const ordered: Finding[] = [];
  for (const bucket of buckets) if (bucket !== undefined) for (const f of inOrder(bucket, byStartLongest)) ordered.push(f);
  const out: Finding[] = [];
  for (const f of ordered) {
    // kept[i - 1] is the last span starting before f ends; kept spans do not overlap each other.
    const i = firstFrom(f.end);
    const prev = kept[i - 1];
    if (prev !== undefined && prev.end > f.start) continue;
    out.push(f);
    // Insert after every span starting at or before f.start, as the kept order requires.
    kept.splice(firstFrom(f.start + 1), 0, f);
  }
  return out;
}

/** `list` sorted by `compare`, sorted in place only when it is not already (a sort allocates its work area). */
function inOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return list.sort(compare);
  return list;
}

/** A sorted copy of `list`, without sorting when it is in order already. */
function sortedCopy<T>(list: readonly T[], compare: (a: T, b: T) => number): T[] {
  return inOrder([...list], compare);
}

function byStart(a: Finding, b: Finding): number {
  return a.start - b.start;
}

function byStartLongest(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end;
}

/** Merges overlapping injection findings; the span is the union, the rule the most confident. */
function mergeOverlaps(list: Finding[]): Finding[] {
  const sorted = sortedCopy(list, byStart);
  const merged: Finding[] = [];
  for (const f of sorted) {
    const prev = merged.at(-1);
    const deletion = f.ruleId === "injection.hidden-text";
    if (prev !== undefined && f.start < prev.end && !deletion && prev.ruleId !== "injection.hidden-text") {
      const best = f.confidence > prev.confidence ? f : prev;
      merged[merged.length - 1] = { ...best, start: prev.start, end: Math.max(prev.end, f.end), confidence: Math.max(prev.confidence, f.confidence) };
    } else merged.push(f);
  }
  return merged;
}
