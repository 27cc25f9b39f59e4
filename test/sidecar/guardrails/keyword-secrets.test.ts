/**
 * Classes of key that the probe of gitleaks' rules (config/gitleaks.toml at b58d3f1) found
 * failing: an S3-compatible store's secret under AWS's variable names, and a UUID under a key
 * named a secret key (KuCoin's `secretKey` in a nested configuration, where the vendor is named
 * by the parent object on another line and so does not claim the UUID). Values are generated, never copied from examples.
 */
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] =>
  scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 }).findings.map((f) => text.slice(f.start, f.end));

function randomChars(seed: string, n: number, alphabet: string): string {
  let out = "";
  for (let block = 0; out.length < n; block++) {
    for (const b of createHash("sha256").update(`${seed}:${block}`).digest()) if (out.length < n) out += alphabet[b % alphabet.length];
  }
  return out;
}
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

describe("keyword secrets", () => {
  it("find an S3-compatible store's secret under AWS's names (Yandex Cloud's YC…, Cloudflare R2's 64 hex)", () => {
    const yandex = `YC${randomChars("yc", 12, ALNUM)}_${randomChars("yc2", 12, ALNUM)}-${randomChars("yc3", 12, ALNUM)}`;
    const r2 = randomChars("r2", 64, "0123456789abcdef");
    for (const value of [yandex, r2]) {
      for (const text of [
        `AWS_SECRET_ACCESS_KEY=${value}\nAWS_ENDPOINT_URL=https://storage.example.net\n`,
        `[default]\naws_access_key_id = ${randomChars(value, 20, ALNUM)}\naws_secret_access_key = ${value}\n`,
        `{"aws_secret_access_key": "${value}", "bucket": "backups"}`,
      ]) {
        expect({ text, found: found(text) }).toEqual({ text, found: expect.arrayContaining([value]) });
      }
    }
  });

  it("still find nothing under AWS's names that is no key (placeholders, a path, a list of words)", () => {
    for (const text of [
      "AWS_SECRET_ACCESS_KEY=your-secret-access-key-here\n",
      "aws_secret_access_key = $AWS_SECRET_ACCESS_KEY\n",
      "aws_secret_access_key: /run/secrets/aws/secret-access-key\n",
      "AWS_SECRET_ACCESS_KEY=<paste the secret access key here>\n",
    ]) {
      expect({ text, found: found(text) }).toEqual({ text, found: [] });
    }
  });

  it("find a UUID under a key named a secret key, wherever the vendor is named", () => {
    const uuid = randomUUID();
    for (const text of [
      `{\n  "kucoin": {\n    "apiKey": "${randomChars("ku", 24, "0123456789abcdef")}",\n    "secretKey": "${uuid}",\n    "passphrase": "${randomChars("pp", 16, ALNUM)}"\n  }\n}`,
      `exchange:\n  secret_key: ${uuid}\n`,
      `SECRET_KEY=${uuid}\n`,
    ]) {
      expect({ text, found: found(text) }).toEqual({ text, found: expect.arrayContaining([uuid]) });
    }
  });

  it("leave a UUID under an identifier's key alone (an idempotency key, a key alone, a secret's id)", () => {
    const uuid = randomUUID();
    for (const text of [`{"idempotency_key": "${uuid}"}`, `{"key": "${uuid}"}`, `secret_key_id: ${uuid}\n`, `{"partition_key": "${uuid}"}`]) {
      expect({ text, found: found(text) }).toEqual({ text, found: [] });
    }
  });
});
