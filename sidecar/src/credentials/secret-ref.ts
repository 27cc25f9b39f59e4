/**
 * References to secrets the policy needs but must not contain: `env:VAR` (an environment
 * variable of the sidecar) or `file:/absolute/path` (a file, e.g. a mounted Kubernetes
 * secret). They are read when a token is requested, so a rotated file takes effect without a
 * reload.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute } from "node:path";

/** Where a secret lives. */
export type SecretRef = { readonly kind: "env"; readonly name: string } | { readonly kind: "file"; readonly path: string };

const ENV = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;
const USAGE = "a secret is never written in the policy: give `env:VAR` (an environment variable) or `file:/absolute/path`";

/**
 * Parses a reference; the message never quotes the text (it may be a pasted secret).
 *
 * @example
 * ```ts
 * parseSecretRef("env:JIRA_CLIENT_SECRET"); // { ok: true, ref: { kind: "env", name: "JIRA_CLIENT_SECRET" } }
 * ```
 */
export function parseSecretRef(text: string): { ok: true; ref: SecretRef } | { ok: false; message: string } {
  const env = ENV.exec(text);
  if (env) return { ok: true, ref: { kind: "env", name: env[1]! } };
  if (text.startsWith("file:")) {
    const path = text.slice("file:".length);
    if (isAbsolute(path)) return { ok: true, ref: { kind: "file", path } };
    return { ok: false, message: "a file: reference needs an absolute path, e.g. file:/run/secrets/jira-client-secret" };
  }
  return { ok: false, message: USAGE };
}

/**
 * Reads the secret a reference names (a file's content with surrounding whitespace trimmed).
 * Rejects with a message that names the reference, never the value.
 *
 * @example
 * ```ts
 * const secret = await readSecretRef({ kind: "env", name: "JIRA_CLIENT_SECRET" });
 * ```
 */
export async function readSecretRef(ref: SecretRef): Promise<string> {
  if (ref.kind === "env") {
    const value = process.env[ref.name];
    if (!value) throw new Error(`environment variable ${ref.name} (the client secret) is not set`);
    return value;
  }
  const text = await readFile(ref.path, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the client secret from ${ref.path} (${err.code ?? "error"})`);
  });
  const value = text.trim();
  if (!value) throw new Error(`the client secret file ${ref.path} is empty`);
  return value;
}
