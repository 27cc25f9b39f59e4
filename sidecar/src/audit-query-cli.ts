/**
 * `portcullis audit query`: answers questions over a local audit directory — e.g. "which
 * agents accessed prod-data in the last 30 days" — from its sqlite index, which it first
 * brings up to date. Runs in the CLI's own process (no event loop to keep free here).
 */
import { parseArgs } from "node:util";
import {
  AuditFilterError,
  AuditQuery,
  AuditReadError,
  checkFilter,
  DEFAULT_LIMIT,
  hasAuditStore,
  type AuditResult,
  type DistinctRow,
} from "./audit/query/index.js";
import { auditStoreProblem } from "./audit/store-dir.js";
import { AUDIT_QUERY_HELP, UsageError } from "./cli-usage.js";
import { pipedOutput, type PipedOutput } from "./piped-output.js";

/** Where `--dir` points by default: the audit directory of the default data directory. */
export const DEFAULT_AUDIT_DIR = "./portcullis-data/audit";

const FORMATS = ["table", "json", "csv"] as const;

/**
 * Runs `portcullis audit SUBCOMMAND …` (the arguments after `audit`) and resolves to the
 * exit code: 0 answered, 2 usage error, 3 the store could not be read.
 *
 * @example
 * ```ts
 * const code = await runAuditQueryCommand(["query", "--dir", dir, "--since", "30d", "--server", "prod-data", "--distinct", "agent"]);
 * ```
 */
export async function runAuditQueryCommand(args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "-h" || sub === "--help") {
    console.log(AUDIT_QUERY_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "query") throw new UsageError(`unknown audit subcommand '${sub}' (available: query)`);
  return query(rest);
}

