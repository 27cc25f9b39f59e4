/**
 * The policy's `identity.oidc` entries: the identity providers whose JWTs Portcullis accepts,
 * what a token must say to be meant for Portcullis, and how its claims map to roles.
 *
 * What the schema refuses is what would weaken verification: `none` and HMAC algorithms
 * (a public key used as an HMAC secret forges tokens), plain-HTTP issuers off loopback,
 * unbounded clock skew. Role names a mapping grants must exist in the policy.
 */
import { z } from "zod";
import { parseDuration } from "../limits/limit-schema.js";
import { didYouMean } from "../policy/did-you-mean.js";
import { isLoopbackHost } from "../transport/loopback-host.js";

/** Signature algorithms an issuer may be allowed (asymmetric only). */
export const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"] as const;

/** The allow-list when the policy names none. */
export const DEFAULT_ALGORITHMS: readonly string[] = ["RS256", "ES256", "PS256", "EdDSA"];

/** Largest clock skew the policy may allow. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const DEFAULTS = { clockSkewMs: 60_000, jwksTimeoutMs: 750, jwksCooldownMs: 30_000, jwksMaxAgeMs: 600_000 };

/**
 * What is wrong with an issuer or key-set URL, or undefined: https, or http on loopback only;
 * no credentials, query or fragment.
 *
 * @example
 * ```ts
 * idpUrlProblem("http://idp.example", "issuer"); // "issuer must use https (plain http only on loopback): …"
 * ```
 */
export function idpUrlProblem(text: string, what: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${what} must be an absolute URL, e.g. https://example.okta.com/oauth2/default`;
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    return `${what} must use https (plain http only on loopback): keys fetched in clear could be swapped in transit`;
  }
  if (url.username !== "" || url.password !== "") return `${what} must not carry credentials`;
  if (url.search !== "" || url.hash !== "") return `${what} must not have a query or fragment`;
  return undefined;
}

const urlText = (what: string) =>
  z.string().superRefine((text, ctx) => {
    const problem = idpUrlProblem(text, what);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const duration = (what: string, minMs: number, maxMs: number) =>
  z.string().transform((text, ctx) => {
    const ms = /^0+\s*[a-z]*$/.test(text.trim()) ? 0 : parseDuration(text);
    if (ms === undefined || ms < minMs || ms > maxMs) {
      ctx.addIssue({ code: "custom", message: `${what} is a duration from ${minMs / 1000}s to ${maxMs / 1000}s, with a unit: ms, s, m or h (e.g. 30s)` });
      return z.NEVER;
    }
    return ms;
  });

const algorithm = z.string().superRefine((alg, ctx) => {
  if (alg.toLowerCase() === "none") {
    ctx.addIssue({ code: "custom", message: "'none' is never allowed: an unsigned token proves nothing" });
  } else if (/^HS\d+$/i.test(alg)) {
    ctx.addIssue({
      code: "custom",
      message: `${alg} is never allowed: an HMAC secret would be shared with the IdP, and a token signed with the public key as the secret would pass`,
    });
  } else if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg)) {
    ctx.addIssue({ code: "custom", message: `unknown algorithm '${alg}'; use ${ASYMMETRIC_ALGORITHMS.join(", ")}` });
  }
});

const claimName = z
  .string()
  .min(1, { error: "a claim name must not be empty" })
  .max(256)
  .regex(/^\S+$/, { error: "a claim name has no whitespace (a dotted path such as realm_access.roles reaches nested claims)" });

const roleList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], { error: "a mapped value is a role name or a list of role names" });

// Parsed by hand so that a missing audience gets this message, not a generic one.
const audience = z.unknown().transform((value, ctx) => {
  const list = typeof value === "string" ? [value] : value;
  if (Array.isArray(list) && list.length > 0 && list.every((a) => typeof a === "string" && a !== "")) return list as string[];
  ctx.addIssue({
    code: "custom",
    message: "audience is required: the value (or list of values) of `aud` that marks a token as meant for Portcullis, e.g. api://portcullis",
  });
  return z.NEVER;
});

