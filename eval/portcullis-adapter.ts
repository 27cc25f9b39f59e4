/**
 * Adapts a Portcullis `scan` function (from the built package or from source) to the three
 * scorers: PII spans in Presidio's entity names and code-point offsets, and per-line flags
 * for secrets and injection. Detect-only configuration, default confidence floors.
 */
import type { PiiSpan } from "./scoring.ts";
import { toCodePoints } from "./scoring.ts";

type Finding = { type: string; category: string; start: number; end: number };
type ScanFn = (input: { text: string }, config: Record<string, unknown>) => { findings: readonly Finding[] };

const ENTITY: Record<string, string> = {
  EMAIL: "EMAIL_ADDRESS",
  PHONE: "PHONE_NUMBER",
  CREDIT_CARD: "CREDIT_CARD",
  US_SSN: "US_SSN",
  IBAN: "IBAN_CODE",
  IP_ADDRESS: "IP_ADDRESS",
};

/** The three detector callbacks for a Portcullis scan function. */
export function portcullisDetectors(scan: ScanFn): {
  pii: (text: string) => PiiSpan[];
  secrets: (text: string) => boolean;
  injection: (text: string) => boolean;
} {
  const only = (category: string) => ({ pii: "off", secrets: "off", injection: "off", [category]: "detect", maxBytes: 64 * 1024 * 1024, deadlineMs: 10_000 });
  const piiConfig = only("pii");
  const secretConfig = only("secrets");
  const injectionConfig = only("injection");
  return {
    pii: (text) =>
      scan({ text }, piiConfig).findings.flatMap((f) => {
        const entity = ENTITY[f.type];
        return entity === undefined ? [] : [{ entity, start: toCodePoints(text, f.start), end: toCodePoints(text, f.end) }];
      }),
    secrets: (text) => scan({ text }, secretConfig).findings.length > 0,
    injection: (text) => scan({ text }, injectionConfig).findings.length > 0,
  };
}
