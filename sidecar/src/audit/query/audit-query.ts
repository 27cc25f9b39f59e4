/**
 * Audit queries: SQL over the index picks the matching records' positions, and the records
 * themselves are read from the segments by byte offset (the index holds no bodies). Runs
 * synchronously on the calling thread — the CLI's, or a worker's for the sidecar (see
 * `queryOffThread`).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import type { SQLInputValue } from "node:sqlite";
import { listSegments, segmentFileName, segmentsDir } from "./audit-lines.js";
import { AuditIndex, type CatchUpOutcome } from "./audit-index.js";
import { type AuditFilter, DEFAULT_LIMIT, type DistinctField } from "./query-filter.js";

/** A record as a query returns it: its sequence number and the record's fields. */
export type AuditResult = { seq: number; ts: number; event: string } & Record<string, unknown>;

/** One distinct value with how often and when it occurs among the matching records. */
export interface DistinctRow {
  /** agent: the gateway token id (absent for callers without one). */
  readonly agent?: string;
  /** agent: the token's kind (static, human, agent, idp). */
  readonly kind?: string;
  /** agent and subject: the subject. */
  readonly subject?: string;
  /** tool: the server it was called on. */
  readonly server?: string;
  /** tool: the tool. */
  readonly tool?: string;
  readonly calls: number;
  readonly firstTs: number;
  readonly lastTs: number;
}

/** The stored record could not be read where the index says it is. */
export class AuditReadError extends Error {
  /** Whether the index no longer matches the segments (it is then rebuilt). */
  readonly stale: boolean;
  constructor(message: string, stale: boolean) {
    super(message);
    this.stale = stale;
  }
}

/** Per distinct field: the grouped columns, their output names, and which rows count. */
const GROUPS: Record<DistinctField, { columns: [string, keyof DistinctRow][]; present: string }> = {
  agent: {
    columns: [
      ["agent_id", "agent"],
      ["agent_kind", "kind"],
      ["subject", "subject"],
    ],
    present: "(agent_id IS NOT NULL OR subject IS NOT NULL)",
  },
  subject: { columns: [["subject", "subject"]], present: "subject IS NOT NULL" },
  tool: {
    columns: [
      ["server", "server"],
      ["tool", "tool"],
    ],
    present: "tool IS NOT NULL",
  },
};

/**
 * Queries one audit directory.
 *
 * @example
 * ```ts
 * const query = AuditQuery.open("/var/lib/portcullis/audit");
 * const agents = query.distinct({ sinceMs: Date.now() - 30 * 86_400_000, server: "prod-data" }, "agent");
 * query.close();
 * ```
 */
export class AuditQuery {
  readonly #index: AuditIndex;
  /** What catching up did when the query opened. */
  readonly caughtUp: CatchUpOutcome;

  private constructor(index: AuditIndex, caughtUp: CatchUpOutcome) {
    this.#index = index;
    this.caughtUp = caughtUp;
  }

  /**
   * Opens the index of `dir` and brings it up to date with the segments first, so an answer
   * covers every complete record written before the call.
   *
   * @example
   * ```ts
   * const query = AuditQuery.open(dir);
   * ```
   */
  static open(dir: string): AuditQuery {
    const index = AuditIndex.open(dir);
    try {
      return new AuditQuery(index, index.catchUp());
    } catch (err) {
      index.close();
      throw err;
    }
  }

