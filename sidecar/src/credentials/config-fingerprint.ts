/**
 * A fingerprint of what a token obtained for a server depends on in its `credentials:`
 * entry: the grant, the provider (token URL), the client (id, secret reference, how it
 * authenticates) and what was asked for (scopes, audience, resource, token types). Tokens a
 * replica caches for itself (client credentials, token exchange) are keyed by it, so a policy
 * reload that changes any of these — another tenant, narrower scopes — obtains a new token
 * instead of serving one minted under the old entry. The client secret's value is not part of
 * it: a rotated secret does not void tokens already issued.
 */
import { createHash } from "node:crypto";
import type { CompiledServerCredential } from "./credential-schema.js";

/** Compiled entries are immutable and replaced on reload: one hash per entry object. */
const memo = new WeakMap<CompiledServerCredential, string>();

/**
 * The fingerprint (SHA-256, hex) of `config`'s token-relevant fields.
 *
 * @example
 * ```ts
 * tokens.get({ grant: "client-credentials", server, config: configFingerprint(config) }, obtain);
 * ```
 */
export function configFingerprint(config: CompiledServerCredential): string {
  let known = memo.get(config);
  if (known === undefined) {
    known = createHash("sha256")
      .update(JSON.stringify(relevant(config)))
      .digest("hex");
    memo.set(config, known);
  }
  return known;
}

function relevant(config: CompiledServerCredential): unknown {
  if (config.type === "static") return [config.type];
  const { tokenUrl, clientId, clientSecret, clientAuth, scopes, audience, resource } = config.oauth;
  const client = [config.type, tokenUrl, clientId, clientSecret ?? null, clientAuth, scopes, audience ?? null, resource ?? null];
  return config.type === "token-exchange" ? [...client, config.subjectTokenType, config.requestedTokenType ?? null] : client;
}
