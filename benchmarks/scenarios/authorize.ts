/**
 * `authorize`: what a governance decision costs over the transport. Authorize (token →
 * principal → RBAC → argument constraints) against the empty Ping RPC on the same sidecar,
 * same transport (h2c with prior knowledge, Connect protocol, binary), each on its own
 * connection. Target: Authorize p99 within 1.3× the Ping p99 at the same offered load.
 */
import { create } from "@bufbuild/protobuf";
import { createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { AuthorizeRequestSchema, Decision } from "@portcullis/sdk/gen";
import type { Scenario } from "../lib/scenario.ts";

/** The call being decided: allowed by examples/policy.yaml, with an argument constraint to check. */
const REQUEST = create(AuthorizeRequestSchema, {
  token: "demo-support-token",
  server: "jira",
  tool: "create_issue",
  argumentsJson: JSON.stringify({ project: "SUP", summary: "Customer cannot log in after the password reset", priority: "high" }),
  workflowId: "bench-workflow",
});

const scenario: Scenario = {
  name: "authorize",
  title: "Authorize vs the empty RPC",
  description:
    "Authorize (allowed jira/create_issue with an argument constraint, examples/policy.yaml) against Ping on the same sidecar over h2c, Connect protocol, binary; open loop at fixed offered loads, plus closed loops at 1 and 16 calls in flight.",
  variants: [
    { id: "ping", label: "Ping (empty RPC)", baseline: true, description: "GovernanceService/Ping: transport and framework only" },
    { id: "authorize", label: "Authorize", description: "GovernanceService/Authorize; every reply is checked to be ALLOW" },
  ],
  target: { p99Ratio: 1.3 },
  phases: (mode) =>
    mode === "quick"
      ? [
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
          { kind: "open", rate: 2000 },
          { kind: "closed", concurrency: 16 },
        ]
      : [
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
          { kind: "open", rate: 2000 },
          { kind: "closed", concurrency: 1 },
          { kind: "closed", concurrency: 16 },
        ],
  async setup(ctx) {
    const sidecar = await ctx.startSidecar({ policy: "examples/policy.yaml" });
    const connect = (): GovernanceClient => createGovernanceClient({ baseUrl: sidecar.baseUrl!, httpVersion: "2", protocol: "connect" });
    const pingClient = connect();
    const authorizeClient = connect();
    const first = await authorizeClient.raw.authorize(REQUEST);
    if (first.decision !== Decision.ALLOW) {
      throw new Error(`authorize: the benchmark call must be allowed, got ${Decision[first.decision]}: ${first.message}`);
    }
    return {
      calls: {
        ping: { call: () => pingClient.raw.ping({}), process: sidecar },
        authorize: {
          call: async () => (await authorizeClient.raw.authorize(REQUEST)).decision === Decision.ALLOW,
          process: sidecar,
        },
      },
      async close() {
        pingClient.close();
        authorizeClient.close();
      },
    };
  },
};

export default scenario;
