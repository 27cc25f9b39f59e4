/**
 * The `limits:` section of the policy: rate limits, token budgets, workflow step caps and
 * duplicate-call guards, each scoped to subjects, a role or a team and to server/tool globs.
 */
import { z } from "zod";

const UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
};

/**
 * Parses a duration such as `500ms`, `30s`, `10m`, `1h`, `1d`; undefined when malformed.
 *
 * @example
 * ```ts
 * parseDuration("10m"); // 600000
 * ```
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)\s*([a-z]+)$/.exec(text.trim());
  const unit = match ? UNITS_MS[match[2]!] : undefined;
  if (!match || unit === undefined) return undefined;
  const value = Number(match[1]) * unit;
  return value > 0 && Number.isSafeInteger(value) ? value : undefined;
}

/** Budget periods, aligned to the UTC calendar. */
export const BUDGET_PERIODS = ["hour", "day", "month"] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

const rateText = z.string().transform((text, ctx) => {
  const match = /^(\d+)\s*\/\s*(\d*)\s*([a-z]+)$/.exec(text.trim());
  const count = Number(match?.[1]);
  const unit = match ? UNITS_MS[match[3]!] : undefined;
  const periodMs = unit === undefined ? NaN : unit * (match?.[2] ? Number(match[2]) : 1);
  if (!match || !(count > 0) || !Number.isSafeInteger(count) || !(periodMs > 0)) {
    ctx.addIssue({ code: "custom", message: "rate takes COUNT/PERIOD with a positive whole COUNT, e.g. 60/m, 100/10s, 5000/h" });
    return z.NEVER;
  }
  return { count, periodMs };
});

const budgetText = z.string().transform((text, ctx) => {
  const match = /^(\d+)\s*\/\s*([a-z]+)$/.exec(text.trim());
  const amount = Number(match?.[1]);
  const period = match?.[2] as BudgetPeriod | undefined;
  if (!match || !(amount > 0) || !Number.isSafeInteger(amount) || !BUDGET_PERIODS.includes(period!)) {
    ctx.addIssue({ code: "custom", message: "tokens takes AMOUNT/PERIOD with a positive whole AMOUNT and PERIOD hour, day or month, e.g. 2000000/day" });
    return z.NEVER;
  }
  return { amount, period: period! };
});

/**
 * A duration field (`10m`, `24h`): parsed to milliseconds, with a message saying the format.
 *
 * @example
 * ```ts
 * z.strictObject({ ttl: durationText.default(86_400_000) });
 * ```
 */
export const durationText = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined) {
    ctx.addIssue({ code: "custom", message: "a duration is a positive whole number with a unit: ms, s, m, h or d (e.g. 10m)" });
    return z.NEVER;
  }
  return ms;
});

const estimateTokens = z.int().min(1, { error: "a default estimate is a whole number of tokens, at least 1" });

const scopeText = z.string().regex(/^(all|(subject|role|team):\S+)$/, { error: "scope is all, subject:<id>, role:<name> or team:<name>" });

/** One limit of the policy. Exactly one of rate, tokens, steps, duplicateWindow. */
export const LimitSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: "a limit name uses letters, digits, '_', '.' and '-'" })
      .optional(),
    scope: scopeText.default("all"),
    per: z.array(z.enum(["subject", "tool"], { error: "per lists subject and/or tool" })).default([]),
    tools: z
      .array(z.string().min(1).regex(/^\S+$/, { error: "a tool selector is server/tool (globs allowed) or *" }))
      .min(1)
      .default(["*"]),
    rate: rateText.optional(),
    burst: z.int().min(1, { error: "burst must be at least 1" }).optional(),
    tokens: budgetText.optional(),
    defaultEstimate: z
      .union([estimateTokens, z.record(z.string().regex(/^\S+$/), estimateTokens)], {
        error: "defaultEstimate is a positive whole number of tokens, or a map of server/tool globs to one (e.g. { 'jira/*': 2000, '*': 500 })",
      })
      .optional(),
    requireEstimate: z.boolean().optional(),
    steps: z.int().min(1, { error: "steps must be at least 1" }).optional(),
    sharedWorkflow: z.boolean().default(false),
    duplicateWindow: durationText.optional(),
    shadow: z.boolean().default(false),
    onStoreFailure: z.enum(["deny", "allow"], { error: "onStoreFailure is deny or allow" }).default("deny"),
  })
  .superRefine((limit, ctx) => {
    const kinds = (["rate", "tokens", "steps", "duplicateWindow"] as const).filter((k) => limit[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          kinds.length === 0
            ? "a limit needs one of rate, tokens, steps, duplicateWindow"
            : `a limit has exactly one of rate, tokens, steps, duplicateWindow (this one has ${kinds.join(", ")}); split it into several limits`,
      });
    }
    if (limit.burst !== undefined && limit.rate === undefined) {
      ctx.addIssue({ code: "custom", path: ["burst"], message: "burst applies only to a rate limit" });
    }
    if (limit.sharedWorkflow && limit.steps === undefined) {
      ctx.addIssue({ code: "custom", path: ["sharedWorkflow"], message: "sharedWorkflow applies only to a step cap" });
    }
    for (const key of ["defaultEstimate", "requireEstimate"] as const) {
      if (limit[key] !== undefined && limit.tokens === undefined) {
        ctx.addIssue({ code: "custom", path: [key], message: `${key} applies only to a token budget` });
      }
    }
    if (limit.tokens !== undefined) {
      if (limit.defaultEstimate !== undefined && limit.requireEstimate === true) {
        ctx.addIssue({ code: "custom", path: ["requireEstimate"], message: "give defaultEstimate or requireEstimate: true, not both" });
      }
    }
  });

/** A limit as the schema parses it. */
export type LimitDocument = z.infer<typeof LimitSchema>;
