/**
 * Masks a tool call's arguments for the audit trail. The record must say what the call did
 * ("delete_record on table T") without becoming a second copy of every secret an agent ever
 * passed, so masking is layered:
 *
 * 1. the policy's field masks for the tool (`audit.masks`) — what the owner knows is sensitive;
 * 2. keys whose names say they hold a secret (`password`, `db_password`, `X-Api-Key`, …;
 *    secret-key-names.ts);
 * 3. string values Portcullis's own secret detectors flag (tokens, keys, JWTs, URLs with
 *    credentials) — and PII too where `audit.maskPii` is set;
 * 4. long strings are cut (very long ones left out), so a record stays small whatever the
 *    caller sent.
 *
 * Keys are caller-controlled too: a key the secret detectors flag is recorded as
 * `[masked:secret]` (its value still masked as any other). Every other string a caller
 * controls that reaches a record or a span — server and tool names, a workflow id, an unknown
 * decision id — goes through {@link maskText}, the same detectors with the same cache.
 *
 * The input is never modified; the result is a fresh object (a key `__proto__` stays an own
 * property, never the prototype).
 */
import { compileGuardrail, Deadline, scanString, type CompiledGuardrail } from "../guardrails/index.js";
import { isUuid } from "../guardrails/key-material.js";
import type { CompiledAuditPolicy, FieldPath } from "./audit-policy.js";
import { CleanStrings } from "./clean-strings.js";
import { isSecretKeyName } from "./secret-key-names.js";

/** What a masked value is replaced with. */
export const MASKED = "[masked]";
/** What a value the secret detectors flagged is replaced with. */
export const MASKED_SECRET = "[masked:secret]";
/** What a value the PII detectors flagged is replaced with. */
export const MASKED_PII = "[masked:pii]";

/** Strings longer than this are recorded cut, with their length. */
export const MAX_RECORDED_STRING = 512;
/** Strings longer than this are not scanned, nor recorded: only their length is. */
export const MAX_SCANNED_STRING = 8192;
const MAX_DEPTH = 16;
/** Detectors run in linear time; this only bounds the unforeseen (a first call compiles them). */
const SCAN_DEADLINE_MS = 1000;

const SECRETS_ONLY: CompiledGuardrail = compileGuardrail({ pii: "off", injection: "off", secrets: "detect" });
const SECRETS_AND_PII: CompiledGuardrail = compileGuardrail({ pii: "detect", injection: "off", secrets: "detect" });
/** Strings each detector set found clean (see clean-strings.ts): one set per guard. */
const CLEAN_SECRETS_ONLY = new CleanStrings();
const CLEAN_SECRETS_AND_PII = new CleanStrings();

/**
 * The arguments as they may be recorded for a call of `server/tool`, or undefined when the
 * policy omits arguments.
 *
 * @example
 * ```ts
 * maskArguments({ query: "x", api_key: "sk-live-…" }, DEFAULT_AUDIT_POLICY, "jira", "search");
 * // { query: "x", api_key: "[masked]" }
 * ```
 */
export function maskArguments(
  args: Readonly<Record<string, unknown>> | undefined,
  policy: CompiledAuditPolicy,
  server: string,
  tool: string,
): Record<string, unknown> | undefined {
  if (args === undefined || policy.arguments === "omit") return undefined;
  const masker = policy.maskPii
    ? new Masker(policy.fieldMasks(server, tool), SECRETS_AND_PII, CLEAN_SECRETS_AND_PII)
    : new Masker(policy.fieldMasks(server, tool), SECRETS_ONLY, CLEAN_SECRETS_ONLY);
  return masker.object(args, [], 0);
}

class Masker {
  readonly #fields: readonly FieldPath[];
  readonly #guard: CompiledGuardrail;
  readonly #clean: CleanStrings;

  constructor(fields: readonly FieldPath[], guard: CompiledGuardrail, clean: CleanStrings) {
    this.#fields = fields;
    this.#guard = guard;
    this.#clean = clean;
  }

