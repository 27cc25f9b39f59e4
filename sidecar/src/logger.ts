/**
 * Structured logs (pino). Secrets never reach them: the code logs no tokens, arguments or
 * credentials, and these redaction paths are a second line of defence for anything that
 * carries such a field by mistake. Names a caller chose (the server, tool or endpoint it
 * called, its workflow and decision ids) are masked as the audit trail masks them: a caller
 * can put a token there, and a log line about its call would carry it in clear.
 */
import { pino, type Logger, type LevelWithSilent, type DestinationStream } from "pino";
import { maskText } from "./audit/argument-masks.js";

export type { Logger };

/** Field names that are always censored, wherever they appear one or two levels deep. */
const REDACT = ["token", "secret", "password", "authorization", "arguments", "credential"].flatMap((k) => [k, `*.${k}`]);

/** Fields that hold a name or id as the caller sent it. */
const CALLER_CHOSEN = ["server", "virtualServer", "tool", "endpoint", "decisionId", "workflowId"] as const;

/** `fields` with the caller-chosen ones masked (the same object when none holds a secret). */
function maskCallerChosen(fields: Record<string, unknown>): Record<string, unknown> {
  let out = fields;
  for (const key of CALLER_CHOSEN) {
    const value = fields[key];
    if (typeof value !== "string" || value === "") continue;
    const masked = maskText(value);
    if (masked === value) continue;
    if (out === fields) out = { ...fields };
    out[key] = masked;
  }
  return out;
}

/**
 * Creates the sidecar's logger.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: "info" });
 * log.info({ revision }, "policy loaded");
 * ```
 */
export function createLogger(options: { level?: LevelWithSilent; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: "portcullis" },
      redact: { paths: REDACT, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: maskCallerChosen },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
