/**
 * The audit masks' memory of clean strings: a string is answered without a scan only after
 * the very same text was scanned clean by the same detector set, and every masked value is
 * what a full scan gives, on first sighting, second and later, whatever the order of calls.
 */
import { describe, expect, it } from "vitest";
import { MASKED, MASKED_PII, MASKED_SECRET, MAX_RECORDED_STRING, MAX_SCANNED_STRING, maskArguments } from "../../../sidecar/src/audit/argument-masks.js";
import { AuditPolicySchema, compileAuditPolicy } from "../../../sidecar/src/audit/audit-policy.js";
import { CleanStrings, MAX_CLEAN_STRING } from "../../../sidecar/src/audit/clean-strings.js";
import { compileGuardrail, Deadline, scanString } from "../../../sidecar/src/guardrails/index.js";
import { PREFIX_RULES } from "../../../sidecar/src/guardrails/secret-rules.js";

describe("CleanStrings", () => {
  it("remembers a string on its second clean sighting, and only that string", () => {
    const clean = new CleanStrings();
    clean.scannedClean("Nightly export fails");
    expect(clean.has("Nightly export fails")).toBe(false);
    clean.scannedClean("Nightly export fails");
    expect(clean.has("Nightly export fails")).toBe(true);
    expect(clean.has("Nightly export fails.")).toBe(false);
    expect(clean.has("nightly export fails")).toBe(false);
  });

  it("does not remember strings past its length cap", () => {
    const clean = new CleanStrings();
    const long = "a".repeat(MAX_CLEAN_STRING + 1);
    clean.scannedClean(long);
    clean.scannedClean(long);
    expect(clean.has(long)).toBe(false);
  });
});

/** The masking of one string value before clean strings were remembered: a full scan every time. */
function fullScanMask(text: string, pii: boolean): string {
  if (text.length > MAX_SCANNED_STRING) return `[${text.length} chars, not recorded]`;
  if (text.length >= 8) {
    const guard = compileGuardrail({ pii: pii ? "detect" : "off", injection: "off", secrets: "detect" });
    let findings: ReturnType<typeof scanString>;
    try {
      findings = scanString(text, guard, new Deadline(1000));
    } catch {
      return MASKED;
    }
    if (findings.some((f) => f.category === "secrets")) return MASKED_SECRET;
    if (findings.some((f) => f.category === "pii")) return MASKED_PII;
  }
  return text.length > MAX_RECORDED_STRING ? `${text.slice(0, MAX_RECORDED_STRING)}…[${text.length} chars]` : text;
}

/** A small deterministic generator (tests must be reproducible). */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

