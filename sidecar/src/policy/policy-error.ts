/**
 * A problem in a policy file, located by file, line and column (1-based) and by its path
 * inside the policy, e.g. `roles.support.servers.jira.allow[2]`.
 */
export interface PolicyError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

/** A path into the policy document, as keys and array indexes. */
export type PolicyPath = readonly (string | number)[];

/**
 * Renders a path the way policy authors read it.
 *
 * @example
 * ```ts
 * formatPath(["roles", "support", "servers", "jira", "allow", 2]); // "roles.support.servers.jira.allow[2]"
 * ```
 */
export function formatPath(path: PolicyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Formats an error like a compiler does, so editors and terminals can jump to it.
 *
 * @example
 * ```ts
 * formatPolicyError(err); // "policy.yaml:12:9: roles.support.servers.jira.allow[2]: must not be empty"
 * ```
 */
export function formatPolicyError(error: PolicyError): string {
  const where = error.path === "" ? "" : `${error.path}: `;
  return `${error.file}:${error.line}:${error.column}: ${where}${error.message}`;
}
