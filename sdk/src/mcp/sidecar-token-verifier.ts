/**
 * An `OAuthTokenVerifier` for the v1 SDK's `requireBearerAuth` that asks the sidecar: a token
 * it does not know (or revoked) gets the SDK's 401 with a `WWW-Authenticate` challenge. The
 * sidecar checks the token again on every governed call, so this is the door, not the lock.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { GovernanceClient } from "../governance-client.js";

/**
 * What `requireBearerAuth` puts in `req.auth` (the v1 SDK's `AuthInfo`).
 *
 * @example
 * ```ts
 * const info: VerifiedToken = { token, clientId: "agent:support-bot", scopes: [], expiresAt: 1767225600 };
 * ```
 */
export interface VerifiedToken {
  token: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

/** How long `requireBearerAuth` may consider a verified token fresh; each call is checked again anyway. */
const FRESH_SECONDS = 60;

/**
 * A token verifier backed by the sidecar (FilterTools with no tools: who is this?).
 *
 * @example
 * ```ts
 * app.post("/mcp", requireBearerAuth({ verifier: sidecarTokenVerifier(governance, "jira") }), handleMcp);
 * ```
 */
export function sidecarTokenVerifier(governance: GovernanceClient, server: string): { verifyAccessToken(token: string): Promise<VerifiedToken> } {
  return {
    async verifyAccessToken(token) {
      let subject: string;
      try {
        ({ subject } = await governance.filterTools({ token, server, tools: [] }));
      } catch (err) {
        if (err instanceof ConnectError && err.code === Code.Unauthenticated) {
          // Loaded only here: hosts that never use this verifier need not install the v1 SDK.
          const { InvalidTokenError } = await import("@modelcontextprotocol/sdk/server/auth/errors.js");
          throw new InvalidTokenError("The token is not valid for this server");
        }
        throw err;
      }
      // No subject: the sidecar could not answer (fail closed, a 500 rather than a 401).
      if (!subject) throw new Error("the governance sidecar could not check the token");
      return { token, clientId: subject, scopes: [], expiresAt: Math.floor(Date.now() / 1000) + FRESH_SECONDS };
    },
  };
}
