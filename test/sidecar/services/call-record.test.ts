/**
 * Closing a call's record (RecordAudit, ScanResponse's `record`) leaves an outcome record only
 * beside a settlement that went through, on both stores: a decision whose budget reservation
 * expired is refused (FailedPrecondition) on every retry with nothing written, and two
 * settlements of one decision at the same time — on one replica, or on two sharing the state
 * store — end with one outcome record and one settlement, the other refused before it wrote
 * anything. The audit log is a stand-in that keeps what it is given, and holds an append open
 * until the test lets it go.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { CallOutcome } from "@portcullis/sdk";
import {
  type AuditLog,
  type AuditRecord,
  AuditTrail,
  DecisionEngine,
  hashToken,
  Limiter,
  MemoryStateStore,
  nowMicros,
  type PolicyStore,
  RedisStateStore,
  type StateStore,
} from "@portcullis/sidecar";
import { afterAll, describe, expect, it } from "vitest";
import { closeCallRecord } from "../../../sidecar/src/services/call-record.js";
import { openPolicy } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("call record");

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-a, roles: [support], team: support, tokenSha256: ${hashToken("a")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] } } }",
  "limits:",
  "  - { name: budget, scope: team:support, tools: [jira/create_issue], tokens: 100000/day, requireEstimate: true }",
].join("\n");

/** An audit log that keeps the records appended; the next append after `hold` is set waits for it. */
class KeptLog {
  readonly records: AuditRecord[] = [];
  readonly ready = true;
  hold: Promise<void> | undefined;
  #appended: (() => void) | undefined;

  append(record: AuditRecord): void | Promise<void> {
    this.records.push(record);
    this.#appended?.();
    const hold = this.hold;
    this.hold = undefined;
    return hold;
  }

  /** Resolves at the next append. */
  nextAppend(): Promise<void> {
    return new Promise((resolve) => {
      this.#appended = resolve;
    });
  }

  get outcomes(): AuditRecord[] {
    return this.records.filter((r) => r.event === "outcome");
  }
}

/** A store's clock that a test can move (memory store only). */
let skewUs = 0;
const redisStores: RedisStateStore[] = [];
afterAll(async () => {
  await Promise.all(redisStores.map((s) => s.close()));
});

/** A fresh shared state store, and how to make a decision's reservation vanish from it (expiry). */
const variants: [string, () => Promise<{ store: StateStore; expire: (decisionId: string) => Promise<void> }>][] = [
  [
    "in memory",
    async () => {
      skewUs = 0;
      const store = new MemoryStateStore({ now: () => nowMicros() + skewUs });
      // Past the reservation's 15 minutes on the store's clock, not on the replica's.
      return { store, expire: async () => void (skewUs += 16 * 60_000_000) };
    },
  ],
];
if (hasRedis) {
  variants.push([
    "on Redis",
    async () => {
      const prefix = uniquePrefix();
      const store = new RedisStateStore({ url: REDIS_URL, prefix });
      redisStores.push(store);
      await store.ready();
      // The reservation's key gone, as at its TTL (or evicted): what an expiry leaves.
      return { store, expire: async (decisionId) => void (await store.redis.del(`${prefix}resv:${decisionId}`)) };
    },
  ]);
}

/** One replica: its own limiter (and ledger) and audit log, over the shared store. */
async function replica(store: StateStore, shared?: PolicyStore) {
  const log = new KeptLog();
  const policies = shared ?? (await openPolicy(POLICY));
  const engine = new DecisionEngine(policies, new Limiter(store, { timeoutMs: 10_000 }), undefined, new AuditTrail({ log: log as unknown as AuditLog }));
  return { engine, log, policies };
}

async function decide(engine: DecisionEngine) {
  const d = await engine.decide({ token: "a", server: "jira", tool: "create_issue", estimatedTokens: 40, arguments: { n: Math.random() } });
  expect(d.allow).toBe(true);
  return { decisionId: d.decisionId, principal: d.principal! };
}

