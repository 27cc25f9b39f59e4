/**
 * Which Redis error replies mean "the server cannot serve now" (treated like an unreachable
 * Redis) and which are the command's own (ours to fix), as ioredis hands them over: Redis 7's
 * script errors, Redis 6's wrapped ones, a transaction aborted for a refused command. The
 * descriptions are ours: nothing Redis said verbatim.
 */
import { ReplyError } from "ioredis";
import { describe, expect, it } from "vitest";
import { redisErrorCode, RedisRefusedError, redisRefusal } from "../../sidecar/src/redis-refusal.js";

const reply = (message: string) => new ReplyError(message);

describe("redisRefusal", () => {
  it("names the refusals of a Redis that cannot serve now", () => {
    const cases: [string, string][] = [
      ["OOM command not allowed when used memory > 'maxmemory'. script: a17652f0b3, on @user_script:139.", "OOM"],
      ["READONLY You can't write against a read only replica.", "READONLY"],
      ["MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk.", "MISCONF"],
      ["LOADING Redis is loading the dataset in memory", "LOADING"],
      ["BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.", "BUSY"],
      ["MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.", "MASTERDOWN"],
      ["CLUSTERDOWN The cluster is down", "CLUSTERDOWN"],
      ["TRYAGAIN Multiple keys request during rehashing of slot", "TRYAGAIN"],
      ["NOREPLICAS Not enough good replicas to write.", "NOREPLICAS"],
      ["NOPERM User app has no permissions to run the 'set' command", "NOPERM"],
    ];
    for (const [message, code] of cases) {
      const refusal = redisRefusal(reply(message));
      expect(refusal?.code, message).toBe(code);
      expect(refusal?.description).toMatch(new RegExp(`^redis answered ${code}: it `));
      // Our words only: nothing of Redis's message (script ids, user names) is repeated.
      expect(refusal?.description).not.toContain(message.slice(code.length + 1, code.length + 12));
    }
  });

  it("finds the refusal inside Redis 6's wrapping of a script error, and inside EXECABORT", () => {
    const wrapped = reply(
      "ERR Error running script (call to f_ab12): @user_script:12: @user_script: 12: -OOM command not allowed when used memory > 'maxmemory'.",
    );
    expect(redisRefusal(wrapped)?.code).toBe("OOM");
    const aborted = Object.assign(reply("EXECABORT Transaction discarded because of previous errors."), {
      previousErrors: [reply("OOM command not allowed when used memory > 'maxmemory'.")],
    });
    expect(redisRefusal(aborted)?.code).toBe("OOM");
  });

  it("leaves the command's own errors, and anything that is not an error reply, alone", () => {
    for (const message of [
      "WRONGTYPE Operation against a key holding the wrong kind of value",
      "ERR Error running script (call to f_ab12): @user_script:3: user_script:3: attempt to compare nil with number",
      "PCL_CANCELLED decision d-1 was withdrawn before it ran",
      "BUSYKEY Target key name already exists.",
      "BUSYGROUP Consumer Group name already exists",
      "EXECABORT Transaction discarded because of previous errors.",
    ]) {
      expect(redisRefusal(reply(message)), message).toBeUndefined();
    }
    expect(redisErrorCode(reply("WRONGTYPE Operation against a key"))).toBe("WRONGTYPE");
    expect(redisRefusal(new Error("OOM command not allowed"))).toBeUndefined(); // not a reply
    expect(redisRefusal(new Error("Connection is closed."))).toBeUndefined();
    expect(redisErrorCode("OOM")).toBeUndefined();
  });

  it("RedisRefusedError carries the description, not Redis's words", () => {
    const err = new RedisRefusedError(redisRefusal(reply("OOM command not allowed when used memory > 'maxmemory'. script: a1"))!);
    expect(err.message).toBe("redis answered OOM: it is out of memory — over maxmemory with nothing it may evict — and refuses writes");
    expect(err.code).toBe("OOM");
  });
});
