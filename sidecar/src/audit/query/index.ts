/**
 * Audit query (wall 3): a sqlite index over the audit segments (`DIR/index.sqlite`), kept up
 * to date off the event loop, and the queries of `portcullis audit query` and
 * AdminService.QueryAudit.
 *
 * @example
 * ```ts
 * import { AuditQuery, checkFilter } from "./audit/query/index.js";
 * const { filter } = checkFilter({ since: "30d", server: "prod-data" }, (f) => `--${f}`);
 * const query = AuditQuery.open(dir);
 * console.log(query.distinct(filter, "agent"));
 * query.close();
 * ```
 */
export {
  AUDIT_DECISIONS,
  AUDIT_EVENTS,
  listSegments,
  segmentFileName,
  segmentsDir,
  type AuditDecision,
  type AuditEvent,
  type AuditRecordFields,
} from "./audit-lines.js";
export { AuditIndex, INDEX_FILE, type CatchUpOutcome, type IndexedLine } from "./audit-index.js";
export { AuditIndexer, type AuditIndexerOptions } from "./audit-indexer.js";
export { AuditQuery, AuditReadError, hasAuditStore, type AuditResult, type DistinctRow } from "./audit-query.js";
export { AuditQueryError, queryOffThread } from "./off-thread-query.js";
export {
  AUDIT_REASONS,
  AuditFilterError,
  checkFilter,
  DEFAULT_LIMIT,
  DISTINCT_FIELDS,
  MAX_LIMIT,
  type AuditFilter,
  type DistinctField,
  type RawFilter,
} from "./query-filter.js";
