/**
 * Renders a {@link ReplayReport} for people (a table) or programs (JSON).
 */
import type { Verdict } from "./candidate-judge.js";
import type { ChangeGroup, ReplayReport } from "./policy-replay.js";

/**
 * The report as aligned text: a summary, then the newly denied, newly allowed and
 * cannot-tell groups (largest first) with their rule changes and example decision ids.
 *
 * @example
 * ```ts
 * console.log(formatReplayTable(report));
 * ```
 */
export function formatReplayTable(report: ReplayReport): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const when = (ms: number | undefined) => (ms === undefined ? "-" : new Date(ms).toISOString());
  const out: string[] = [];
  out.push(`Policy replay of ${report.candidate.source} (revision ${report.candidate.revision})`);
  out.push(`over ${n(report.records)} recorded authorize call(s) from ${when(report.firstTs)} to ${when(report.lastTs)}`);
  out.push("");
  out.push(
    `Re-decided ${n(report.replayed)}: ${n(report.unchanged)} unchanged (${n(report.unchangedOtherRule)} by another rule or reason), ` +
      `${n(report.newlyDenied.count)} newly denied, ${n(report.newlyAllowed.count)} newly allowed, ${n(report.cannotTell.count)} cannot tell.`,
  );
  const skipped = report.notReplayed;
  out.push(
    `Not replayed: ${n(skipped.deniedAfterAccess)} denied by limits or state at the time, ${n(skipped.unauthenticated)} unauthenticated, ${n(skipped.incomplete)} incomplete.`,
  );
  section(out, `Newly denied (${n(report.newlyDenied.count)})`, report.newlyDenied.groups);
  section(out, `Newly allowed (${n(report.newlyAllowed.count)}; limits would still apply)`, report.newlyAllowed.groups);
  section(out, `Cannot tell (${n(report.cannotTell.count)}): the outcome depends on what the record does not hold`, report.cannotTell.groups, (g) =>
    "cause" in g && g.cause === "annotations" ? "tool annotations are not recorded" : "arguments are masked or not recorded",
  );
  out.push("");
  out.push("Notes:");
  for (const note of report.notes) out.push(`  - ${note}`);
  return out.join("\n");
}

function section(out: string[], title: string, groups: readonly ChangeGroup[], why?: (g: ChangeGroup) => string): void {
  if (groups.length === 0) return;
  out.push("");
  out.push(title);
  const rows = groups.map((g) => [String(g.count), g.subject, g.server, g.upstream ? `${g.tool} (${g.upstream})` : g.tool]);
  const header = ["CALLS", "SUBJECT", "SERVER", "TOOL"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")}`.trimEnd();
  out.push(line(header));
  groups.forEach((g, i) => {
    out.push(line(rows[i]!));
    if (why) out.push(`      why: ${why(g)}`);
    // For "cannot tell", `to` is the outcome if the unknowns went the other way.
    for (const t of g.rules) out.push(`      ${t.count} × ${verdict(t.from)} → ${why ? "possibly " : ""}${verdict(t.to)}`);
    if (g.examples.length > 0) out.push(`      e.g. decision ${g.examples.join(", ")}`);
  });
}

function verdict(v: Verdict): string {
  const what = v.allow ? "allow" : "deny";
  return v.rule ? `${what} ${v.reason} by ${v.rule}` : `${what} ${v.reason}`;
}
