/**
 * The taint operation in both state stores, with the same expectations: the first call to
 * bring each kind is recorded, a rule refuses a call atomically with the limits beside it
 * (nothing consumed), shadow records and enforces nothing, and withdrawing a decision takes
 * back exactly the bits it brought. On Redis, a decision with limits and taint is still one
 * script call: no extra round trip.
 */
import { afterAll, describe, expect, it } from "vitest";
import { BITS, MemoryStateStore, RedisStateStore, type LimitOp, type StateStore } from "@portcullis/sidecar";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("taint state");
const { untrustedSource: U, sensitiveData: S, stateChange: C, egress: E } = BITS;
const AFTER_UNTRUSTED = [{ need: U, when: C | E }];

const taint = (legs: number, decision: string, target: string, extra: Partial<Extract<LimitOp, { kind: "taint" }>> = {}): LimitOp => ({
  kind: "taint",
  key: "taint|s=alice|w=run-1",
  shadow: false,
  legs,
  rules: AFTER_UNTRUSTED,
  ttlMs: 60_000,
  call: `${decision} ${target}`,
  ...extra,
});
const steps: LimitOp = { kind: "steps", key: "steps:alice", shadow: false, cap: 10, ttlMs: 60_000 };

const stores: [string, () => StateStore][] = [["in memory", () => new MemoryStateStore()]];
if (hasRedis) stores.push(["on Redis", () => new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() })]);
const opened: StateStore[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

describe.each(stores)("workflow taint %s", (_name, make) => {
  const store = () => {
    const s = make();
    opened.push(s);
    return s;
  };

  it("records the first call of each kind, refuses by rule without consuming the limits beside it", async () => {
    const s = store();
    const [, fetch] = await s.apply([steps, taint(U, "d1", "web/fetch")], { commit: true, decisionId: "d1" });
    expect(fetch).toMatchObject({ allowed: true, workflow: { bits: 0, rule: 0 } });
    await s.apply([taint(U | S, "d2", "crm/get")], { commit: true, decisionId: "d2" });

    const [step, email] = await s.apply([steps, taint(C | E, "d3", "mail/send")], { commit: true, decisionId: "d3" });
    expect(email).toMatchObject({ allowed: false, workflow: { bits: U | S, rule: 1 } });
    expect(email!.workflow!.untrusted).toMatch(/^\d{13} d1 web\/fetch$/);
    expect(email!.workflow!.sensitive).toMatch(/^\d{13} d2 crm\/get$/);
    expect(email!.workflow!.action).toBeUndefined();
    expect(step!.remaining).toBe(8); // one step used (d1); the refused call consumed nothing
    const [after] = await s.apply([steps], { commit: false });
    expect(after!.remaining).toBe(8);
  });

  it("with a rule that counts the call's own legs (the rule of two), refuses a call that completes the set by itself", async () => {
    const s = store();
    const ruleOfTwo = [{ need: U | S, when: C | E, withCall: true }];
    await s.apply([taint(S, "d1", "crm/get", { rules: ruleOfTwo })], { commit: true, decisionId: "d1" });
    // Untrusted input and an action in one call: the workflow would hold all three legs.
    const [unhinted] = await s.apply([taint(U | C | E, "d2", "jira/create", { rules: ruleOfTwo })], { commit: true, decisionId: "d2" });
    expect(unhinted).toMatchObject({ allowed: false, workflow: { bits: S, rule: 1 } });
    // The same rule without withCall counts only what the workflow held: the old, wrong answer.
    const [held] = await s.apply([taint(U | C | E, "d3", "jira/create", { rules: [{ need: U | S, when: C | E }] })], { commit: false });
    expect(held).toMatchObject({ allowed: true });
  });

  it("in shadow, answers the would-be refusal and records the call", async () => {
    const s = store();
    await s.apply([taint(U, "d1", "web/fetch")], { commit: true, decisionId: "d1" });
    const [email] = await s.apply([taint(C | E, "d2", "mail/send", { shadow: true })], { commit: true, decisionId: "d2" });
    expect(email).toMatchObject({ allowed: false, workflow: { rule: 1 } });
    const [next] = await s.apply([taint(0, "d3", "jira/search")], { commit: false });
    expect(next!.workflow).toMatchObject({ bits: U | C | E });
    expect(next!.workflow!.action).toMatch(/ d2 mail\/send$/);
  });

  it("withdrawing a decision takes back only the bits it brought", async () => {
    const s = store();
    await s.apply([taint(S, "d1", "crm/get")], { commit: true, decisionId: "d1" });
    await s.apply([taint(U | S, "d2", "web/fetch")], { commit: true, decisionId: "d2" });
    s.cancel("d2", ["taint|s=alice|w=run-1"]);
    if (s instanceof RedisStateStore) await s.compensations.idle();
    const [state] = await s.apply([taint(C, "d3", "mail/send")], { commit: false });
    expect(state).toMatchObject({ allowed: true, workflow: { bits: S } });
    expect(state!.workflow!.untrusted).toBeUndefined();
    expect(state!.workflow!.sensitive).toMatch(/ d1 crm\/get$/);
  });
});

describe.runIf(hasRedis)("taint on Redis", () => {
  it("adds no round trip: one command per decision with limits and taint", async () => {
    const s = new RedisStateStore({ url: REDIS_URL, prefix: uniquePrefix() });
    opened.push(s);
    await s.ready();
    await s.apply([steps, taint(U, "warm", "web/fetch")], { commit: true, decisionId: "warm" }); // loads the script
    const sent: string[] = [];
    const send = s.redis.sendCommand.bind(s.redis);
    s.redis.sendCommand = (command, stream) => {
      sent.push(command.name);
      return send(command, stream);
    };
    for (let i = 0; i < 5; i++) await s.apply([steps, taint(C, `d${i}`, "jira/create")], { commit: true, decisionId: `d${i}` });
    expect(sent).toEqual(Array(5).fill("evalsha"));
  });
});