function query(args: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      dir: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      server: { type: "string" },
      tool: { type: "string" },
      agent: { type: "string" },
      subject: { type: "string" },
      decision: { type: "string" },
      reason: { type: "string" },
      event: { type: "string" },
      limit: { type: "string" },
      distinct: { type: "string" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(AUDIT_QUERY_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`audit query takes only options, not '${positionals[0]}'`);
  const format = values.format ?? "table";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(", ")}, not '${format}'`);
  let checked: ReturnType<typeof checkFilter>;
  try {
    checked = checkFilter(values, (field) => `--${field}`);
  } catch (err) {
    if (err instanceof AuditFilterError) throw new UsageError(err.message);
    throw err;
  }
  const dir = values.dir ?? DEFAULT_AUDIT_DIR;
  const notAStore = auditStoreProblem(dir);
  if (notAStore !== undefined) throw new UsageError(`--dir ${notAStore}`);
  if (!hasAuditStore(dir)) {
    // A store without segments (one an older sidecar made and never wrote to) has nothing to
    // match: it answers, empty. Whether segments were removed is `audit verify`'s question.
    print(format as Format, checked.distinct ? distinctColumns(checked.distinct) : RECORD_COLUMNS, []);
    return 0;
  }
  let audit: AuditQuery;
  try {
    audit = AuditQuery.open(dir);
  } catch (err) {
    console.error(`portcullis: ${(err as Error).message}`);
    return 3;
  }
  try {
    const { filter, distinct } = checked;
    const limit = filter.limit ?? DEFAULT_LIMIT;
    let cut: boolean;
    let complete: boolean;
    if (distinct) {
      // One more than the limit says whether it cut (the rows are sorted: the first `limit` are LIMIT's).
      const rows = audit.distinct({ ...filter, limit: limit + 1 }, distinct);
      cut = rows.length > limit;
      complete = print(format as Format, distinctColumns(distinct), rows.slice(0, limit));
    } else {
      complete = print(format as Format, RECORD_COLUMNS, audit.records(filter));
      cut = complete && audit.matchesMoreThan(filter, limit);
    }
    // stdout's format is unchanged; a reader that went away (| head) wanted less anyway.
    if (cut && complete) console.error(`portcullis: ${limitNote(limit, distinct)}`);
    if (audit.caughtUp.unreadable > 0) {
      console.error(`portcullis: skipped ${audit.caughtUp.unreadable} unreadable line(s) of the segments; run 'portcullis audit verify' on ${dir}`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof AuditReadError)) throw err;
    console.error(`portcullis: ${err.message}`);
    return 3;
  } finally {
    audit.close();
  }
}

type Format = (typeof FORMATS)[number];
type Item = AuditResult | DistinctRow;
/** A column: its header in table and CSV output, and its cell. */
type Column = readonly [header: string, cell: (item: Item) => unknown];

const iso = (ms: unknown) => (typeof ms === "number" ? new Date(ms).toISOString() : undefined);
const field = (name: string) => (item: Item) => (item as Record<string, unknown>)[name];
const agentOf = (item: Item) => (item as AuditResult & { agent?: { tokenId?: string; kind?: string } }).agent;

const RECORD_COLUMNS: readonly Column[] = [
  ["SEQ", field("seq")],
  ["TIME", (r) => iso((r as AuditResult).ts)],
  ["EVENT", field("event")],
  ["AGENT", (r) => agentOf(r)?.tokenId],
  ["KIND", (r) => agentOf(r)?.kind],
  ["SUBJECT", field("subject")],
  ["SERVER", field("server")],
  ["UPSTREAM", field("upstreamServer")],
  ["TOOL", field("tool")],
  ["DECISION", field("decision")],
  ["REASON", field("reason")],
  ["RULE", field("rule")],
  ["DECISION ID", field("decisionId")],
];

function distinctColumns(distinct: "agent" | "subject" | "tool"): readonly Column[] {
  const counts: Column[] = [
    ["CALLS", field("calls")],
    ["FIRST", (r) => iso((r as DistinctRow).firstTs)],
    ["LAST", (r) => iso((r as DistinctRow).lastTs)],
  ];
  if (distinct === "agent") return [["AGENT", field("agent")], ["KIND", field("kind")], ["SUBJECT", field("subject")], ...counts];
  if (distinct === "subject") return [["SUBJECT", field("subject")], ...counts];
  return [["SERVER", field("server")], ["TOOL", field("tool")], ...counts];
}

/**
 * The note on stderr when `--limit` cut the answer: the default of 1000 would otherwise cut a
 * larger answer silently.
 *
 * @example
 * ```ts
 * limitNote(1000, undefined); // "1000 of ≥1001 records shown; raise --limit or narrow the query"
 * ```
 */
function limitNote(limit: number, distinct: "agent" | "subject" | "tool" | undefined): string {
  return `${limit} of ≥${limit + 1} ${distinct ? `${distinct}s` : "records"} shown; raise --limit or narrow the query`;
}

/** Prints the answer; false when stdout's reader went away before the end. */
function print(format: Format, columns: readonly Column[], items: Iterable<Item>): boolean {
  // A reader that goes away (`| head`) ends the output quietly: the loops stop at once.
  const stdout = pipedOutput();
  try {
    printTo(stdout, format, columns, items);
    return !stdout.closed;
  } finally {
    stdout.dispose();
  }
}

function printTo(stdout: PipedOutput, format: Format, columns: readonly Column[], items: Iterable<Item>): void {
  const out = (line: string) => stdout.write(`${line}\n`);
  if (format === "json") {
    // One JSON document (an array), written as it is read: a large answer is not held twice.
    let first = true;
    stdout.write("[");
    for (const item of items) {
      if (!stdout.write(`${first ? "\n" : ",\n"}  ${JSON.stringify(item)}`)) return;
      first = false;
    }
    out(first ? "]" : "\n]");
    return;
  }
  const cells = (item: Item) => columns.map(([, cell]) => cell(item));
  if (format === "csv") {
    out(columns.map(([header]) => csvCell(header.toLowerCase().replace(" ", "_"))).join(","));
    for (const item of items) if (!out(cells(item).map(csvCell).join(","))) return;
    return;
  }
  const rows = [columns.map(([header]) => header), ...Array.from(items, (item) => cells(item).map(tableCell))];
  const widths = columns.map((_, i) => rows.reduce((widest, row) => Math.max(widest, row[i]!.length), 0));
  for (const row of rows) {
    const line = row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
    if (!out(line)) return;
  }
  if (rows.length === 1) console.error("(no matching records)");
}

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/**
 * Characters that reorder or hide text where they are shown: bidi controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E/F, U+061C), zero-width and other format characters (Cf), and the line
 * and paragraph separators. Recorded values come from callers, and `invoice\u202efdp.exe`
 * would display as `invoicexe.pdf`, or two different names alike; shown as `?` instead.
 */
const REORDERING = /[\p{Cf}\p{Zl}\p{Zp}]/gu;

/** C0 and C1 control characters, which could drive the terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A table cell: recorded values come from callers (tool names, subjects), so control
 * characters — which could drive the terminal — and characters that reorder or hide text
 * are shown as `?`.
 */
function tableCell(value: unknown): string {
  return text(value).replace(CONTROL, "?").replace(REORDERING, "?") || "-";
}

/**
 * A CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) is prefixed with `'`, and characters that reorder or hide text are
 * shown as `?`: recorded values come from callers.
 */
function csvCell(value: unknown): string {
  let cell = text(value).replace(REORDERING, "?");
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
