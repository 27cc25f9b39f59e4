/**
 * AdminService handlers for gateway tokens and offboarding (wall 2, identity).
 */
import type { ServiceImpl } from "@connectrpc/connect";
import type { AdminService } from "@portcullis/sdk/gen";
import type { AdminDeps } from "./admin-service.js";
import { notYet } from "./unimplemented.js";

type TokenRpcs = Pick<ServiceImpl<typeof AdminService>, "issueToken" | "revokeToken" | "rotateToken" | "listTokens" | "offboardSubject">;

/**
 * Implements the token and offboarding RPCs of AdminService.
 *
 * @example
 * ```ts
 * const impl = { ...adminTokenRpcs(deps), ...adminCredentialRpcs(deps) };
 * ```
 */
export function adminTokenRpcs(_deps: AdminDeps): TokenRpcs {
  const wall2 = "wall 2 (identity and credentials)";
  return {
    issueToken() {
      throw notYet("IssueToken", wall2);
    },
    revokeToken() {
      throw notYet("RevokeToken", wall2);
    },
    rotateToken() {
      throw notYet("RotateToken", wall2);
    },
    listTokens() {
      throw notYet("ListTokens", wall2);
    },
    offboardSubject() {
      throw notYet("OffboardSubject", wall2);
    },
  };
}
