#!/usr/bin/env node
// Launcher for the `portcullis` CLI. Portcullis needs Node >= 22; where this node is older
// and `scripts/ensure-node.sh` has provisioned Node 24 into the checkout's `.node/`, the
// launcher re-runs itself there, so `npx portcullis` works right after `npm ci`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  const provisioned = join(here, "..", "..", ".node", "bin", "node");
  if (!existsSync(provisioned)) {
    console.error(`portcullis needs Node >= 22 (this is ${process.version}); run 'source scripts/ensure-node.sh' in the checkout first`);
    process.exit(3);
  }
  const child = spawnSync(provisioned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 3);
}
const entry = join(here, "..", "dist", "cli.js");
if (!existsSync(entry)) {
  console.error("portcullis is not built: run 'npm run build' (npm ci does it through the prepare script)");
  process.exit(3);
}
const { main } = await import(pathToFileURL(entry).href);
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Anything still holding the event loop after the command finished must not keep us alive.
setTimeout(() => process.exit(code), 2000).unref();
