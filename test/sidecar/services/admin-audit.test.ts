/**
 * VerifyAudit on a live store. The writer puts a store's first checkpoint on disk a moment
 * before the signed head marker that names it (the head may only name what a crash cannot
 * take back); a verification that reads between the two must not report a healthy store as
 * tampered with — and one whose head marker really is gone still must be reported. It answers
 * the store's id, and fails a store whose id is not the one the request pins (as the CLI's
 * `--store-id`).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { VerifyAuditRequestSchema } from "@portcullis/sdk/gen";
import { describe, expect, it } from "vitest";
import { AuditLog, createLogger } from "@portcullis/sidecar";
import { adminAuditRpcs } from "../../../sidecar/src/services/admin-audit.js";
import { decisionRecord, freshAuditDir } from "../../helpers/audit-store.js";

/** A store with a checkpoint (and its head marker), and the marker's bytes. */
async function checkpointedStore(): Promise<{ dir: string; head: string }> {
  const dir = await freshAuditDir();
  const log = await AuditLog.open({ dir, mode: "sync", checkpointIntervalMs: 1 });
  for (let i = 1; i <= 3; i++) await log.append(decisionRecord(i));
  await log.close();
  return { dir, head: await readFile(join(dir, "head.json"), "utf8") };
}

async function verifyWith(dir: string, settledWrites: () => Promise<void>, expectedStoreId = "") {
  // VerifyAudit reads only the audit directory and its writer.
  const deps = { logger: createLogger({ level: "silent" }), auditDir: dir, auditLog: { settledWrites } };
  return adminAuditRpcs(deps as never).verifyAudit(create(VerifyAuditRequestSchema, { expectedStoreId }), {} as never);
}

describe("VerifyAudit on a live store", () => {
  it("reads again once the writer's batch is done when the head marker is not there yet", async () => {
    const { dir, head } = await checkpointedStore();
    await rm(join(dir, "head.json"));
    let waited = 0;
    // The writer's batch in progress ends by writing the marker, as AuditLog's does.
    const report = await verifyWith(dir, async () => {
      waited++;
      await writeFile(join(dir, "head.json"), head);
    });
    expect(waited).toBe(1);
    expect(report).toMatchObject({ ok: true, firstBadRecord: "" });
  });

  it("still reports a head marker that is really gone", async () => {
    const { dir } = await checkpointedStore();
    await rm(join(dir, "head.json"));
    const report = await verifyWith(dir, async () => undefined);
    expect(report.ok).toBe(false);
    expect(report.firstBadRecord).toMatch(/^head\.json: missing/);
  });
});

describe("VerifyAudit's store id", () => {
  it("answers the id the store's head, checkpoints and segments carry", async () => {
    const { dir, head } = await checkpointedStore();
    const storeId = (JSON.parse(head) as { store: string }).store;
    expect(storeId).toMatch(/^[0-9a-f]{32}$/);
    expect(await verifyWith(dir, async () => undefined)).toMatchObject({ ok: true, storeId });
  });

  it("passes when the pinned id is the store's, and fails naming both when it is another", async () => {
    const { dir, head } = await checkpointedStore();
    const storeId = (JSON.parse(head) as { store: string }).store;
    expect(await verifyWith(dir, async () => undefined, storeId)).toMatchObject({ ok: true, storeId, firstBadRecord: "" });
    const other = "0".repeat(32);
    const report = await verifyWith(dir, async () => undefined, other);
    expect(report).toMatchObject({ ok: false, storeId });
    expect(report.firstBadRecord).toContain(`the store's id is ${storeId}, not the pinned ${other}: this is another store`);
  });

  it("refuses a pinned id that is no store id, naming the field", async () => {
    const { dir } = await checkpointedStore();
    const refused = await verifyWith(dir, async () => undefined, "not-a-store").catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: Code.InvalidArgument });
    expect((refused as Error).message).toContain("expected_store_id: not a store id");
  });
});
