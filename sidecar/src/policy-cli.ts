/**
 * `portcullis policy check FILE`: every problem of a policy at once, as FILE:LINE:COLUMN.
 */
import { HELP } from "./cli-help.js";
import { EXIT, parseCommand, UsageError } from "./cli-usage.js";

/**
 * Runs `portcullis policy check FILE` (or hands `policy replay` on); resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runPolicyCommand(["check", "examples/policy.yaml"]);
 * ```
 */
export async function runPolicyCommand(args: readonly string[]): Promise<number> {
  if (args[0] === "replay") return (await import("./policy-replay-cli.js")).runPolicyReplay(args.slice(1));
  const { values, positionals } = parseCommand(args, {}, true);
  if (values.help) {
    console.log(HELP.policy);
    return EXIT.ok;
  }
  const [sub, file, ...extra] = positionals;
  if (sub !== "check") throw new UsageError(sub === undefined ? "policy needs a subcommand: check or replay" : `unknown policy subcommand '${sub}'`);
  if (!file || extra.length > 0) throw new UsageError("policy check takes exactly one FILE");
  const { formatPolicyError, loadPolicyFile, MAX_REPORTED_ERRORS } = await import("./policy/index.js");
  // No event loop to keep free here, so no worker thread.
  const result = await loadPolicyFile(file, { offThreadMinBytes: Infinity });
  const errors = result.ok ? [] : result.errors.map((e) => ({ ...e, text: formatPolicyError(e) }));
  const problems = [...errors, ...result.warnings.map((w) => ({ ...w, text: `${formatPolicyError(w)} (warning)` }))];
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const p of problems) console.error(p.text);
  const shown = result.warnings.length;
  const warnings = shown === 0 ? "" : shown > MAX_REPORTED_ERRORS ? `, over ${MAX_REPORTED_ERRORS} warnings` : `, ${plural(shown, "warning")}`;
  if (!result.ok) {
    console.error(`${file}: invalid (${plural(result.errorCount, "error")}${warnings})`);
    return EXIT.invalidPolicy;
  }
  console.log(`${file}: ok (revision ${result.policy.revision}${warnings})`);
  return EXIT.ok;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
