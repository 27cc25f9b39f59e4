/**
 * The gateway configuration: paths resolved against the file, deadlines defaulted, and every
 * mistake reported as file:line:column with the field — also through `portcullis gateway`.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GatewayConfigError, gatewaySidecarOptions, parseGatewayConfig } from "../../../sidecar/src/gateway/index.js";
import { runCli } from "../../helpers/cli.js";

function problemsOf(text: string, file = "/etc/pcl/gateway.yaml"): readonly string[] {
  try {
    parseGatewayConfig(text, file);
  } catch (err) {
    if (err instanceof GatewayConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected the configuration to be refused");
}

describe("parseGatewayConfig", () => {
  it("resolves paths against the file and fills in the defaults", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-gw-config-"));
    await mkdir(join(dir, "srv"));
    const config = parseGatewayConfig(
      [
        "policy: policy.yaml",
        "servers:",
        "  web: { url: 'http://127.0.0.1:9000/mcp' }",
        "  tools: { command: node, args: [server.mjs], cwd: srv, timeoutMs: 500 }",
      ].join("\n"),
      join(dir, "gateway.yaml"),
    );
    expect(config.policyFile).toBe(join(dir, "policy.yaml"));
    expect(config.listen).toEqual({ host: "127.0.0.1", port: 7879 });
    expect(config.audit).toEqual({ dir: undefined, mode: "async", index: "background" });
    expect(config.servers.get("web")).toEqual({
      url: "http://127.0.0.1:9000/mcp",
      headers: {},
      timeoutMs: 30_000,
      connectTimeoutMs: 30_000,
      maxCallMs: 600_000,
    });
    expect(config.servers.get("tools")).toMatchObject({ command: "node", cwd: join(dir, "srv"), timeoutMs: 500, connectTimeoutMs: 10_000 });
  });

  it("refuses a stdio server's cwd that is not a directory, naming the line and field (it used to fail each start as 'spawn node ENOENT')", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-gw-config-"));
    await writeFile(join(dir, "file.txt"), "");
    const problems = problemsOf(
      [
        "policy: policy.yaml",
        "servers:",
        `  gone: { command: node, cwd: ${join(dir, "no-such-dir")} }`,
        "  file:",
        "    command: node",
        "    cwd: file.txt",
      ].join("\n"),
      join(dir, "gateway.yaml"),
    );
    expect(problems).toEqual([
      `${join(dir, "gateway.yaml")}:3:31: servers.gone.cwd: ${join(dir, "no-such-dir")} is not a directory (relative paths are resolved against the configuration file's folder)`,
      `${join(dir, "gateway.yaml")}:6:10: servers.file.cwd: ${join(dir, "file.txt")} is not a directory (relative paths are resolved against the configuration file's folder)`,
    ]);
  });

  it("names the file, line, column and field of each mistake", () => {
    const problems = problemsOf(
      ["policy: policy.yaml", "listen: everywhere", "servers:", "  web: { url: 'ftp://x' }", "  bad: { command: node, headers: {} }"].join("\n"),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^\/etc\/pcl\/gateway\.yaml:2:9: listen: HOST:PORT/));
    expect(problems.some((p) => p.startsWith("/etc/pcl/gateway.yaml:4:") && p.includes("servers.web"))).toBe(true);
    expect(problems.some((p) => p.startsWith("/etc/pcl/gateway.yaml:5:") && p.includes("servers.bad"))).toBe(true);
  });

  it("takes the audit index's mode, and names the field of a wrong one", () => {
    const text = (index: string) => ["policy: policy.yaml", `audit: { mode: sync, index: ${index} }`, "servers: {}"].join("\n");
    expect(parseGatewayConfig(text("on-query"), "/etc/pcl/gateway.yaml").audit).toEqual({ dir: undefined, mode: "sync", index: "on-query" });
    expect(problemsOf(text("lazy"))).toContainEqual(expect.stringMatching(/^\/etc\/pcl\/gateway\.yaml:2:\d+: audit: .*index: background\|on-query/));
  });

  it("takes audit.stream (true: the default key; or a key) only with redis, naming the field otherwise", () => {
    const text = (stream: string, redis = true) =>
      ["policy: policy.yaml", ...(redis ? ["redis: redis://127.0.0.1:6379"] : []), `audit: { mode: sync, stream: ${stream} }`, "servers: {}"].join("\n");
    const file = "/etc/pcl/gateway.yaml";
    expect(parseGatewayConfig(text("true"), file).audit).toMatchObject({ stream: true });
    expect(parseGatewayConfig(text("'pcl:{fleet}:audit'"), file).audit).toMatchObject({ stream: "pcl:{fleet}:audit" });
    expect(parseGatewayConfig(text("false"), file).audit).toMatchObject({ stream: undefined });
    expect(gatewaySidecarOptions(parseGatewayConfig(text("true"), file)).audit?.stream).toEqual({ key: undefined });
    expect(gatewaySidecarOptions(parseGatewayConfig(text("'pcl:{fleet}:audit'"), file)).audit?.stream).toEqual({ key: "pcl:{fleet}:audit" });
    expect(gatewaySidecarOptions(parseGatewayConfig(text("false"), file)).audit?.stream).toBeUndefined();
    expect(problemsOf(text("true", false))).toEqual([
      `${file}:2:30: audit.stream: appends the audit records to a Redis Stream: it needs redis: redis://HOST:PORT`,
    ]);
    expect(problemsOf(text("''"))).toEqual([`${file}:3:30: audit.stream: the stream's key, not empty (or true for the default key)`]);
  });

  it("fills in the listener's and the sessions' bounds, takes those given, and names the field of a bound that cannot hold", () => {
    const text = (limits: string) => ["policy: policy.yaml", ...(limits ? [`limits: ${limits}`] : []), "servers: {}"].join("\n");
    expect(parseGatewayConfig(text(""), "/etc/pcl/gateway.yaml").limits).toMatchObject({
      headerTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 65_000,
      maxBodyBytes: 4 * 1024 * 1024,
      maxInflightBytes: 32 * 1024 * 1024,
      maxSessions: 1000,
      maxSessionsPerCaller: 100,
    });
    expect(parseGatewayConfig(text("{ headerTimeoutMs: 2000, maxConnections: 64 }"), "/etc/pcl/gateway.yaml").limits).toMatchObject({
      headerTimeoutMs: 2000,
      requestTimeoutMs: 30_000,
      maxConnections: 64,
    });
    expect(problemsOf(text("{ headerTimeoutMs: 40000 }"))).toContainEqual(
      expect.stringMatching(/^\/etc\/pcl\/gateway\.yaml:2:\d+: limits\.headerTimeoutMs: 40000 is above requestTimeoutMs \(30000\)/),
    );
    expect(problemsOf(text("{ maxBodyBytes: 8388608, maxInflightBytes: 4194304 }"))).toContainEqual(
      expect.stringContaining("limits.maxBodyBytes: 8388608 is above maxInflightBytes"),
    );
    expect(problemsOf(text("{ maxSessions: 10, maxSessionsPerCaller: 20 }"))).toContainEqual(
      expect.stringContaining("limits.maxSessionsPerCaller: 20 is above maxSessions"),
    );
    expect(problemsOf(text("{ maxConnections: 0 }"))).toContainEqual(expect.stringContaining("limits.maxConnections"));
    expect(problemsOf(text("{ maxConections: 10 }"))).toContainEqual(expect.stringMatching(/limits: .*maxConections/));
  });

  it("gives a call that reports progress maxCallMs (ten minutes, its own, or the file's), and refuses one below timeoutMs", () => {
    const text = (top: string, server: string) =>
      ["policy: policy.yaml", ...(top ? [top] : []), "servers:", `  web: { url: 'http://127.0.0.1:9000/mcp'${server} }`].join("\n");
    const maxCallOf = (top: string, server = "") => parseGatewayConfig(text(top, server), "/etc/pcl/gateway.yaml").servers.get("web")?.maxCallMs;
    expect(maxCallOf("")).toBe(600_000);
    expect(maxCallOf("maxCallMs: 3600000")).toBe(3_600_000);
    expect(maxCallOf("maxCallMs: 3600000", ", maxCallMs: 120000")).toBe(120_000);
    // A server whose timeoutMs is longer than ten minutes' default keeps its own.
    expect(maxCallOf("timeoutMs: 600000")).toBe(600_000);
    expect(problemsOf(text("", ", timeoutMs: 60000, maxCallMs: 30000"))).toEqual([
      "/etc/pcl/gateway.yaml:3:73: servers.web.maxCallMs: 30000 is below the timeoutMs of 'web' (60000); progress extends a call, never cuts it short",
    ]);
    expect(problemsOf(text("maxCallMs: 1000", ""))).toContainEqual(
      expect.stringMatching(/^\/etc\/pcl\/gateway\.yaml:2:\d+: maxCallMs: 1000 is below the timeoutMs of 'web' \(30000\)/),
    );
    expect(problemsOf(text("maxCallMs: 100000000", ""))).toContainEqual(expect.stringContaining("maxCallMs"));
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problemsOf("policy: [unclosed\nservers: {}")[0]).toMatch(/^\/etc\/pcl\/gateway\.yaml:\d+:\d+: /);
  });
});

describe("portcullis gateway", () => {
  it("exits 1 with file:line for a bad configuration", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "pcl-gw-")), "gateway.yaml");
    await writeFile(file, "policy: policy.yaml\nservers:\n  web: { url: 42 }\n");
    const bad = await runCli(["gateway", "--config", file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${file}:3:`);
  });
});
