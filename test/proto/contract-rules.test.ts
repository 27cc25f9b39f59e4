/**
 * Rules the contract keeps, checked on the generated descriptors: only RPCs that change
 * nothing and carry no token may be sent as HTTP GET, every 64-bit integer field is marked
 * `[jstype = JS_NUMBER]` (the SDK hands those fields out as numbers), and a field number a
 * released message used never comes back with another meaning.
 */
import { fromBinary, ScalarType, type DescFile, type DescService } from "@bufbuild/protobuf";
import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { nestedTypes } from "@bufbuild/protobuf/reflect";
import { FieldOptions_JSType, MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import {
  AdminService,
  Decision,
  file_portcullis_v1_admin,
  file_portcullis_v1_governance,
  GovernanceService,
  Reason,
  ResolveCredentialResponseSchema,
} from "@portcullis/sdk/gen";

const FILES: DescFile[] = [file_portcullis_v1_governance, file_portcullis_v1_admin];
const SERVICES: DescService[] = [GovernanceService, AdminService];
const INT64 = new Set([ScalarType.INT64, ScalarType.UINT64, ScalarType.SINT64, ScalarType.FIXED64, ScalarType.SFIXED64]);

describe("contract rules", () => {
  it("lets only token-free, side-effect-free RPCs be sent as GET (NO_SIDE_EFFECTS): Ping and GetPolicy", () => {
    const getable = SERVICES.flatMap((s) => s.methods.filter((m) => m.idempotency === MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS));
    expect(getable.map((m) => `${m.parent.name}.${m.name}`)).toEqual(["GovernanceService.Ping", "AdminService.GetPolicy"]);
    for (const method of getable)
      expect(
        method.input.fields.map((f) => f.name),
        method.name,
      ).not.toContain("token");
    expect(GovernanceService.method.authorize.idempotency).toBe(MethodOptions_IdempotencyLevel.IDEMPOTENCY_UNKNOWN);
  });

  it("marks every 64-bit integer field [jstype = JS_NUMBER]", () => {
    const fields = FILES.flatMap((file) => [...nestedTypes(file)].flatMap((t) => (t.kind === "message" ? t.fields : [])));
    const int64 = fields.filter((f) => f.scalar !== undefined && INT64.has(f.scalar));
    expect(int64.length).toBeGreaterThan(10);
    const unmarked = int64.filter((f) => f.proto.options?.jstype !== FieldOptions_JSType.JS_NUMBER).map((f) => `${f.parent.typeName}.${f.name}`);
    expect(unmarked).toEqual([]);
  });

  it("keeps ResolveCredentialResponse's released numbers 1 and 2 (headers, expires_at_ms) reserved", () => {
    const message = ResolveCredentialResponseSchema;
    expect(message.fields.filter((f) => f.number <= 2).map((f) => `${f.name} = ${f.number}`)).toEqual([]);
    const reserved = message.proto.reservedRange.flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i));
    expect(reserved).toEqual([1, 2]);
    expect(message.proto.reservedName).toEqual(["headers", "expires_at_ms"]);
    // What a sidecar released before wall 2 sent: headers {authorization: "Bearer x"} = 1,
    // expires_at_ms = 2. A client of today must not read it as a decision or a reason.
    const old = new BinaryWriter();
    old.tag(1, 2).fork().tag(1, 2).string("authorization").tag(2, 2).string("Bearer x").join();
    old.tag(2, 0).int64(1_764_000_000_000);
    const read = fromBinary(message, old.finish());
    expect(read.decision).toBe(Decision.UNSPECIFIED);
    expect(read.reason).toBe(Reason.UNSPECIFIED);
  });
});
