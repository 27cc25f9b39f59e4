/**
 * Credentials a fresh author's set held in forms the detectors did not read (forty-fifth
 * session): a session cookie in a `Cookie:` or `Set-Cookie:` header, a HAR's header given as a
 * `{"name": …, "value": …}` pair, Honeycomb's API keys, Postmark's UUID server tokens; and
 * look-alikes that stay quiet: analytics and anti-forgery cookies, a cleared cookie, an id
 * generator's alphabet in minified code, a webhook's timestamped signature. Values are made up.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string): string[] =>
  scan({ text }, { pii: "off", secrets: "detect", injection: "off", deadlineMs: 30_000 }).findings.map((f) => text.slice(f.start, f.end));

describe("session cookies", () => {
  it("a session's cookie in a Cookie or Set-Cookie header is a credential", () => {
    const sid = "s%3AnP7Xex6HfGkjKcdvghnIDMF8J1au2fyg.pBxZK1FTWGp59WqJhM8Xrn7Od6xQV4JAwCzTbk%2BDPfw";
    expect(found(`< HTTP/2 302\n< location: /dashboard\n< set-cookie: connect.sid=${sid}; Path=/; HttpOnly`)).toEqual([sid]);
    expect(found("GET /account HTTP/1.1\nCookie: _ga=GA1.2.1234567890.1700000000; theme=dark; PHPSESSID=9k2l3m4n5o6p7q8r9s0t1u2v3w")).toEqual([
      "9k2l3m4n5o6p7q8r9s0t1u2v3w",
    ]);
    expect(found('curl -H "Cookie: __Secure-next-auth.session-token=Qm9vdHN0cmFwLXRva2VuLTQ4Mjc5MTA" https://app.example.test')).toEqual([
      "Qm9vdHN0cmFwLXRva2VuLTQ4Mjc5MTA",
    ]);
  });

  it("analytics, preferences, a cleared value and prose are not", () => {
    expect(found("Cookie: _ga=GA1.2.1234567890.1700000000; _gid=GA1.2.987654321.1700000000; lang=en-GB")).toEqual([]);
    expect(found("Set-Cookie: session=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/")).toEqual([]);
    expect(found("The login cookie: session=abc is set when you sign in.")).toEqual([]);
  });
});

describe("values beside their names", () => {
  it("a HAR's header or form field given as a name and a value", () => {
    const har = '{"name": "x-api-key", "value": "LBu5O2sREtjcwvyVE0cUv8cV3iLEXkNK"}';
    expect(found(har)).toEqual(["LBu5O2sREtjcwvyVE0cUv8cV3iLEXkNK"]);
    expect(found('{"name": "password", "value": "Tr0ub4dor&3-x9"}')).toEqual(["Tr0ub4dor&3-x9"]);
    expect(found('{"name": "Accept", "value": "application/json"}')).toEqual([]);
    expect(found('{"name": "password", "value": "required"}')).toEqual([]);
  });

  it("a webhook's timestamped signature is no credential, under any header", () => {
    const signature = "t=1735836452,v1=8f3e94082f18564c13a644978c48bb8a017d8d3c9cba19f2be3280e80b4917c9";
    expect(found(`{"name": "Authorization", "value": "Bearer ${signature}"}`)).toEqual([]);
    expect(found(`Stripe-Signature: ${signature}`)).toEqual([]);
    // A bearer token beside it still is one.
    expect(found('{"name": "Authorization", "value": "Bearer LBu5O2sREtjcwvyVE0cUv8cV3iLEXkNK"}')).toEqual(["LBu5O2sREtjcwvyVE0cUv8cV3iLEXkNK"]);
  });
});

describe("vendor formats", () => {
  it("Honeycomb's keys and Postmark's UUID tokens", () => {
    const key = "hcaik_01usb31df9lsc9qkz5ly2r4mutk3gmg14oyqc6xpas2nkbcpylop7cn9iz";
    expect(found(`OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${key}"`)).toEqual([key]);
    expect(found("X-Postmark-Server-Token: 86f0b0e3-58f6-4d97-86a6-b4c250124b52")).toEqual(["86f0b0e3-58f6-4d97-86a6-b4c250124b52"]);
    expect(found("X-Postmark-Message-Id: 86f0b0e3-58f6-4d97-86a6-b4c250124b52")).toEqual([]);
  });
});

describe("an alphabet", () => {
  it("an id generator's alphabet in minified code is no random string", () => {
    const code = 'var e=/[A-Za-z0-9_-]{21}/,t="ModuleSymbhasOwnPr-0123456789ABCDEFGHNRVfgctiUvz_KqYTJkLxpZXIjQW";function n(n){}';
    expect(found(code)).toEqual([]);
    // A random string of the same alphabet and length still is one.
    expect(found('const k = "I6FwzQZFL9l-44nviI1F04OTmorMaVQf9GS4Oe07qxL_vNkW6CRas4Lo42vqJMT0M6riJfma_f-pTAuoX2U=";')).toHaveLength(1);
  });
});
