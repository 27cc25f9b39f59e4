/**
 * How a credential is presented to the MCP server: HTTP headers for a remote server, or
 * environment variables for a stdio one. Each is a template with one `{token}` where the
 * credential goes; the default is `authorization: Bearer {token}`.
 */
import { z } from "zod";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLACEHOLDER = "{token}";

const template = z.string().max(1024);

/** The policy's `apply:` of one server. */
export const ApplySchema = z.strictObject({
  headers: z.record(z.string().min(1).max(128), template).optional(),
  env: z.record(z.string().min(1).max(128), template).optional(),
});

/** One header or variable: its name and the text around the credential. */
export interface ApplyTarget {
  readonly name: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** The compiled `apply:`. */
export interface CompiledApply {
  readonly headers: readonly ApplyTarget[];
  readonly env: readonly ApplyTarget[];
}

/** `authorization: Bearer {token}`. */
export const DEFAULT_APPLY: CompiledApply = { headers: [{ name: "authorization", prefix: "Bearer ", suffix: "" }], env: [] };

/**
 * Compiles `apply:` (absent: the default bearer header), pushing problems by policy path.
 *
 * @example
 * ```ts
 * const apply = compileApply({ headers: { "x-api-key": "{token}" } }, ["credentials", "jira", "apply"], problems);
 * ```
 */
export function compileApply(
  doc: z.infer<typeof ApplySchema> | undefined,
  path: readonly (string | number)[],
  problems: { path: readonly (string | number)[]; message: string; atKey?: boolean }[],
): CompiledApply {
  if (!doc) return DEFAULT_APPLY;
  const targets = (kind: "headers" | "env", pattern: RegExp, rule: string): ApplyTarget[] =>
    Object.entries(doc[kind] ?? {}).flatMap(([name, text]) => {
      const at = [...path, kind, name];
      if (!pattern.test(name)) {
        problems.push({ path: at, atKey: true, message: rule });
        return [];
      }
      const parts = text.split(PLACEHOLDER);
      if (parts.length !== 2) {
        problems.push({ path: at, message: `a template holds ${PLACEHOLDER} exactly once, e.g. "Bearer ${PLACEHOLDER}"` });
        return [];
      }
      return [{ name: kind === "headers" ? name.toLowerCase() : name, prefix: parts[0]!, suffix: parts[1]! }];
    });
  const headers = targets("headers", HEADER_NAME, "a header name uses letters, digits and !#$%&'*+.^_`|~-");
  const env = targets("env", ENV_NAME, "an environment variable name uses letters, digits and '_' and does not start with a digit");
  if (doc.headers === undefined && doc.env === undefined) problems.push({ path, message: "apply needs headers, env or both" });
  return { headers, env };
}

/**
 * The headers and environment variables that present `token`.
 *
 * @example
 * ```ts
 * applyCredential(DEFAULT_APPLY, "abc").headers; // { authorization: "Bearer abc" }
 * ```
 */
export function applyCredential(apply: CompiledApply, token: string): { headers: Record<string, string>; env: Record<string, string> } {
  const fill = (targets: readonly ApplyTarget[]) => {
    const out: Record<string, string> = {};
    for (const t of targets) out[t.name] = t.prefix + token + t.suffix;
    return out;
  };
  return { headers: fill(apply.headers), env: fill(apply.env) };
}

/**
 * The credentials `applied` presents under `apply`: each header or variable the template
 * names, with the template's text around `{token}` taken off — what a tool that names the key
 * it got (rather than the header it came in) would echo, e.g. the key of `ApiKey {token}`.
 * A value that does not fit its template (the policy changed since) gives nothing.
 *
 * @example
 * ```ts
 * const apply = { headers: [{ name: "authorization", prefix: "ApiKey ", suffix: "" }], env: [] };
 * presentedTokens(apply, { headers: { authorization: "ApiKey k-123" }, env: {} }); // ["k-123"]
 * ```
 */
export function presentedTokens(
  apply: CompiledApply,
  applied: { readonly headers: Readonly<Record<string, string>>; readonly env: Readonly<Record<string, string>> },
): string[] {
  const tokens: string[] = [];
  const take = (targets: readonly ApplyTarget[], values: Readonly<Record<string, string>>) => {
    for (const t of targets) {
      const value = values[t.name];
      if (value === undefined || value.length < t.prefix.length + t.suffix.length) continue;
      if (value.startsWith(t.prefix) && value.endsWith(t.suffix)) tokens.push(value.slice(t.prefix.length, value.length - t.suffix.length));
    }
  };
  take(apply.headers, applied.headers);
  take(apply.env, applied.env);
  return tokens;
}
