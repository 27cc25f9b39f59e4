/**
 * The policy's `credentials:` section: which downstream credential each real server takes and
 * how the sidecar obtains it — a static secret put with PutCredential (shared, or per user),
 * OAuth 2 client credentials, a user's OAuth 2 tokens (connect flow, refresh), or RFC 8693
 * token exchange of the caller's IdP token — and how the credential is presented (HTTP
 * headers, environment variables). Secrets never live in the policy: it names where they are
 * (`env:VAR`, `file:/path`).
 *
 * One flat schema with per-type checks in the compiler (rather than a union by `type`): an
 * unknown key then gets a did-you-mean over every key, and a key of the wrong type gets
 * "does not apply to type …" at its own line.
 */
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { z } from "zod";
import { compileApply, ApplySchema, type CompiledApply } from "./apply-credential.js";
import { parseSecretRef, type SecretRef } from "./secret-ref.js";

/** The ways a server's credential is obtained. */
export const CREDENTIAL_TYPES = ["static", "oauth2-client-credentials", "oauth2-user", "token-exchange"] as const;
/** One of {@link CREDENTIAL_TYPES}. */
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

const url = z.string().max(2048).url({ error: "expected an absolute URL, e.g. https://auth.example.com/oauth/token" });
const secretRef = z.string().max(4096);
const scope = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, { error: "a scope is one word of printable characters (RFC 6749 §3.3)" });

/** How one server's credential is obtained. Which keys apply depends on `type`. */
export const ServerCredentialSchema = z.strictObject({
  type: z.enum(CREDENTIAL_TYPES, { error: `type is one of ${CREDENTIAL_TYPES.join(", ")}` }),
  description: z.string().optional(),
  /** static: one secret per subject (true) or one for everyone (false, the default). */
  perUser: z.boolean().optional(),
  authorizeUrl: url.optional(),
  tokenUrl: url.optional(),
  revocationUrl: url.optional(),
  clientId: z.string().min(1).max(512).optional(),
  clientSecret: secretRef.optional(),
  clientAuth: z.enum(["basic", "post"], { error: "clientAuth is basic (HTTP Basic, the default) or post (in the form body)" }).optional(),
  scopes: z.array(scope).optional(),
  audience: z.string().min(1).max(2048).optional(),
  resource: url.optional(),
  authorizeParams: z.record(z.string().min(1).max(128), z.string().max(2048)).optional(),
  subjectTokenType: z.string().min(1).max(256).optional(),
  requestedTokenType: z.string().min(1).max(256).optional(),
  apply: ApplySchema.optional(),
});

/** The `credentials:` section: server name → how its credential is obtained. */
export const CredentialsSchema = z.record(z.string().min(1).max(128), ServerCredentialSchema).default({});

/** The section as the schema parses it. */
export type CredentialsDocument = z.infer<typeof CredentialsSchema>;
type ServerCredentialDocument = z.infer<typeof ServerCredentialSchema>;

/** Where and how the sidecar authenticates to an OAuth 2 token endpoint. */
export interface OAuthClientConfig {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: SecretRef | undefined;
  readonly clientAuth: "basic" | "post";
  readonly scopes: readonly string[];
  readonly audience: string | undefined;
  readonly resource: string | undefined;
}

interface CompiledBase {
  /** Policy path, e.g. `credentials.jira`. */
  readonly path: string;
  readonly server: string;
  readonly apply: CompiledApply;
}

/** One server's credential configuration, ready for use. */
export type CompiledServerCredential =
  | (CompiledBase & { readonly type: "static"; readonly perUser: boolean })
  | (CompiledBase & { readonly type: "oauth2-client-credentials"; readonly oauth: OAuthClientConfig })
  | (CompiledBase & {
      readonly type: "oauth2-user";
      readonly oauth: OAuthClientConfig;
      readonly authorizeUrl: string;
      readonly revocationUrl: string | undefined;
      readonly authorizeParams: Readonly<Record<string, string>>;
    })
  | (CompiledBase & {
      readonly type: "token-exchange";
      readonly oauth: OAuthClientConfig;
      readonly subjectTokenType: string;
      readonly requestedTokenType: string | undefined;
    });

/** A problem with its path inside the policy. */
export interface CredentialProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly atKey?: boolean;
}

/** What the compiler knows about the rest of the policy. */
export interface CredentialContext {
  /** Virtual server names: credentials belong to the real servers behind them. */
  readonly virtualServers: ReadonlySet<string>;
  /** Whether some role may grant `server` (a literal grant or a server glob). */
  grants(server: string): boolean;
}

/** The keys each type takes; the others are reported where they stand. */
const KEYS: Record<CredentialType, { required: readonly (keyof ServerCredentialDocument)[]; optional: readonly (keyof ServerCredentialDocument)[] }> = {
  static: { required: [], optional: ["perUser"] },
  "oauth2-client-credentials": { required: ["tokenUrl", "clientId", "clientSecret"], optional: ["clientAuth", "scopes", "audience", "resource"] },
  "oauth2-user": {
    required: ["authorizeUrl", "tokenUrl", "clientId"],
    optional: ["clientSecret", "clientAuth", "scopes", "audience", "resource", "revocationUrl", "authorizeParams"],
  },
  "token-exchange": {
    required: ["tokenUrl", "clientId"],
    optional: ["clientSecret", "clientAuth", "scopes", "audience", "resource", "subjectTokenType", "requestedTokenType"],
  },
};
const ALWAYS = new Set(["type", "description", "apply"]);
const URL_KEYS = ["authorizeUrl", "tokenUrl", "revocationUrl", "resource"] as const;
/** RFC 8693 §3: the caller presents an access token meant for Portcullis. */
const DEFAULT_SUBJECT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";

