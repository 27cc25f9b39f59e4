/**
 * The CLI loads a command's modules only when that command runs: help, usage errors, `token
 * hash` and `policy check` answer without loading the sidecar's server, its RPC framework,
 * the OpenTelemetry SDK or the MCP SDK (before, every command loaded all of them: ~0.35 s of
 * start-up for `--help` on this project's VM, and every `serve` usage error paid it).
 *
 * A module hook (`module.registerHooks`, given to the child with `--import`) writes every
 * loaded module's URL to a file; the test reads which ones a command loaded. The CLI runs from
 * its bundle (sidecar/bundle, `npm run build`): a loaded chunk stands for the modules it holds
 * (bundle/modules.json), so what a command loads reads the same as from dist.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { runCli } from "../../helpers/cli.js";
import { EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";

/** Heavy parts no command but the one needing them may load. */
const HEAVY = [
  /\/sidecar\/dist\/server\.js$/,
  /node_modules\/@connectrpc\/connect-node\//,
  /node_modules\/@opentelemetry\//,
  /node_modules\/@modelcontextprotocol\//,
];

/** The exit code and the URL of every module the command loaded, as the hook saw them. */
async function loadedRaw(args: readonly string[], stdin?: string): Promise<{ code: number; urls: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-lazy-"));
  const log = join(dir, "loaded.txt");
  const hook = join(dir, "hook.mjs");
  await writeFile(
    hook,
    `import { registerHooks } from "node:module";
import { appendFileSync } from "node:fs";
registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); } });
`,
  );
  const run = await runCli(args, { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` }, stdin);
  return { code: run.code, urls: (await readFile(log, "utf8")).split("\n").filter(Boolean) };
}

/** The same with each chunk of the bundle read as the modules it holds. */
async function loadedBy(args: readonly string[], stdin?: string): Promise<{ code: number; urls: string[] }> {
  const run = await loadedRaw(args, stdin);
  return { code: run.code, urls: run.urls.flatMap(bundledModules) };
}

const BUNDLE = pathToFileURL(join(REPO, "sidecar", "bundle")).href;
const CHUNKS = JSON.parse(readFileSync(join(REPO, "sidecar", "bundle", "modules.json"), "utf8")) as Record<string, string[]>;

/** A loaded chunk of the bundle as the URLs of the modules it holds; any other URL as it is. */
function bundledModules(url: string): string[] {
  if (!url.startsWith(`${BUNDLE}/`)) return [url];
  const held = CHUNKS[url.slice(BUNDLE.length + 1)];
  if (held === undefined) throw new Error(`${url}: not in sidecar/bundle/modules.json (a stale bundle? run npm run build)`);
  return held.map((id) => pathToFileURL(join(REPO, id)).href);
}

it("runs from the bundle, never from dist", async () => {
  const run = await loadedRaw(["--help"]);
  expect(run.code).toBe(0);
  expect(run.urls).toContain(`${BUNDLE}/cli.js`);
  expect(run.urls.filter((u) => u.includes("/sidecar/dist/"))).toEqual([]);
});

it.each<[string, string[], number, string?]>([
  ["--help", ["--help"], 0],
  ["a serve usage error", ["serve", "--policy", EXAMPLE_POLICY, "--listen", "nowhere"], 2],
  ["token --help", ["token", "--help"], 0],
  ["token hash", ["token", "hash"], 0, "a-token-to-hash\n"],
  ["policy check", ["policy", "check", EXAMPLE_POLICY], 0],
])("%s loads none of the server, the RPC framework, OpenTelemetry or the MCP SDK", async (_name, args, code, stdin) => {
  const run = await loadedBy(args, stdin);
  expect(run.code).toBe(code);
  // The hook saw the CLI itself: an empty list would pass for the wrong reason.
  expect(run.urls.some((u) => u.endsWith("/sidecar/dist/cli.js"))).toBe(true);
  expect(run.urls.filter((u) => HEAVY.some((h) => h.test(u)))).toEqual([]);
});

it("audit query (the 30-day question) loads neither the writer and verifier nor the guardrails", async () => {
  const run = await loadedBy(["audit", "query", "--help"]);
  expect(run.code).toBe(0);
  expect(run.urls.some((u) => u.endsWith("/sidecar/dist/audit-query-cli.js"))).toBe(true);
  const writerOrGuardrails = [/\/sidecar\/dist\/audit\/index\.js$/, /\/sidecar\/dist\/audit\/audit-log\.js$/, /\/sidecar\/dist\/guardrails\//];
  expect(run.urls.filter((u) => writerOrGuardrails.some((h) => h.test(u)) || HEAVY.some((h) => h.test(u)))).toEqual([]);
});

it("serve still loads the server (the hook sees what a command needs), but not what only some sidecars use", async () => {
  // A policy that does not exist: serve loads the sidecar, fails to start, exits 1 or 3.
  const run = await loadedBy(["serve", "--policy", join(tmpdir(), "no-such-policy.yaml"), "--listen", "127.0.0.1:0", "--no-audit"]);
  expect(run.code).not.toBe(0);
  expect(run.urls.some((u) => /\/sidecar\/dist\/server\.js$/.test(u))).toBe(true);
  // ioredis (~165 ms of CPU to load) comes in with the first Redis client.
  expect(run.urls.filter((u) => /node_modules\/ioredis\//.test(u))).toEqual([]);
  // jose (IdP tokens), openid-client (account connect flows) and piscina (the guardrail pool,
  // for large responses) come in with their first use: ~170 ms of CPU together.
  expect(run.urls.filter((u) => /node_modules\/(jose|openid-client|oauth4webapi|piscina)\//.test(u))).toEqual([]);
  // The OpenTelemetry API with the sidecar's spans and audit sink (~60 modules) comes in only
  // when telemetry is on, the replay machinery only with a shadow policy.
  expect(run.urls.filter((u) => /node_modules\/@opentelemetry\/|\/sidecar\/dist\/(telemetry\/index|audit\/replay\/)/.test(u))).toEqual([]);
});