  /**
   * The newest `filter.limit` matching records, in the order recorded (by seq), read from the segments.
   *
   * @example
   * ```ts
   * for (const record of query.records({ server: "prod-data", decision: "deny" })) console.log(record.seq);
   * ```
   */
  *records(filter: AuditFilter): Generator<AuditResult> {
    const { sql, params } = selectSql(filter, "seq, segment, offset, length");
    const rows = this.#index.db.prepare(`${sql} ORDER BY seq DESC LIMIT ?`).all(...params, filter.limit ?? DEFAULT_LIMIT) as unknown as Position[];
    rows.reverse();
    const reader = new SegmentReader(this.#index.dir);
    try {
      for (const row of rows) yield reader.read(row, filter);
    } catch (err) {
      // The segments no longer match the index: start it afresh for the next query.
      if (err instanceof AuditReadError && err.stale) this.#index.rebuild();
      throw err;
    } finally {
      reader.close();
    }
  }

  /**
   * Whether more than `count` records match `filter` (its limit aside): whether `records`
   * with a limit of `count` leaves some out. One indexed query; no segment is read.
   *
   * @example
   * ```ts
   * if (query.matchesMoreThan(filter, 1000)) console.error("1000 of ≥1001 records shown");
   * ```
   */
  matchesMoreThan(filter: AuditFilter, count: number): boolean {
    const { sql, params } = selectSql(filter, "seq");
    // Existence only: no ORDER BY, so SQLite may walk whichever index serves the filter.
    return this.#index.db.prepare(`${sql} LIMIT 1 OFFSET ?`).get(...params, count) !== undefined;
  }

  /**
   * The distinct agents, subjects or tools among the matching records, with call counts and
   * the first and last time each was seen; at most `filter.limit` of them.
   *
   * @example
   * ```ts
   * query.distinct({ sinceMs, server: "prod-data" }, "agent"); // [{ agent: "tok_1", kind: "agent", subject: "bot", calls: 3, … }]
   * ```
   */
  distinct(filter: AuditFilter, field: DistinctField): DistinctRow[] {
    const group = GROUPS[field];
    const columns = group.columns.map(([column]) => column);
    const { sql, params } = selectSql(filter, ["ts", ...columns].join(", "), group.present);
    const grouped = columns.join(", ");
    const rows = this.#index.db
      .prepare(`SELECT ${grouped}, count(*) AS calls, min(ts) AS firstTs, max(ts) AS lastTs FROM (${sql}) GROUP BY ${grouped} ORDER BY ${grouped} LIMIT ?`)
      .all(...params, filter.limit ?? DEFAULT_LIMIT) as Record<string, string | number | null>[];
    return rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [column, name] of group.columns) if (row[column] !== null) out[name] = row[column];
      out.calls = row.calls;
      out.firstTs = row.firstTs;
      out.lastTs = row.lastTs;
      return out as unknown as DistinctRow;
    });
  }

  /**
   * How SQLite answers a query (EXPLAIN QUERY PLAN), to check that the indexes serve it.
   *
   * @example
   * ```ts
   * query.plan({ server: "prod-data", sinceMs }, "agent"); // ["SEARCH records USING COVERING INDEX records_by_server …", …]
   * ```
   */
  plan(filter: AuditFilter, distinct?: DistinctField): string[] {
    const group = distinct && GROUPS[distinct];
    const { sql, params } = group
      ? selectSql(filter, ["ts", ...group.columns.map(([c]) => c)].join(", "), group.present)
      : selectSql(filter, "seq, segment, offset, length");
    return (this.#index.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  }

  /** Closes the index. */
  close(): void {
    this.#index.close();
  }
}

interface Position {
  readonly seq: number;
  readonly segment: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * The SELECT of the rows matching `filter`. A server filter matches the server as called
 * or the upstream server behind a virtual one: two branches (UNION ALL, the second without
 * the first's rows), so each range-scans its own covering index rather than the table. A
 * tool filter likewise matches the tool as called or the upstream tool.
 */
function selectSql(filter: AuditFilter, columns: string, extra?: string): { sql: string; params: SQLInputValue[] } {
  const common: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (condition: string, ...values: SQLInputValue[]) => {
    common.push(condition);
    params.push(...values);
  };
  if (filter.sinceMs !== undefined) add("ts >= ?", filter.sinceMs);
  if (filter.untilMs !== undefined) add("ts < ?", filter.untilMs);
  // Like the server: the tool as called, or the real tool behind a virtual server's alias.
  if (filter.tool !== undefined) add("(tool = ? OR upstream_tool = ?)", filter.tool, filter.tool);
  if (filter.agent !== undefined) add("(agent_id = ? OR subject = ?)", filter.agent, filter.agent);
  if (filter.subject !== undefined) add("subject = ?", filter.subject);
  if (filter.decision !== undefined) add("decision = ?", filter.decision);
  if (filter.reason !== undefined) add("reason = ?", filter.reason);
  // No record has the event "shadow": it asks for the Authorize decisions that carry a shadow
  // policy's disagreement (`shadow: {…}`), which is what a policy owner looks for.
  if (filter.event === "shadow") add("event = 'authorize' AND shadow = 1");
  else if (filter.event !== undefined) add("event = ?", filter.event);
  if (extra) common.push(extra);
  const where = (conditions: string[]) => (conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "");
  if (filter.server === undefined) return { sql: `SELECT ${columns} FROM records${where(common)}`, params };
  const server = filter.server;
  return {
    sql:
      `SELECT ${columns} FROM records${where(["server = ?", ...common])} UNION ALL ` +
      `SELECT ${columns} FROM records${where(["upstream_server = ?", "server IS NOT ?", ...common])}`,
    params: [server, ...params, server, server, ...params],
  };
}

/** Reads record lines by position, keeping each segment open while it is read. */
class SegmentReader {
  readonly #dir: string;
  readonly #open = new Map<number, number>();
  #buffer = Buffer.allocUnsafe(64 * 1024);

  constructor(dir: string) {
    this.#dir = dir;
  }

  read({ seq, segment, offset, length }: Position, filter: AuditFilter): AuditResult {
    let fd = this.#open.get(segment);
    if (fd === undefined) {
      try {
        fd = openSync(join(segmentsDir(this.#dir), segmentFileName(segment)), "r");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
        throw new AuditReadError(
          `record ${seq} is in segment ${segment}, which is gone (removed by retention while the query ran?); run the query again`,
          false,
        );
      }
      this.#open.set(segment, fd);
    }
    if (this.#buffer.length < length) this.#buffer = Buffer.allocUnsafe(length);
    const read = readSync(fd, this.#buffer, 0, length, offset);
    let line: { t?: unknown; seq?: unknown; prev?: unknown } & Record<string, unknown>;
    try {
      line = JSON.parse(this.#buffer.toString("utf8", 0, read));
    } catch {
      line = {};
    }
    if (line.t !== "rec" || line.seq !== seq) {
      throw new AuditReadError(
        `record ${seq} is not where the index says (segment ${segment}, byte ${offset}): the segments changed under the index, which is now rebuilt; run the query again, and check the segments with 'portcullis audit verify'`,
        true,
      );
    }
    const { t: _t, prev: _prev, ...record } = line;
    // The index is derived and unsigned: a record it picked must match the question by what
    // the segment says, or the index was altered (or went stale) — never an answer from it.
    if (!matchesFilter(record, filter)) {
      throw new AuditReadError(
        `record ${seq} (segment ${segment}) does not match the query, though the index says it does: the index was altered or is stale, and is now rebuilt; run the query again, and check the segments with 'portcullis audit verify'`,
        true,
      );
    }
    return record as AuditResult;
  }

  close(): void {
    for (const fd of this.#open.values()) closeSync(fd);
    this.#open.clear();
  }
}

/** Whether a record read from its segment meets `filter`, as selectSql asks of its index row. */
function matchesFilter(r: Record<string, unknown>, filter: AuditFilter): boolean {
  const ts = typeof r.ts === "number" ? r.ts : Number.NaN;
  const agent = (r.agent as { tokenId?: unknown } | undefined)?.tokenId;
  return (
    (filter.sinceMs === undefined || ts >= filter.sinceMs) &&
    (filter.untilMs === undefined || ts < filter.untilMs) &&
    (filter.tool === undefined || r.tool === filter.tool || r.upstreamTool === filter.tool) &&
    (filter.agent === undefined || agent === filter.agent || r.subject === filter.agent) &&
    (filter.subject === undefined || r.subject === filter.subject) &&
    (filter.decision === undefined || r.decision === filter.decision) &&
    (filter.reason === undefined || r.reason === filter.reason) &&
    (filter.event === undefined || (filter.event === "shadow" ? r.event === "authorize" && r.shadow !== undefined : r.event === filter.event)) &&
    (filter.server === undefined || r.server === filter.server || r.upstreamServer === filter.server)
  );
}

/**
 * Whether `dir` holds an audit store (a segments directory with at least one segment).
 *
 * @example
 * ```ts
 * if (!hasAuditStore(dir)) throw new Error(`${dir} holds no audit segments`);
 * ```
 */
export function hasAuditStore(dir: string): boolean {
  return listSegments(dir).length > 0;
}
