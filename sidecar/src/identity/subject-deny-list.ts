/**
 * The subject deny-list in memory: offboarded subjects and when they were offboarded, kept
 * in step with the store by the identity sync. A principal is refused when its token was
 * issued at or before the offboarding — or has no issue time (a static token of the
 * policy). So every token that existed at offboarding is refused, including IdP JWTs that
 * are still valid (they carry `iat`), while a person hired back with new tokens works.
 *
 * An IdP token's `iat` comes from the IdP's clock, in whole seconds: a token minted in the
 * same second as the offboarding, or by an IdP whose clock runs ahead, could carry an `iat`
 * just after it. So an IdP token passes only when issued more than its issuer's clock skew
 * after the offboarding; a person hired back signs in again once that margin has passed.
 *
 * Subjects match whatever their case or Unicode form (NFKC, lower case): an IdP that provisions
 * `Bob@corp.com` over SCIM may put `bob@corp.com` in its tokens, and an offboarding must cover
 * both. Two subjects that differ only so are offboarded together (fail closed).
 *
 * Until the list has been loaded once it refuses everyone (fail closed): a replica that
 * could not reach the store at start knows nothing of past offboardings. Likewise once the
 * store's change feed has been unreadable for longer than the sync's staleness bound (5 s):
 * an offboarding made meanwhile on another replica would not be seen, and that matters for
 * static and IdP tokens as much as for gateway tokens.
 */
import type { Principal } from "../policy/index.js";
import type { SubjectDenyList } from "./identity.js";
import type { OffboardedSubject } from "./identity-store.js";

/**
 * The deny-list a replica enforces.
 *
 * @example
 * ```ts
 * const denyList = new SubjectDenyListCache();
 * denyList.replaceAll(await store.offboardedSubjects());
 * denyList.denied({ subject: "contractor", roles: [], team: undefined }); // "subject 'contractor' was offboarded …"
 * ```
 */
export class SubjectDenyListCache implements SubjectDenyList {
  /** Entries by folded subject, then by the subject as offboarded. */
  #entries = new Map<string, Map<string, OffboardedSubject>>();
  #loaded = false;
  readonly #staleness: (() => string | undefined) | undefined;

  /** `staleness`: why the feed that keeps the list current cannot be trusted now (see IdentitySync.staleness). */
  constructor(options: { readonly staleness?: () => string | undefined } = {}) {
    this.#staleness = options.staleness;
  }

  /** Whether the list was loaded from the store at least once. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Offboarded subjects now known. */
  get size(): number {
    let n = 0;
    for (const group of this.#entries.values()) n += group.size;
    return n;
  }

  denied(principal: Principal): string | undefined {
    const group = this.#entries.get(fold(principal.subject));
    if (!group) return undefined;
    for (const entry of group.values()) {
      const margin = principal.clockSkewMs ?? 0;
      if (principal.issuedAtMs !== undefined && principal.issuedAtMs > entry.offboardedAtMs + margin) continue;
      const when = new Date(entry.offboardedAtMs).toISOString();
      const which =
        principal.issuedAtMs === undefined
          ? "its tokens are refused"
          : margin > 0
            ? `tokens issued before then, or within the ${margin / 1000} s clock skew after it, are refused`
            : "tokens issued before then are refused";
      const as = entry.subject === principal.subject ? "" : ` (as '${entry.subject}')`;
      return `subject '${principal.subject}' was offboarded${as} at ${when}; ${which}`;
    }
    return undefined;
  }

  /** Why no decision can trust the list now (not loaded yet, or its feed stale), or undefined. */
  unavailable(): string | undefined {
    if (!this.#loaded) return "revocations cannot be checked yet: the subject deny-list has not been loaded from the token store; retry shortly";
    return this.#staleness?.();
  }

  /** The entry of one subject, exactly as offboarded. */
  get(subject: string): OffboardedSubject | undefined {
    return this.#entries.get(fold(subject))?.get(subject);
  }

  /**
   * When `subject` — under any form that folds to the same — was last offboarded (Unix ms),
   * or undefined. What refreshes and connect links compare against: the latest offboarding,
   * so that each of them voids what was made before it (fail closed).
   */
  offboardedAtMs(subject: string): number | undefined {
    const group = this.#entries.get(fold(subject));
    if (!group) return undefined;
    let latest: number | undefined;
    for (const entry of group.values()) if (latest === undefined || entry.offboardedAtMs > latest) latest = entry.offboardedAtMs;
    return latest;
  }

  /** Sets or (with undefined) removes one subject's entry. */
  set(subject: string, entry: OffboardedSubject | undefined): void {
    const key = fold(subject);
    const group = this.#entries.get(key) ?? new Map<string, OffboardedSubject>();
    if (entry) group.set(subject, entry);
    else group.delete(subject);
    if (group.size > 0) this.#entries.set(key, group);
    else this.#entries.delete(key);
  }

  /** Every entry now known. */
  entries(): OffboardedSubject[] {
    return [...this.#entries.values()].flatMap((group) => [...group.values()]);
  }

  /** Replaces the whole list (a full load from the store). */
  replaceAll(entries: readonly OffboardedSubject[]): void {
    this.#entries = new Map();
    for (const e of entries) this.set(e.subject, e);
    this.#loaded = true;
  }
}

/**
 * A subject as the deny-list matches it: NFKC, lower case. Whatever else acts on an
 * offboarding (the vault's deletion, refreshes, connect links) matches subjects the same way,
 * so that nothing the deny-list refuses keeps a credential.
 *
 * @example
 * ```ts
 * foldSubject("Bob@Corp.com") === foldSubject("bob@corp.com"); // true
 * ```
 */
export const foldSubject = (subject: string): string => subject.normalize("NFKC").toLowerCase();

const fold = foldSubject;
