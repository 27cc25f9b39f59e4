/**
 * ScanResponse takes exactly one of `text` and `result_json`, which have presence: an
 * explicitly empty `text` is an empty tool output and scans as one (ALLOW, nothing found),
 * neither set is InvalidArgument, and an empty `text` beside a `result_json` (how a caller
 * without presence leaves it unset) still scans the result.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { createGovernanceClient, ScanAction, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyFile } from "../../helpers/policy-file.js";

const TOKEN = "scan-input-test-token";
const POLICY =
  `version: 1\nsubjects:\n  - { id: agent:t, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\n` +
  "roles:\n  r: { servers: { crm: { allow: [search] } } }\n" +
  "guardrails:\n  - { tools: ['crm/*'], pii: mutate, deadlineMs: 10000 }\n";
const CALL = { token: TOKEN, server: "crm", tool: "search" };

let sidecar: EmbeddedSidecar;
let governance: GovernanceClient;

beforeAll(async () => {
  sidecar = await startEmbedded({ policyFile: await policyFile(POLICY), logger: createLogger({ level: "silent" }), watchPolicy: false });
  governance = createGovernanceClient({ transport: sidecar.transport });
});
afterAll(async () => {
  governance?.close();
  await sidecar?.close();
});

describe("ScanResponse's text and result_json", () => {
  it("scans an explicitly empty text as an empty tool output", async () => {
    const verdict = await governance.scanResponse({ ...CALL, text: "" });
    expect(verdict.action).toBe(ScanAction.ALLOW);
    expect(verdict.findings).toEqual([]);
  });

  it("refuses a request with neither, or with both non-empty", async () => {
    for (const request of [CALL, { ...CALL, resultJson: "" }, { ...CALL, text: "a", resultJson: '{"content":[]}' }]) {
      const error = await governance.scanResponse(request).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(ConnectError);
      expect(error).toMatchObject({ code: Code.InvalidArgument, rawMessage: expect.stringContaining("text, result_json: give exactly one") });
    }
  });

  it("scans the result beside an empty text, and a non-empty text as before", async () => {
    const result = await governance.scanResponse({ ...CALL, text: "", resultJson: '{"content":[{"type":"text","text":"mail jane.roe@example.com"}]}' });
    expect(result.action).toBe(ScanAction.MUTATE);
    expect(JSON.parse(result.resultJson).content[0].text).toBe("mail [EMAIL_1]");
    const text = await governance.scanResponse({ ...CALL, text: "mail jane.roe@example.com" });
    expect(text.text).toBe("mail [EMAIL_1]");
  });
});
