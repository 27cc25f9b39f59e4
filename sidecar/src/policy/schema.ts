/**
 * The policy file's schema. The README's policy reference documents every field here;
 * keep the two in step.
 */
import { z } from "zod";
import { AuditPolicySchema } from "../audit/audit-policy.js";
import { LimitSchema } from "../limits/limit-schema.js";
import { TaintSchema } from "../taint/taint-schema.js";
import { CredentialsSchema } from "../credentials/credential-schema.js";
import { IdentitySchema } from "../identity/identity-schema.js";
import { isSubjectName, SUBJECT_RULE } from "../identity/subject-name.js";
import { impossibleConstraint } from "./argument-constraints.js";
import { GuardrailRuleSchema } from "./guardrail-rules.js";

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const NAME_GLOB = /^[A-Za-z0-9_.*?-]+$/;
const TOOL_PATTERN = /^[^\s]*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

const name = (what: string) =>
  z
    .string()
    .max(128)
    .regex(NAME, { error: `${what} must start with a letter or digit and use only letters, digits, '_', '.' and '-'` });

const serverPattern = z.string().min(1).max(128).regex(NAME_GLOB, { error: "server names use letters, digits, '_', '.', '-' and the wildcards '*' and '?'" });

const toolPattern = z
  .string()
  .min(1, { error: "a tool pattern must not be empty" })
  .max(128)
  .regex(TOOL_PATTERN, { error: "a tool pattern must not contain whitespace" });

const sha256Hex = z.string().regex(SHA256_HEX, {
  error: "tokenSha256 must be 64 lowercase hex characters (make one with `portcullis token hash`)",
});

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One argument constraint; every listed check must pass. */
export const ArgumentConstraintSchema = z
  .strictObject({
    equals: scalar.optional(),
    in: z.array(scalar).min(1, { error: "'in' needs at least one value" }).optional(),
    prefix: z.string().optional(),
    glob: z.string().optional(),
    maxLength: z.int().min(0).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    optional: z.boolean().optional(),
  })
  .refine((c) => ["equals", "in", "prefix", "glob", "maxLength", "min", "max"].some((k) => k in c), {
    error: "an argument constraint needs at least one of equals, in, prefix, glob, maxLength, min, max",
  })
  // A constraint that can never pass denies every call while it reads as allowing some.
  .superRefine((c, ctx) => {
    const impossible = impossibleConstraint(c);
    if (impossible) ctx.addIssue({ code: "custom", message: impossible.message, path: [impossible.key] });
  });

/** Conditions on a tool's MCP annotations. */
export const AnnotationRuleSchema = z.strictObject({
  readOnly: z.literal("required", { error: "readOnly accepts only 'required'" }).optional(),
  destructive: z.literal("deny", { error: "destructive accepts only 'deny'" }).optional(),
  openWorld: z.literal("deny", { error: "openWorld accepts only 'deny'" }).optional(),
});

/** What one role may do on one server (or on every server a glob matches). */
export const ServerRulesSchema = z.strictObject({
  allow: z.array(toolPattern).default([]),
  deny: z.array(toolPattern).default([]),
  annotations: AnnotationRuleSchema.optional(),
  args: z.record(toolPattern, z.record(z.string().min(1).max(128), ArgumentConstraintSchema)).optional(),
});

/** A role: a named set of server grants. */
export const RoleSchema = z.strictObject({
  description: z.string().optional(),
  servers: z.record(serverPattern, ServerRulesSchema),
});

/**
 * A subject (a person or an agent) and the roles it holds. Until gateway tokens arrive,
 * subjects authenticate with static tokens whose SHA-256 (hex) is listed here.
 */
export const SubjectSchema = z.strictObject({
  // The shared subject rule, so a subject the policy names can be offboarded by that name
  // (a trailing control character would make it another subject than the one typed).
  id: z
    .string()
    .min(1, { error: "a subject id must not be empty", abort: true })
    .refine(isSubjectName, { error: `a subject id must be ${SUBJECT_RULE}` }),
  description: z.string().optional(),
  team: name("a team name").optional(),
  roles: z.array(name("a role name")).min(1, { error: "a subject needs at least one role" }),
  tokenSha256: z.union([sha256Hex, z.array(sha256Hex).min(1, { error: "list at least one token hash" })]).transform((v) => (Array.isArray(v) ? v : [v])),
});

/** A tool reference in a virtual server: `server/tool`, the tool part may be a glob. */
const toolRef = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*\/[^\s]+$/, { error: "a tool reference has the form server/tool" });

/** A virtual MCP server: a curated tool set drawn from real servers. */
export const VirtualServerSchema = z.strictObject({
  description: z.string().optional(),
  roles: z.array(name("a role name")).min(1, { error: "a virtual server must be visible to at least one role" }),
  tools: z
    .array(z.union([toolRef, z.strictObject({ tool: toolRef, as: z.string().min(1).max(128).regex(TOOL_PATTERN) })]))
    .min(1, { error: "a virtual server needs at least one tool" }),
});

/** The whole policy file. */
export const PolicySchema = z.strictObject({
  version: z.literal(1, { error: "version must be 1" }),
  subjects: z.array(SubjectSchema).default([]),
  roles: z.record(name("a role name"), RoleSchema),
  virtualServers: z.record(name("a virtual server name"), VirtualServerSchema).default({}),
  limits: z.array(LimitSchema).default([]),
  taint: TaintSchema.optional(),
  guardrails: z.array(GuardrailRuleSchema).default([]),
  identity: IdentitySchema,
  credentials: CredentialsSchema,
  audit: AuditPolicySchema,
});

/** A policy as the schema parses it (defaults applied). */
export type PolicyDocument = z.infer<typeof PolicySchema>;
export type ServerRules = z.infer<typeof ServerRulesSchema>;
export type ArgumentConstraint = z.infer<typeof ArgumentConstraintSchema>;
export type AnnotationRule = z.infer<typeof AnnotationRuleSchema>;
export type VirtualServerDocument = z.infer<typeof VirtualServerSchema>;
