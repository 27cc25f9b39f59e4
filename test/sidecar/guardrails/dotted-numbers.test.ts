/**
 * Four dotted numbers written as an outline's section number (its parent heads a line of its
 * own), or as a version, whatever label is near: a pre-release suffix, a
 * product token in a user agent or a server header, a requirement's pin, a changelog's items,
 * a figure's or a chapter's number. And the look-alikes that stay addresses: Java's
 * `host/address:port`, a hosts list, a filter's field, names and files built from an address.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { writtenAsOtherNumber } from "../../../sidecar/src/guardrails/dotted-numbers.js";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const addresses = (text: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.ruleId === "pii.ipv4" && f.confidence >= 0.5)
    .map((f) => text.slice(f.start, f.end));

beforeAll(() => {
  scan({ text: "warm up 10.0.0.1" }, { deadlineMs: 30_000 });
});

describe("a dotted quad written as a version", () => {
  it("carries a pre-release or build suffix", () => {
    expect(addresses("tag: 2.1.0.9-rc1 pushed")).toEqual([]);
    expect(addresses("deployed 4.2.0.1-beta2 and 3.1.0.7+build.5")).toEqual([]);
  });

  it("follows a product token in a user agent or a server's header", () => {
    expect(addresses("10.1.2.3 - Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36")).toEqual(["10.1.2.3"]);
    expect(addresses('{"userAgent": "okhttp/4.9.3.1"}')).toEqual([]);
    expect(addresses("Server: nginx/1.25.3.1\nX-Powered-By: PHP/7.4.3.1")).toEqual([]);
  });

  it("is a package's version in a list of packages (process.versions, a lock file's listing)", () => {
    expect(addresses("  uv@1.44.2\n  uvwasi@0.0.18\n  v8@10.2.154.26-node.26\n  zlib@1.2.13.1-motley\n")).toEqual([]);
    // logins to hosts list addresses only
    expect(addresses("deploy@10.0.0.5\ndeploy@10.0.0.6")).toEqual(["10.0.0.5", "10.0.0.6"]);
  });

  it("is a requirement's pin", () => {
    expect(addresses("requests==2.31.0.1\nurllib3>=1.26.18.2")).toEqual([]);
  });

  it("leads an item of a list headed as versions", () => {
    expect(addresses("Release notes\n- 2.8.2.200: fixed export crash\n- 2.3.2.224: faster startup\n")).toEqual([]);
    expect(addresses("## Changelog\n\n* 10.4.1.12 — first release\n* 10.4.2.3 — fixes")).toEqual([]);
  });

  it("is a package's revision, a dependency's constraint, a release's name or a patch file's (Debian's and upstream changelogs)", () => {
    expect(addresses("alsa-ucm-conf (1.2.7.2-1) unstable; urgency=medium")).toEqual([]);
    expect(addresses("binutils (2.10.0.27-0.cvs20001011.1) unstable")).toEqual([]);
    expect(addresses("  * libxcb1 Breaks alsa-utils (<< 1.0.24.2-5); needs zlib >= 1.2.2.3.")).toEqual([]);
    expect(addresses("\tPrepare the 4.1.2.1 release.\nGit 1.7.12.1 Release Notes\n    Bump to 1.1.99.2")).toEqual([]);
    expect(addresses("Apply patch shadow-4.0.18.1-sha256.patch.")).toEqual([]);
  });

  it("heads a dated release", () => {
    expect(addresses("  2015-07-29 (3.8.11.1)\n\n    1. Restore an undocumented side-effect")).toEqual([]);
    expect(addresses("## [1.2.3.4] - 2024-05-06\n### Added")).toEqual([]);
  });

  it("follows a figure's, a step's or a chapter's name", () => {
    expect(addresses("see Figure 2.1.3.4 and Kapitel 1.2.3.4")).toEqual([]);
  });
});

describe("a dotted quad written as an outline's section number", () => {
  it("is numbered under a parent that heads a line of its own", () => {
    expect(addresses("2.1.3 Data handling\n2.1.3.1 Retention: 30 days\n2.1.3.2 Deletion on request")).toEqual([]);
    expect(addresses("## 4.2.1. Access\n\nSee 4.2.1.3 for exceptions.")).toEqual([]);
    expect(addresses("as RFC 4291 §2.5.5.2 defines; § 3.1.2.4 Haftung")).toEqual([]);
  });

  it("heads its line with a title in an outline whose parent has no heading, or follows an appendix's name", () => {
    const terms =
      "§ 2   Lieferung\n    2.2.1   Elektronische Bestätigung\n  3.4.2.1 Teilzahlungen bei Großaufträgen\n§ 7   Gewährleistung (siehe auch Anlage 7.1.2.4)";
    expect(addresses(terms)).toEqual([]);
    // A hosts file names its machines with capitals too, but no line of it is a section's heading.
    expect(addresses("127.0.0.1\tlocalhost\n10.0.0.5 Webserver\n10.0.0.6 Mailserver")).toEqual(["127.0.0.1", "10.0.0.5", "10.0.0.6"]);
  });

  it("but a network's first octets never head a line: a hosts list and a subnet's prose stay addresses", () => {
    expect(addresses("10.0.0 is our lab prefix\nweb at 10.0.0.5")).toEqual(["10.0.0.5"]);
    expect(addresses("10.0.0.5 web-1\n10.0.0.6 web-2")).toEqual(["10.0.0.5", "10.0.0.6"]);
  });
});

describe("look-alikes that stay addresses", () => {
  it("a host before its address and port (Java's InetAddress), a path's segment", () => {
    expect(addresses("Connection refused: localhost/127.0.0.1:8080; kafka-1/10.0.0.5:9092")).toEqual(["127.0.0.1", "10.0.0.5"]);
    expect(addresses("GET /api/hosts/10.0.0.6 HTTP/1.1")).toEqual(["10.0.0.6"]);
  });

  it("a list headed by hosts, and a list item that does not lead with the quad", () => {
    expect(addresses("Hosts\n- 10.0.0.12: web-1\n- 10.0.0.13: web-2")).toEqual(["10.0.0.12", "10.0.0.13"]);
    expect(addresses("Changelog\n- moved the API to 10.0.0.14")).toEqual(["10.0.0.14"]);
  });

  it("ranges of addresses or of last octets, a filter's comparison, a log line's address before its timestamp", () => {
    expect(addresses("reserve 10.0.0.1-10.0.0.9 and pool 192.168.1.10-20")).toEqual(["10.0.0.1", "10.0.0.9", "192.168.1.10"]);
    expect(addresses("ip >= 10.0.0.20")).toEqual(["10.0.0.20"]);
    expect(addresses("10.0.0.21 - 2024-01-01 10:00:00 GET /health")).toEqual(["10.0.0.21"]);
  });

  it("a filter's field that names an address, and names or files built from one", () => {
    expect(addresses("ip.src==10.0.0.15 or ip.addr == 10.0.0.16")).toEqual(["10.0.0.15", "10.0.0.16"]);
    expect(addresses("vm-10.0.0.17 wrote backup-10.0.0.18.tar.gz")).toEqual(["10.0.0.17", "10.0.0.18"]);
  });

  it("a user agent's own client address on its line", () => {
    expect(writtenAsOtherNumber("User-Agent: curl/8.4.0 from 10.0.0.19", 29, 38)).toBe(false);
  });
});
