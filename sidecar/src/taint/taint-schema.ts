/**
 * The `taint:` section of the policy: which tools are untrusted sources, sensitive-data
 * reads, state changes and egress (derived from MCP annotations unless overridden), and
 * what a workflow that ingested untrusted content may still do.
 */
import { z } from "zod";
import { durationText } from "../limits/limit-schema.js";

/** The four tool classes, in the order of their state bits. */
export const TOOL_CLASSES = ["untrustedSource", "sensitiveData", "stateChange", "egress"] as const;
export type ToolClass = (typeof TOOL_CLASSES)[number];

const toolSelector = z.string().min(1).regex(/^\S+$/, { error: "a tool selector is server/tool (globs allowed) or *" });

const classList = z.array(z.enum(TOOL_CLASSES, { error: "a tool class is untrustedSource, sensitiveData, stateChange or egress" }));

const hostname = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: "a domain is a lowercase host name such as example.com (subdomains included)" });

/** What a tainted workflow may still do. Each field left out denies. */
export const AfterUntrustedSchema = z.strictObject({
  stateChange: z.enum(["deny", "approve", "allow"], { error: "stateChange is deny, approve or allow" }).default("deny"),
  egress: z
    .union(
      [
        z.enum(["deny", "allow"], { error: "egress is deny, allow or { allowDomains: [example.com, …] }" }),
        z.strictObject({ allowDomains: z.array(hostname).min(1, { error: "list at least one domain" }) }),
      ],
      {
        error: "egress is deny, allow or { allowDomains: [example.com, …] }",
      },
    )
    .default("deny"),
});

/**
 * The taint section. Without it, no workflow state is kept.
 *
 * @example
 * ```yaml
 * taint:
 *   classes: { "web/fetch": [untrustedSource], "crm/*": [sensitiveData] }
 *   afterUntrusted: { stateChange: deny, egress: deny }
 *   ruleOfTwo: true
 * ```
 */
export const TaintSchema = z.strictObject({
  /** `server/tool` glob → its classes, replacing what the annotations say (`[]`: none). */
  classes: z.record(toolSelector, classList).default({}),
  afterUntrusted: AfterUntrustedSchema.optional(),
  ruleOfTwo: z.boolean().default(false),
  /** Record would-be denials, enforce none. */
  shadow: z.boolean().default(false),
  /** How long a workflow's state lives after it last changed. */
  ttl: durationText.default(24 * 3_600_000),
  onStoreFailure: z.enum(["deny", "allow"], { error: "onStoreFailure is deny or allow" }).default("deny"),
});

/** The taint section as the schema parses it. */
export type TaintDocument = z.infer<typeof TaintSchema>;
