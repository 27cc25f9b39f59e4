/**
 * The MCP conformance suite (`@modelcontextprotocol/conformance`, server mode, its active
 * scenarios) against a governed gateway endpoint in front of the unmodified reference server
 * `@modelcontextprotocol/server-everything` over stdio. Why: the gateway sits between real
 * clients and real servers, so it must speak MCP as the specification says — not only as the
 * SDK clients in our other tests happen to use it.
 *
 * One gateway and one suite run for the whole file. The suite's server mode sends no token, so
 * a preload (test/fixtures/conformance-bearer.mjs) adds the run's bearer token to its requests
 * to the gateway, as any authorised client would; nothing else about them changes.
 *
 * The suite's scenarios call its own fixture tools (test_*). Where server-everything has a tool
 * of the same content shape the virtual server exposes it under the fixture's name (image,
 * embedded resource), so those checks see real content that went through the governed call.
 * Note: tools-call-simple-text and tools-call-error pass on the gateway's readable denial of
 * the unknown tool (an isError text result); the suite checks only the result's shape there.
 *
 * Two runs: the suite's active scenarios (2025-11-25, sessions), and exactly what revision
 * 2026-07-28 requires (`--requirements 2026-07-28`: sessionless requests, `server/discover`,
 * the Mcp-Method / Mcp-Name header checks of SEP-2243, multi-round-trip results), since the
 * gateway serves both revisions on one URL.
 *
 * What it shows: every scenario passes except those listed in
 * mcp-conformance-expected-failures.yaml (each with its reason); a listed scenario that now
 * passes, or a new scenario that fails, fails the test — so the list stays honest.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, hashToken } from "@portcullis/sidecar";
import { parseGatewayConfig, startGateway, type Gateway } from "../../sidecar/src/gateway/index.js";
import { policyFile } from "../helpers/policy-file.js";
import { REPO } from "../helpers/paths.js";

const EVERYTHING = join(REPO, "node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js");
const CONFORMANCE = join(REPO, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");
const BEARER_PRELOAD = join(REPO, "test", "fixtures", "conformance-bearer.mjs");
const EXPECTED_FAILURES = join(REPO, "test", "e2e", "mcp-conformance-expected-failures.yaml");

const TOKEN = "conformance-run-token";

let gateway: Gateway;
let run: ConformanceRun;
let run2026: ConformanceRun;
let expected: Map<string, string>;
let expected2026: Map<string, string>;

/** What one run of the suite did: the scenarios it ran, and the failed checks of each. */
interface ConformanceRun {
  readonly ran: readonly string[];
  /** Scenario → its failed checks as `id: message`; empty when it passed. */
  readonly failures: ReadonlyMap<string, readonly string[]>;
  readonly output: string;
}

beforeAll(async () => {
  const node = JSON.stringify(process.execPath);
  const policy = await policyFile(
    [
      "version: 1",
      "subjects:",
      `  - { id: agent:conformance, roles: [conformance], tokenSha256: ${hashToken(TOKEN)} }`,
      "roles:",
      "  conformance:",
      "    servers:",
      "      everything: { allow: ['*'] }",
      "virtualServers:",
      // Where the reference server has a tool of the same content shape as one of the suite's
      // fixture tools, the virtual server exposes it under the fixture's name — so the image and
      // embedded-resource scenarios check real content that went through the governed call.
      "  conformance:",
      "    roles: [conformance]",
      "    tools:",
      "      - { tool: everything/get-tiny-image, as: test_image_content }",
      "      - { tool: everything/get-resource-reference, as: test_embedded_resource }",
      "      - everything/echo",
      "      - everything/get-sum",
    ].join("\n"),
  );
  const config = parseGatewayConfig(
    [
      `policy: ${JSON.stringify(policy)}`,
      "listen: 127.0.0.1:0",
      "audit: false",
      "servers:",
      `  everything: { command: ${node}, args: [${JSON.stringify(EVERYTHING)}, stdio] }`,
    ].join("\n"),
    join(REPO, "conformance-gateway.yaml"),
  );
  gateway = await startGateway({
    config,
    logger: createLogger({ level: "silent" }),
    sidecar: { watchPolicy: false, dataDir: await mkdtemp(join(tmpdir(), "pcl-conformance-")) },
  });
  const list = parse(await readFile(EXPECTED_FAILURES, "utf8")) as Record<string, Record<string, string> | undefined>;
  expected = new Map(Object.entries(list.server ?? {}));
  expected2026 = new Map(Object.entries(list["server-2026-07-28"] ?? {}));
  run = await runConformance(gateway.endpointUrl("conformance"));
  run2026 = await runConformance(gateway.endpointUrl("conformance"), ["--requirements", "2026-07-28"]);
});

afterAll(async () => {
  await gateway?.close();
});

