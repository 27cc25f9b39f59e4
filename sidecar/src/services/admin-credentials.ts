/**
 * AdminService handlers for the credential vault (wall 2, credentials): proto ↔ domain. The
 * values of PutCredential are never logged or echoed.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  type AdminService,
  CredentialInfoSchema,
  CredentialKind,
  DeleteCredentialResponseSchema,
  DropRevocationResponseSchema,
  ListCredentialsResponseSchema,
  PendingRevocationSchema,
  PutCredentialResponseSchema,
} from "@portcullis/sdk/gen";
import {
  CredentialAdminError,
  deleteCredential,
  epochMs,
  hasControlCharacter,
  listCredentials,
  putCredential,
  VAULT_OFF,
  VaultWritesHeldError,
  type StoredRevocation,
  type VaultRecordKind,
} from "../credentials/index.js";
import type { AdminDeps } from "./admin-service.js";
import { requireName } from "./request-bounds.js";

type CredentialRpcs = Pick<ServiceImpl<typeof AdminService>, "putCredential" | "deleteCredential" | "listCredentials" | "dropRevocation">;

const KINDS: Partial<Record<CredentialKind, VaultRecordKind>> = { [CredentialKind.STATIC]: "static", [CredentialKind.OAUTH2_USER]: "oauth2-user" };
const PROTO_KINDS: Record<VaultRecordKind, CredentialKind> = { static: CredentialKind.STATIC, "oauth2-user": CredentialKind.OAUTH2_USER };
/** Largest secret or refresh token accepted. */
const MAX_SECRET_BYTES = 16 * 1024;

/**
 * Implements the credential RPCs of AdminService.
 *
 * @example
 * ```ts
 * const impl = { ...adminTokenRpcs(deps), ...adminCredentialRpcs(deps) };
 * ```
 */
export function adminCredentialRpcs(deps: AdminDeps): CredentialRpcs {
  const vault = () => deps.credentials.vault;
  return {
    async putCredential(req) {
      requireName("server", req.server, "the real MCP server the credential is for");
      if (req.subject !== "") requireName("subject", req.subject, "the subject it acts for; empty for the server's shared credential");
      const kind = KINDS[req.kind];
      if (!kind) throw new ConnectError("kind: required (CREDENTIAL_KIND_STATIC or CREDENTIAL_KIND_OAUTH2_USER)", Code.InvalidArgument);
      boundSecret("secret", req.secret, true);
      boundSecret("refresh_token", req.refreshToken, false);
      await guarded(() =>
        putCredential(vault(), deps.policies.current, {
          subject: req.subject,
          server: req.server,
          kind,
          secret: req.secret,
          refreshToken: req.refreshToken,
          expiresAtMs: Number(req.expiresAtMs),
        }),
      );
      deps.logger.info({ subject: req.subject, server: req.server, kind }, "credential put");
      return create(PutCredentialResponseSchema, {});
    },
    async deleteCredential(req) {
      requireName("server", req.server, "the server whose credential to delete");
      const { credentials, policies } = deps;
      const outcome = await guarded(() =>
        deleteCredential(vault(), req.subject, req.server, { policies, revocations: credentials.revocations, waitMs: credentials.revocationWaitMs }),
      );
      const { deleted, providerRevocations, revocationsQueued, problems } = outcome;
      if (deleted > 0) deps.logger.info({ subject: req.subject, server: req.server, providerRevocations, revocationsQueued, problems }, "credential deleted");
      return create(DeleteCredentialResponseSchema, { deleted: deleted > 0, providerRevocations, revocationsQueued, problems: [...problems] });
    },
    async listCredentials(req) {
      const filter = { subject: req.subject === "" ? undefined : req.subject, server: req.server === "" ? undefined : req.server };
      const records = await guarded(() => listCredentials(vault(), filter));
      const pending = await guarded(async () => (await deps.credentials.revocations?.list()) ?? []);
      return create(ListCredentialsResponseSchema, {
        credentials: records.map((r) =>
          create(CredentialInfoSchema, {
            subject: r.subject,
            server: r.server,
            kind: PROTO_KINDS[r.kind] ?? CredentialKind.UNSPECIFIED,
            // Whole and in range for any stored record: one bad expiry never fails the list.
            updatedAtMs: BigInt(epochMs(r.updatedAtMs)),
            expiresAtMs: BigInt(epochMs(r.expiresAtMs)),
            hasRefreshToken: r.hasRefreshToken,
          }),
        ),
        pendingRevocations: pending
          .filter((p) => (filter.subject === undefined || p.subject === filter.subject) && (filter.server === undefined || p.server === filter.server))
          .map(pendingRevocation),
      });
    },
    async dropRevocation(req) {
      requireName("revocation_id", req.revocationId, "the queued revocation's id, as ListCredentials (or `portcullis revocations list`) shows it");
      const queue = deps.credentials.revocations;
      if (!queue) throw new ConnectError(VAULT_OFF, Code.FailedPrecondition);
      const dropped = await guarded(() => queue.drop(req.revocationId));
      if (!dropped) {
        throw new ConnectError(
          `revocation_id: no queued revocation '${req.revocationId}' (it may have been revoked, given up or dropped meanwhile); list them with \`portcullis revocations list\``,
          Code.NotFound,
        );
      }
      return create(DropRevocationResponseSchema, { dropped: pendingRevocation(dropped) });
    },
  };
}

/** A queued revocation as the admin sees it: who, where, since when, how it went — never the sealed tokens. */
function pendingRevocation(p: StoredRevocation) {
  return create(PendingRevocationSchema, {
    revocationId: p.id,
    subject: p.subject,
    server: p.server,
    queuedAtMs: BigInt(epochMs(p.queuedAtMs)),
    attempts: p.attempts,
    lastError: p.lastError,
  });
}

function boundSecret(field: string, value: string, required: boolean): void {
  if (required && value === "") throw new ConnectError(`${field}: required (the secret, or the OAuth 2 access token)`, Code.InvalidArgument);
  if (Buffer.byteLength(value) > MAX_SECRET_BYTES) throw new ConnectError(`${field}: longer than ${MAX_SECRET_BYTES} bytes`, Code.InvalidArgument);
  // The value is never echoed: the message names the field only (see credential-value.ts).
  if (hasControlCharacter(value))
    throw new ConnectError(`${field}: holds a control character (NUL, CR, LF, …), which no header or environment variable can carry`, Code.InvalidArgument);
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CredentialAdminError) throw new ConnectError(err.message, err.kind === "invalid" ? Code.InvalidArgument : Code.FailedPrecondition);
    if (err instanceof ConnectError) throw err;
    if (err instanceof VaultWritesHeldError) throw new ConnectError(err.message, Code.FailedPrecondition);
    throw new ConnectError(`the vault's store failed (${(err as Error).message}); retry`, Code.Unavailable);
  }
}
