/**
 * The optional second stage of injection detection: a classifier the operator runs (Prompt
 * Guard behind a text-classification endpoint, Llama Guard or any model behind an
 * OpenAI-compatible chat endpoint, a vendor API), asked over HTTP about the responses the
 * local detectors let through. A profile setting, for high-risk profiles; the API key comes
 * from the environment, never from the policy file.
 */
import { z } from "zod";

/**
 * `judge:` in a guardrail profile.
 *
 * @example
 * ```ts
 * JudgeConfigSchema.parse({ url: "http://127.0.0.1:8000/classify", onError: "block" });
 * ```
 */
export const JudgeConfigSchema = z.strictObject({
  /** The endpoint: a text classifier (`POST {"inputs": text}`) or an OpenAI-compatible `/v1/chat/completions`. */
  url: z
    .url({ protocol: /^https?$/, error: "judge.url must be an http(s) URL" })
    .refine((url) => !URL.canParse(url) || (new URL(url).username === "" && new URL(url).password === ""), {
      error: "judge.url must not hold credentials (user:password@): name the key's environment variable in judge.apiKeyEnv",
    }),
  /** `classifier`: answers labels with scores; `openai-chat`: a chat model answers `injection` or `benign` (or Llama Guard's `unsafe`/`safe`). */
  protocol: z.enum(["classifier", "openai-chat"]).default("classifier"),
  /** The model name sent to an OpenAI-compatible endpoint. */
  model: z.string().min(1).max(200).optional(),
  /** Name of the environment variable holding the endpoint's API key (sent as a bearer token). */
  apiKeyEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: "judge.apiKeyEnv is the NAME of an environment variable (e.g. JUDGE_API_KEY), never the key" })
    .optional(),
  /** Classifier labels that mean injection (case-insensitive). */
  injectionLabels: z.array(z.string().min(1).max(64)).min(1).max(16).default(["INJECTION", "JAILBREAK", "MALICIOUS", "UNSAFE", "LABEL_1"]),
  /** A classifier score at or above this is an injection. */
  threshold: z.number().min(0).max(1).default(0.5),
  /** How long the judge may take per response. */
  timeoutMs: z.int().min(10).max(30_000).default(1500),
  /** When the judge fails or times out: `block` the response (fail closed) or `allow` it on the local verdict. */
  onError: z.enum(["block", "allow"]).default("block"),
  /** Most characters sent; a longer response is judged on its head and tail. */
  maxChars: z.int().min(256).max(1_000_000).default(16_000),
  /** Verdicts kept by content hash, and for how long. */
  cacheEntries: z.int().min(0).max(1_000_000).default(10_000),
  cacheTtlMs: z.int().min(0).max(86_400_000).default(600_000),
});

/** `judge:` as written. */
export type JudgeConfigInput = z.input<typeof JudgeConfigSchema>;
/** `judge:` with its defaults. */
export type JudgeConfig = z.output<typeof JudgeConfigSchema>;
