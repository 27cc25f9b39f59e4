/**
 * `floor`: the sidecar against the cost of a bare HTTP round trip, measured by `wrk` (issue
 * #14). The baseline is a bare `node:http` server answering a fixed JSON body, started as a
 * child process like the sidecars; the variants are Connect JSON calls over HTTP/1.1
 * keep-alive: Ping and Authorize on a sidecar with its defaults (the lean unary path), and
 * Authorize on a sidecar started with `--no-lean-unary` (the framework alone). `wrk` is the
 * load generator — a C client, so the client's own garbage collection never lands in these
 * figures — closed loop at 1 and 8 connections; and the project's own open-loop client at
 * 1,000 calls/s, for the sidecar's resident size and GC pauses under a steady load. A fifth
 * variant runs Authorize on a sidecar with Node's own heap defaults (`PORTCULLIS_NODE_FLAGS=`
 * empty) beside the one with the launcher's flags, in the same run; a sixth on a sidecar that
 * never builds its guardrails' detectors (`--guardrail-warmup first-scan`, an Authorize-only
 * deployment), for its resident size.
 *
 * The issue's targets read off the tables: Authorize throughput at 8 connections ≥ 50 % of the
 * bare server's; Authorize p50 at 1 connection ≤ 1.3× and p99 ≤ 1.5× the bare server's; at
 * 1,000/s (run it with `--duration 60000`): p99 ≤ 3 ms, sidecar RSS ≤ 120 MB, no GC pause > 3 ms.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { GcPauseLog, parseTraceGcLine } from "../lib/gc-pauses.ts";
import type { Scenario } from "../lib/scenario.ts";

/** A Connect JSON Authorize allowed by examples/policy.yaml, with an argument constraint to check. */
const AUTHORIZE = JSON.stringify({
  token: "demo-support-token",
  server: "jira",
  tool: "create_issue",
  argumentsJson: JSON.stringify({ project: "SUP", summary: "Customer cannot log in after the password reset", priority: "high" }),
  workflowId: "bench-workflow",
});
const CONNECT_JSON = { "content-type": "application/json", "connect-protocol-version": "1" };
/** What the bare server answers: about the size of an Authorize reply. */
const BARE_BODY = JSON.stringify({ decision: "DECISION_ALLOW", reason: "REASON_ALLOWED", decisionId: "0".repeat(26), policyRevision: "0".repeat(16) });

/** The bare server: reads the body, answers the fixed JSON. */
const BARE_SERVER = `
const http = require("node:http");
const body = Buffer.from(process.env.BARE_BODY);
const server = http.createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => res.writeHead(200, { "content-type": "application/json", "content-length": body.length }).end(body));
});
server.keepAliveTimeout = 65000;
server.listen(0, "127.0.0.1", () => console.log("bare listening on " + server.address().port));
`;

async function startBareServer() {
  const child = spawn(process.execPath, ["--trace-gc", "-e", BARE_SERVER], { env: { ...process.env, BARE_BODY }, stdio: ["ignore", "pipe", "inherit"] });
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  const gc = new GcPauseLog();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("floor: the bare server did not start within 10 s")), 10_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const pause = line.startsWith("[") ? parseTraceGcLine(line) : undefined;
      if (pause) gc.push({ at: performance.now(), ...pause });
      const m = /^bare listening on (\d+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return {
    pid: child.pid!,
    gc,
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      process.off("exit", kill);
      child.kill("SIGTERM");
    },
  };
}

