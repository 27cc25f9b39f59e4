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