/** One trusted OIDC issuer. */
export const OidcIssuerSchema = z.strictObject({
  issuer: urlText("issuer"),
  audience,
  jwksUri: urlText("jwksUri").optional(),
  algorithms: z.array(algorithm).min(1, { error: "algorithms needs at least one algorithm, e.g. [RS256]" }).optional(),
  clockSkew: duration("clockSkew", 0, MAX_CLOCK_SKEW_MS).optional(),
  subject: claimName.default("sub"),
  subjectPrefix: z
    .string({ error: "subjectPrefix is a short text put before every subject of this issuer, e.g. 'partner:'" })
    .regex(/^\S{1,64}$/, { error: "subjectPrefix: 1 to 64 characters without whitespace, e.g. 'partner:'" })
    .optional(),
  roles: z.strictObject({
    claim: claimName,
    map: z.record(z.string().min(1), roleList).refine((m) => Object.keys(m).length > 0, { error: "map needs at least one entry: claim value → role name(s)" }),
  }),
  team: z.strictObject({ claim: claimName }).optional(),
  requiredClaims: z
    .record(claimName, z.union([z.string(), z.number(), z.boolean()], { error: "a required claim value is a string, number or boolean" }))
    .optional(),
  jwksTimeout: duration("jwksTimeout", 100, 30_000).optional(),
  jwksCooldown: duration("jwksCooldown", 100, 3_600_000).optional(),
  jwksMaxAge: duration("jwksMaxAge", 1_000, 86_400_000).optional(),
});

function unknownRole(role: string, roles: ReadonlySet<string>): string {
  const guess = didYouMean(role, roles);
  const hint = guess === undefined ? "a claim maps only to roles defined under roles" : `did you mean \`${guess}\`?`;
  return `unknown role '${role}'; ${hint}`;
}

/** An issuer as the schema parses it. */
export type OidcIssuerDocument = z.infer<typeof OidcIssuerSchema>;

/** An issuer ready for verification. */
export interface CompiledOidcIssuer {
  /** Policy path, e.g. `identity.oidc[0]`. */
  readonly path: string;
  /** Exactly as the tokens' `iss` spells it. */
  readonly issuer: string;
  readonly audience: readonly string[];
  /** Undefined: read from the issuer's discovery document. */
  readonly jwksUri: string | undefined;
  readonly algorithms: readonly string[];
  readonly clockSkewMs: number;
  readonly subjectClaim: string;
  /** Put before every subject of this issuer ("" for none): one issuer's users never name another's. */
  readonly subjectPrefix: string;
  readonly rolesClaim: string;
  /** Claim value → the policy roles it grants. */
  readonly roleMap: ReadonlyMap<string, readonly string[]>;
  readonly teamClaim: string | undefined;
  readonly requiredClaims: ReadonlyMap<string, string | number | boolean>;
  readonly jwksTimeoutMs: number;
  readonly jwksCooldownMs: number;
  readonly jwksMaxAgeMs: number;
}

/** A problem with its path inside the policy. */
export interface IdentityProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Subject claims an IdP lets change or hands to someone else later (a rename, a reused address). */
const MUTABLE_SUBJECT_CLAIMS = new Set(["email", "preferred_username", "upn"]);

/**
 * Why the issuer's subject claim is risky for offboarding, or undefined: the deny-list and
 * gateway tokens are keyed by subject, so a person whose `email`, `preferred_username` or
 * `upn` changes signs in as a new subject that no offboarding covers, and one who gets a
 * former colleague's address inherits that colleague's offboarding (or access). An `email`
 * the IdP has verified at least belongs to the person signing in.
 */
function mutableSubjectWarning(doc: OidcIssuerDocument): string | undefined {
  const claim = doc.subject;
  if (!MUTABLE_SUBJECT_CLAIMS.has(claim.toLowerCase())) return undefined;
  const verified = doc.requiredClaims?.email_verified === true;
  if (claim.toLowerCase() === "email" && verified) return undefined;
  const fix = claim.toLowerCase() === "email" ? "use sub (Entra ID: oid), or at least add requiredClaims: { email_verified: true }" : "use sub (Entra ID: oid)";
  return `subject '${claim}' can change or be reassigned at many IdPs, so offboarding by subject can be evaded by a rename, or hit whoever gets the value next; ${fix}`;
}

