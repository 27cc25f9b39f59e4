/**
 * The audit signing key is created once, whole, however many sidecars start beside it at
 * once: processes loading a missing key in the same parent directory at the same instant all
 * get the same key, and none reads it half-written (a `wx` write creates the file empty before
 * it writes the key: a sidecar starting beside another read it so and refused to start, "not a
 * PEM private key"). Real processes, each round started on the same tick of the wall clock.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../../helpers/paths.js";

const PROCESSES = 6;
const ROUNDS = 30;

/** One process: at each round's instant, loads (or creates) the round's key; prints the key id or the error. */
function starter(parent: string, startAt: number): Promise<string[]> {
  const script = `
    const { loadOrCreateSigningKey } = await import(${JSON.stringify(join(REPO, "sidecar", "dist", "audit", "signing-key.js"))});
    const { join } = await import("node:path");
    const { mkdir } = await import("node:fs/promises");
    const parent = ${JSON.stringify(parent)};
    const out = [];
    for (let round = 0; round < ${ROUNDS}; round++) {
      const dir = join(parent, "r" + round, "audit-" + process.pid);
      await mkdir(dir);
      const at = ${startAt} + round * 60;
      while (Date.now() < at) {}
      try {
        out.push((await loadOrCreateSigningKey(dir, join(parent, "r" + round, "audit-signing.key"))).keyId);
      } catch (err) {
        out.push("error: " + err.message);
      }
    }
    process.stdout.write(JSON.stringify(out));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (c: Buffer) => (text += c.toString()));
    child.on("error", reject);
    child.on("exit", () => resolve(JSON.parse(text) as string[]));
  });
}

describe("loadOrCreateSigningKey", () => {
  it("gives every starter of the same instant the same key, never a half-written one, and leaves no temporary file", async () => {
    const parent = await mkdtemp(join(tmpdir(), "pcl-signing-key-"));
    const starters = Array.from({ length: PROCESSES }, () => 0);
    for (let round = 0; round < ROUNDS; round++) await mkdir(join(parent, `r${round}`));
    const startAt = Date.now() + 1500;
    const results = await Promise.all(starters.map(() => starter(parent, startAt)));
    for (let round = 0; round < ROUNDS; round++) {
      const ids = results.map((r) => r[round]);
      expect(
        ids.filter((id) => id?.startsWith("error")),
        `round ${round}`,
      ).toEqual([]);
      expect(new Set(ids).size, `round ${round}`).toBe(1);
      expect((await readdir(join(parent, `r${round}`))).filter((f) => f.includes(".tmp"))).toEqual([]);
    }
  });
});
