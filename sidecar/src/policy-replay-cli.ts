/**
 * `portcullis policy replay NEW_POLICY --audit-dir DIR --since 30d`: the blast radius of a
 * candidate policy over the recorded calls, before it ships.
 */
import { parseArgs } from "node:util";
import { stat } from "node:fs/promises";
import { readRecords, segmentsDir } from "./audit/index.js";
import { formatReplayTable, PolicyReplay } from "./audit/replay/index.js";
import { POLICY_REPLAY_HELP, UsageError } from "./cli-usage.js";
import { parseDuration } from "./limits/index.js";
import { formatPolicyError, loadPolicyFile } from "./policy/index.js";

/**
 * Runs `policy replay` with the arguments after `replay`; resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runPolicyReplay(["candidate.yaml", "--audit-dir", "data/audit", "--since", "30d"]);
 * ```
 */
export async function runPolicyReplay(args: readonly string[], now = Date.now()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      "audit-dir": { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      format: { type: "string" },
      examples: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(POLICY_REPLAY_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("policy replay takes exactly one NEW_POLICY file");
  const dir = values["audit-dir"];
  if (!dir) throw new UsageError("policy replay needs --audit-dir DIR (the audit directory holding segments/)");
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw new UsageError(`--format takes table or json, not '${format}'`);
  const sinceMs = instant("--since", values.since ?? "30d", now);
  const untilMs = values.until === undefined ? undefined : instant("--until", values.until, now);
  if (untilMs !== undefined && untilMs <= sinceMs) throw new UsageError("--until must be later than --since");
  const examples = values.examples === undefined ? 5 : Number(values.examples);
  if (!Number.isSafeInteger(examples) || examples < 0) throw new UsageError("--examples takes a whole number, e.g. 5");

  // No event loop to keep free here, so no worker thread.
  const loaded = await loadPolicyFile(file, { offThreadMinBytes: Infinity });
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(formatPolicyError(e));
    console.error(`${file}: invalid (${loaded.errorCount} error${loaded.errorCount === 1 ? "" : "s"}); nothing replayed`);
    return 1;
  }
  const segments = segmentsDir(dir);
  const found = await stat(segments).then(
    (st) => (st.isDirectory() ? undefined : "not a directory"),
    (err: NodeJS.ErrnoException) => err.code ?? "error",
  );
  if (found !== undefined) {
    console.error(
      `portcullis: cannot read the audit segments in ${segments} (${found}); pass the audit directory (the one holding segments/) with --audit-dir`,
    );
    return 3;
  }
  const replay = new PolicyReplay(loaded.policy, { examplesPerGroup: examples });
  try {
    for await (const { record } of readRecords(dir, { sinceMs })) {
      if (untilMs === undefined || record.ts < untilMs) replay.add(record);
    }
  } catch (err) {
    console.error(`portcullis: cannot read the audit records in ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return 3;
  }
  const report = replay.report();
  const window = { sinceMs, untilMs: untilMs ?? now };
  if (format === "json") {
    console.log(JSON.stringify({ window, ...report }, null, 2));
  } else {
    console.log(`Window: ${new Date(window.sinceMs).toISOString()} to ${new Date(window.untilMs).toISOString()}`);
    console.log(formatReplayTable(report));
    console.log(`  - the records were read, not verified: 'portcullis audit verify ${dir}' checks the chain and signatures`);
  }
  return 0;
}

/** A point in time: a duration back from `now` (30d, 12h) or an ISO date/time. */
function instant(flag: string, text: string, now: number): number {
  const back = parseDuration(text);
  if (back !== undefined) return now - back;
  const at = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at))
    throw new UsageError(`${flag} takes a duration back from now (30d, 12h, 90m) or an ISO date such as 2026-11-01T00:00:00Z, not '${text}'`);
  return at;
}
