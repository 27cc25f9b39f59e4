/**
 * Where a sidecar keeps its state on disk unless told otherwise: gateway tokens, the
 * credential vault, the audit trail (`DATA-DIR/audit`) and its signing key.
 *
 * @example
 * ```ts
 * const auditDir = join(options.dataDir ?? DEFAULT_DATA_DIR, "audit");
 * ```
 */
export const DEFAULT_DATA_DIR = "./portcullis-data";
