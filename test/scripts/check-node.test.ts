/**
 * The Node-version preflight of `npm test`, `npm run bench` and `npm run eval`, run through
 * the machine's real npm in a sandbox holding this repository's package.json and
 * scripts/check-node.cjs, with stand-ins for tsc, the build's scripts and vitest that record that they ran. On
 * Node 20 the scripts stop at once with the way to Node >= 22, before anything is built or
 * started; on this Node they go ahead.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmod, cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/paths.js";

const OLD_NODE = process.env.PORTCULLIS_OLD_NODE ?? "/usr/bin/node";
const oldMajor = existsSync(OLD_NODE) ? Number(execFileSync(OLD_NODE, ["-p", "process.versions.node.split('.')[0]"], { encoding: "utf8" })) : 0;
const SYSTEM_PATH = ["/usr/local/bin", "/usr/bin", "/bin"];

/** A directory with package.json, scripts/check-node.cjs and recording stand-ins for tsc, the CLI bundler and vitest. */
async function sandbox(): Promise<{ dir: string; ran: string }> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-preflight-"));
  await mkdir(join(dir, "scripts"));
  await mkdir(join(dir, "node_modules", ".bin"), { recursive: true });
  await mkdir(join(dir, "home"));
  await cp(join(REPO, "package.json"), join(dir, "package.json"));
  await cp(join(REPO, "scripts", "check-node.cjs"), join(dir, "scripts", "check-node.cjs"));
  const ran = join(dir, "ran.txt");
  for (const tool of ["tsc", "vitest"]) {
    const stub = join(dir, "node_modules", ".bin", tool);
    await writeFile(stub, `#!/bin/sh\necho "${tool} $*" >> "${ran}"\n`);
    await chmod(stub, 0o755);
  }
  // The build's second and third steps, run by node: stand-ins that record them too.
  for (const step of ["bundle-cli", "build-native"]) {
    await writeFile(join(dir, "scripts", `${step}.mjs`), `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(ran)}, "${step}\\n");\n`);
  }
  return { dir, ran };
}

/** Runs `npm <args>` in `dir` with `nodeDir` first on PATH (so npm and the scripts run on that node). */
function npm(dir: string, nodeDir: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const path = [nodeDir, ...SYSTEM_PATH].join(delimiter);
  const npmBin = [nodeDir, ...SYSTEM_PATH].map((d) => join(d, "npm")).find((f) => existsSync(f));
  if (!npmBin) throw new Error(`no npm in ${path}`);
  const env = { PATH: path, HOME: join(dir, "home"), npm_config_update_notifier: "false", npm_config_fund: "false" };
  return new Promise((resolve) => {
    execFile(npmBin, args, { cwd: dir, env }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stderr });
    });
  });
}

const read = (file: string) => readFile(file, "utf8").catch(() => "");

describe("Node preflight of the npm scripts", () => {
  it.runIf(oldMajor > 0 && oldMajor < 22).each([
    { command: "npm test", args: ["test"] },
    { command: "npm run bench", args: ["run", "bench"] },
    { command: "npm run eval", args: ["run", "eval"] },
  ])(`$command on Node ${oldMajor} stops before anything starts and says how to get Node >= 22`, async ({ args }) => {
    const { dir, ran } = await sandbox();
    const result = await npm(dir, dirname(OLD_NODE), args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`portcullis needs Node >= 22; this is Node v${oldMajor}.`);
    expect(result.stderr).toContain("source scripts/ensure-node.sh");
    expect(await read(ran)).toBe("");
  });

  it("lets npm test through on this Node: build, then vitest", async () => {
    const { dir, ran } = await sandbox();
    const result = await npm(dir, dirname(process.execPath), ["test"]);
    expect(result.code).toBe(0);
    expect(await read(ran)).toBe("tsc -b sdk sidecar\nbundle-cli\nbuild-native\nvitest run --project main\n");
  });
});
