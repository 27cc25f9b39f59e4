/**
 * Test helpers for policies: compile YAML text, make tokens and their hashes.
 */
import { formatPolicyError, hashToken, loadPolicyText, type CompiledPolicy } from "@portcullis/sidecar";

/** Compiles policy text or throws with every error, formatted. */
export function compile(text: string, file = "test.yaml"): CompiledPolicy {
  const result = loadPolicyText(text, file);
  if (!result.ok) throw new Error(result.errors.map(formatPolicyError).join("\n"));
  return result.policy;
}

/** Returns the errors of a policy text that must be invalid. */
export function compileErrors(text: string, file = "test.yaml") {
  const result = loadPolicyText(text, file);
  if (result.ok) throw new Error("expected the policy to be rejected");
  return result.errors;
}

/** A `subjects` entry line for a token. */
export function subject(id: string, roles: string[], token: string): string {
  return `  - { id: "${id}", roles: [${roles.join(", ")}], tokenSha256: ${hashToken(token)} }`;
}
