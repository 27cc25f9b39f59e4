import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalDataMissingError, loadDatasets } from "../../eval/datasets.ts";

describe("eval data that is not there", () => {
  it("says where the data comes from and how to point elsewhere, not a raw ENOENT", () => {
    const dir = mkdtempSync(join(tmpdir(), "pcl-eval-missing-"));
    try {
      let thrown: unknown;
      try {
        loadDatasets(dir);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(EvalDataMissingError);
      const message = (thrown as Error).message;
      expect(message).toContain(join(dir, "pii.jsonl"));
      expect(message).toContain("../shared/eval beside the clone");
      expect(message).toContain("PORTCULLIS_EVAL_DIR");
      expect(message).not.toContain("ENOENT");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("npm run eval's script exits 2 with that message alone", () => {
    const dir = join(tmpdir(), "pcl-eval-no-such-dir");
    const run = spawnSync(process.execPath, ["eval/run.ts"], { env: { ...process.env, PORTCULLIS_EVAL_DIR: dir }, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`npm run eval: no evaluation data: ${join(dir, "pii.jsonl")} does not exist`);
    expect(run.stderr).toContain("PORTCULLIS_EVAL_DIR");
    expect(run.stderr).not.toContain("ENOENT");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
