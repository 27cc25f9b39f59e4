/**
 * Connect's HTTP GET against an in-process sidecar on loopback. Authorize consumes limits
 * and FilterTools carries the caller's token, so neither may be sent as GET (a URL that
 * proxies log, and a request they may replay): both answer 405 and consume nothing. Ping and
 * GetPolicy, which change nothing and carry no token, still answer GET.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../helpers/policy-file.js";
import { subject } from "../helpers/policy.js";

const POLICY = [
  "version: 1",
  "subjects:",
  subject("agent:a", ["r"], "tok-a"),
  "roles:",
  "  r: { servers: { jira: { allow: [create_issue] } } }",
  "limits:",
  "  - { name: no-repeats, tools: [jira/create_issue], duplicateWindow: 10m }",
].join("\n");

const CALL = { token: "tok-a", server: "jira", tool: "create_issue", argumentsJson: '{"summary":"Printer on fire"}' };

let sidecar: Sidecar;
let client: GovernanceClient;

beforeAll(async () => {
  sidecar = await startSidecar({
    policyFile: await policyFile(POLICY),
    listen: { host: "127.0.0.1", port: 0 },
    logger: createLogger({ level: "silent" }),
    watchPolicy: false,
    adminTokenSha256: hashToken("root-token"),
  });
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
});
afterAll(async () => {
  client.close();
  await sidecar.close();
});

/** A Connect unary GET: the message as JSON in the query string. */
function get(rpc: string, message: object, headers: Record<string, string> = {}): Promise<Response> {
  const query = new URLSearchParams({ connect: "v1", encoding: "json", message: JSON.stringify(message) });
  return fetch(`${sidecar.baseUrl}/${rpc}?${query}`, { headers });
}

describe("HTTP GET", () => {
  it("refuses Authorize with 405, and the refused call consumes nothing", async () => {
    const refused = await get("portcullis.v1.GovernanceService/Authorize", CALL);
    expect(refused.status).toBe(405);
    await refused.body?.cancel();
    // The duplicate guard has not seen the call: the first real call passes, the second is the duplicate.
    expect(await client.authorize(CALL)).toMatchObject({ decision: Decision.ALLOW });
    expect(await client.authorize(CALL)).toMatchObject({ decision: Decision.DENY, reason: Reason.DUPLICATE_CALL });
  });

  it("refuses FilterTools with 405 (it carries the token)", async () => {
    const refused = await get("portcullis.v1.GovernanceService/FilterTools", { token: "tok-a", server: "jira", tools: [{ name: "create_issue" }] });
    expect(refused.status).toBe(405);
    await refused.body?.cancel();
  });

  it("answers Ping and GetPolicy, which carry no token and change nothing", async () => {
    const ping = await get("portcullis.v1.GovernanceService/Ping", {});
    expect(ping.status).toBe(200);
    expect(await ping.json()).toEqual({});
    const policy = await get("portcullis.v1.AdminService/GetPolicy", {}, { authorization: "Bearer root-token" });
    expect(policy.status).toBe(200);
    expect(await policy.json()).toMatchObject({ revision: sidecar.policies.current.revision });
  });
});
