/**
 * Credentials a fresh author's set held in forms the detectors did not read (forty-fourth
 * session): an SMTP `AUTH PLAIN` exchange, a Windows password dump's NT hashes, a Wi-Fi
 * pre-shared key, a Django key with a parenthesis two characters in, a password alone on a
 * line after "the password is" and a blank line, and a Discord webhook whose id is short;
 * and look-alikes that stay quiet: a JSON member after a token's lifetime, a token's scopes,
 * the empty password's NT hash. Values are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] =>
  scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 }).findings.map((f) => text.slice(f.start, f.end));

describe("login protocols and password dumps", () => {
  it("an AUTH PLAIN exchange's base64 is decoded to confirm a user and a password", () => {
    // base64 of "\0mailer@example.org\0Vq7!rTz2pLw9"
    const blob = Buffer.from("\0mailer@example.org\0Vq7!rTz2pLw9").toString("base64");
    expect(found(`S: 250 AUTH LOGIN PLAIN\nC: AUTH PLAIN ${blob}\nS: 235 2.7.0 Authentication successful`)).toEqual([blob]);
    // No password in it, or not SASL PLAIN at all.
    expect(found(`C: AUTH PLAIN ${Buffer.from("\0mailer@example.org\0").toString("base64")}`)).toEqual([]);
    expect(found(`C: AUTH PLAIN ${Buffer.from("hello world, plain text").toString("base64")}`)).toEqual([]);
  });

  it("a password dump's NT hash is reported, the empty password's is not", () => {
    const dump = [
      "Administrator:500:aad3b435b51404eeaad3b435b51404ee:7f2a9c41d08e3b65a1f4c2d9e8b07a13:::",
      "Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::",
    ].join("\n");
    expect(found(dump)).toEqual(["7f2a9c41d08e3b65a1f4c2d9e8b07a13"]);
    // Three colons in prose or an IPv6 address's compression are no dump.
    expect(found("fe80:::1 is not a valid address; the separator ::: is reserved")).toEqual([]);
  });
});

describe("values under names the keyword rule did not read", () => {
  it("a Wi-Fi network's pre-shared key", () => {
    expect(found('network={\n\tssid="Office-5G"\n\tpsk="harbor!Qm7zTx42"\n}')).toEqual(["harbor!Qm7zTx42"]);
    expect(found("psk_mode: auto")).toEqual([]);
  });

  it("a random key with a parenthesis two characters in is no function call", () => {
    const key = "q7(3-wf)e+@81!02_-#+rk_4y6!d-mvgk3sdaap^f&-*zyobdf";
    expect(found(`SECRET_KEY = "${key}"`)).toEqual([key]);
    // A call that reads the key still holds none.
    expect(found('SECRET_KEY = getenv("DJANGO_SECRET_KEY")')).toEqual([]);
  });

  it("a password alone on its line after a sentence that ends in 'is', and a blank line", () => {
    expect(found("Hi Ana,\n\nthe archive password is\n\n    Cobalt!mR82vQx\n\nThanks")).toEqual(["Cobalt!mR82vQx"]);
    expect(found("The password is\nrequired for every login.")).toEqual([]);
  });

  it("a Discord webhook whose id is shorter than today's snowflakes", () => {
    const hook = "discord.com/api/webhooks/4829105736281945/Hq8vN2xR7tLm4pZc9WyK3bFj6sDg1aQe5uYo0iTn8rVx2MkLw7PhJz4CbN6fGd9S";
    expect(found(`webhook_url = "https://${hook}"`)).toEqual([hook]);
  });
});

describe("look-alikes", () => {
  it("a token's lifetime and the JSON member after it", () => {
    expect(found('{"access_token":"<redacted>","refresh_token_expires_in":15811200,"scope":"","token_type":"bearer"}')).toEqual([]);
  });

  it("a token's scopes", () => {
    expect(found("< x-oauth-scopes: channels:history,groups:history,users:read")).toEqual([]);
  });
});