const scenario: Scenario = {
  name: "floor",
  title: "The sidecar against a bare node:http server, under wrk",
  description:
    "The project's open-loop client at 1,000/s, and wrk (closed loop, HTTP/1.1 keep-alive) at 1 and 8 connections, against a bare node:http server answering a fixed JSON body (baseline), and Connect JSON calls to sidecars: Ping and Authorize (allowed jira/create_issue, examples/policy.yaml) with the defaults (the lean unary path and the launcher's runtime flags), Authorize with --no-lean-unary, and Authorize with Node's own heap defaults (PORTCULLIS_NODE_FLAGS empty). Targets (issue #14): Authorize throughput at 8 connections >= 50% of the bare server's; p50 at 1 connection <= 1.3x, p99 <= 1.5x the bare server's; at 1,000/s p99 <= 3 ms, RSS <= 120 MB, no GC pause > 3 ms.",
  variants: [
    { id: "bare", label: "bare node:http, fixed JSON", baseline: true, description: "the floor: an HTTP round trip and nothing else" },
    { id: "ping", label: "sidecar Ping (Connect JSON)", description: "the empty RPC" },
    { id: "authorize", label: "sidecar Authorize (Connect JSON)", description: "a decision with an argument constraint" },
    { id: "authorize-framework", label: "sidecar Authorize, --no-lean-unary", description: "the same through the Connect framework alone" },
    { id: "authorize-node-defaults", label: "sidecar Authorize, Node's heap defaults", description: "the lean path without the launcher's runtime flags" },
    {
      id: "authorize-no-guardrails",
      label: "sidecar Authorize, --guardrail-warmup first-scan",
      description: "an Authorize-only sidecar: the guardrails' detectors are never built (resident size)",
    },
  ],
  phases: () => [
    { kind: "open", rate: 1000 },
    { kind: "closed", concurrency: 1 },
    { kind: "closed", concurrency: 8 },
  ],
  timing: (mode) => (mode === "full" ? { warmupMs: 2000, durationMs: 10_000 } : { warmupMs: 1000, durationMs: 1000 }),
  async setup(ctx) {
    const bare = await startBareServer();
    const [sidecar, framework, defaults, unbuilt] = await Promise.all([
      ctx.startSidecar(),
      ctx.startSidecar({ extraArgs: ["--no-lean-unary"] }),
      ctx.startSidecar({ env: { PORTCULLIS_NODE_FLAGS: "" } }),
      ctx.startSidecar({ extraArgs: ["--guardrail-warmup", "first-scan"] }),
    ]);
    const rpc = (base: string, method: string) => `${base}/portcullis.v1.GovernanceService/${method}`;
    const post = async (url: string, body: string) => {
      const res = await fetch(url, { method: "POST", headers: CONNECT_JSON, body });
      if (res.status !== 200) throw new Error(`floor: ${url} answered ${res.status}: ${await res.text()}`);
      return res.text();
    };
    // Fail fast on a wrong policy: the Authorize must be allowed.
    for (const base of [sidecar.baseUrl!, framework.baseUrl!, defaults.baseUrl!, unbuilt.baseUrl!]) {
      const answer = JSON.parse(await post(rpc(base, "Authorize"), AUTHORIZE)) as { decision?: string };
      if (answer.decision !== "DECISION_ALLOW") throw new Error(`floor: Authorize must be allowed, got ${JSON.stringify(answer)}`);
    }
    const variant = (url: string, body: string, process: { pid: number; gc?: GcPauseLog }) => ({
      call: () => post(url, body),
      wrk: { url, method: "POST" as const, headers: url === bare.url ? { "content-type": "application/json" } : CONNECT_JSON, body },
      process,
    });
    return {
      calls: {
        bare: variant(bare.url, "{}", bare),
        ping: variant(rpc(sidecar.baseUrl!, "Ping"), "{}", sidecar),
        authorize: variant(rpc(sidecar.baseUrl!, "Authorize"), AUTHORIZE, sidecar),
        "authorize-framework": variant(rpc(framework.baseUrl!, "Authorize"), AUTHORIZE, framework),
        "authorize-node-defaults": variant(rpc(defaults.baseUrl!, "Authorize"), AUTHORIZE, defaults),
        "authorize-no-guardrails": variant(rpc(unbuilt.baseUrl!, "Authorize"), AUTHORIZE, unbuilt),
      },
      async close() {
        bare.stop();
      },
    };
  },
};

export default scenario;
