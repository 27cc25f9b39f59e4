/**
 * `portcullis audit …`: offline commands on an audit directory. `audit verify DIR` checks
 * the hash chain, the checkpoint signatures and the segment sequence, and names the spot of
 * each problem; exit 0 when the store is intact, 1 when it is not, 2 when DIR is no audit
 * store at all (a usage error naming the path and what to pass). `audit rotate-key DIR`
 * retires the signing key (see audit/key-rotation.ts).
 */
import { parseArgs } from "node:util";
import type { DirLock } from "./audit/dir-lock.js";
import type { AuditVerifyReport } from "./audit/index.js";
import { AUDIT_HELP } from "./cli-help.js";
import { UsageError } from "./cli-usage.js";

/**
 * Runs `portcullis audit ARGS…`; resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runAuditCommand(["verify", "data/audit", "--format", "json"]);
 * ```
 */
export async function runAuditCommand(args: readonly string[]): Promise<number> {
  // Each subcommand loads what it needs: `audit query` (the "who accessed what" question) does
  // not load the writer, the verifier or the guardrails behind argument masking.
  if (args[0] === "query") return (await import("./audit-query-cli.js")).runAuditQueryCommand(args);
  if (args[0] === "rotate-key") return runRotateKeyCommand(args.slice(1));
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { help: { type: "boolean", short: "h" }, "public-key": { type: "string" }, "store-id": { type: "string" }, format: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(AUDIT_HELP.audit);
    return 0;
  }
  const [sub, dir, ...extra] = positionals;
  if (sub !== "verify")
    throw new UsageError(
      sub === undefined ? "audit needs a subcommand: verify, query or rotate-key" : `unknown audit subcommand '${sub}' (available: verify, query, rotate-key)`,
    );
  if (!dir || extra.length > 0) throw new UsageError("audit verify takes exactly one DIR");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(`--format takes text or json, not '${format}'`);
  let report: AuditVerifyReport;
  const { verifyAuditDir, NotAnAuditStoreError } = await import("./audit/index.js");
  try {
    report = await verifyAuditDir(dir, {
      ...(values["public-key"] ? { publicKeyFile: values["public-key"] } : {}),
      ...(values["store-id"] !== undefined ? { storeId: values["store-id"] } : {}),
    });
  } catch (err) {
    if (err instanceof NotAnAuditStoreError) throw new UsageError(err.message);
    console.error(`portcullis audit verify: ${(err as Error).message}`);
    return 1;
  }
  if (format === "json") console.log(JSON.stringify(report, null, 2));
  else (report.ok ? console.log : console.error)(formatReport(report));
  return report.ok ? 0 : 1;
}

/** `portcullis audit rotate-key DIR [--key-file FILE]`, with the sidecar stopped. */
async function runRotateKeyCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { help: { type: "boolean", short: "h" }, "key-file": { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(AUDIT_HELP.audit);
    return 0;
  }
  const [dir, ...extra] = positionals;
  if (!dir || extra.length > 0) throw new UsageError("audit rotate-key takes exactly one DIR");
  const [{ lockAuditDir }, { defaultSigningKeyFile, publicKeyFile, rotateSigningKey }] = await Promise.all([
    import("./audit/dir-lock.js"),
    import("./audit/index.js"),
  ]);
  const keyFile = values["key-file"] ?? defaultSigningKeyFile(dir);
  let lock: DirLock;
  try {
    lock = await lockAuditDir(dir);
  } catch (err) {
    console.error(`portcullis audit rotate-key: ${(err as Error).message}; stop the sidecar that writes it first`);
    return 1;
  }
  try {
    const r = await rotateSigningKey(dir, keyFile);
    console.log(
      `${dir}: signing key ${r.retiredKeyId} retired; key ${r.keyId} signs from segment ${r.fromSegment} (endorsed in keys.jsonl; new private key in ${keyFile}, public key in ${publicKeyFile(dir)}). Pin the new public key where you verify.`,
    );
    return 0;
  } catch (err) {
    console.error(`portcullis audit rotate-key: ${(err as Error).message}`);
    return 1;
  } finally {
    await lock.release();
  }
}

/**
 * The human report of a verification.
 *
 * @example
 * ```ts
 * console.log(formatReport(await verifyAuditDir(dir)));
 * ```
 */
export function formatReport(r: AuditVerifyReport): string {
  const out: string[] = [];
  const seqs = r.firstSeq !== undefined ? ` (seq ${r.firstSeq}–${r.lastSeq})` : "";
  const segs = r.segments.first !== undefined ? `${r.segments.count} segment(s) ${r.segments.first}–${r.segments.last}` : "no segments";
  out.push(`${r.dir}: ${r.ok ? "OK" : `FAILED — ${r.problems.length}${r.truncatedProblems ? "+" : ""} problem(s)`}; ${segs}, ${r.records} record(s)${seqs}`);
  out.push(
    r.key.source === "pinned"
      ? `key ${r.key.keyId} pinned from ${r.key.file}`
      : `key ${r.key.keyId} taken from the store itself (${r.key.file}); pin the key with --public-key FILE to rule out a rewritten store`,
  );
  out.push(
    r.storeId === undefined
      ? r.segments.count === 0 && r.head === undefined
        ? "store id: unknown (no segment or head.json left to carry it)"
        : "store id: none (written before store ids)"
      : r.storeIdPinned
        ? `store id ${r.storeId}`
        : `store id ${r.storeId}; pin it with --store-id to rule out another store signed with the same key`,
  );
  if (r.ok && r.records === 0 && r.signedThroughSeq === 0 && r.createdAt !== undefined) {
    // A store that has recorded nothing yet: intact, and saying since when.
    out.push(`0 records; store ${r.storeId ?? "(no id)"} created at ${new Date(r.createdAt).toISOString()}, nothing recorded since`);
  }
  for (const p of r.problems) {
    const at = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
    out.push(`  ${at}${p.seq !== undefined ? ` (seq ${p.seq})` : ""}: ${p.message}`);
  }
  if (r.truncatedProblems) out.push("  … more problems not listed");
  out.push(`signed through seq ${r.signedThroughSeq}${r.closed ? "; the newest segment is closed (final checkpoint)" : ""}`);
  if (r.keys) out.push(`keys (rotated, keys.jsonl): ${r.keys.map((k) => `${k.keyId} from segment ${k.fromSegment}`).join(", ")}`);
  if (r.head?.found) out.push(`head: seq ${r.head.seq} in segment ${r.head.segment}, signed ${new Date(r.head.at).toISOString()} — the store reaches it`);
  if (r.unsignedTail) {
    const t = r.unsignedTail;
    out.push(
      `unsigned tail: ${t.records} record(s) (seq ${t.firstSeq}–${t.lastSeq}) in ${t.file} from line ${t.fromLine}, chained but not yet covered by a checkpoint`,
    );
  }
  if (r.tornTail)
    out.push(
      `torn last line: ${r.tornTail.file}:${r.tornTail.line} (${r.tornTail.bytes} bytes; a write in progress or a crash — the writer cuts it when it opens)`,
    );
  if (r.retention) {
    const pending = r.retention.pendingDeletion.length > 0 ? `; ${r.retention.pendingDeletion.length} older segment(s) still being deleted` : "";
    out.push(`retention: segments before ${r.retention.firstSegment} deleted at ${new Date(r.retention.at).toISOString()} (signed)${pending}`);
  }
  return out.join("\n");
}