describe("MCP conformance suite (server scenarios) against a gateway endpoint", () => {
  it("runs every active server scenario and records checks for each", () => {
    // A run that crashed early, or a preload that broke the client, must not look like a pass.
    expect(run.ran.length, run.output).toBeGreaterThanOrEqual(30);
    expect(run.ran.filter((s) => !run.failures.has(s))).toEqual([]);
  });

  it("passes every scenario except the listed expected failures", () => {
    expect(unexpectedFailures(run, expected)).toEqual([]);
    // What the gateway itself must get right is among the passes.
    expect(passed(run)).toEqual(
      expect.arrayContaining(["server-initialize", "ping", "tools-list", "tools-call-image", "tools-call-embedded-resource", "dns-rebinding-protection"]),
    );
  });

  it("lists only scenarios that still fail, each with a reason", () => {
    expect(staleExpectations(run, expected), "these pass now (or left the suite): remove them from the expected failures").toEqual([]);
  });
});

describe("MCP conformance suite, revision 2026-07-28's requirements, against the same endpoint", () => {
  it("runs every required scenario and records checks for each", () => {
    expect(run2026.ran.length, run2026.output).toBeGreaterThanOrEqual(40);
    expect(run2026.ran.filter((s) => !run2026.failures.has(s))).toEqual([]);
  });

  it("passes every scenario except the listed expected failures, and every check that is the gateway's own", () => {
    expect(unexpectedFailures(run2026, expected2026)).toEqual([]);
    expect(passed(run2026)).toEqual(
      expect.arrayContaining(["tools-list", "tools-call-simple-text", "http-header-validation", "dns-rebinding-protection", "sep-2164-resource-not-found"]),
    );
    // Sessionless requests: of server-stateless, only the checks that need the suite's
    // diagnostic fixture tool fail; _meta validation, server/discover, version and header
    // errors all pass.
    expect(run2026.failures.get("server-stateless")?.map((f) => f.split(":")[0])).toEqual([
      "sep-2575-server-rejects-undeclared-capability",
      "sep-2575-missing-capability-http-400",
    ]);
  });

  it("lists only scenarios that still fail, each with a reason", () => {
    expect(staleExpectations(run2026, expected2026), "these pass now (or left the suite): remove them from the expected failures").toEqual([]);
  });
});

const passed = (r: ConformanceRun) => r.ran.filter((s) => r.failures.get(s)!.length === 0);

function unexpectedFailures(r: ConformanceRun, listed: ReadonlyMap<string, string>): string[] {
  return r.ran.filter((s) => r.failures.get(s)!.length > 0 && !listed.has(s)).map((s) => `${s}: ${r.failures.get(s)!.join("; ")}`);
}

/** Listed scenarios that passed or did not run, and listed ones without a real reason. */
function staleExpectations(r: ConformanceRun, listed: ReadonlyMap<string, string>): string[] {
  const stale = [...listed.keys()].filter((s) => !r.ran.includes(s) || r.failures.get(s)!.length === 0);
  const unexplained = [...listed].filter(([, reason]) => typeof reason !== "string" || reason.length < 20).map(([s]) => `${s}: no reason`);
  return [...stale, ...unexplained];
}

/** Runs the suite's server scenarios (the active ones, unless `args` say otherwise) once against `url` and reads their checks. */
async function runConformance(url: string, args: readonly string[] = []): Promise<ConformanceRun> {
  const out = await mkdtemp(join(tmpdir(), "pcl-conformance-results-"));
  const child = spawn(process.execPath, ["--import", BEARER_PRELOAD, CONFORMANCE, "server", "--url", url, "--output-dir", out, ...args], {
    env: { ...process.env, CONFORMANCE_ORIGIN: new URL(url).origin, CONFORMANCE_BEARER: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  // It exits 1 whenever a scenario fails; the checks say which.
  await once(child, "close");
  const ran = [...output.matchAll(/^=== Running scenario: (\S+) ===$/gm)].map((m) => m[1]!);
  const failures = new Map<string, string[]>();
  // One folder per scenario: server-<scenario>-<ISO timestamp with - for : and .>/checks.json
  for (const dir of await readdir(out)) {
    const scenario = /^server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z$/.exec(dir)?.[1];
    if (!scenario) continue;
    const checks = JSON.parse(await readFile(join(out, dir, "checks.json"), "utf8")) as Check[];
    failures.set(
      scenario,
      checks.filter((c) => c.status === "FAILURE").map((c) => `${c.id}: ${c.errorMessage ?? ""}`),
    );
  }
  return { ran, failures, output };
}

/** One check of the suite's checks.json. */
interface Check {
  readonly id: string;
  readonly status: "SUCCESS" | "FAILURE" | "WARNING" | "INFO" | "SKIPPED";
  readonly errorMessage?: string;
}
