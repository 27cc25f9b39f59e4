/**
 * The gateway as an OAuth 2.1 resource server (MCP authorization, RFC 6750, RFC 9728): every
 * MCP request carries a bearer token — a gateway token (`pcl_…`, `pcla_…`) or an IdP JWT the
 * policy trusts — checked up front by the sidecar's own identity resolution, so a request
 * without one, or with a bad one, gets 401 and a challenge that points at the Protected
 * Resource Metadata. The token is the caller's: it is never passed downstream.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { callerUnavailable, type Identity } from "../identity/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";

/**
 * Where the Protected Resource Metadata of `endpoint` lives under `base`.
 *
 * @example
 * ```ts
 * resourceMetadataUrl("http://127.0.0.1:7879", "research-desk"); // "http://127.0.0.1:7879/.well-known/oauth-protected-resource/mcp/research-desk"
 * ```
 */
export function resourceMetadataUrl(base: string, endpoint: string): string {
  return `${base}/.well-known/oauth-protected-resource/mcp/${encodeURIComponent(endpoint)}`;
}

/**
 * The Protected Resource Metadata (RFC 9728) of one gateway endpoint: the resource's URL and
 * the issuers (the policy's `identity.oidc`) whose tokens it accepts.
 *
 * @example
 * ```ts
 * protectedResourceMetadata("http://127.0.0.1:7879", "research-desk", policy);
 * // { resource: "http://127.0.0.1:7879/mcp/research-desk", authorization_servers: [...], bearer_methods_supported: ["header"] }
 * ```
 */
export function protectedResourceMetadata(base: string, endpoint: string, policy: CompiledPolicy): Record<string, unknown> {
  return {
    resource: `${base}/mcp/${encodeURIComponent(endpoint)}`,
    authorization_servers: policy.identity.oidc.map((o) => o.issuer),
    bearer_methods_supported: ["header"],
    resource_name: `Portcullis gateway: ${endpoint}`,
  };
}

/** A caller that passed the bearer check. */
export interface BearerCaller {
  readonly token: string;
  readonly principal: Principal;
}

/**
 * Checks the request's bearer token. Resolves with the caller, or answers the request itself
 * (401 with a challenge; 503 when the token cannot be checked now) and resolves undefined.
 *
 * @example
 * ```ts
 * const caller = await requireBearer(req, res, { identity, policy, metadataUrl });
 * if (!caller) return; // answered
 * ```
 */
export async function requireBearer(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { readonly identity: Identity; readonly policy: CompiledPolicy; readonly metadataUrl: string },
): Promise<BearerCaller | undefined> {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer +([\x21-\x7e]+)\s*$/i.exec(header);
  if (!match) {
    // No credentials at all: the challenge carries no error code (RFC 6750 §3.1).
    challenge(res, deps.metadataUrl, header === undefined ? undefined : "invalid_request", "send an Authorization: Bearer token");
    return undefined;
  }
  const token = match[1]!;
  const caller = await deps.identity.resolve(deps.policy, token);
  if (caller.ok) return { token, principal: caller.principal };
  if (callerUnavailable(caller)) {
    res
      .writeHead(503, { "content-type": "application/json", "retry-after": "1" })
      .end(JSON.stringify({ error: "temporarily_unavailable", error_description: "the token cannot be checked right now; retry" }));
    return undefined;
  }
  // The reason is the sidecar's own wording, which never echoes the token.
  challenge(res, deps.metadataUrl, "invalid_token", caller.message);
  return undefined;
}

function challenge(res: ServerResponse, metadataUrl: string, error: string | undefined, description: string): void {
  // RFC 6750 §3: error_description is printable ASCII without `"` and `\`. The description may
  // name an unverified issuer or key id, or a subject in any script: anything else would make
  // Node refuse the header, and the caller get a 500 instead of its challenge. The body keeps it whole.
  const quoted = description
    .replace(/["\\]/g, "'")
    .replace(/[^\x20-\x7e]/g, "?")
    .slice(0, 300);
  const params = [`resource_metadata="${metadataUrl}"`, ...(error ? [`error="${error}"`, `error_description="${quoted}"`] : [])];
  res
    .writeHead(401, { "content-type": "application/json", "www-authenticate": `Bearer ${params.join(", ")}` })
    .end(JSON.stringify({ error: error ?? "unauthorized", error_description: description }));
}
