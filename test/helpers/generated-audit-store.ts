/**
 * Writes audit stores in the contract's line format for tests and benchmarks: segments of a
 * header, `rec` lines chained by real SHA-256 hashes, and signed checkpoints (Ed25519) that
 * close each segment. With an index, the lines are indexed as they are written (one pass,
 * no reading back) — how the benchmark builds 10 million records in reasonable time.
 *
 * TODO(audit-core): once the writer is merged, tests may write through AuditLog instead.
 */
import { generateKeyPairSync, hash, sign } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { type AuditIndex, type AuditRecordFields, type IndexedLine, segmentFileName } from "@portcullis/sidecar";

/** Options of {@link TestAuditWriter}. */
export interface TestAuditWriterOptions {
  /** Records per segment before rotating (default 100,000). */
  readonly segmentRecords?: number;
  /** Index lines while writing them (the index must be of the same directory). */
  readonly index?: AuditIndex;
  /** Lines buffered before a write (default 10,000). */
  readonly bufferLines?: number;
}

const ZEROS = "0".repeat(64);

/**
 * Appends contract lines to an audit directory, as the real writer would.
 *
 * @example
 * ```ts
 * const writer = new TestAuditWriter(dir);
 * writer.append({ ts: Date.now(), event: "authorize", server: "jira", tool: "create_issue", decision: "allow" });
 * writer.close();
 * ```
 */
export class TestAuditWriter {
  readonly dir: string;
  readonly #options: Required<Omit<TestAuditWriterOptions, "index">> & { index?: AuditIndex };
  readonly #key = generateKeyPairSync("ed25519");
  readonly #keyId: string;
  #segment = 0;
  #fd = -1;
  #offset = 0; // bytes of the open segment, written or buffered
  #written = 0; // bytes of the open segment on disk
  #pending: string[] = [];
  #pendingIndex: IndexedLine[] = [];
  #header = "";
  #prev = ZEROS;
  #seq = 0;
  #inSegment = 0;
  /** The newest checkpoint written, for head.json once it is on disk. */
  #head: { segment: number; seq: number; ckpt: string; closed?: true } | undefined;

