/**
 * The governed call's cost cuts keep their promises: a call made without a tools/list first
 * (sessionless, fresh session) looks its route up once per caller, not once per call, and
 * again after a policy reload; the outcome record goes out after the reply, and `drain`
 * waits for it, so a shutdown loses none. Real parts: an embedded sidecar and a v1
 * McpServer over Streamable HTTP in this process.
 */
import { writeFile } from "node:fs/promises";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Downstreams, GovernedCalls, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import { startHttpMcpServer, type HttpMcpServer } from "../../helpers/http-mcp-server.js";
import { policyFile } from "../../helpers/policy-file.js";

const TOKEN = "governed-call-test-token";
const policyText = (tools: string) =>
  `version: 1\nsubjects:\n  - { id: agent:t, roles: [r], tokenSha256: ${hashToken(TOKEN)} }\nroles:\n  r: { servers: { crm: { allow: [${tools}] } } }\n`;

let crm: HttpMcpServer;
let policy: string;
let sidecar: EmbeddedSidecar;
let governance: GovernanceClient;
let downstreams: Downstreams;

beforeAll(async () => {
  crm = await startHttpMcpServer();
  policy = await policyFile(policyText("search"));
  sidecar = await startEmbedded({ policyFile: policy, logger: createLogger({ level: "silent" }), watchPolicy: false });
  governance = createGovernanceClient({ transport: sidecar.transport });
  downstreams = new Downstreams(
    parseGatewayConfig(`policy: p.yaml\nservers:\n  crm: { url: "${crm.url}" }\n`, "/tmp/gateway.yaml").servers,
    createLogger({ level: "silent" }),
  );
});

afterAll(async () => {
  await downstreams?.close();
  governance?.close();
  await sidecar?.close();
  await crm?.close();
});

/** The real client, with FilterTools counted and RecordAudit held until released. */
function instrumented() {
  const seen = { filterTools: 0, recorded: 0 };
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const client = new Proxy(governance, {
    get(target, prop, receiver) {
      if (prop === "filterTools")
        return (...args: Parameters<GovernanceClient["filterTools"]>) => {
          seen.filterTools++;
          return target.filterTools(...args);
        };
      if (prop === "recordAudit")
        return async (...args: Parameters<GovernanceClient["recordAudit"]>) => {
          await held;
          const reply = await target.recordAudit(...args);
          seen.recorded++;
          return reply;
        };
      return Reflect.get(target, prop, receiver);
    },
  });
  return { client, seen, release };
}

describe("GovernedCalls", () => {
  it("looks a caller's routes up once, not per call, and again after a policy reload", async () => {
    const { client, seen, release } = instrumented();
    release();
    const governed = new GovernedCalls({ governance: client, downstreams, policies: sidecar.policies, logger: createLogger({ level: "silent" }) });
    const call = { token: TOKEN, endpoint: "crm", name: "search", arguments: { q: "printer" } };
    for (let i = 0; i < 3; i++) expect((await governed.callTool(call)).content).toEqual([{ type: "text", text: "found: printer" }]);
    expect(seen.filterTools).toBe(1);
    await writeFile(policy, policyText("search, export"));
    await sidecar.policies.reload();
    await governed.callTool(call);
    expect(seen.filterTools).toBe(2);
    await governed.drain();
    expect(seen.recorded).toBe(4);
  });

  it("answers before the outcome is recorded, and drain waits for the record", async () => {
    const { client, seen, release } = instrumented();
    const governed = new GovernedCalls({ governance: client, downstreams, policies: sidecar.policies, logger: createLogger({ level: "silent" }) });
    const result = await governed.callTool({ token: TOKEN, endpoint: "crm", name: "search", arguments: { q: "fire" } });
    expect(result.isError).toBeFalsy();
    expect(seen.recorded).toBe(0);
    const drained = governed.drain();
    release();
    await drained;
    expect(seen.recorded).toBe(1);
  });
});
