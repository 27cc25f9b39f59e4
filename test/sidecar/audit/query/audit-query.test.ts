/**
 * The audit query over a generated store in the contract's format: the seed's 30-day
 * question answered by one `portcullis audit query` command (exactly the right agents, with
 * records outside the window, on other servers and denied to tell apart), incremental
 * indexing, a torn last line, a deleted or corrupt index, retention, and the background
 * indexer on its worker thread.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { DatabaseSync } from "node:sqlite";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BACKGROUND_BATCH_LINES, readChunkBytes } from "../../../../sidecar/src/audit/query/audit-index.js";
import { AuditLog } from "../../../../sidecar/src/audit/index.js";
import { AuditIndex, AuditIndexer, AuditQuery, checkFilter, INDEX_FILE } from "../../../../sidecar/src/audit/query/index.js";
import { main } from "../../../../sidecar/src/cli.js";
import { TestAuditWriter } from "../../../helpers/generated-audit-store.js";
import { runCli } from "../../../helpers/cli.js";

const DAY = 86_400_000;
const NOW = Date.now();

let dir: string;
let writer: TestAuditWriter;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "portcullis-audit-query-"));
  writer = new TestAuditWriter(dir, { segmentRecords: 700, bufferLines: 50 });
});

afterEach(() => {
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in this process (a child per bad flag would only be slower) and captures stderr. */
async function inProcess(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    const code = await main(args);
    return { code, stderr: err.mock.calls.map((c) => c.join(" ")).join("\n"), stdout: out.mock.calls.map((c) => String(c[0])).join("") };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

/** A call by `agent` (token id tok_<agent>, subject <agent>@svc). */
function call(agent: string, server: string, daysAgo: number, decision: "allow" | "deny" = "allow", extra: Record<string, unknown> = {}) {
  return writer.append({
    ts: NOW - daysAgo * DAY,
    event: "authorize",
    decisionId: `d-${agent}-${server}-${daysAgo}`,
    agent: { tokenId: `tok_${agent}`, kind: "agent" },
    subject: `${agent}@svc`,
    server,
    tool: "query_table",
    arguments: { table: "customers" },
    decision,
    reason: decision === "deny" ? "EXPLICIT_DENY" : "ALLOWED",
    ...extra,
  });
}

/** The seed's store: the right agents hidden among noise on both sides of every boundary. */
function writeSeedStore(): void {
  // Noise first, so that the interesting records sit in several segments.
  for (let i = 0; i < 2000; i++) call(`noise${i % 40}`, i % 2 ? "jira" : "github", (i % 60) + 0.5);
  call("alice", "prod-data", 1);
  call("alice", "prod-data", 3);
  call("bob", "prod-data", 29.9, "deny"); // inside the window, denied
  call("carol", "prod-data", 30.1); // just outside the window
  call("dave", "jira", 2); // another server
  call("erin", "data-desk", 2, "allow", { virtualServer: "data-desk", upstreamServer: "prod-data" }); // through a virtual server
  call("frank", "prod-data-2", 2); // a server whose name starts alike
  call("grace", "prod-data", 45, "deny");
  for (let i = 0; i < 1000; i++) call(`noise${i % 40}`, "svc-x", i % 10);
  writer.flush();
}

describe("audit query: the 30-day question", () => {
  beforeEach(writeSeedStore);

  it("one command answers which agents accessed prod-data in the last 30 days: exactly alice, bob and erin", async () => {
    const run = await runCli(["audit", "query", "--dir", dir, "--since", "30d", "--server", "prod-data", "--distinct", "agent", "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const agents = JSON.parse(run.stdout) as { agent: string; kind: string; subject: string; calls: number; firstTs: number; lastTs: number }[];
    expect(agents.map((a) => [a.agent, a.subject, a.calls])).toEqual([
      ["tok_alice", "alice@svc", 2],
      ["tok_bob", "bob@svc", 1],
      ["tok_erin", "erin@svc", 1],
    ]);
    expect(agents[0]).toMatchObject({ kind: "agent", firstTs: NOW - 3 * DAY, lastTs: NOW - DAY });
  });

  it("tells denied calls apart: --decision allow leaves bob out, --decision deny returns his record in full", async () => {
    const allowed = await runCli([
      "audit",
      "query",
      "--dir",
      dir,
      "--since",
      "30d",
      "--server",
      "prod-data",
      "--decision",
      "allow",
      "--distinct",
      "agent",
      "--format",
      "json",
    ]);
    expect((JSON.parse(allowed.stdout) as { agent: string }[]).map((a) => a.agent)).toEqual(["tok_alice", "tok_erin"]);

    const denied = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--server", "prod-data", "--decision", "deny", "--format", "json"]);
    expect(denied.code).toBe(0);
    const records = JSON.parse(denied.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      event: "authorize",
      decisionId: "d-bob-prod-data-29.9",
      agent: { tokenId: "tok_bob", kind: "agent" },
      subject: "bob@svc",
      server: "prod-data",
      tool: "query_table",
      arguments: { table: "customers" },
      decision: "deny",
      reason: "EXPLICIT_DENY",
    });
    expect(records[0]).not.toHaveProperty("prev");
    expect(records[0]).not.toHaveProperty("t");
  });

  it("prints a table and CSV, and filters by agent, reason, tool, event and a closed window", async () => {
    const table = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--server", "prod-data", "--agent", "tok_alice"]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^SEQ\s+TIME\s+EVENT\s+AGENT/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(new Date(NOW - DAY).toISOString()); // in the order recorded
    expect(lines[2]).toContain(new Date(NOW - 3 * DAY).toISOString());

    const csv = await inProcess([
      "audit",
      "query",
      "--dir",
      dir,
      "--until",
      new Date(NOW - 40 * DAY).toISOString(),
      "--server",
      "prod-data",
      "--format",
      "csv",
    ]);
    const rows = csv.stdout.trim().split("\n");
    expect(rows[0]).toBe("seq,time,event,agent,kind,subject,server,upstream,tool,decision,reason,rule,decision_id");
    expect(rows.slice(1).map((r) => r.split(",")[3])).toEqual(["tok_grace"]);

    const bySubject = AuditQuery.open(dir);
    try {
      const f = (raw: Parameters<typeof checkFilter>[0]) => checkFilter(raw, (x) => x, NOW).filter;
      expect([...bySubject.records(f({ agent: "erin@svc" }))].map((r) => r.upstreamServer)).toEqual(["prod-data"]);
      expect([...bySubject.records(f({ reason: "explicit_deny", server: "prod-data" }))].map((r) => r.subject)).toEqual(["bob@svc", "grace@svc"]);
      expect(bySubject.distinct(f({ since: "30d", server: "prod-data" }), "tool")).toEqual([
        expect.objectContaining({ server: "data-desk", tool: "query_table", calls: 1 }),
        expect.objectContaining({ server: "prod-data", tool: "query_table", calls: 3 }),
      ]);
      expect([...bySubject.records(f({ event: "outcome" }))]).toEqual([]);
      expect([...bySubject.records(f({ server: "jira", limit: 3 }))].map((r) => r.seq)).toEqual(
        [...bySubject.records(f({ server: "jira", limit: 1000 }))].slice(-3).map((r) => r.seq),
      );
    } finally {
      bySubject.close();
    }
  });

  it("--tool matches the real tool behind a virtual server's alias, as --server matches the real server", async () => {
    // research-desk/search_github_issues is github/search_issues.
    call("ivan", "research-desk", 1, "allow", {
      virtualServer: "research-desk",
      upstreamServer: "github",
      tool: "search_github_issues",
      upstreamTool: "search_issues",
    });
    writer.flush();
    const asked = async (...filters: string[]) => {
      const run = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", ...filters, "--format", "json"]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { subject: string }[]).map((r) => r.subject);
    };
    expect(await asked("--server", "github", "--tool", "search_issues")).toEqual(["ivan@svc"]);
    expect(await asked("--tool", "search_issues")).toEqual(["ivan@svc"]);
    expect(await asked("--server", "research-desk", "--tool", "search_github_issues")).toEqual(["ivan@svc"]);
    expect(await asked("--server", "github", "--tool", "search_code")).toEqual([]);
  });

  it("--event shadow finds the Authorize decisions a shadow policy disagreed with", async () => {
    const shadow = { decision: "deny" as const, reason: "EXPLICIT_DENY", rule: "roles.support.servers.jira.deny[0]", policyRevision: "rev-2" };
    call("judy", "jira", 1, "allow", { shadow });
    call("judy", "jira", 2); // the shadow agreed: no shadow field
    writer.flush();
    const run = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--event", "shadow", "--format", "json"]);
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ event: "authorize", subject: "judy@svc", decision: "allow", shadow });
    const distinct = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--event", "shadow", "--distinct", "subject", "--format", "json"]);
    expect((JSON.parse(distinct.stdout) as { subject: string; calls: number }[]).map((r) => [r.subject, r.calls])).toEqual([["judy@svc", 1]]);
  });

  it("rebuilds an index of the previous schema (no upstream_tool column) instead of failing or answering from it", async () => {
    call("ivan", "research-desk", 1, "allow", {
      virtualServer: "research-desk",
      upstreamServer: "github",
      tool: "search_github_issues",
      upstreamTool: "search_issues",
    });
    writer.flush();
    // The version 1 layout, as a sidecar of the previous release left it (empty: a stale index would answer nothing).
    const old = new DatabaseSync(join(dir, INDEX_FILE));
    old.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO meta VALUES ('schema', '1');
      CREATE TABLE positions (segment INTEGER PRIMARY KEY, offset INTEGER NOT NULL, header TEXT NOT NULL);
      CREATE TABLE records (seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, event TEXT NOT NULL, subject TEXT, agent_id TEXT, agent_kind TEXT,
        team TEXT, server TEXT, virtual_server TEXT, upstream_server TEXT, tool TEXT, decision TEXT, reason TEXT,
        segment INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL);`);
    old.close();
    const run = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--tool", "search_issues", "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { subject: string }[]).map((r) => r.subject)).toEqual(["ivan@svc"]);
  });

  it("answers the 30-day question from covering indexes alone, never scanning the table", () => {
    const query = AuditQuery.open(dir);
    try {
      const plan = query.plan({ sinceMs: NOW - 30 * DAY, server: "prod-data" }, "agent").join("\n");
      expect(plan).toContain("COVERING INDEX records_by_server");
      expect(plan).toContain("COVERING INDEX records_by_upstream");
      expect(plan).not.toMatch(/SCAN records\b/);
    } finally {
      query.close();
    }
  });
});

describe("audit query: the index", () => {
  const distinctAgents = (since = "30d") => {
    const query = AuditQuery.open(dir);
    try {
      const { filter } = checkFilter({ since, server: "prod-data" }, (x) => x, NOW);
      return { agents: query.distinct(filter, "agent").map((a) => a.agent), caughtUp: query.caughtUp };
    } finally {
      query.close();
    }
  };

  it("indexes incrementally: after more lines are appended only those are read, into the same answer", () => {
    writeSeedStore();
    const first = distinctAgents();
    expect(first.agents).toEqual(["tok_alice", "tok_bob", "tok_erin"]);
    expect(first.caughtUp.added).toBe(writer.lastSeq);
    expect(distinctAgents().caughtUp.added).toBe(0);

    writer.checkpoint();
    call("heidi", "prod-data", 0.5);
    for (let i = 0; i < 900; i++) call("noise", "jira", 1); // into the next segment
    call("ivan", "prod-data", 0.1, "deny");
    writer.flush();
    const second = distinctAgents();
    expect(second.caughtUp).toEqual({ added: 902, unreadable: 0, rebuilt: false });
    expect(second.agents).toEqual(["tok_alice", "tok_bob", "tok_erin", "tok_heidi", "tok_ivan"]);
  });

  it("skips a torn last line until it is complete", () => {
    call("alice", "prod-data", 1);
    writer.flush();
    const line = JSON.stringify({
      t: "rec",
      seq: writer.lastSeq + 1,
      prev: "0".repeat(64),
      ts: NOW - DAY,
      event: "authorize",
      agent: { tokenId: "tok_torn" },
      server: "prod-data",
    });
    appendFileSync(writer.segmentFile, line.slice(0, 40)); // the writer crashed mid-line, or is still writing
    expect(distinctAgents()).toEqual({ agents: ["tok_alice"], caughtUp: { added: 1, unreadable: 0, rebuilt: false } });
    expect(distinctAgents().agents).toEqual(["tok_alice"]);
    appendFileSync(writer.segmentFile, `${line.slice(40)}\n`);
    expect(distinctAgents()).toEqual({ agents: ["tok_alice", "tok_torn"], caughtUp: { added: 1, unreadable: 0, rebuilt: false } });
  });

  it("rebuilds a deleted index, and a corrupt one, to the same answer", async () => {
    writeSeedStore();
    expect(distinctAgents().agents).toEqual(["tok_alice", "tok_bob", "tok_erin"]);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(join(dir, INDEX_FILE + suffix), { force: true });
    expect(distinctAgents().caughtUp.added).toBe(writer.lastSeq);

    for (const suffix of ["-wal", "-shm"]) rmSync(join(dir, INDEX_FILE + suffix), { force: true });
    writeFileSync(join(dir, INDEX_FILE), Buffer.alloc(8192, "not a database "));
    const run = await inProcess(["audit", "query", "--dir", dir, "--since", "30d", "--server", "prod-data", "--distinct", "agent", "--format", "csv"]);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((r) => r.split(",")[0]),
    ).toEqual(["tok_alice", "tok_bob", "tok_erin"]);
  });

  it("rebuilds when the segments no longer match it (a replaced or truncated store)", () => {
    writeSeedStore();
    expect(distinctAgents().agents).toEqual(["tok_alice", "tok_bob", "tok_erin"]);
    writer.close();
    rmSync(join(dir, "segments"), { recursive: true });
    writer = new TestAuditWriter(dir, { segmentRecords: 700 });
    call("zed", "prod-data", 1);
    writer.flush();
    const after = distinctAgents();
    expect(after.agents).toEqual(["tok_zed"]);
    expect(after.caughtUp.rebuilt).toBe(true);

    const { size } = statSync(writer.segmentFile);
    truncateSync(writer.segmentFile, size - 10);
    expect(distinctAgents().caughtUp.rebuilt).toBe(true);
  });

  it("refuses an answer the segments do not bear out (an altered index), and rebuilds", () => {
    writeSeedStore();
    expect(distinctAgents().agents).toEqual(["tok_alice", "tok_bob", "tok_erin"]);
    // Someone rewrites the unsigned index: alice's calls now name another subject.
    const db = new DatabaseSync(join(dir, INDEX_FILE));
    db.prepare("UPDATE records SET subject = 'nobody@svc' WHERE agent_id = 'tok_alice'").run();
    db.close();
    const bySubject = (subject: string) => checkFilter({ since: "30d", subject }, (x) => x, NOW).filter;
    const altered = AuditQuery.open(dir);
    try {
      expect(() => [...altered.records(bySubject("nobody@svc"))]).toThrow(
        /does not match the query, though the index says it does: the index was altered or is stale/,
      );
    } finally {
      altered.close();
    }
    const again = AuditQuery.open(dir); // the next query runs on an index rebuilt from the segments
    try {
      expect(again.caughtUp.added).toBe(writer.lastSeq);
      expect([...again.records(bySubject("nobody@svc"))]).toEqual([]);
      expect([...again.records(bySubject("alice@svc"))].map((r) => r.subject)).toEqual(["alice@svc", "alice@svc"]);
    } finally {
      again.close();
    }
  });

  it("drops the rows of segments retention deleted", () => {
    call("old", "prod-data", 20);
    for (let i = 0; i < 800; i++) call("noise", "jira", 1);
    call("new", "prod-data", 1);
    writer.flush();
    expect(distinctAgents().agents).toEqual(["tok_new", "tok_old"]);
    unlinkSync(join(dir, "segments", "000000000001.log"));
    expect(distinctAgents().agents).toEqual(["tok_new"]);
  });

  /** Threads of this process running at the background priority (nice 19); 0 off Linux. */
  const backgroundThreads = (): number => {
    if (process.platform !== "linux") return 0;
    const task = `/proc/${process.pid}/task`;
    let n = 0;
    for (const tid of readdirSync(task)) {
      try {
        // Field 19 of stat is the nice value; the command name before it may hold spaces.
        const stat = readFileSync(join(task, tid, "stat"), "utf8");
        if (stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16] === "19") n++;
      } catch {
        // the thread ended meanwhile
      }
    }
    return n;
  };

  it("keeps the index up to date from a worker thread (AuditIndexer) running at the lowest priority", async () => {
    const indexed: number[] = [];
    const errors: string[] = [];
    const indexer = new AuditIndexer({ dir, intervalMs: 50, onIndexed: (o) => indexed.push(o.added), onError: (m) => errors.push(m) });
    const idleThreadsBefore = backgroundThreads();
    await indexer.start();
    try {
      // The indexer gives way to the threads that answer calls: it runs at the lowest priority.
      if (process.platform === "linux") await expect.poll(backgroundThreads, { timeout: 20_000, interval: 50 }).toBe(idleThreadsBefore + 1);
      expect(existsSync(join(dir, INDEX_FILE))).toBe(false); // nothing to index before the first segment
      call("alice", "prod-data", 1);
      call("bob", "prod-data", 2);
      writer.flush();
      await expect.poll(() => indexed.reduce((a, b) => a + b, 0), { timeout: 20_000, interval: 50 }).toBe(2);
      call("carol", "prod-data", 3);
      writer.flush();
      await expect.poll(() => indexed.reduce((a, b) => a + b, 0), { timeout: 20_000, interval: 50 }).toBe(3);
    } finally {
      await indexer.stop();
    }
    // The worker's thread is gone soon after stop(): the OS reaps it on its own time.
    if (process.platform === "linux") await expect.poll(backgroundThreads, { timeout: 20_000, interval: 50 }).toBe(idleThreadsBefore);
    expect(errors).toEqual([]);
    // The query finds everything indexed already: nothing left to catch up.
    expect(distinctAgents()).toEqual({ agents: ["tok_alice", "tok_bob", "tok_carol"], caughtUp: { added: 0, unreadable: 0, rebuilt: false } });
  });

  it("in bursts, catches up on a thread that exits when done, and the next burst indexes what came since", async () => {
    const indexed: number[] = [];
    const errors: string[] = [];
    const indexer = new AuditIndexer({ dir, mode: "bursts", intervalMs: 50, onIndexed: (o) => indexed.push(o.added), onError: (m) => errors.push(m) });
    call("alice", "prod-data", 1);
    call("bob", "prod-data", 2);
    writer.flush();
    await indexer.start();
    try {
      await expect.poll(() => indexed.reduce((a, b) => a + b, 0), { timeout: 20_000, interval: 20 }).toBe(2);
      // Between bursts no thread is kept for the index: its heap and SQLite cache are given back.
      await expect.poll(() => indexer.running, { timeout: 20_000, interval: 10 }).toBe(false);
      call("carol", "prod-data", 3);
      writer.flush();
      await expect.poll(() => indexed.reduce((a, b) => a + b, 0), { timeout: 20_000, interval: 20 }).toBe(3);
    } finally {
      await indexer.stop();
    }
    expect(indexer.running).toBe(false);
    expect(errors).toEqual([]);
    expect(distinctAgents()).toEqual({ agents: ["tok_alice", "tok_bob", "tok_carol"], caughtUp: { added: 0, unreadable: 0, rebuilt: false } });
  });

  it("reads a segment in chunks sized to the batch: ~250 KB for the background indexer's 500 lines, 4 MiB at most", () => {
    expect(readChunkBytes(BACKGROUND_BATCH_LINES)).toBe(256_000);
    expect(readChunkBytes(20_000)).toBe(4 * 1024 * 1024);
    expect(readChunkBytes(1)).toBe(64 * 1024);
    // Every line is indexed whatever the chunk, lines longer than it included.
    for (let i = 0; i < 1200; i++) call(`a${i % 7}`, "prod-data", 1, "allow", { note: "x".repeat(i % 50 === 0 ? 300_000 : 10) });
    writer.flush();
    const index = AuditIndex.open(dir, { batchLines: BACKGROUND_BATCH_LINES, cacheKiB: 1024 });
    try {
      expect(index.catchUp()).toEqual({ added: 1200, unreadable: 0, rebuilt: false });
    } finally {
      index.close();
    }
    expect(distinctAgents().agents).toEqual(["tok_a0", "tok_a1", "tok_a2", "tok_a3", "tok_a4", "tok_a5", "tok_a6"]);
  });

  it("in bursts, a stop ends the burst under way and starts no other", async () => {
    const indexer = new AuditIndexer({ dir, mode: "bursts", intervalMs: 20 });
    await indexer.start();
    await indexer.stop();
    expect(indexer.running).toBe(false);
    call("alice", "prod-data", 1);
    writer.flush();
    await new Promise((r) => setTimeout(r, 300));
    expect(indexer.running).toBe(false);
    // Nothing indexed the new record: the query finds it by catching up itself.
    expect(distinctAgents().caughtUp.added).toBe(1);
  });

  it("skips and counts lines that are not records, and says so", async () => {
    call("alice", "prod-data", 1);
    writer.flush();
    appendFileSync(writer.segmentFile, "{not json\n");
    call("bob", "prod-data", 1);
    writer.flush();
    const run = await inProcess(["audit", "query", "--dir", dir, "--server", "prod-data", "--distinct", "agent", "--format", "json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { agent: string }[]).map((a) => a.agent)).toEqual(["tok_alice", "tok_bob"]);
    expect(run.stderr).toContain("skipped 1 unreadable line(s)");
    expect(run.stderr).toContain("portcullis audit verify");
  });
});

describe("audit query: the command line", () => {
  it.each([
    [["--since", "30x"], "--since: takes a duration back from now (90m, 12h, 30d, 2w)"],
    [["--until", "yesterday"], "--until: takes a duration back from now"],
    [["--since", "1d", "--until", "2d"], "--until: must be later than the start of the window"],
    [["--decision", "maybe"], "--decision: takes allow, deny, flag, block, mutate, error; not 'maybe'"],
    [["--event", "login"], "--event: takes authorize, filter_tools"],
    [["--distinct", "team"], "--distinct: takes agent, subject, tool; not 'team'"],
    [["--limit", "0"], "--limit: takes a whole number from 1 to 1000000"],
    [["--reason", "no such"], "--reason: takes a reason name such as EXPLICIT_DENY"],
    [
      ["--reason", "EXPLCIT_DENY"],
      "--reason: takes a reason name such as EXPLICIT_DENY, not 'EXPLCIT_DENY'; did you mean EXPLICIT_DENY? reasons: UNSPECIFIED, ALLOWED,",
    ],
    [["--reason", "nope"], "reasons: UNSPECIFIED, ALLOWED, UNAUTHENTICATED, TOKEN_REVOKED"],
    [["--format", "xml"], "--format takes table, json, csv, not 'xml'"],
    [["--servr", "x"], "Unknown option '--servr'"],
  ])("refuses %j, naming the flag and what it accepts", async (args, message) => {
    call("alice", "prod-data", 1);
    writer.flush();
    const run = await inProcess(["audit", "query", "--dir", dir, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("refuses a path that is no audit store, naming it and what to pass", async () => {
    const run = await inProcess(["audit", "query", "--dir", join(dir, "nowhere")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--dir ${join(dir, "nowhere")}: no such directory; pass the audit directory of a sidecar: DATA-DIR/audit`);
    // An empty segments folder alone is no store either.
    const bare = join(dir, "bare");
    mkdirSync(join(bare, "segments"), { recursive: true });
    const bareRun = await inProcess(["audit", "query", "--dir", bare, "--since", "1h"]);
    expect(bareRun.code).toBe(2);
    expect(bareRun.stderr).toContain(`--dir ${bare} is not an audit store (no segments/*.log, head.json or audit-signing.pub in it)`);
    // A data directory: the store is in its audit/ folder, and the error says so.
    const data = join(dir, "data");
    await (await AuditLog.open({ dir: join(data, "audit") })).close();
    const dataRun = await inProcess(["audit", "query", "--dir", data]);
    expect(dataRun.code).toBe(2);
    expect(dataRun.stderr).toContain(`${join(data, "audit")} is one (this looks like a data directory): pass that`);
  });

  it("answers a store that has recorded nothing yet (a sidecar before its first call): no matching records, exit 0", async () => {
    const fresh = join(dir, "fresh", "audit");
    // What a sidecar's start leaves before its first call: the public key, and the store's
    // creation recorded in segment 1 and head.json.
    await (await AuditLog.open({ dir: fresh, signingKeyFile: join(dir, "fresh", "audit-signing.key") })).close();
    expect(readdirSync(join(fresh, "segments"))).toEqual(["000000000001.log"]);
    const table = await inProcess(["audit", "query", "--dir", fresh, "--since", "1h"]);
    expect(table).toMatchObject({ code: 0, stdout: expect.stringMatching(/^SEQ +TIME/) });
    expect(table.stderr).toContain("(no matching records)");
    const json = await inProcess(["audit", "query", "--dir", fresh, "--since", "1h", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const distinct = await inProcess(["audit", "query", "--dir", fresh, "--distinct", "agent", "--format", "csv"]);
    expect(distinct.code).toBe(0);
    expect(distinct.stdout.trim().split("\n")).toHaveLength(1);
    // What a sidecar before the recorded creation left (no segment, only its public key)
    // answers the same, and nothing is written into it by asking.
    const older = join(dir, "older", "audit");
    mkdirSync(join(older, "segments"), { recursive: true });
    writeFileSync(join(older, "audit-signing.pub"), readFileSync(join(fresh, "audit-signing.pub")));
    const olderRun = await inProcess(["audit", "query", "--dir", older, "--since", "1h", "--format", "json"]);
    expect(olderRun).toMatchObject({ code: 0 });
    expect(JSON.parse(olderRun.stdout)).toEqual([]);
    expect(readdirSync(older).sort()).toEqual(["audit-signing.pub", "segments"]);
  });
});
