/**
 * AdminService handlers for the credential vault (wall 2, credentials).
 */
import type { ServiceImpl } from "@connectrpc/connect";
import type { AdminService } from "@portcullis/sdk/gen";
import type { AdminDeps } from "./admin-service.js";
import { notYet } from "./unimplemented.js";

type CredentialRpcs = Pick<ServiceImpl<typeof AdminService>, "putCredential" | "deleteCredential" | "listCredentials">;

/**
 * Implements the credential RPCs of AdminService.
 *
 * @example
 * ```ts
 * const impl = { ...adminTokenRpcs(deps), ...adminCredentialRpcs(deps) };
 * ```
 */
export function adminCredentialRpcs(_deps: AdminDeps): CredentialRpcs {
  const wall2 = "wall 2 (identity and credentials)";
  return {
    putCredential() {
      throw notYet("PutCredential", wall2);
    },
    deleteCredential() {
      throw notYet("DeleteCredential", wall2);
    },
    listCredentials() {
      throw notYet("ListCredentials", wall2);
    },
  };
}
