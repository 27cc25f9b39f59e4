/**
 * Rules the contract keeps, checked on the generated descriptors: only RPCs that change
 * nothing and carry no token may be sent as HTTP GET, and every 64-bit integer field is
 * marked `[jstype = JS_NUMBER]` (the SDK hands those fields out as numbers).
 */
import { ScalarType, type DescFile, type DescService } from "@bufbuild/protobuf";
import { nestedTypes } from "@bufbuild/protobuf/reflect";
import { FieldOptions_JSType, MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { AdminService, file_portcullis_v1_admin, file_portcullis_v1_governance, GovernanceService } from "@portcullis/sdk/gen";

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
});
