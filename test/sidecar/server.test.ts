/**
 * `startSidecar` with a guardrail scanner handed in already starting (its threads warming):
 * the sidecar owns it from then on — it scans with it, and closes it when it stops and when
 * its start fails for any reason, so that no worker thread keeps a failed process alive.
 */
import { join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createGovernanceClient, ScanAction } from "@portcullis/sdk";
import { createLogger, GuardrailScanner, startSidecar } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../helpers/paths.js";

const logger = createLogger({ level: "silent" });
const closedScanner = (scanner: GuardrailScanner) => expect(scanner.scan({ text: "x".repeat(100_000) }, {})).rejects.toMatchObject({ code: "pool_closed" });

describe("startSidecar with a scanner handed in", () => {
  it("scans with it while serving and closes it when it stops", async () => {
    const scanner = new GuardrailScanner({ inlineMaxBytes: 0, minThreads: 1, maxThreads: 1 });
    void scanner.start().catch(() => undefined);
    const sidecar = await startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, watchPolicy: false, logger, scanner });
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
    try {
      const scanned = await client.scanResponse({ token: "demo-research-token", server: "web", tool: "fetch", text: "AKIAIOSFODNN7EXAMPLE is the key" });
      expect(scanned.action).not.toBe(ScanAction.UNSPECIFIED);
      // Still open while the sidecar serves.
      expect((await scanner.scan({ text: "hello" }, {})).findings).toEqual([]);
    } finally {
      client.close();
      await sidecar.close();
    }
    await closedScanner(scanner);
  });

  it.each([
    ["the policy file is missing", { policyFile: join(tmpdir(), "no-such-policy.yaml") }],
    ["the address is not loopback", { listen: { host: "0.0.0.0", port: 0 } }],
    ["the vault key is malformed", { vaultKey: "not-a-key" }],
  ])("closes it when the start fails because %s", async (_why, bad) => {
    const scanner = new GuardrailScanner({ minThreads: 1, maxThreads: 1 });
    void scanner.start().catch(() => undefined);
    await expect(
      startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, watchPolicy: false, logger, scanner, ...bad }),
    ).rejects.toThrow();
    await closedScanner(scanner);
  });
});
