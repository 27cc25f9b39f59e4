/**
 * The audit trail (wall 3): records, the hash-chained and signed segment writer, verify,
 * and a reader for indexers and replay.
 *
 * @example
 * ```ts
 * import { AuditLog, verifyAuditDir } from "./audit/index.js";
 * const log = await AuditLog.open({ dir: "data/audit", mode: "async" });
 * log.append({ ts: Date.now(), event: "authorize", decision: "allow" });
 * await log.close();
 * (await verifyAuditDir("data/audit")).ok; // true
 * ```
 */
export { AUDIT_EVENTS, type AuditEvent, type AuditRecord, type AuditSink, type CommittedAuditRecord } from "./audit-record.js";
export { AuditUnavailableError, type AuditUnavailableKind } from "./audit-errors.js";
export {
  AuditLog,
  type AuditDurability,
  type AuditHealth,
  type AuditLogOptions,
  type AuditOpenReport,
  type AuditState,
  type DeferredWork,
} from "./audit-log.js";
export { encodeRecordBody, lineHash, recordLine, STORE_ID } from "./record-codec.js";
export { readRecords, type ReadRecordsOptions, type AuditRecordEntry } from "./read-records.js";
export { retentionFile, type RetentionMarker, type RetentionPolicy } from "./retention.js";
export { headFile, type HeadMarker } from "./head-marker.js";
export { keyringFile, readKeySchedule, rotateSigningKey, type KeyEndorsement, type RotationReport, type ScheduledKey } from "./key-rotation.js";
export { listSegments, segmentName, segmentPath, segmentsDir } from "./segment-files.js";
export { defaultSigningKeyFile, keyIdOf, publicKeyFile } from "./signing-key.js";
export { auditStoreProblem, checkAuditStoreDir, isAuditStoreDir, NotAnAuditStoreError } from "./store-dir.js";
export { verifyAuditDir, type AuditProblem, type AuditVerifyReport, type VerifyOptions } from "./verify.js";
export { AuditPolicySchema, compileAuditPolicy, DEFAULT_AUDIT_POLICY, type AuditPolicyDocument, type CompiledAuditPolicy } from "./audit-policy.js";
export { MASKED, MASKED_PII, MASKED_SECRET, maskArguments, maskAttributes } from "./argument-masks.js";
export { AuditTrail, type AuditTrailOptions, type TraceIds } from "./audit-trail.js";
export {
  adminRecord,
  authorizeRecord,
  callerFields,
  connectAccountRecord,
  deferredAuthorizeRecord,
  filterToolsRecord,
  offboardRecord,
  outcomeRecord,
  resolveCredentialRecord,
  scanRecord,
  targetFields,
  type AuthorizeFacts,
  type RecordedRefusal,
  type ResolveCredentialFacts,
} from "./decision-records.js";
export { lockAuditDir, type DirLock } from "./dir-lock.js";
