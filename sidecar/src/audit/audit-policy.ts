/**
 * The policy's `audit:` section: what happens to a decision that cannot be recorded, and how
 * a call's arguments are masked before they reach the audit trail.
 *
 * Where the trail lives and how durably it is written (`--audit-dir`, `--audit-mode`) is the
 * sidecar's configuration, not the policy's: a policy edit must not be able to move or turn
 * off the record of what it allowed.
 */
import { z } from "zod";
import { compileGlob, type NamePattern } from "../policy/glob.js";

const FIELD_PATH = /^(?:\*|[^.*\s]+)(?:\.(?:\*|[^.*\s]+))*$/;

/** A field mask: tools (`server/tool`, globs allowed) and the argument paths masked for them. */
const MaskSchema = z.strictObject({
  tools: z.array(z.string().min(1).regex(/^\S+$/, { error: "a tool selector is server/tool (globs allowed) or *" })).min(1),
  fields: z
    .array(
      z.string().min(1).max(256).regex(FIELD_PATH, {
        error: "a field path is dot-separated keys, where '*' stands for any one key or array index (e.g. customer.ssn, items.*.token)",
      }),
    )
    .min(1),
});

/** The `audit:` section. */
export const AuditPolicySchema = z
  .strictObject({
    /**
     * `deny` (default): a decision that cannot be recorded (full queue, disk error) is not
     * made — REASON_AUDIT_UNAVAILABLE. `allow`: the call goes ahead unrecorded and is counted.
     */
    onUnavailable: z.enum(["deny", "allow"]).default("deny"),
    /** `masked` (default): arguments are recorded with masks applied; `omit`: not recorded. */
    arguments: z.enum(["masked", "omit"]).default("masked"),
    /** Also mask string values the PII detectors flag (emails, card numbers, …). */
    maskPii: z.boolean().default(false),
    masks: z.array(MaskSchema).default([]),
  })
  .default({ onUnavailable: "deny", arguments: "masked", maskPii: false, masks: [] });

/** The section as the schema parses it. */
export type AuditPolicyDocument = z.infer<typeof AuditPolicySchema>;

/** One compiled field path: its segments, `*` matching any key. */
export type FieldPath = readonly string[];

/** The section ready for decisions. */
export interface CompiledAuditPolicy {
  readonly onUnavailable: "deny" | "allow";
  readonly arguments: "masked" | "omit";
  readonly maskPii: boolean;
  /** The field paths masked for a call of `server/tool` (the real target). */
  fieldMasks(server: string, tool: string): readonly FieldPath[];
}

/** The audit settings of a policy without an `audit:` section. */
export const DEFAULT_AUDIT_POLICY: CompiledAuditPolicy = compileAuditPolicy(AuditPolicySchema.parse(undefined));

/**
 * Compiles the section.
 *
 * @example
 * ```ts
 * const audit = compileAuditPolicy({ onUnavailable: "deny", arguments: "masked", maskPii: false,
 *   masks: [{ tools: ["crm/*"], fields: ["customer.ssn"] }] });
 * audit.fieldMasks("crm", "update"); // [["customer", "ssn"]]
 * ```
 */
export function compileAuditPolicy(doc: AuditPolicyDocument): CompiledAuditPolicy {
  const masks = doc.masks.map((m) => ({
    tools: m.tools.map((t): NamePattern => compileGlob(t)),
    fields: m.fields.map((f): FieldPath => f.split(".")),
  }));
  const none: readonly FieldPath[] = [];
  return {
    onUnavailable: doc.onUnavailable,
    arguments: doc.arguments,
    maskPii: doc.maskPii,
    fieldMasks(server, tool) {
      if (masks.length === 0) return none;
      const target = `${server}/${tool}`;
      const out: FieldPath[] = [];
      for (const m of masks) if (m.tools.some((p) => p.matches(target))) out.push(...m.fields);
      return out;
    },
  };
}
