/**
 * The audit query's filter checks: a reason must be one of the Reason enum's names (a
 * misspelt one used to match nothing and read as "no matching records"); the query module
 * keeps its own list (no protobuf runtime in `audit query`), kept equal to the enum here.
 */
import { Reason } from "@portcullis/sdk";
import { describe, expect, it } from "vitest";
import { AUDIT_REASONS, AuditFilterError, checkFilter } from "../../../../sidecar/src/audit/query/index.js";

const flag = (field: string) => `--${field}`;

describe("checkFilter: reason", () => {
  it("lists exactly the Reason enum's names", () => {
    const names = Object.values(Reason).filter((v): v is string => typeof v === "string");
    expect([...AUDIT_REASONS].sort()).toEqual(names.sort());
  });

  it("takes a reason name in any case, with or without REASON_", () => {
    expect(checkFilter({ reason: "explicit_deny" }, flag).filter.reason).toBe("EXPLICIT_DENY");
    expect(checkFilter({ reason: "REASON_TOKEN_REVOKED" }, flag).filter.reason).toBe("TOKEN_REVOKED");
  });

  it("refuses an unknown reason, naming the closest and the valid ones", () => {
    expect(() => checkFilter({ reason: "EXPLCIT_DENY" }, flag)).toThrow(AuditFilterError);
    expect(() => checkFilter({ reason: "EXPLCIT_DENY" }, flag)).toThrow(/did you mean EXPLICIT_DENY\?/);
    expect(() => checkFilter({ reason: "WHATEVER" }, (f) => f)).toThrow(
      /^reason: takes a reason name such as EXPLICIT_DENY, not 'WHATEVER'; reasons: UNSPECIFIED, ALLOWED/,
    );
  });
});

describe("checkFilter: decision and event", () => {
  it("refuses an unknown decision, naming the valid ones and the closest", () => {
    expect(() => checkFilter({ decision: "alow" }, flag)).toThrow(AuditFilterError);
    expect(() => checkFilter({ decision: "alow" }, flag)).toThrow(
      /^--decision: takes allow, deny, flag, block, mutate, error; not 'alow'; did you mean allow\?$/,
    );
    expect(() => checkFilter({ decision: "whatever" }, flag)).toThrow(/^--decision: takes allow, deny, flag, block, mutate, error; not 'whatever'$/);
  });

  it("refuses an unknown event, naming the valid ones and the closest", () => {
    expect(() => checkFilter({ event: "authorise" }, flag)).toThrow(/^--event: takes .*authorize.*; not 'authorise'; did you mean authorize\?$/);
    expect(() => checkFilter({ event: "nothing-like-it" }, flag)).toThrow(/not 'nothing-like-it'$/);
  });

  it("suggests the closest for --distinct too", () => {
    expect(() => checkFilter({ distinct: "agnet" }, flag)).toThrow(/^--distinct: takes agent, subject, tool; not 'agnet'; did you mean agent\?$/);
  });
});
