// Bundles the `portcullis` CLI (sidecar/dist, built by tsc) into sidecar/bundle: a few dozen
// chunks instead of ~750 modules. Node's ES module loader resolved, linked and compiled those one
// by one: ~0.45 s of the ~1 s of CPU a `serve` took to start, and ~28 MB of its resident memory
// (BENCHMARKS.md, "Start-up"). Run by `npm run build` after tsc.
//
// - The worker threads' entry files (guardrail scans, policy checks, the audit index) are entries
//   of their own, written beside the chunks: the code that starts a worker finds it next to
//   itself, as it does in dist (`new URL("./scan-worker.js", import.meta.url)`).
// - Native and path-sensitive packages stay external, resolved from node_modules as before:
//   better-sqlite3 (a native addon), piscina (starts its own worker file), ioredis (loaded on
//   demand), OpenTelemetry (loaded only when export is on).
// - Dynamic imports stay dynamic: a command still loads only what it runs (code splitting).
// - bundle/modules.json lists the modules in each chunk, for tests that ask what a command loaded.
import { rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(repo, "sidecar", "dist");
const out = join(repo, "sidecar", "bundle");

const EXTERNAL = [
  /^node:/,
  ...builtinModules.map((m) => new RegExp(`^${m.replace(/[/.]/g, "\\$&")}(?:/|$)`)),
  /^better-sqlite3(?:\/|$)/,
  /^piscina(?:\/|$)/,
  /^ioredis(?:\/|$)/,
  /^@opentelemetry\//,
];

rmSync(out, { recursive: true, force: true });
const result = await build({
  input: {
    cli: join(dist, "cli.js"),
    "scan-worker": join(dist, "guardrails", "scan-worker.js"),
    "policy-worker": join(dist, "policy", "policy-worker.js"),
    "audit-worker": join(dist, "audit", "query", "audit-worker.js"),
  },
  platform: "node",
  // ES module builds where a package has both (jsonc-parser's main build is UMD with dynamic requires).
  resolve: { mainFields: ["module", "main"] },
  external: EXTERNAL,
  logLevel: "warn",
  output: { dir: out, format: "esm", entryFileNames: "[name].js", chunkFileNames: "chunk-[hash].js", sourcemap: true },
  write: true,
});
const modules = {};
for (const item of result.output) {
  if (item.type === "chunk") modules[item.fileName] = item.moduleIds.map((id) => relative(repo, id).replaceAll("\\", "/"));
}
writeFileSync(join(out, "modules.json"), `${JSON.stringify(modules, null, 1)}\n`);
