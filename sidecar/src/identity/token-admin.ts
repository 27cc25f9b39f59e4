/**
 * Issuing, revoking, rotating and listing gateway tokens (the admin RPCs and the CLI go
 * through here). A token is returned once, at issue; the store keeps its SHA-256. Every
 * change is applied to this replica before the call returns, and reaches the others through
 * the change feed.
 */
import { Code, ConnectError } from "@connectrpc/connect";
import type { Logger } from "../logger.js";
import { didYouMean } from "../policy/did-you-mean.js";
import type { CompiledPolicy } from "../policy/index.js";
import { newGatewayToken, newTokenId, tokenHint, type GatewayTokenKind } from "./gateway-token-format.js";
import type { GatewayTokens } from "./gateway-tokens.js";
import { SubjectOffboardedError, type IdentityStore, type TokenRecord } from "./identity-store.js";
import type { IdentitySync } from "./identity-sync.js";
import { hashToken } from "./static-tokens.js";
import { isSubjectName, SUBJECT_RULE } from "./subject-name.js";

/** Lifetime of a token issued without one. */
export const DEFAULT_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;
/** Longest lifetime a token may have. */
export const MAX_TOKEN_TTL_MS = 366 * 24 * 3600 * 1000;

/** What to issue. */
export interface IssueTokenInput {
  readonly subject: string;
  readonly kind: GatewayTokenKind;
  readonly roles: readonly string[];
  /** Empty: none. */
  readonly team: string;
  readonly description: string;
  /** 0: the default (30 days). */
  readonly ttlMs: number;
}

/** A token just issued: `token` is shown once. */
export interface IssuedToken {
  readonly token: string;
  readonly record: TokenRecord;
}

/** What the admin needs. */
export interface TokenAdminDeps {
  readonly store: IdentityStore;
  readonly tokens: GatewayTokens;
  readonly sync: IdentitySync;
  /** The policy in force (roles are checked against it at issue). */
  readonly policy: () => CompiledPolicy;
  readonly logger?: Logger | undefined;
  readonly now?: () => number;
}

const TEAM = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * The gateway-token operations of the control plane.
 *
 * @example
 * ```ts
 * const admin = new TokenAdmin({ store, tokens, sync, policy: () => policies.current });
 * const { token, record } = await admin.issue({ subject: "alice", kind: "human", roles: ["support"], team: "", description: "", ttlMs: 0 });
 * ```
 */
export class TokenAdmin {
  readonly #deps: TokenAdminDeps;
  readonly #now: () => number;

