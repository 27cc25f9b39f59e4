/**
 * Records every admin RPC in the audit trail: who changed tokens, credentials, the policy,
 * or read the audit trail itself. Changes are refused while the trail cannot record them
 * (Unavailable) — except offboarding: a revocation must never wait for its record.
 */
import { Code, ConnectError, type Interceptor } from "@connectrpc/connect";
import { AdminService } from "@portcullis/sdk/gen";
import { adminRecord, type AuditTrail } from "../audit/index.js";
import type { Logger } from "../logger.js";
import type { PolicyStore } from "../policy/index.js";

/** Admin RPCs that only read. */
const READS = new Set(["GetPolicy", "ListTokens", "ListCredentials", "QueryAudit", "VerifyAudit"]);
/** Recorded by the offboarding itself (with what it revoked), not here. */
const SELF_RECORDED = new Set(["OffboardSubject"]);

/**
 * The interceptor; install it on the router (it passes other services through).
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, interceptors: [adminAuditInterceptor({ trail, policies, logger })] });
 * ```
 */
export function adminAuditInterceptor(deps: { trail: AuditTrail; policies: PolicyStore; logger: Logger }): Interceptor {
  const { trail, policies, logger } = deps;
  // Not async itself: every data-plane call passes through here, and an async wrapper
  // would cost each one a promise and a microtask for nothing.
  return (next) => (req) => {
    if (req.service.typeName !== AdminService.typeName || !trail.enabled || SELF_RECORDED.has(req.method.name)) return next(req);
    return recorded(next, req);
  };

  async function recorded(next: Parameters<Interceptor>[0], req: Parameters<Parameters<Interceptor>[0]>[0]) {
    const method = req.method.name;
    const policy = policies.current;
    if (!READS.has(method)) {
      const refusal = trail.refusal(policy);
      if (refusal) throw new ConnectError(`${method}: not done — ${refusal.rawMessage}`, Code.Unavailable);
    }
    const request = req.stream ? {} : (req.message as unknown as Record<string, unknown>);
    const record = (status: string) => {
      try {
        const pending = trail.record(policy, adminRecord(policy, method, request, status));
        if (pending) pending.catch((err: unknown) => logger.error({ method, err: (err as Error).message }, "admin action not recorded in the audit trail"));
      } catch (err) {
        logger.error({ method, err: (err as Error).message }, "admin action not recorded in the audit trail");
      }
    };
    try {
      const res = await next(req);
      record("ok");
      return res;
    } catch (err) {
      record(ConnectError.from(err).code === undefined ? "error" : Code[ConnectError.from(err).code]);
      throw err;
    }
  }
}
