/**
 * AdminService.QueryAudit (wall 3): proto filter in, records (or distinct values) out as
 * JSON, streamed. The query runs on a worker thread — sqlite and segment reads never block
 * the sidecar's event loop — and reads the next batch only as the client takes them.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import { type AdminService, QueryAuditResponseSchema, VerifyAuditResponseSchema } from "@portcullis/sdk/gen";
import { STORE_ID, verifyAuditDir } from "../audit/index.js";
import { AuditFilterError, AuditQueryError, checkFilter, hasAuditStore, queryOffThread, type RawFilter } from "../audit/query/index.js";
import type { AdminDeps } from "./admin-service.js";

/** The precondition VerifyAudit and QueryAudit need: a sidecar that records a trail. */
function noTrail(what: "verify" | "query"): ConnectError {
  return new ConnectError(
    `this sidecar records no audit trail (it was started with --no-audit, or embedded without \`audit\`): there is nothing to ${what}; start it with an audit directory (\`serve\` records to DATA-DIR/audit by default), or run \`portcullis audit ${what === "verify" ? "verify DIR" : "query --dir DIR"}\` on another sidecar's`,
    Code.FailedPrecondition,
  );
}

type AuditRpcs = Pick<ServiceImpl<typeof AdminService>, "queryAudit" | "verifyAudit">;

/** Request field names as the proto spells them, for InvalidArgument messages. */
const FIELD_NAMES: Partial<Record<keyof RawFilter, string>> = { since: "since_ms", until: "until_ms" };

/**
 * Implements QueryAudit over the audit directory `deps.auditDir`.
 *
 * @example
 * ```ts
 * const impl = { ...adminTokenRpcs(deps), ...adminAuditRpcs(deps) };
 * ```
 */
export function adminAuditRpcs(deps: AdminDeps): AuditRpcs {
  return {
    // Checks this sidecar's own audit directory against the key in it. For an independent
    // check, run `portcullis audit verify DIR --public-key FILE` with a key kept elsewhere.
    // `expected_store_id` pins the store's id, as the CLI's `--store-id` does.
    async verifyAudit(req) {
      const expected = req.expectedStoreId;
      if (expected !== "" && !STORE_ID.test(expected)) {
        throw new ConnectError(
          "expected_store_id: not a store id; give the 32 lowercase hex digits VerifyAudit's store_id (or `portcullis audit verify`) reports, or leave it empty",
          Code.InvalidArgument,
        );
      }
      const dir = deps.auditDir;
      if (dir === undefined) throw noTrail("verify");
      const options = expected === "" ? {} : { storeId: expected };
      let report = await verifyAuditDir(dir, options);
      // The store's first checkpoint is on disk a moment before the head marker that names it:
      // read between the two, a healthy live store looks as if its head had been removed. Once
      // the writer's batch in progress is done, the marker is there — unless it really is gone.
      if (deps.auditLog && !report.ok && report.problems.every((p) => p.file === "head.json" && p.message.startsWith("missing"))) {
        await deps.auditLog.settledWrites();
        report = await verifyAuditDir(dir, options);
      }
      const first = report.problems[0];
      return create(VerifyAuditResponseSchema, {
        ok: report.ok,
        recordsChecked: BigInt(report.records),
        firstBadRecord: first
          ? `${first.file}${first.line !== undefined ? `:${first.line}` : ""}${first.seq !== undefined ? ` (seq ${first.seq})` : ""}: ${first.message}`
          : "",
        storeId: report.storeId ?? "",
      });
    },
    async *queryAudit(req, ctx) {
      let checked: ReturnType<typeof checkFilter>;
      try {
        checked = checkFilter(
          {
            since: Number(req.sinceMs),
            until: Number(req.untilMs),
            server: req.server,
            tool: req.tool,
            agent: req.agent,
            subject: req.subject,
            decision: req.decision,
            reason: req.reason,
            event: req.event,
            limit: req.limit,
            distinct: req.distinct,
          },
          (field) => FIELD_NAMES[field] ?? field,
        );
      } catch (err) {
        if (err instanceof AuditFilterError) throw new ConnectError(err.message, Code.InvalidArgument);
        throw err;
      }
      const dir = deps.auditDir;
      if (dir === undefined) throw noTrail("query");
      // A store without segments has no record to match: an empty answer, not an error. (A
      // store records its creation when it opens, so this is one an older sidecar made.) The
      // query catches the index up itself first, so one asked before the background indexer
      // has started (or while it runs) sees every record written before it.
      if (!hasAuditStore(dir)) return;
      const { filter, distinct } = checked;
      try {
        for await (const json of queryOffThread(dir, filter, { distinct, signal: ctx.signal })) {
          yield create(QueryAuditResponseSchema, distinct ? { distinctJson: json } : { recordJson: json });
        }
      } catch (err) {
        if (ctx.signal.aborted) throw err;
        deps.logger.error({ err: (err as Error).message }, "audit query failed");
        const code = err instanceof AuditQueryError && err.retryable ? Code.Aborted : Code.Internal;
        throw new ConnectError(`the audit query failed: ${(err as Error).message}`, code);
      }
    },
  };
}
