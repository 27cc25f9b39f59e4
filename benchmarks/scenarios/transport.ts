/**
 * `transport`: the empty Ping RPC over every transport the SDK offers — HTTP/1.1 vs h2c,
 * Connect vs gRPC, TCP loopback vs Unix socket — against the SDK's default (Connect over
 * HTTP/1.1 keep-alive on TCP, chosen by this very measurement). One sidecar on TCP and one
 * on a Unix socket; each variant has its own client. One more sidecar on TCP runs with
 * `--no-lean-unary`: the same Connect calls through the framework alone, to show what the lean
 * unary path saves (same run, same client). And one client on connect-node's own HTTP/1.1
 * transport (what the SDK used before its lean unary transport), to show what that saves on
 * the host's side.
 */
import { Agent } from "node:http";
import { join } from "node:path";
import { createConnectTransport } from "@connectrpc/connect-node";
import { createGovernanceClient, type GovernanceClient, type GovernanceClientOptions } from "@portcullis/sdk";
import type { Scenario, Variant, VariantRuntime } from "../lib/scenario.ts";
import type { SidecarProcess } from "../lib/sidecar-process.ts";

interface TransportVariant extends Variant {
  readonly socket: "tcp" | "unix";
  readonly httpVersion: "1.1" | "2";
  readonly protocol: "connect" | "grpc";
  /** Served by a sidecar started with --no-lean-unary. */
  readonly framework?: boolean;
  /** The client runs on connect-node's HTTP/1.1 transport instead of the SDK's own. */
  readonly connectNodeClient?: boolean;
}

const VARIANTS: readonly TransportVariant[] = [
  { id: "h1-connect-tcp", label: "Connect · HTTP/1.1 · TCP (SDK default)", baseline: true, socket: "tcp", httpVersion: "1.1", protocol: "connect" },
  { id: "h2c-connect-tcp", label: "Connect · h2c · TCP", socket: "tcp", httpVersion: "2", protocol: "connect" },
  { id: "h2c-grpc-tcp", label: "gRPC · h2c · TCP", socket: "tcp", httpVersion: "2", protocol: "grpc" },
  { id: "h2c-connect-unix", label: "Connect · h2c · Unix socket", socket: "unix", httpVersion: "2", protocol: "connect" },
  { id: "h1-connect-unix", label: "Connect · HTTP/1.1 · Unix socket", socket: "unix", httpVersion: "1.1", protocol: "connect" },
  { id: "h2c-grpc-unix", label: "gRPC · h2c · Unix socket", socket: "unix", httpVersion: "2", protocol: "grpc" },
  {
    id: "h1-connect-tcp-framework",
    label: "Connect · HTTP/1.1 · TCP, --no-lean-unary",
    socket: "tcp",
    httpVersion: "1.1",
    protocol: "connect",
    framework: true,
  },
  {
    id: "h1-connect-tcp-connect-node-client",
    label: "Connect · HTTP/1.1 · TCP, connect-node's client",
    socket: "tcp",
    httpVersion: "1.1",
    protocol: "connect",
    connectNodeClient: true,
  },
];

const scenario: Scenario = {
  name: "transport",
  title: "Transports for the empty RPC",
  description:
    "Ping (empty unary RPC, binary) from the SDK client over HTTP/1.1 and h2c, Connect and gRPC, TCP loopback and a Unix socket; the baseline is the SDK default (Connect over HTTP/1.1 keep-alive on TCP, chosen by this measurement). A sidecar with --no-lean-unary serves the same Connect calls through the framework alone. Closed loop with one call in flight (the architecture doc's reference measurement), open loop at 1,000 calls/s, and a closed loop at 16 in flight for maximum throughput.",
  variants: VARIANTS.map(({ id, label, baseline }) => ({ id, label, ...(baseline ? { baseline } : {}) })),
  phases: (mode) =>
    mode === "quick"
      ? [
          { kind: "closed", concurrency: 1 },
          { kind: "open", rate: 1000 },
        ]
      : [
          { kind: "closed", concurrency: 1 },
          { kind: "open", rate: 1000 },
          { kind: "closed", concurrency: 16 },
        ],
  timing: (mode) => (mode === "full" ? { warmupMs: 1000, durationMs: 5000 } : {}),
  async setup(ctx) {
    const [tcp, unix, framework] = await Promise.all([
      ctx.startSidecar(),
      ctx.startSidecar({ socketPath: join(ctx.tmpDir, "portcullis.sock") }),
      ctx.startSidecar({ extraArgs: ["--no-lean-unary"] }),
    ]);
    const clients: GovernanceClient[] = [];
    const agent = new Agent({ keepAlive: true, scheduling: "lifo" });
    const calls: Record<string, VariantRuntime> = {};
    for (const v of VARIANTS) {
      const sidecar: SidecarProcess = v.framework ? framework : v.socket === "tcp" ? tcp : unix;
      const where: GovernanceClientOptions = v.socket === "tcp" ? { baseUrl: sidecar.baseUrl! } : { socketPath: sidecar.socketPath! };
      const client = v.connectNodeClient
        ? createGovernanceClient({ transport: connectNodeTransport(sidecar.baseUrl!, agent) })
        : createGovernanceClient({ ...where, httpVersion: v.httpVersion, protocol: v.protocol });
      await client.raw.ping({});
      clients.push(client);
      calls[v.id] = { call: () => client.raw.ping({}), process: sidecar };
    }
    return {
      calls,
      async close() {
        for (const c of clients) c.close();
        agent.destroy();
      },
    };
  },
};

/** connect-node's HTTP/1.1 transport as the SDK configured it before its own unary transport. */
function connectNodeTransport(baseUrl: string, agent: Agent) {
  return createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true, nodeOptions: { agent } });
}

export default scenario;
