/**
 * A word such as "build", "ID", "order" or "port" names the number right after it, not every
 * number within reach: "deployed build 4821 to 10.4.2.19" holds a build number and an address.
 * The label still rules out a number it does name ("build 10.4.2.19" is a version).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const found = (text: string, ruleId: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));

beforeAll(() => {
  scan({ text: "warm up 10.0.0.1" }, { deadlineMs: 30_000 });
});

describe("a label's reach", () => {
  it("ends at the number it names: a later address is an address", () => {
    expect(found("release notes: deployed build 4821 to 10.4.2.19 and restarted", "pii.ipv4")).toEqual(["10.4.2.19"]);
    expect(found("ID 4412 / 10.0.0.21", "pii.ipv4")).toEqual(["10.0.0.21"]);
    expect(found("customer record 123 at 172.20.1.5", "pii.ipv4")).toEqual(["172.20.1.5"]);
    expect(found("port 8080 on 10.1.1.9", "pii.ipv4")).toEqual(["10.1.1.9"]);
  });

  it("still covers the number right after it", () => {
    expect(found("build 10.4.2.19 deployed", "pii.ipv4")).toEqual([]);
    expect(found("Serial 10.2.3.4", "pii.ipv4")).toEqual([]);
    expect(found("order 536221234", "pii.us-ssn")).toEqual([]);
  });
});

describe("versions that look like addresses", () => {
  it("are named by firmware, kernel, revision or SDK words, or by a version column's header", () => {
    expect(found('{"firmware": "10.6.2.244", "app_version": "6.5.7.143"}', "pii.ipv4")).toEqual([]);
    expect(found("The scanners run firmware 7.3.2.116 since Monday.", "pii.ipv4")).toEqual([]);
    expect(found("kernel 5.15.0.91 on the build host", "pii.ipv4")).toEqual([]);
    const csv = "id,name,last_login_ip,app_version,http_status\n16221,Ana Ruiz,217.208.111.159,5.16.7.85,429\n39634,Bo Lee,73.123.89.243,8.17.1.153,204\n";
    expect(found(csv, "pii.ipv4")).toEqual(["217.208.111.159", "73.123.89.243"]);
  });

  it("are named only by what is written as dotted numbers: any other record's label holds an address", () => {
    expect(found("Account 5.12.33.180 logged in twice", "pii.ipv4")).toEqual(["5.12.33.180"]);
    expect(found("Device ID 10.4.4.4 assigned", "pii.ipv4")).toEqual(["10.4.4.4"]);
    expect(found("ticket: 10.0.0.9 keeps timing out", "pii.ipv4")).toEqual(["10.0.0.9"]);
    expect(found("section 4.2.1.3 of the standard", "pii.ipv4")).toEqual([]);
    expect(found("SNMP 1.3.6.1 walk", "pii.ipv4")).toEqual([]);
    expect(found("patch 10.2.3.4 applied", "pii.ipv4")).toEqual([]);
  });

  it("a version's word names the quad it comes before; an everyday word only the quad right after it", () => {
    expect(found("Firmware upgraded to 10.6.2.244 last night", "pii.ipv4")).toEqual([]);
    expect(found("release notes for 2.4.1.7", "pii.ipv4")).toEqual([]);
    expect(found("the driver crashed when 10.0.0.7 connected", "pii.ipv4")).toEqual(["10.0.0.7"]);
    expect(found("serial console at 10.0.0.9", "pii.ipv4")).toEqual(["10.0.0.9"]);
    expect(found("SNMP poll failed for 10.0.0.8", "pii.ipv4")).toEqual(["10.0.0.8"]);
    expect(found("Serial 10.2.3.4", "pii.ipv4")).toEqual([]);
  });

  it("a verb that moves software between versions names the quad it moves to; an address is never upgraded", () => {
    expect(found("Upgraded nginx to 1.25.3.1 today", "pii.ipv4")).toEqual([]);
    expect(found("bumped the agent to 7.4.0.12 and downgraded the CLI to 2.0.1.9", "pii.ipv4")).toEqual([]);
    // A host named between the verb and the quad, or a new sentence, is an address again.
    expect(found("Upgraded the gateway to 10.0.0.7 yesterday", "pii.ipv4")).toEqual(["10.0.0.7"]);
    expect(found("After the upgrade, clients from 198.51.100.23 failed", "pii.ipv4")).toEqual(["198.51.100.23"]);
  });

  it("leave an address in an address column or named as a host reported", () => {
    expect(found("host,version\n10.20.30.40,2.1.0\n", "pii.ipv4")).toEqual(["10.20.30.40"]);
    expect(found("firmware upgrade pushed from 192.168.10.7 by the updater", "pii.ipv4")).toEqual(["192.168.10.7"]);
  });
});

describe("a label's sentence", () => {
  it("bounds its reach: an id word in the sentence before does not name a phone number", () => {
    expect(found("The event timestamp was 1691147754539 (ms since epoch). My new number is 078 359 70 60. Customer ID CUST-9349678.", "pii.phone")).toEqual([
      "078 359 70 60",
    ]);
  });

  it("and 'no' names the number right after it, not a log line's status and size", () => {
    expect(found('[26/May/2025:21:39:33 +0000] "GET /api/v2/lookup?account_no=1079-651954-1 HTTP/1.1" 200 2303 rt=0.189', "pii.phone")).toEqual([]);
    expect(found("ok! the driver is Tomas, his number is 06-09761370. he'll wait at door B", "pii.phone")).toEqual(["06-09761370"]);
  });

  it("'try' right before a number names a number to call; a count after it does not", () => {
    expect(found("If I'm not at my desk, try 0176 6422973.", "pii.phone")).toEqual(["0176 6422973"]);
    expect(found("The job failed; try 3 more times after 20 minutes.", "pii.phone")).toEqual([]);
  });
});
