/**
 * The contract's hygiene: `buf lint` passes, and the generated code in sdk/src/gen is what
 * `npm run generate` would write from proto/ today (so nobody ships a stale SDK).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "../helpers/paths.js";

const run = promisify(execFile);
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}` };

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("proto contract", () => {
  it("passes buf lint", async () => {
    const result = await run(join(BIN, "buf"), ["lint"], { cwd: REPO, env }).then(
      () => "",
      (err: { stdout?: string; stderr?: string }) => `${err.stdout ?? ""}${err.stderr ?? ""}`,
    );
    expect(result).toBe("");
  });

  it("has generated code that matches proto/ (run `npm run generate` if this fails)", async () => {
    const out = await mkdtemp(join(tmpdir(), "pcl-gen-"));
    await run(join(BIN, "buf"), ["generate", "--template", "buf.gen.yaml", "-o", out], { cwd: REPO, env });
    const fresh = join(out, "sdk", "src", "gen");
    const committed = join(REPO, "sdk", "src", "gen");
    expect(await files(committed)).toEqual(await files(fresh));
    for (const file of await files(fresh)) {
      expect(await readFile(join(committed, file), "utf8"), file).toBe(await readFile(join(fresh, file), "utf8"));
    }
  });
});
