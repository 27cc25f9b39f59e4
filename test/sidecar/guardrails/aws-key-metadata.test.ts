/**
 * An AWS access key id as AWS's own APIs list it for reference (`iam list-access-keys`'s
 * `AccessKeyMetadata`, CloudTrail's `accessKeyId`) is the key's public half: not reported. With
 * its secret in the same document (`iam create-access-key`, `sts get-session-token`), or under any
 * other name (`AWS_ACCESS_KEY_ID=`, gitleaks' `AWS_token:`), it is.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const secrets = (text: string): string[] => scan({ text }, { pii: "off", secrets: "detect", injection: "off" }).findings.map((f) => text.slice(f.start, f.end));

describe("AWS access key ids listed as metadata", () => {
  it("a key listing names ids, not secrets", () => {
    const listing = JSON.stringify(
      {
        AccessKeyMetadata: [
          { UserName: "ci-reporting", AccessKeyId: "AKIAQ3EGRPJZ7KW4MT2C", Status: "Active", CreateDate: "2025-01-14T10:11:12Z" },
          { UserName: "ci-reporting", AccessKeyId: "AKIAW6HNZV2LQ8RT5XBD", Status: "Inactive", CreateDate: "2024-06-02T08:00:00Z" },
        ],
      },
      null,
      2,
    );
    expect(secrets(listing)).toEqual([]);
  });

  it("with its secret, or under another name, an id is reported", () => {
    const created = JSON.stringify(
      { AccessKey: { UserName: "ci", AccessKeyId: "AKIAQ3EGRPJZ7KW4MT2C", Status: "Active", SecretAccessKey: "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" } },
      null,
      2,
    );
    expect(secrets(created)).toContain("AKIAQ3EGRPJZ7KW4MT2C");
    expect(secrets("AWS_ACCESS_KEY_ID=AKIAQ3EGRPJZ7KW4MT2C")).toEqual(["AKIAQ3EGRPJZ7KW4MT2C"]);
  });
});