/**
 * Compiles the issuers; `roles` are the policy's role names (claims may only map to them).
 * Warnings (the policy still loads) name risky settings.
 *
 * @example
 * ```ts
 * const { issuers, problems, warnings } = compileOidcIssuers(doc.identity.oidc, new Set(Object.keys(doc.roles)));
 * ```
 */
export function compileOidcIssuers(
  docs: readonly OidcIssuerDocument[],
  roles: ReadonlySet<string> | "unknown",
): { issuers: CompiledOidcIssuer[]; problems: IdentityProblem[]; warnings: IdentityProblem[] } {
  const problems: IdentityProblem[] = [];
  const warnings: IdentityProblem[] = [];
  const seen = new Map<string, number>();
  const issuers = docs.map((doc, i): CompiledOidcIssuer => {
    const risky = mutableSubjectWarning(doc);
    if (risky) warnings.push({ path: ["identity", "oidc", i, "subject"], message: risky });
    const earlier = seen.get(doc.issuer);
    if (earlier !== undefined) {
      problems.push({
        path: ["identity", "oidc", i, "issuer"],
        message: `issuer '${doc.issuer}' is already trusted at identity.oidc[${earlier}]; merge the two entries`,
      });
    }
    seen.set(doc.issuer, i);
    const roleMap = new Map<string, readonly string[]>();
    for (const [value, mapped] of Object.entries(doc.roles.map)) {
      const list = typeof mapped === "string" ? [mapped] : mapped;
      list.forEach((role, j) => {
        if (roles !== "unknown" && !roles.has(role)) {
          const path = ["identity", "oidc", i, "roles", "map", value, ...(typeof mapped === "string" ? [] : [j])];
          problems.push({ path, message: unknownRole(role, roles) });
        }
      });
      roleMap.set(value, [...new Set(list)]);
    }
    return {
      path: `identity.oidc[${i}]`,
      issuer: doc.issuer,
      audience: doc.audience,
      jwksUri: doc.jwksUri,
      algorithms: doc.algorithms ?? DEFAULT_ALGORITHMS,
      clockSkewMs: doc.clockSkew ?? DEFAULTS.clockSkewMs,
      subjectClaim: doc.subject,
      subjectPrefix: doc.subjectPrefix ?? "",
      rolesClaim: doc.roles.claim,
      roleMap,
      teamClaim: doc.team?.claim,
      requiredClaims: new Map(Object.entries(doc.requiredClaims ?? {})),
      jwksTimeoutMs: doc.jwksTimeout ?? DEFAULTS.jwksTimeoutMs,
      jwksCooldownMs: doc.jwksCooldown ?? DEFAULTS.jwksCooldownMs,
      jwksMaxAgeMs: doc.jwksMaxAge ?? DEFAULTS.jwksMaxAgeMs,
    };
  });
  problems.push(...sharedSubjectNamespaces(docs));
  return { issuers, problems, warnings };
}

/**
 * Two issuers whose subjects can be the same text: a token of either could then name the
 * other's users — their per-user credentials and connected accounts, their limits, their
 * offboarding, their trail — so a second IdP (a partner's, a test tenant) must not share the
 * first one's subjects. One issuer may go without a prefix; the others need one each, and no
 * prefix may start another.
 */
function sharedSubjectNamespaces(docs: readonly OidcIssuerDocument[]): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const prefixes = docs.map((d) => d.subjectPrefix ?? "");
  for (let i = 0; i < docs.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [prefixes[j]!, prefixes[i]!];
      // An issuer without a prefix beside one with a prefix: the prefix keeps the second one's
      // subjects apart (the first one's IdP would have to mint a subject that starts with it).
      if ((a === "") !== (b === "") || (!a.startsWith(b) && !b.startsWith(a))) continue;
      const fix =
        b === "" && a === ""
          ? 'give all but one of them a distinct subjectPrefix, e.g. `subjectPrefix: "partner:"`'
          : "give each a prefix that does not start the other's";
      problems.push({
        path: ["identity", "oidc", i, ...(docs[i]!.subjectPrefix === undefined ? [] : ["subjectPrefix"])],
        message: `its subjects can be the same as those of identity.oidc[${j}], so a token of either issuer could act as the other's users (their per-user credentials, connected accounts, limits and trail); ${fix}`,
      });
      break;
    }
  }
  return problems;
}
