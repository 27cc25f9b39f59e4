/**
 * A denied call is logged at info so that an operator sees who was refused and why; when the
 * same refusal repeats (an agent looping on a tool it may not call, an outage that turns every
 * call into a deny) the sidecar writes it once and then, a minute later or when it stops, the
 * count of its repeats — never a line per call. Exercised through a real listener and the SDK.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import { createLogger, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

type Line = Record<string, unknown> & { msg: string };

let sidecar: Sidecar | undefined;
afterEach(async () => {
  await sidecar?.close();
  sidecar = undefined;
});

async function start(level: "info" | "debug") {
  const lines: Line[] = [];
  const logger = createLogger({ level, destination: { write: (text: string) => void lines.push(JSON.parse(text) as Line) } });
  sidecar = await startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, watchPolicy: false, logger });
  return { lines, client: createGovernanceClient({ baseUrl: sidecar.baseUrl! }) };
}

const call = (tool: string) => ({ token: "demo-support-token", server: "jira", tool, argumentsJson: "{}" });

describe("deny log lines", () => {
  it("writes a repeated deny once, then its count when the sidecar stops", async () => {
    const { lines, client } = await start("info");
    const denied = [];
    for (let i = 0; i < 30; i++) denied.push(await client.authorize(call("delete_project")));
    for (let i = 0; i < 4; i++) denied.push(await client.authorize(call("no_such_tool")));
    client.close();
    expect(denied.every((d) => d.decision === Decision.DENY)).toBe(true);
    const denies = () => lines.filter((l) => l.msg === "deny");
    expect(denies().map((l) => [l.tool, l.decisionId])).toEqual([
      ["delete_project", denied[0]!.decisionId],
      ["no_such_tool", denied[30]!.decisionId],
    ]);
    await sidecar!.close();
    expect(
      denies()
        .slice(2)
        .map((l) => [l.tool, l.repeated, l.subject]),
    ).toEqual([
      ["delete_project", 29, "agent:support-bot"],
      ["no_such_tool", 3, "agent:support-bot"],
    ]);
  });

  it("writes every deny at debug level", async () => {
    const { lines, client } = await start("debug");
    for (let i = 0; i < 5; i++) await client.authorize(call("delete_project"));
    client.close();
    expect(lines.filter((l) => l.msg === "deny")).toHaveLength(5);
  });
});
