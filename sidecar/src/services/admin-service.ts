/**
 * AdminService handlers (control plane). The admin credential is checked before any of
 * these run, by the request gate (`request-gate.ts`).
 */
import { create } from "@bufbuild/protobuf";
import type { ServiceImpl } from "@connectrpc/connect";
import { AdminService, GetPolicyResponseSchema, PolicyErrorSchema, ReloadPolicyResponseSchema } from "@portcullis/sdk/gen";
import type { Credentials } from "../credentials/index.js";
import type { SubjectOffboarding, TokenAdmin } from "../identity/index.js";
import type { Logger } from "../logger.js";
import type { PolicyError, PolicyStore } from "../policy/index.js";
import { adminAuditRpcs } from "./admin-audit.js";
import { logUnexpectedErrors } from "./unexpected-errors.js";
import { adminCredentialRpcs } from "./admin-credentials.js";
import { adminTokenRpcs } from "./admin-tokens.js";

/** What the admin handlers need. */
export interface AdminDeps {
  readonly policies: PolicyStore;
  readonly logger: Logger;
  /** Gateway tokens and offboarding; without them those RPCs answer FailedPrecondition. */
  readonly gateway?: { readonly admin: TokenAdmin; readonly offboarding: SubjectOffboarding } | undefined;
  readonly credentials: Credentials;
  /** The audit directory QueryAudit reads (with `segments/` and `index.sqlite`). */
  readonly auditDir?: string | undefined;
  /** The writer of that directory, when this process is it: VerifyAudit waits for its batch in progress. */
  readonly auditLog?: { settledWrites(): Promise<void> } | undefined;
}

/**
 * Implements AdminService.
 *
 * @example
 * ```ts
 * router.service(AdminService, adminService({ policies, logger }));
 * ```
 */
export function adminService(deps: AdminDeps): ServiceImpl<typeof AdminService> {
  const { policies } = deps;
  const toProto = (errors: readonly PolicyError[]) => errors.map((e) => create(PolicyErrorSchema, e));
  // An unexpected error is answered Internal with its text withheld: the log says what it was.
  return logUnexpectedErrors(
    AdminService,
    {
      getPolicy() {
        const policy = policies.current;
        return create(GetPolicyResponseSchema, {
          revision: policy.revision,
          source: policy.source,
          loadedAtMs: BigInt(policy.loadedAt),
          roles: [...policy.roles.keys()],
          servers: [...policy.knownServers].sort(),
          virtualServers: [...policy.virtualServers.keys()],
          subjectCount: new Set([...policy.principalsByTokenHash.values()].map((p) => p.subject)).size,
          lastRejectedErrors: toProto(policies.lastRejected?.errors ?? []),
        });
      },
      async reloadPolicy() {
        const outcome = await policies.reload("admin");
        return create(ReloadPolicyResponseSchema, {
          changed: outcome.changed,
          revision: outcome.revision,
          errors: toProto(outcome.errors),
        });
      },
      ...adminTokenRpcs(deps),
      ...adminCredentialRpcs(deps),
      ...adminAuditRpcs(deps),
    },
    deps.logger,
  );
}