  object(value: Readonly<Record<string, unknown>>, path: string[], depth: number): Record<string, unknown> {
    // A plain object, not Object.create(null): that one starts in dictionary mode (~1 KB per
    // record). Only `__proto__` would reach the prototype through assignment; it is defined.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      path.push(key);
      const masked = isSecretKeyName(key) || this.#masked(path) ? MASKED : this.value(value[key], path, depth + 1);
      // The path keeps the key as sent (field masks name real keys); the record gets it masked.
      const name = this.#key(key, out);
      if (name === "__proto__") Object.defineProperty(out, name, { value: masked, enumerable: true, writable: true, configurable: true });
      else out[name] = masked;
      path.pop();
    }
    return out;
  }

  value(value: unknown, path: string[], depth: number): unknown {
    if (typeof value === "string") return this.#string(value);
    if (value === null || typeof value !== "object") return value;
    if (depth > MAX_DEPTH) return MASKED;
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        path.push(String(i));
        const v = this.#masked(path) ? MASKED : this.value(item, path, depth + 1);
        path.pop();
        return v;
      });
    }
    return this.object(value as Record<string, unknown>, path, depth);
  }

  #masked(path: readonly string[]): boolean {
    return this.#fields.some((f) => f.length === path.length && f.every((seg, i) => seg === "*" || seg === path[i]));
  }

  #string(text: string): string {
    return maskString(text, this.#guard, this.#clean);
  }

  /** A key as recorded: masked like a value when the detectors flag it, numbered if two are. */
  #key(key: string, out: Readonly<Record<string, unknown>>): string {
    // Short keys (most) cannot hold a secret the detectors know: no lookup at all.
    if (key.length < 8) return key;
    const name = maskString(key, this.#guard, this.#clean);
    if (name === key || !Object.hasOwn(out, name)) return name;
    let n = 2;
    while (Object.hasOwn(out, `${name}#${n}`)) n++;
    return `${name}#${n}`;
  }
}

/** One string as it may be recorded (see {@link maskText}). */
function maskString(text: string, guard: CompiledGuardrail, clean: CleanStrings): string {
  if (text.length > MAX_SCANNED_STRING) return `[${text.length} chars, not recorded]`;
  // A UUID is an identifier to the detectors, never a finding (key-material.ts): decision ids
  // are all different, so the clean-string cache would never spare their scan.
  if (text.length >= 8 && !clean.has(text) && !isUuid(text)) {
    let findings: ReturnType<typeof scanString>;
    try {
      findings = scanString(text, guard, new Deadline(SCAN_DEADLINE_MS));
    } catch {
      // A scan that cannot finish in time is not evidence the value is clean.
      return MASKED;
    }
    if (findings.some((f) => f.category === "secrets")) return MASKED_SECRET;
    if (findings.some((f) => f.category === "pii")) return MASKED_PII;
    // The guard runs no other category: no finding at all is a clean string.
    if (findings.length === 0) clean.scannedClean(text);
  }
  return text.length > MAX_RECORDED_STRING ? `${text.slice(0, MAX_RECORDED_STRING)}…[${text.length} chars]` : text;
}

/**
 * A caller-controlled string (a server or tool name, a workflow id, a decision id) as a record
 * or a span may hold it: masked as an argument value is — `[masked:secret]` when the secret
 * detectors flag it, `[masked:pii]` for PII where the audit policy masks PII, cut when long.
 * Names repeat, so after their second sighting they cost a map lookup (clean-strings.ts).
 *
 * @example
 * ```ts
 * maskText("search_issues"); // "search_issues"
 * maskText("AKIA…"); // "[masked:secret]"
 * maskText(workflowId, policy.audit);
 * ```
 */
export function maskText(text: string, policy?: Pick<CompiledAuditPolicy, "maskPii">): string {
  return policy?.maskPii ? maskString(text, SECRETS_AND_PII, CLEAN_SECRETS_AND_PII) : maskString(text, SECRETS_ONLY, CLEAN_SECRETS_ONLY);
}

/**
 * RecordAudit's free-form attributes as they may be recorded: masked like arguments (no
 * per-tool field masks: the outcome does not name its tool).
 *
 * @example
 * ```ts
 * maskAttributes({ region: "eu", authorization: "Bearer …" }, policy.audit); // { region: "eu", authorization: "[masked]" }
 * ```
 */
export function maskAttributes(attributes: Readonly<Record<string, string>>, policy: CompiledAuditPolicy): Record<string, string> {
  const masker = policy.maskPii ? new Masker([], SECRETS_AND_PII, CLEAN_SECRETS_AND_PII) : new Masker([], SECRETS_ONLY, CLEAN_SECRETS_ONLY);
  const masked = masker.object(attributes, [], 0);
  const out = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(masked)) out[key] = String(masked[key]);
  return out;
}
