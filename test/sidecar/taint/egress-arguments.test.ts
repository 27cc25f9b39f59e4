/**
 * What egress checks find in arguments: URLs, e-mail addresses and hosts against the
 * allowlist (subdomains included), and URLs that carry data out however they hide it.
 */
import { describe, expect, it } from "vitest";
import { domainAllowed, egressViolation } from "@portcullis/sidecar";

const ALLOW = ["example.com"];

describe("egressViolation", () => {
  it("passes destinations on the allowlist, subdomains included, wherever they sit in the arguments", () => {
    expect(domainAllowed("api.example.com", ALLOW)).toBe(true);
    expect(domainAllowed("example.com.evil.net", ALLOW)).toBe(false);
    expect(domainAllowed("notexample.com", ALLOW)).toBe(false);
    expect(egressViolation({ request: { url: "https://api.example.com/v1/items?page=2" } }, ALLOW)).toBeUndefined();
    expect(egressViolation({ to: ["a@example.com", "b@sub.example.com"], body: "see https://example.com/docs" }, ALLOW)).toBeUndefined();
    expect(egressViolation({ domain: "example.com" }, ALLOW)).toBeUndefined();
  });

  it("refuses unlisted destinations, naming the argument", () => {
    expect(egressViolation({ url: "https://evil.net/x" }, ALLOW)).toBe("argument 'url' sends to evil.net, which is not in allowDomains");
    expect(egressViolation({ cc: ["ok@example.com", "x@evil.net"] }, ALLOW)).toContain("argument 'cc[1]' sends to an e-mail address at evil.net");
    expect(egressViolation({ target: { host: "evil.net" } }, ALLOW)).toContain("argument 'target.host' names the host evil.net");
    expect(egressViolation({ body: "fine text, link: http://example.com.evil.net/a" }, ALLOW)).toContain("sends to example.com.evil.net");
  });

  it("refuses URLs that carry data: long or encoded query values, data-like path segments, credentials, image beacons", () => {
    const secret = Buffer.from("the quarterly numbers are 1.2M").toString("base64url");
    expect(egressViolation({ url: `https://example.com/a?q=${secret}` }, ALLOW)).toContain("query parameter 'q' looks like data");
    expect(egressViolation({ url: `https://example.com/a?${"x=1&".repeat(40)}` }, ALLOW)).toContain("query string is longer than 100");
    expect(egressViolation({ url: `https://example.com/c/${"ab12".repeat(12)}/x` }, ALLOW)).toContain("data-like path segment");
    expect(egressViolation({ url: "https://user:pw@example.com/" }, ALLOW)).toContain("credentials");
    expect(egressViolation({ comment: "Done! ![status](https://example.com/p.png?s=ok)" }, ALLOW)).toContain("markdown image with a query string");
  });

  it("refuses a call that names no destination: nothing to hold against the allowlist", () => {
    expect(egressViolation({ channel: "#general", text: "hello" }, ALLOW)).toContain("name no URL, e-mail address or host");
    expect(egressViolation(undefined, ALLOW)).toContain("name no URL");
  });
});