  constructor(dir: string, options: TestAuditWriterOptions = {}) {
    this.dir = dir;
    this.#options = { segmentRecords: options.segmentRecords ?? 100_000, bufferLines: options.bufferLines ?? 10_000, index: options.index };
    mkdirSync(join(dir, "segments"), { recursive: true });
    const pub = this.#key.publicKey.export({ type: "spki", format: "pem" }) as string;
    writeFileSync(join(dir, "audit-signing.pub"), pub);
    // The private key where a sidecar on this store looks for it, so it continues the chain.
    writeFileSync(join(dir, "..", "audit-signing.key"), this.#key.privateKey.export({ type: "pkcs8", format: "pem" }) as string, { mode: 0o600 });
    this.#keyId = hash("sha256", this.#key.publicKey.export({ type: "spki", format: "der" }), "hex").slice(0, 16);
  }

  /** The seq of the last record appended. */
  get lastSeq(): number {
    return this.#seq;
  }

  /** The path of the segment being written. */
  get segmentFile(): string {
    return join(this.dir, "segments", segmentFileName(this.#segment));
  }

  /** Appends one record; returns its seq. */
  append(record: AuditRecordFields): number {
    if (this.#fd < 0) this.#open();
    else if (this.#inSegment >= this.#options.segmentRecords) {
      this.#checkpoint(true);
      this.flush();
      closeSync(this.#fd);
      this.#open();
    }
    const seq = ++this.#seq;
    const line = JSON.stringify({ t: "rec", seq, prev: this.#prev, ...record });
    const offset = this.#offset;
    this.#line(line);
    this.#inSegment++;
    if (this.#options.index) this.#pendingIndex.push({ offset, length: Buffer.byteLength(line), seq, record });
    if (this.#pending.length >= this.#options.bufferLines) this.flush();
    return seq;
  }

  /** Writes a non-final checkpoint (as the writer does about every second). */
  checkpoint(): void {
    this.#checkpoint(false);
    this.flush();
  }

  /** Writes buffered lines to disk (and indexes them when indexing). */
  flush(): void {
    if (this.#pending.length === 0) return;
    const text = `${this.#pending.join("\n")}\n`;
    this.#pending = [];
    writeSync(this.#fd, text);
    this.#written = this.#offset;
    if (this.#head) {
      // The signed head marker, beside every checkpoint on disk, as the real writer keeps it.
      const body = { ...this.#head, at: Date.now() };
      const sig = sign(null, Buffer.from(canonicalize(body)!, "utf8"), this.#key.privateKey).toString("base64url");
      writeFileSync(join(this.dir, "head.json"), `${JSON.stringify({ ...body, sig })}\n`);
      this.#head = undefined;
    }
    if (this.#options.index) {
      this.#options.index.ingest(this.#segment, this.#pendingIndex, this.#written, hash("sha256", this.#header, "hex"));
      this.#pendingIndex = [];
    }
  }

  /** Closes the open segment with a final checkpoint (a clean shutdown). */
  close(): void {
    if (this.#fd < 0) return;
    this.#checkpoint(true, true);
    this.flush();
    closeSync(this.#fd);
    this.#fd = -1;
  }

  #open(): void {
    this.#segment++;
    this.#fd = openSync(this.segmentFile, "a");
    this.#offset = 0;
    this.#written = 0;
    this.#inSegment = 0;
    this.#header = JSON.stringify({ t: "header", v: 1, segment: this.#segment, created: Date.now(), prev: this.#prev, keyId: this.#keyId });
    this.#line(this.#header);
  }

  #checkpoint(final: boolean, shutdown = false): void {
    const body = { t: "ckpt", segment: this.#segment, seq: this.#seq, count: this.#inSegment, head: this.#prev, at: Date.now(), final };
    const sig = sign(null, Buffer.from(canonicalize(body)!, "utf8"), this.#key.privateKey).toString("base64url");
    this.#line(JSON.stringify({ ...body, sig }));
    this.#head = { segment: this.#segment, seq: this.#seq, ckpt: this.#prev, ...(shutdown ? { closed: true as const } : {}) };
  }

  #line(line: string): void {
    this.#pending.push(line);
    this.#offset += Buffer.byteLength(line) + 1;
    this.#prev = hash("sha256", line, "hex");
  }
}

/** Options of {@link syntheticRecord}. */
export interface SyntheticOptions {
  /** Records spread evenly from this time… */
  readonly fromMs: number;
  /** …to this one. */
  readonly toMs: number;
  readonly count: number;
  /** Distinct agents (default 500). */
  readonly agents?: number;
  /** Servers besides `prod-data` (default 19). */
  readonly otherServers?: number;
}

/**
 * The i-th record of a synthetic workload: `agents` agents calling `prod-data` (1 call in
 * 20, a tenth of those through the virtual server `data-desk`) and other servers, 1 in 10
 * calls denied — deterministic, so a benchmark run can state its expected answers.
 *
 * @example
 * ```ts
 * writer.append(syntheticRecord(i, { fromMs, toMs, count }));
 * ```
 */
export function syntheticRecord(i: number, o: SyntheticOptions): AuditRecordFields {
  const agents = o.agents ?? 500;
  const others = o.otherServers ?? 19;
  const ts = Math.floor(o.fromMs + ((o.toMs - o.fromMs) * i) / o.count);
  // A multiplicative hash spreads agents over servers and time without a random source.
  const mix = Math.imul(i + 1, 2654435761) >>> 0;
  const agent = mix % agents;
  const prod = i % 20 === 0;
  const viaVirtual = prod && i % 200 === 0;
  const server = prod ? (viaVirtual ? "data-desk" : "prod-data") : `svc-${(mix >>> 9) % others}`;
  const deny = (mix >>> 5) % 10 === 0;
  return {
    ts,
    event: "authorize",
    decisionId: `d-${i}`,
    agent: { tokenId: `tok_${agent}`, kind: "agent" },
    subject: `agent-${agent}@svc`,
    team: `team-${agent % 12}`,
    roles: ["reader"],
    server,
    ...(viaVirtual ? { virtualServer: "data-desk", upstreamServer: "prod-data" } : {}),
    tool: prod ? ["query_table", "delete_record", "export_rows"][mix % 3] : "search",
    arguments: { table: `t_${mix % 50}`, limit: 100 },
    decision: deny ? "deny" : "allow",
    reason: deny ? "EXPLICIT_DENY" : "ALLOWED",
    rule: deny ? "roles.reader.deny[0]" : "roles.reader.allow[0]",
    policyRevision: "rev-1",
    traceId: mix.toString(16).padStart(32, "0"),
  };
}
