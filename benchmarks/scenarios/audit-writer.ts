/**
 * `audit-writer`: what the audit writer sustains (issue #10's target: >= 100,000 records/s
 * on a 2-core machine, async mode) against the floor the disk sets, measured in the same run.
 *
 * Notes (the headline): setup appends decision records into an async AuditLog as fast as
 * its bounded queue takes them for a fixed time and counts what was committed (written,
 * hash-chained, fdatasync'ed per batch) per second; then writes the very same bytes with a
 * plain FileHandle.appendFile + datasync in batches of the size the writer averaged — the
 * baseline. The ratio is writer / baseline throughput.
 *
 * Variants (the runner's closed loop, one call in flight): a call appends 1,000 records and
 * awaits flush() (async) or awaits the 1,000 appends (sync, one group commit); the baseline
 * call appends the same 1,000 encoded lines to a plain file with one write + datasync.
 */
import { AuditLog, type AuditRecord, encodeRecordBody, lineHash, recordLine } from "@portcullis/sidecar";
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Scenario } from "../lib/scenario.ts";

const BATCH = 1000;

function record(n: number): AuditRecord {
  return {
    ts: Date.now(),
    event: "authorize",
    decisionId: `0193f2a4-7c1e-7b3a-9d2f-${String(n).padStart(12, "0")}`,
    agent: { tokenId: "tok_4f9a2c", kind: "agent" },
    subject: "agent:support-bot",
    team: "support",
    roles: ["support"],
    server: "jira",
    tool: "create_issue",
    arguments: { project: "SUP", summary: "Customer cannot log in after the password reset" },
    decision: "allow",
    reason: "ALLOWED",
    rule: "roles.support.servers.jira.allow[1]",
    policyRevision: "sha256:9b1c2d",
    traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    spanId: "00f067aa0ba902b7",
  };
}

/** Appends into an async log as fast as the queue takes records, for `ms`; committed records/s. */
async function sustainedWriter(dir: string, ms: number): Promise<number> {
  const log = await AuditLog.open({ dir, mode: "async" });
  let n = 0;
  const start = performance.now();
  const startSeq = log.health.lastSeq;
  while (performance.now() - start < ms) {
    for (let i = 0; i < 500; i++) {
      try {
        log.append(record(++n));
      } catch {
        n--;
        break; // queue full: the disk side is the bottleneck; let it run
      }
    }
    await new Promise((r) => setImmediate(r));
  }
  const seconds = (performance.now() - start) / 1000;
  const committed = log.health.lastSeq - startSeq;
  await log.close();
  return Math.round(committed / seconds);
}

/** The same lines through a plain file: one appendFile + datasync per `batch` lines, for `ms`. */
async function sustainedPlain(file: string, ms: number, batch: number): Promise<number> {
  const fh = await open(file, "a");
  let prev = "0".repeat(64);
  let n = 0;
  const start = performance.now();
  try {
    while (performance.now() - start < ms) {
      // Pre-encoded lines (encoding and hashing are the writer's work, not the baseline's).
      const lines: string[] = new Array(batch);
      for (let i = 0; i < batch; i++) lines[i] = recordLine(++n, prev, encodeRecordBody(record(n)));
      prev = lineHash(lines[batch - 1]!);
      await fh.appendFile(`${lines.join("\n")}\n`);
      await fh.datasync();
    }
  } finally {
    await fh.close();
  }
  return Math.round(n / ((performance.now() - start) / 1000));
}

const scenario: Scenario = {
  name: "audit-writer",
  title: "Audit writer: records/s (async, sync) vs a plain append of the same bytes",
  description:
    "Notes: records/s an async AuditLog sustains for a few seconds (queue-bounded producer; committed = hash-chained, written, fdatasync'ed) against plain appendFile + datasync of the same lines in batches of 1,000 (baseline), same run; target >= 100,000 records/s. Closed loop: 1,000 records per call — async append + flush(), sync appends (one group commit), plain appendFile + datasync.",
  variants: [
    { id: "plain", label: "appendFile + datasync, 1,000 lines", baseline: true, description: "the same encoded lines through a plain file handle" },
    { id: "async", label: "AuditLog async: 1,000 appends + flush()", description: "encode, queue, group commit with hashing and fdatasync" },
    { id: "sync", label: "AuditLog sync: 1,000 appends awaited", description: "one group commit for the 1,000 concurrent appends" },
  ],
  phases: () => [{ kind: "closed", concurrency: 1 }],
  timing: (mode) => (mode === "quick" ? { warmupMs: 300, durationMs: 1500 } : { warmupMs: 1000, durationMs: 5000 }),
  async setup(ctx) {
    const seconds = ctx.mode === "quick" ? 1500 : 5000;
    const writer = await sustainedWriter(join(ctx.tmpDir, "sustained", "audit"), seconds);
    const plain = await sustainedPlain(join(ctx.tmpDir, "plain-sustained.log"), seconds, BATCH);
    await rm(join(ctx.tmpDir, "sustained"), { recursive: true, force: true });
    await rm(join(ctx.tmpDir, "plain-sustained.log"), { force: true });

    const asyncLog = await AuditLog.open({ dir: join(ctx.tmpDir, "async", "audit"), mode: "async", segmentMaxBytes: 16 * 1024 * 1024 });
    const syncLog = await AuditLog.open({ dir: join(ctx.tmpDir, "sync", "audit"), mode: "sync", segmentMaxBytes: 16 * 1024 * 1024 });
    const fh = await open(join(ctx.tmpDir, "plain.log"), "a");
    let n = 0;
    let prev = "0".repeat(64);
    return {
      notes: {
        writer_records_per_s: writer,
        plain_append_records_per_s: plain,
        writer_over_plain: Math.round((writer / plain) * 100) / 100,
        target_writer_ge_100000_per_s: writer >= 100_000,
        sustained_seconds: seconds / 1000,
      },
      calls: {
        plain: {
          call: async () => {
            const lines: string[] = new Array(BATCH);
            for (let i = 0; i < BATCH; i++) lines[i] = recordLine(++n, prev, encodeRecordBody(record(n)));
            prev = lineHash(lines[BATCH - 1]!);
            await fh.appendFile(`${lines.join("\n")}\n`);
            await fh.datasync();
          },
        },
        async: {
          call: async () => {
            for (let i = 0; i < BATCH; i++) asyncLog.append(record(++n));
            await asyncLog.flush();
          },
        },
        sync: {
          call: async () => {
            const acks: (void | Promise<void>)[] = new Array(BATCH);
            for (let i = 0; i < BATCH; i++) acks[i] = syncLog.append(record(++n));
            await Promise.all(acks);
          },
        },
      },
      async close() {
        await asyncLog.close();
        await syncLog.close();
        await fh.close();
      },
    };
  },
};

export default scenario;