const OUTCOME = { outcome: CallOutcome.SUCCESS, durationMs: 5, responseBytes: 10, tokensUsed: 30, attributes: {} };

/** How closing came out: "ok", or the Connect code's name and the message. */
async function close(
  { engine, policies }: { engine: DecisionEngine; policies: PolicyStore },
  decisionId: string,
  principal: Parameters<typeof closeCallRecord>[2],
): Promise<string> {
  try {
    await closeCallRecord(engine, policies.current, principal, decisionId, OUTCOME);
    return "ok";
  } catch (err) {
    const e = ConnectError.from(err);
    return `${Code[e.code]}: ${e.rawMessage}`;
  }
}

describe.each(variants)("closing a call's record, %s", (_name, open) => {
  it("refuses a decision whose reservation expired on every retry, writing no outcome record", async () => {
    // Each retry used to append an outcome record before the settlement found the
    // reservation gone: three refusals, three records.
    const { store, expire } = await open();
    const one = await replica(store);
    const { engine, log } = one;
    const { decisionId, principal } = await decide(engine);
    await expire(decisionId);
    for (let i = 0; i < 3; i++) {
      expect(await close(one, decisionId, principal)).toMatch(/^FailedPrecondition: decision_id: its budget reservation expired/);
    }
    expect(log.outcomes).toEqual([]);
  });

  it("across replicas: a settlement on another replica while this one records leaves one outcome record, the settled one's", async () => {
    // The second replica's settlement used to pass its read while the first was recording,
    // record, and settle; the first then met 'already settled' with its record written.
    const { store } = await open();
    const one = await replica(store);
    const two = await replica(store, one.policies);
    const { decisionId, principal } = await decide(one.engine);
    let release!: () => void;
    one.log.hold = new Promise((resolve) => {
      release = resolve;
    });
    const appended = one.log.nextAppend();
    const first = close(one, decisionId, principal);
    await appended;
    const second = await close(two, decisionId, principal);
    release();
    const answers = [await first, second];
    expect(answers).toEqual(["ok", expect.stringMatching(/^Aborted: decision_id: another settlement of this decision is in progress/)]);
    expect(one.log.outcomes.map((r) => r.decisionId)).toEqual([decisionId]);
    expect(two.log.outcomes).toEqual([]);
    // Settled once: a retry on either replica is a second settlement, and writes nothing.
    expect(await close(two, decisionId, principal)).toMatch(/^FailedPrecondition: decision_id: already settled/);
    expect(await close(one, decisionId, principal)).toMatch(/^FailedPrecondition: decision_id: already settled/);
    expect([...one.log.outcomes, ...two.log.outcomes]).toHaveLength(1);
  });

  it("on one replica: two settlements at the same time write one outcome record", async () => {
    const { store } = await open();
    const one = await replica(store);
    const { engine, log } = one;
    const { decisionId, principal } = await decide(engine);
    let release!: () => void;
    log.hold = new Promise((resolve) => {
      release = resolve;
    });
    const appended = log.nextAppend();
    const first = close(one, decisionId, principal);
    await appended;
    const second = await close(one, decisionId, principal);
    release();
    expect([await first, second]).toEqual(["ok", expect.stringMatching(/^Aborted: /)]);
    expect(log.outcomes).toHaveLength(1);
  });

  it("gives the claim back when the outcome cannot be recorded, so that the retry settles", async () => {
    const { store } = await open();
    const one = await replica(store);
    const two = await replica(store, one.policies);
    const { decisionId, principal } = await decide(one.engine);
    one.log.hold = Promise.reject(new ConnectError("the audit trail cannot record decisions", Code.Unavailable));
    one.log.hold.catch(() => undefined);
    expect(await close(one, decisionId, principal)).toMatch(/^Unavailable: /);
    // Neither this replica's ledger nor the store holds the failed attempt's claim.
    expect(await close(two, decisionId, principal)).toBe("ok");
    expect(await close(one, decisionId, principal)).toMatch(/^FailedPrecondition: decision_id: already settled/);
  });
});