/**
 * Compiles the section: per-type required and inapplicable keys, URL schemes, secret
 * references, apply templates. Warns about a server no role grants and a secret reference
 * that does not resolve here (the policy may be checked on another machine).
 *
 * @example
 * ```ts
 * const { credentials, problems, warnings } = compileCredentialConfig(doc.credentials, { virtualServers, grants });
 * ```
 */
export function compileCredentialConfig(
  doc: CredentialsDocument,
  context: CredentialContext = { virtualServers: new Set(), grants: () => true },
): { credentials: ReadonlyMap<string, CompiledServerCredential>; problems: CredentialProblem[]; warnings: CredentialProblem[] } {
  const credentials = new Map<string, CompiledServerCredential>();
  const problems: CredentialProblem[] = [];
  const warnings: CredentialProblem[] = [];
  for (const [server, spec] of Object.entries(doc)) {
    const at = ["credentials", server];
    const before = problems.length;
    if (context.virtualServers.has(server)) {
      problems.push({
        path: at,
        atKey: true,
        message: `'${server}' is a virtual server; credentials belong to the real servers behind it (configure those instead)`,
      });
      continue;
    }
    const { required, optional } = KEYS[spec.type];
    for (const key of Object.keys(spec) as (keyof ServerCredentialDocument)[]) {
      if (!ALWAYS.has(key) && !required.includes(key) && !optional.includes(key)) {
        problems.push({ path: [...at, key], atKey: true, message: `'${key}' does not apply to type ${spec.type}` });
      }
    }
    for (const key of required) {
      if (spec[key] === undefined) problems.push({ path: at, atKey: true, message: `type ${spec.type} needs '${key}'` });
    }
    for (const key of URL_KEYS) {
      const value = spec[key];
      if (value !== undefined && !secureUrl(value)) {
        problems.push({ path: [...at, key], message: "must be an https URL (http only for a loopback host such as 127.0.0.1)" });
      }
    }
    let clientSecret: SecretRef | undefined;
    if (spec.clientSecret !== undefined) {
      const parsed = parseSecretRef(spec.clientSecret);
      if (!parsed.ok) problems.push({ path: [...at, "clientSecret"], message: parsed.message });
      else {
        clientSecret = parsed.ref;
        const missing = unresolvable(parsed.ref);
        if (missing) warnings.push({ path: [...at, "clientSecret"], message: `${missing}; the credential is unavailable until it is` });
      }
    }
    const apply = compileApply(spec.apply, [...at, "apply"], problems);
    if (!context.grants(server)) {
      warnings.push({ path: at, atKey: true, message: `no role grants server '${server}'; this credential is never used` });
    }
    if (problems.length > before) continue;
    credentials.set(server, compileOne(server, spec, clientSecret, apply));
  }
  return { credentials, problems, warnings };
}

function compileOne(server: string, spec: ServerCredentialDocument, clientSecret: SecretRef | undefined, apply: CompiledApply): CompiledServerCredential {
  const base = { path: `credentials.${server}`, server, apply };
  const oauth = (): OAuthClientConfig => ({
    tokenUrl: spec.tokenUrl!,
    clientId: spec.clientId!,
    clientSecret,
    clientAuth: spec.clientAuth ?? "basic",
    scopes: spec.scopes ?? [],
    audience: spec.audience,
    resource: spec.resource,
  });
  switch (spec.type) {
    case "static":
      return { ...base, type: "static", perUser: spec.perUser ?? false };
    case "oauth2-client-credentials":
      return { ...base, type: "oauth2-client-credentials", oauth: oauth() };
    case "oauth2-user":
      return {
        ...base,
        type: "oauth2-user",
        oauth: oauth(),
        authorizeUrl: spec.authorizeUrl!,
        revocationUrl: spec.revocationUrl,
        authorizeParams: spec.authorizeParams ?? {},
      };
    case "token-exchange":
      return {
        ...base,
        type: "token-exchange",
        oauth: oauth(),
        subjectTokenType: spec.subjectTokenType ?? DEFAULT_SUBJECT_TOKEN_TYPE,
        requestedTokenType: spec.requestedTokenType,
      };
  }
}

/** https, or http to a loopback host (a provider on the same machine, tests). */
function secureUrl(text: string): boolean {
  const parsed = URL.parse(text);
  if (!parsed) return false;
  if (parsed.protocol === "https:") return true;
  return parsed.protocol === "http:" && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname);
}

/** Why a reference does not resolve on this machine, or undefined when it does. */
function unresolvable(ref: SecretRef): string | undefined {
  if (ref.kind === "env") return process.env[ref.name] ? undefined : `environment variable ${ref.name} is not set`;
  if (!isAbsolute(ref.path)) return undefined;
  return existsSync(ref.path) ? undefined : `file ${ref.path} does not exist`;
}