  constructor(deps: TokenAdminDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Issues a token; InvalidArgument names the field that is wrong. */
  async issue(input: IssueTokenInput): Promise<IssuedToken> {
    checkSubject(input.subject);
    const roles = this.#checkRoles(input.roles);
    if (input.team !== "" && !TEAM.test(input.team)) {
      throw invalid("team: a team name starts with a letter or digit and uses only letters, digits, '_', '.' and '-' (at most 128)");
    }
    if (input.description.length > 1024) throw invalid("description: at most 1024 characters");
    const ttlMs = checkTtl(input.ttlMs);
    return this.#issue({ ...input, roles, ttlMs });
  }

  /** Revokes a token; false when it was already revoked. NotFound for an unknown id. */
  async revoke(id: string): Promise<boolean> {
    requireId(id);
    const revoked = await this.#deps.store.revokeToken(id, this.#now());
    if (revoked === undefined) throw notFound(id);
    await this.#deps.sync.sync();
    if (revoked) this.#deps.logger?.info({ tokenId: id }, "gateway token revoked");
    return revoked;
  }

  /**
   * Issues a token like an existing one (same subject, kind, roles, team, description) and
   * revokes the old one. `ttlMs` 0 keeps the old lifetime.
   */
  async rotate(id: string, ttlMs: number): Promise<{ issued: IssuedToken; revokedId: string }> {
    requireId(id);
    const old = await this.#deps.store.tokenById(id);
    if (!old) throw notFound(id);
    if (old.revokedAtMs !== 0) {
      throw new ConnectError(`token_id: ${id} is revoked; a revoked token cannot be rotated (issue a new one)`, Code.FailedPrecondition);
    }
    const policy = this.#deps.policy();
    const gone = old.roles.filter((role) => !policy.roles.has(role));
    if (gone.length > 0) {
      throw new ConnectError(
        `token_id: ${id} has role '${gone[0]}', which the policy no longer defines; issue a new token with current roles`,
        Code.FailedPrecondition,
      );
    }
    const lifetime = ttlMs === 0 ? old.expiresAtMs - old.createdAtMs : checkTtl(ttlMs);
    const issued = await this.#issue({ subject: old.subject, kind: old.kind, roles: old.roles, team: old.team, description: old.description, ttlMs: lifetime });
    await this.#deps.store.revokeToken(id, this.#now());
    await this.#deps.sync.sync();
    this.#deps.logger?.info({ tokenId: id, newTokenId: issued.record.id }, "gateway token rotated");
    return { issued, revokedId: id };
  }

  /** Lists tokens (never their secrets), this replica's last-used times written first. */
  async list(filter: { readonly subject?: string | undefined; readonly includeRevoked: boolean }): Promise<TokenRecord[]> {
    await this.#deps.tokens.flushLastUsed().catch(() => undefined);
    return this.#deps.store.listTokens(filter);
  }

  async #issue(input: IssueTokenInput): Promise<IssuedToken> {
    const token = newGatewayToken(input.kind);
    const createdAtMs = this.#now();
    const record: TokenRecord = {
      id: newTokenId(),
      hash: hashToken(token),
      hint: tokenHint(token),
      subject: input.subject,
      kind: input.kind,
      roles: [...input.roles],
      team: input.team,
      description: input.description,
      createdAtMs,
      expiresAtMs: createdAtMs + input.ttlMs,
      lastUsedAtMs: 0,
      revokedAtMs: 0,
    };
    const generation = this.#deps.tokens.generation;
    try {
      await this.#deps.store.insertToken(record);
    } catch (err) {
      if (err instanceof SubjectOffboardedError) throw new ConnectError(`subject: ${err.message}`, Code.FailedPrecondition);
      throw err;
    }
    // Not when a change landed meanwhile (an offboarding may have revoked it already): the
    // first use reads the record from the store instead.
    this.#deps.tokens.remember(record, generation);
    this.#deps.logger?.info(
      { tokenId: record.id, subject: record.subject, kind: record.kind, roles: record.roles, expiresAt: new Date(record.expiresAtMs).toISOString() },
      "gateway token issued",
    );
    return { token, record };
  }

  #checkRoles(roles: readonly string[]): string[] {
    const policy = this.#deps.policy();
    const names = [...policy.roles.keys()];
    if (roles.length === 0) throw invalid(`roles: at least one role (the policy's roles: ${names.slice(0, 10).join(", ") || "none"})`);
    roles.forEach((role, i) => {
      if (policy.roles.has(role)) return;
      const guess = didYouMean(role, names);
      const hint = guess ? `; did you mean '${guess}'?` : ` (the policy's roles: ${names.slice(0, 10).join(", ") || "none"})`;
      throw invalid(`roles[${i}]: unknown role '${role.slice(0, 128)}'${hint}`);
    });
    return [...new Set(roles)];
  }
}

function checkSubject(subject: string): void {
  if (subject === "") throw invalid("subject: required (the person or agent the token is for, e.g. alice)");
  if (!isSubjectName(subject)) throw invalid(`subject: ${SUBJECT_RULE}`);
}

function checkTtl(ttlMs: number): number {
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 0) throw invalid("ttl_seconds: must be a whole number of seconds, not negative (0 takes the default, 30 days)");
  if (ttlMs > MAX_TOKEN_TTL_MS) throw invalid(`ttl_seconds: at most ${MAX_TOKEN_TTL_MS / 1000} (366 days); issue a new token before it expires`);
  return ttlMs === 0 ? DEFAULT_TOKEN_TTL_MS : ttlMs;
}

function requireId(id: string): void {
  if (id === "") throw invalid("token_id: required (see `portcullis token list`)");
}

function invalid(message: string): ConnectError {
  return new ConnectError(message, Code.InvalidArgument);
}

function notFound(id: string): ConnectError {
  return new ConnectError(`token_id: no token '${id.slice(0, 64)}' (see \`portcullis token list --all\`)`, Code.NotFound);
}