const BODY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-.";
const WORDS = ["the", "password", "reset", "Customer", "api_key", "token", "deploy", "with", "secret", "export", "billing", "for", "is", "to", "db", "user"];
const UNICODE = ["é", "ß", "ü", "🙂", "\u200b", "Ｐａｓｓ", "пароль", "密码", "\u00ad", "ı"];
const KEYS = ["password", "api_key", "token", "secret", "passwd", "pwd", "Authorization", "client_secret", "DB_PASSWORD", "apiKey", "pass"];
const OPERATORS = [" = ", ": ", "=", " is ", " ", ":=", " was reset to "];
const PII = ["jane.doe@example.com", "+1 415 555 0132", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111", "123-45-6789", "10.1.2.3"];

/** Strings of every kind the detectors tell apart: clean prose, vendor tokens and near misses, keyword assignments, PII, unicode. */
function generated(count: number): string[] {
  const pick = random(14);
  const word = (): string => WORDS[pick(WORDS.length)] as string;
  const body = (test: (c: number) => boolean, length: number): string => {
    const alphabet = [...BODY_CHARS].filter((c) => test(c.charCodeAt(0)));
    return Array.from({ length }, () => alphabet[pick(alphabet.length)]).join("");
  };
  const kinds: Array<() => string> = [
    // Prose, as tool arguments mostly are.
    () => Array.from({ length: 1 + pick(12) }, word).join(" "),
    // A vendor token of its rule's shape, or one character short, or masked, in a sentence.
    () => {
      const rule = PREFIX_RULES[pick(PREFIX_RULES.length)]!;
      const prefix = rule.prefixes[pick(rule.prefixes.length)]!;
      const length = rule.exact === true ? rule.min : rule.min + pick(Math.min(rule.max - rule.min, 20) + 1);
      const near = pick(4);
      const token = `${prefix}${body(rule.body, near === 0 ? Math.max(0, rule.min - 1) : length)}${near === 1 ? "****" : ""}`;
      return pick(2) === 0 ? token : `${word()} ${token} ${word()}`;
    },
    // A credential-named key with a value: random, a placeholder, or a word.
    () => {
      const value = [body(() => true, 6 + pick(30)), "changeme", "xxxxxxxx", word(), `"${body(() => true, 12)}"`][pick(5)];
      return `${pick(2) === 0 ? `${word()} ` : ""}${KEYS[pick(KEYS.length)]}${OPERATORS[pick(OPERATORS.length)]}${value}`;
    },
    // Credentials in a URL, a JWT shape, a long quoted random string.
    () => `postgres://app:${body(() => true, 3 + pick(10))}@db:5432/x`,
    () => `Bearer eyJ${body((c) => c !== 43 && c !== 47 && c !== 61 && c !== 46, 20)}.eyJ${body((c) => c !== 43 && c !== 47 && c !== 61 && c !== 46, 20)}.sig`,
    () => `"${body((c) => c !== 46 && c !== 61, 40 + pick(30))}"`,
    // PII, alone or in a sentence.
    () => `${word()} ${PII[pick(PII.length)]} ${word()}`,
    // Unicode among words and random characters of every plane.
    () => Array.from({ length: 2 + pick(8) }, () => (pick(2) === 0 ? word() : UNICODE[pick(UNICODE.length)])).join(pick(2) === 0 ? " " : ""),
    () => Array.from({ length: pick(40) }, () => String.fromCharCode(pick(2) === 0 ? 32 + pick(95) : pick(0x3000))).join(""),
    // Long strings around the length caps.
    () => `${word()} ${"x".repeat(MAX_CLEAN_STRING - 8 + pick(16))}`,
    () => `${"lorem ipsum ".repeat(45 + pick(5))}`,
  ];
  return Array.from({ length: count }, () => (kinds[pick(kinds.length)] as () => string)());
}

describe("masking with remembered clean strings", () => {
  const secretsOnly = compileAuditPolicy(AuditPolicySchema.parse({ maskPii: false }));
  const withPii = compileAuditPolicy(AuditPolicySchema.parse({ maskPii: true }));

  it("masks every string as a full scan does, on first sighting, second and later", () => {
    const strings = generated(2500);
    // Each string comes back later, under the other detector set too: a string remembered
    // clean by the secret detectors alone must still be scanned for PII.
    const order = [...strings, ...strings, ...strings.slice().reverse(), ...strings];
    let secrets = 0;
    let pii = 0;
    for (const [i, text] of order.entries()) {
      const masks = i % 2 === 0 ? [secretsOnly, withPii] : [withPii, secretsOnly];
      for (const policy of masks) {
        const got = maskArguments({ value: text }, policy, "srv", "tool")?.value;
        const want = fullScanMask(text, policy === withPii);
        expect(got, JSON.stringify(text)).toBe(want);
        if (want === MASKED_SECRET) secrets++;
        if (want === MASKED_PII) pii++;
      }
    }
    // The generator must reach what it means to test.
    expect(secrets).toBeGreaterThan(order.length / 10);
    expect(pii).toBeGreaterThan(order.length / 50);
  });

  it("scans again a string remembered clean when another policy's detectors may see more", () => {
    const text = "write to jane.doe@example.com today";
    for (let i = 0; i < 3; i++) expect(maskArguments({ v: text }, secretsOnly, "s", "t")?.v).toBe(text);
    expect(maskArguments({ v: text }, withPii, "s", "t")?.v).toBe(MASKED_PII);
  });
});
