/**
 * AdminService handlers for gateway tokens and offboarding (wall 2, identity): proto in,
 * identity domain call, proto out. The issued token is in the response once and nowhere else.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  type AdminService,
  IssueTokenResponseSchema,
  ListTokensResponseSchema,
  OffboardSubjectResponseSchema,
  RevokeTokenResponseSchema,
  RotateTokenResponseSchema,
  TokenInfoSchema,
  TokenKind,
  type IssueTokenResponse,
  type TokenInfo,
} from "@portcullis/sdk/gen";
import { isStoreFailure, isSubjectName, SUBJECT_RULE, type GatewayTokenKind, type IssuedToken, type TokenRecord } from "../identity/index.js";
import { redisRefusal } from "../redis-refusal.js";
import type { AdminDeps } from "./admin-service.js";

type TokenRpcs = Pick<ServiceImpl<typeof AdminService>, "issueToken" | "revokeToken" | "rotateToken" | "listTokens" | "offboardSubject">;

const KINDS: Record<GatewayTokenKind, TokenKind> = { human: TokenKind.HUMAN, agent: TokenKind.AGENT };

/**
 * Implements the token and offboarding RPCs of AdminService.
 *
 * @example
 * ```ts
 * const impl = { ...adminTokenRpcs(deps), ...adminCredentialRpcs(deps) };
 * ```
 */
export function adminTokenRpcs(deps: AdminDeps): TokenRpcs {
  const gateway = () => {
    if (!deps.gateway) throw new ConnectError("gateway tokens are not enabled on this sidecar", Code.FailedPrecondition);
    return deps.gateway;
  };
  return {
    async issueToken(req) {
      const issued = await storeCall("no token was handed out; retry", () =>
        gateway().admin.issue({
          subject: req.subject,
          kind: kindOf(req.kind),
          roles: req.roles,
          team: req.team,
          description: req.description,
          ttlMs: ttlMs(req.ttlSeconds),
        }),
      );
      return issuedToProto(issued);
    },
    async revokeToken(req) {
      const revoked = await storeCall("nothing was revoked (or it is not confirmed); retry: revoking again is harmless", () =>
        gateway().admin.revoke(req.tokenId),
      );
      return create(RevokeTokenResponseSchema, { revoked });
    },
    async rotateToken(req) {
      const { issued, revokedId } = await storeCall("the token was not rotated (or it is not confirmed); list the subject's tokens, then retry", () =>
        gateway().admin.rotate(req.tokenId, ttlMs(req.ttlSeconds)),
      );
      return create(RotateTokenResponseSchema, { issued: issuedToProto(issued), revokedTokenId: revokedId });
    },
    async listTokens(req) {
      const records = await storeCall("retry", () => gateway().admin.list({ subject: req.subject || undefined, includeRevoked: req.includeRevoked }));
      return create(ListTokensResponseSchema, { tokens: records.map(infoOf) });
    },
    async offboardSubject(req) {
      if (req.subject === "") throw new ConnectError("subject: required (the person or agent to offboard)", Code.InvalidArgument);
      // The rule every subject is issued under: "george " or "george\n" names no one, and
      // offboarding it would report success while george stays in.
      if (!isSubjectName(req.subject)) throw new ConnectError(`subject: ${SUBJECT_RULE}`, Code.InvalidArgument);
      const outcome = await storeCall(
        "nothing was revoked and the subject was not offboarded (or it is not confirmed); retry: offboarding again is harmless",
        () => gateway().offboarding.offboard(req.subject, { reason: req.reason, source: "admin" }),
      );
      return create(OffboardSubjectResponseSchema, {
        tokensRevoked: outcome.tokensRevoked,
        credentialsDeleted: outcome.credentialsDeleted,
        providerRevocations: outcome.providerRevocations,
        // Every token issued before the offboarding stays refused: there is no end date.
        deniedUntilMs: 0n,
        problems: [...outcome.problems],
        revocationsQueued: outcome.revocationsQueued,
      });
    },
  };
}

/**
 * Runs one call on the token store. A store that cannot answer (Redis down, paused past the
 * command deadline, restarting) or refuses to (out of memory, read-only, …) is `Unavailable`
 * — retry — saying which and what was not done, never a bare Internal. Its answers (ConnectError) pass as they are; a bug stays Internal.
 *
 * A Redis command that timed out may still run when Redis resumes, so a write's message says
 * it is not confirmed; repeating a revocation or an offboarding is harmless.
 */
async function storeCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ConnectError || !isStoreFailure(err)) throw err;
    // A Redis that answered with a refusal (out of memory, read-only, …) is named as such:
    // it is up, and "cannot answer" would send the operator looking for an outage.
    const refusal = redisRefusal(err);
    const why = refusal ? `refused it (${refusal.description})` : `cannot answer now (${(err as Error).message})`;
    throw new ConnectError(`the token store ${why}; ${what}`, Code.Unavailable);
  }
}

function kindOf(kind: TokenKind): GatewayTokenKind {
  if (kind === TokenKind.UNSPECIFIED || kind === TokenKind.HUMAN) return "human";
  if (kind === TokenKind.AGENT) return "agent";
  throw new ConnectError(`kind: unknown token kind ${kind} (TOKEN_KIND_HUMAN or TOKEN_KIND_AGENT)`, Code.InvalidArgument);
}

function ttlMs(seconds: bigint): number {
  if (seconds < 0n) throw new ConnectError("ttl_seconds: must not be negative (0 takes the default, 30 days)", Code.InvalidArgument);
  // Far past the cap, but exact: the domain refuses it with the cap in its message.
  return Number(seconds > 10n ** 12n ? 10n ** 12n : seconds) * 1000;
}

function issuedToProto({ token, record }: IssuedToken): IssueTokenResponse {
  return create(IssueTokenResponseSchema, { tokenId: record.id, token, expiresAtMs: BigInt(record.expiresAtMs), info: infoOf(record) });
}

function infoOf(r: TokenRecord): TokenInfo {
  return create(TokenInfoSchema, {
    tokenId: r.id,
    subject: r.subject,
    roles: [...r.roles],
    createdAtMs: BigInt(r.createdAtMs),
    expiresAtMs: BigInt(r.expiresAtMs),
    revoked: r.revokedAtMs !== 0,
    description: r.description,
    kind: KINDS[r.kind],
    team: r.team,
    lastUsedAtMs: BigInt(r.lastUsedAtMs),
    revokedAtMs: BigInt(r.revokedAtMs),
    hint: r.hint,
  });
}
