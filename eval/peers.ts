/**
 * The npm peers we compare against, one or more per category, wrapped for the scorers:
 * secretlint with its recommended preset (secrets), OpenRedaction (PII) and vard
 * (regex-based prompt-injection detection). They are root devDependencies only.
 */
import type { PiiSpan } from "./scoring.ts";
import { toCodePoints } from "./scoring.ts";

export interface Peer {
  readonly name: string;
  readonly category: "pii" | "secrets" | "injection";
  /** For throughput runs: scan once. */
  run(text: string): unknown;
  pii?(text: string): PiiSpan[];
  secrets?(text: string): Promise<boolean>;
  injection?(text: string): boolean;
}

const OPENREDACTION_ENTITY: Array<[RegExp, string]> = [
  [/^EMAIL/, "EMAIL_ADDRESS"],
  [/PHONE/, "PHONE_NUMBER"],
  [/CREDIT_CARD|CARD_NUMBER/, "CREDIT_CARD"],
  [/^SSN$|US_SSN/, "US_SSN"],
  [/^IBAN/, "IBAN_CODE"],
  [/IPV?4|IPV?6|IP_ADDRESS/, "IP_ADDRESS"],
  [/^URL/, "URL"],
  [/BITCOIN|CRYPTO|ETHEREUM/, "CRYPTO"],
  [/MAC_ADDRESS/, "MAC_ADDRESS"],
];

/** Loads the peers (dynamic imports, so the harness still runs if one is missing). */
export async function loadPeers(): Promise<Peer[]> {
  const peers: Peer[] = [];
  try {
    const core = await import("@secretlint/core");
    const preset = await import("@secretlint/secretlint-rule-preset-recommend");
    const options = { config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: preset.creator }] } };
    const lint = async (text: string): Promise<boolean> => {
      const res = await core.lintSource({ source: { filePath: "/response.txt", content: text, ext: ".txt", contentType: "text" }, options } as never);
      return res.messages.length > 0;
    };
    peers.push({ name: "secretlint + preset-recommend", category: "secrets", run: lint, secrets: lint });
  } catch (e) {
    console.warn(`secretlint unavailable: ${(e as Error).message}`);
  }
  try {
    const { OpenRedaction } = (await import("@openredaction/openredaction")) as unknown as {
      OpenRedaction: new () => { detect(t: string): { detections: Array<{ type: string; position: [number, number] }> } };
    };
    const shield = new OpenRedaction();
    const pii = (text: string): PiiSpan[] =>
      shield.detect(text).detections.flatMap((d) => {
        const entity = OPENREDACTION_ENTITY.find(([re]) => re.test(d.type))?.[1];
        return entity === undefined ? [] : [{ entity, start: toCodePoints(text, d.position[0]), end: toCodePoints(text, d.position[1]) }];
      });
    peers.push({ name: "@openredaction/openredaction", category: "pii", run: (t) => shield.detect(t), pii });
  } catch (e) {
    console.warn(`openredaction unavailable: ${(e as Error).message}`);
  }
  try {
    const { vard } = (await import("@andersmyrmel/vard")) as unknown as {
      vard: { moderate(): { maxLength(n: number): { safeParse(t: string): { safe: boolean } } } };
    };
    const guard = vard.moderate().maxLength(64 * 1024 * 1024);
    const injection = (text: string): boolean => !guard.safeParse(text).safe;
    peers.push({ name: "@andersmyrmel/vard (moderate)", category: "injection", run: injection, injection });
  } catch (e) {
    console.warn(`vard unavailable: ${(e as Error).message}`);
  }
  return peers;
}
