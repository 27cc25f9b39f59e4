/**
 * Structured logs (pino). Secrets never reach them: the code logs no tokens, arguments or
 * credentials, and these redaction paths are a second line of defence for anything that
 * carries such a field by mistake.
 */
import { pino, type Logger, type LevelWithSilent, type DestinationStream } from "pino";

export type { Logger };

/** Field names that are always censored, wherever they appear one or two levels deep. */
const REDACT = ["token", "secret", "password", "authorization", "arguments", "credential"].flatMap((k) => [k, `*.${k}`]);

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
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
