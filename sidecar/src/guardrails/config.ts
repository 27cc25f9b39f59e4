/**
 * The guardrail configuration: a zod schema the policy schema embeds (one entry per
 * server/tool selector), and its compiled form. Custom PII patterns are checked for
 * catastrophic backtracking (safe-regex2) when the policy loads, so a bad pattern is a
 * policy error with a path, not a stalled scan.
 */
import safeRegex from "safe-regex2";
import { z } from "zod";
import { JudgeConfigSchema } from "./judge-config.js";
import { SpotlightSchema } from "./spotlight.js";

/** What to do with findings of one category. */
export const GuardrailActionSchema = z.enum(["off", "detect", "mutate", "block"]);
export type GuardrailAction = z.infer<typeof GuardrailActionSchema>;

/** Built-in PII types. */
export const PII_TYPES = ["EMAIL", "PHONE", "CREDIT_CARD", "US_SSN", "IBAN", "IP_ADDRESS"] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** A custom PII pattern declared in policy. */
export const CustomPatternSchema = z
  .strictObject({
    type: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, { error: "a custom PII type is UPPER_SNAKE_CASE, at most 32 characters" }),
    pattern: z.string().min(1).max(512),
    flags: z
      .string()
      .regex(/^[imsu]*$/, { error: "custom pattern flags may only use i, m, s and u" })
      .optional(),
    confidence: z.number().min(0).max(1).default(0.9),
  })
  .superRefine((p, ctx) => {
    try {
      new RegExp(p.pattern, p.flags);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: `pattern does not compile: ${(e as Error).message}`, path: ["pattern"] });
      return;
    }
    if (/\\\d|\(\?<?[=!]/.test(p.pattern) || !safeRegex(p.pattern)) {
      ctx.addIssue({
        code: "custom",
        message: "pattern may backtrack catastrophically (nested quantifiers, backreferences or lookarounds); rewrite it without them",
        path: ["pattern"],
      });
    }
  });
export type CustomPattern = z.infer<typeof CustomPatternSchema>;

const confidence = z.number().min(0).max(1);

/**
 * One guardrail profile. Defaults: PII detected, secrets masked, injection blocked, no
 * spotlighting.
 *
 * @example
 * ```ts
 * GuardrailConfigSchema.parse({ pii: "mutate", secrets: "mutate", injection: "block" });
 * ```
 */
export const GuardrailConfigSchema = z.strictObject({
  pii: GuardrailActionSchema.default("detect"),
  secrets: GuardrailActionSchema.default("mutate"),
  injection: GuardrailActionSchema.default("block"),
  /** Findings below these confidences are dropped. */
  minConfidence: z.strictObject({ pii: confidence.default(0.5), secrets: confidence.default(0.5), injection: confidence.default(0.5) }).prefault({}),
  /** Which built-in PII types to look for (default: all). */
  piiTypes: z.array(z.enum(PII_TYPES)).optional(),
  /** Regions for phone numbers written without `+country`. */
  phoneRegions: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .min(1)
    .default(["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR", "JP", "CN"]),
  customPatterns: z.array(CustomPatternSchema).max(64).default([]),
  /** Wall-clock budget for one scan. */
  deadlineMs: z.int().min(1).max(60_000).default(500),
  /** Largest response (UTF-8 bytes of all scanned strings) the guardrail accepts. */
  maxBytes: z
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  /** Text the agent reads instead of a blocked response. */
  blockMessage: z.string().min(1).max(2000).optional(),
  /**
   * The learned models beside the injection rules: the passage model (`injection.learned`, where
   * no rule fires) and the framing check (injection-framing.ts, which sets aside the findings of
   * a text that reads as writing about attacks): `off` leaves injection to the rules alone.
   */
  injectionModel: z.enum(["on", "off"]).default("on"),
  /** A second stage for injection: the operator's classifier, asked about what the local detectors let through. */
  judge: JudgeConfigSchema.optional(),
  /** Marks untrusted output so the agent's model can tell data from instructions (default off). */
  spotlight: SpotlightSchema.prefault({}),
});
/** A guardrail profile as written (input) and as parsed (defaults applied). */
export type GuardrailConfigInput = z.input<typeof GuardrailConfigSchema>;
export type GuardrailConfig = z.output<typeof GuardrailConfigSchema>;

/** A profile with its custom patterns compiled. */
export interface CompiledGuardrail {
  readonly config: GuardrailConfig;
  readonly piiTypes: ReadonlySet<PiiType>;
  readonly custom: ReadonlyArray<{ readonly type: string; readonly re: RegExp; readonly confidence: number }>;
}

/**
 * Parses (if needed) and compiles a profile. Accepts an already compiled profile unchanged.
 *
 * @example
 * ```ts
 * const g = compileGuardrail({ injection: "block", customPatterns: [{ type: "EMPLOYEE_ID", pattern: "EMP-[0-9]{6}" }] });
 * ```
 */
export function compileGuardrail(config: GuardrailConfigInput | GuardrailConfig | CompiledGuardrail): CompiledGuardrail {
  if ("piiTypes" in config && config.piiTypes instanceof Set) return config as CompiledGuardrail;
  const parsed = GuardrailConfigSchema.parse(config);
  return {
    config: parsed,
    piiTypes: new Set(parsed.piiTypes ?? PII_TYPES),
    custom: parsed.customPatterns.map((p) => ({
      type: p.type,
      re: new RegExp(p.pattern, `${(p.flags ?? "").replace(/g/g, "")}g`),
      confidence: p.confidence,
    })),
  };
}
