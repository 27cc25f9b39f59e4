/**
 * A credential handed over in a message with no key name and no vendor prefix is found by what
 * the sender says about it ("keep it safe", "don't commit it", "I'll rotate it"): set apart in
 * backticks, on a line of its own or ending a line after a colon. The same words beside an
 * identifier, a setting, a date, a digest, a link or a placeholder report nothing, and so does
 * a random-looking value with no such words.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] => {
  const out = scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 });
  return out.findings.map((f) => text.slice(f.start, f.end));
};
const rules = (text: string): string[] => scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 }).findings.map((f) => f.ruleId);

const KEY = "di2BRsNHLDiQhxdAQzMEqvCO9g9Va76OfHYF2Fi1";
const PASSWORD = "uMi!O9ej=vLBUqulOt_";

describe("secrets handed over in a message", () => {
  it("a value alone on its line, with the sender's words about keeping it safe after it", () => {
    const mail = `Hi Oliver,\n\nAs discussed, here is what you need to get the integration running:\n\n${KEY}\n\nPlease keep it somewhere safe; I'll rotate it after the pilot.\n\nBest,\nMaya`;
    expect(found(mail)).toEqual([KEY]);
    expect(rules(mail)).toEqual(["secret.handed-over-secret"]);
  });

  it("a value in backticks or after a colon, with the words before or after it", () => {
    expect(found(`here you go: \`${PASSWORD}\` — please don't commit it`)).toEqual([PASSWORD]);
    expect(found(`Do not share this outside the team. The staging login is:\n${PASSWORD}\n`)).toEqual([PASSWORD]);
    expect(found(`New one for the sandbox: ${KEY} (store it securely, the old one is revoked)`)).toEqual([KEY]);
  });

  it("the nearest value is the one reported, once per phrase", () => {
    const text = `Build \`4f1c2a9\` passed.\nThe token is \`${KEY}\` — keep it secret.`;
    expect(found(text)).toEqual([KEY]);
  });

  it("identifiers, settings, dates, digests, links and placeholders beside the same words are not secrets", () => {
    expect(found("Default region name [None]: eu-central-1\n\nNever commit your real credentials to git.")).toEqual([]);
    expect(found("# .env.example — don't commit the real one\nMAX_UPLOAD_MB=25\nCACHE_TTL_SECONDS=300\n")).toEqual([]);
    expect(found("DTEND:20251103T100000Z\nDo not share the meeting link outside the company.")).toEqual([]);
    expect(found("Fixed in commit `9fceb02d0ae598e95dc970b74767f19372d61af8`, don't share the advisory yet.")).toEqual([]);
    expect(found("Docs: https://docs.example.com/keys/rotate-2024\nKeep it safe and rotate it yearly.")).toEqual([]);
    expect(found("Paste your key here: <YOUR_API_KEY_HERE>\nNever share it with anyone.")).toEqual([]);
    expect(found("Ticket `INC-2024-10442` is closed; please don't forward the thread.")).toEqual([]);
  });

  it("a line of an encoded block (a public key's armour) is part of a file, not a value handed over", () => {
    const armour = [
      "-----BEGIN PGP PUBLIC KEY BLOCK-----",
      "",
      ...Array.from({ length: 4 }, (_, i) => `xv8AAAK8BAsFc+kWUudZs4r1Otxj5XhoCL+lm4Oln3KkqYOFG/YZBEkq4SjXq${i}DS`),
    ].join("\n");
    expect(found(`here are the credentials for the ingest account:\n\nkey: ${armour}\n\nKeep it safe.`)).toEqual([]);
    // Wrapped base64 without an armour: its lines are neighbours of each other.
    const wrapped = Array.from({ length: 3 }, (_, i) => `TVpZVGzIrrMyJqTSn62TNC3Fit4rDHkGRQNnN+GcIzn3qL1hi3MdThp4mWp${i}ETLE`).join("\n");
    expect(found(`the signed blob:\n${wrapped}\n\ndon't share it yet`)).toEqual([]);
  });

  it("a random-looking value with nothing said about it is left to the other rules", () => {
    expect(found(`As discussed, here is the reference:\n\n${KEY}\n\nSee you Monday.`)).toEqual([]);
  });
});
