/**
 * Compiles a validated policy document into the index the decision path reads: subjects by
 * token hash, per-role server rules by server name, virtual servers by name. Cross-reference
 * checks (unknown roles, duplicate tokens, ambiguous virtual tool names) happen here and
 * come back as errors with their policy paths; the loader adds file:line:column.
 */
import { compileAuditPolicy, type CompiledAuditPolicy } from "../audit/audit-policy.js";
import { compileCredentialConfig, type CompiledServerCredential } from "../credentials/credential-schema.js";
import { compileIdentityConfig, type CompiledIdentityConfig } from "../identity/identity-schema.js";
import { compileLimits, type CompiledLimit } from "../limits/limit-compiler.js";
import { compileTaint, type CompiledTaint } from "../taint/taint-compiler.js";
import { compileArgumentConstraint, type CompiledArgumentConstraint } from "./argument-constraints.js";
import { runToEnd, type Steps } from "./compile-steps.js";
import { didYouMean } from "./did-you-mean.js";
import { compileGuardrailRules, type CompiledGuardrailRule } from "./guardrail-rules.js";
import { bySpecificity, compileGlob, isGlob, type NamePattern } from "./glob.js";
import { formatPath, type PolicyPath } from "./policy-error.js";
import type { AnnotationRule, PolicyDocument, ServerRules } from "./schema.js";

/** The identity a token resolves to. */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly team: string | undefined;
  /**
   * How the caller authenticated: a static token of the policy, a gateway token (a person's
   * or an agent's), or an IdP token. Absent means static.
   */
  readonly kind?: "static" | "human" | "agent" | "idp";
  /** The gateway token's id, or the IdP token's `jti` where it has one. */
  readonly tokenId?: string;
  /** For gateway and IdP tokens: when the token expires (Unix ms). */
  readonly expiresAtMs?: number;
  /** For gateway and IdP tokens: when the token was issued (Unix ms; IdP: `iat`). */
  readonly issuedAtMs?: number;
  /**
   * For IdP tokens: how far the issuer's clock may be off ours (its `clockSkew`). After an
   * offboarding, a token passes the deny-list only when issued more than this after it.
   */
  readonly clockSkewMs?: number;
}

/** An allow or deny pattern with its policy path. */
export interface CompiledRule {
  readonly path: string;
  readonly pattern: NamePattern;
}

/** The rules one role has on one server (or server glob). */
export interface CompiledServerRules {
  readonly role: string;
  /** Policy path of the block, e.g. `roles.support.servers.jira`. */
  readonly path: string;
  readonly server: NamePattern;
  /** Most specific first. */
  readonly allow: readonly CompiledRule[];
  readonly deny: readonly CompiledRule[];
  readonly annotations: { readonly path: string; readonly rule: AnnotationRule } | undefined;
  readonly args: readonly { readonly tool: NamePattern; readonly constraints: readonly CompiledArgumentConstraint[] }[];
}

/** A role's server rules, indexed by exact server name, plus server globs in policy order. */
export interface CompiledRole {
  readonly name: string;
  readonly exact: ReadonlyMap<string, CompiledServerRules>;
  readonly globs: readonly CompiledServerRules[];
}

/** One tool entry of a virtual server. */
export interface VirtualToolEntry {
  readonly path: string;
  readonly server: string;
  readonly tool: NamePattern;
  /** The name the virtual server exposes; only for literal entries. */
  readonly exposedAs: string | undefined;
}

/** A virtual server: which roles see it and which real tools it exposes under which names. */
export interface CompiledVirtualServer {
  readonly name: string;
  readonly path: string;
  readonly roles: ReadonlySet<string>;
  readonly entries: readonly VirtualToolEntry[];
  /** Literal entries by exposed name. */
  readonly byExposedName: ReadonlyMap<string, VirtualToolEntry>;
}

/** The policy in its decision-ready form. */
export interface CompiledPolicy {
  readonly revision: string;
  readonly source: string;
  readonly loadedAt: number;
  readonly document: PolicyDocument;
  readonly principalsByTokenHash: ReadonlyMap<string, Principal>;
  readonly roles: ReadonlyMap<string, CompiledRole>;
  readonly virtualServers: ReadonlyMap<string, CompiledVirtualServer>;
  /** Literal server names that some role or virtual server mentions. */
  readonly knownServers: ReadonlySet<string>;
  /** Whether some role grants a server glob (then no server name is unknown for sure). */
  readonly hasServerGlobs: boolean;
  /** Limits in policy order. */
  readonly limits: readonly CompiledLimit[];
  /** Workflow taint rules (`taint:`); absent: no workflow state is kept. */
  readonly taint: CompiledTaint | undefined;
  /** Guardrail profiles in policy order (first match wins). */
  readonly guardrails: readonly CompiledGuardrailRule[];
  /** How callers other than static subjects authenticate (`identity:`). */
  readonly identity: CompiledIdentityConfig;
  /** How each server's downstream credential is obtained (`credentials:`). */
  readonly credentials: ReadonlyMap<string, CompiledServerCredential>;
  /** What a decision that cannot be recorded does, and how arguments are masked (`audit:`). */
  readonly audit: CompiledAuditPolicy;
}

/** A problem found while compiling, located by policy path. */
export interface CompileProblem {
  readonly path: PolicyPath;
  readonly message: string;
  /** Point at the key rather than its value. */
  readonly atKey?: boolean;
}

/**
 * What the compiler must know when it checks only the valid part of an invalid file (see
 * `partialDocument`): names defined by entries it does not see, so that it reports no
 * follow-on errors about them.
 */
export interface PartialContext {
  /** Every role the file defines, valid or not; "unknown" when the roles section did not parse. */
  readonly roleNames: ReadonlySet<string> | "unknown";
  /** Roles missing a dropped part: which tools they allow cannot be judged. */
  readonly incompleteRoles: ReadonlySet<string>;
  /** Every server key under roles, valid or not. */
  readonly serverNames: ReadonlySet<string>;
}

/** What {@link compilePolicy} returns. */
export interface CompileResult {
  readonly policy: CompiledPolicy;
  readonly errors: readonly CompileProblem[];
  readonly warnings: readonly CompileProblem[];
}

/**
 * Compiles a schema-valid document. Check `errors` before using `policy`. With `partial`,
 * the document is the valid part of an invalid file and serves only to find more errors.
 *
 * @example
 * ```ts
 * const { policy, errors } = compilePolicy(PolicySchema.parse(yaml), { revision, source: "policy.yaml" });
 * ```
 */
export function compilePolicy(doc: PolicyDocument, meta: { revision: string; source: string }, partial?: PartialContext): CompileResult {
  return runToEnd(compilePolicySteps(doc, meta, partial));
}

/**
 * {@link compilePolicy} as steps, for `runInSlices`: it yields after each unit of work (a
 * rule, an argument constraint, a subject, a virtual server tool), so a policy with hundreds
 * of thousands of entries can be compiled without holding the event loop.
 *
 * @example
 * ```ts
 * const { policy, errors } = await runInSlices(compilePolicySteps(doc, { revision, source }));
 * ```
 */
export function* compilePolicySteps(doc: PolicyDocument, meta: { revision: string; source: string }, partial?: PartialContext): Steps<CompileResult> {
  const errors: CompileProblem[] = [];
  const warnings: CompileProblem[] = [];

  const roles = new Map<string, CompiledRole>();
  const knownServers = new Set<string>();
  let hasServerGlobs = false;
  for (const [roleName, role] of Object.entries(doc.roles)) {
    const exact = new Map<string, CompiledServerRules>();
    const globs: CompiledServerRules[] = [];
    for (const [serverKey, rules] of Object.entries(role.servers)) {
      const path: PolicyPath = ["roles", roleName, "servers", serverKey];
      const compiled = yield* compileServerRules(roleName, serverKey, rules, path, errors);
      if (isGlob(serverKey)) {
        hasServerGlobs = true;
        globs.push(compiled);
      } else {
        exact.set(serverKey, compiled);
        knownServers.add(serverKey);
      }
    }
    roles.set(roleName, { name: roleName, exact, globs });
  }
  const roleServers = new Set([...knownServers, ...(partial?.serverNames ?? [])]);
  const roleNames = partial?.roleNames ?? new Set(roles.keys());
  const checkRole = (role: string, path: PolicyPath) => {
    if (roleNames === "unknown" || roleNames.has(role)) return;
    // Suggestions cost a search over every role: only for the errors anyone will read.
    errors.push({ path, message: errors.length < SUGGEST_FOR_FIRST_ERRORS ? unknownRole(role, roleNames) : `unknown role '${role}'` });
  };

  const principalsByTokenHash = new Map<string, Principal>();
  const subjectIds = new Map<string, number>();
  for (const [i, subject] of doc.subjects.entries()) {
    yield;
    const earlier = subjectIds.get(subject.id);
    if (earlier !== undefined) {
      errors.push({ path: ["subjects", i, "id"], message: `subject '${subject.id}' is already defined at subjects[${earlier}]` });
    }
    subjectIds.set(subject.id, i);
    subject.roles.forEach((role, j) => {
      checkRole(role, ["subjects", i, "roles", j]);
    });
    const principal: Principal = { subject: subject.id, roles: [...new Set(subject.roles)], team: subject.team };
    subject.tokenSha256.forEach((hash, j) => {
      const owner = principalsByTokenHash.get(hash);
      if (owner) {
        const path = ["subjects", i, "tokenSha256", ...(subject.tokenSha256.length > 1 ? [j] : [])];
        errors.push({ path, message: `this token hash already belongs to subject '${owner.subject}'` });
      }
      principalsByTokenHash.set(hash, principal);
    });
  }

  const virtualServers = new Map<string, CompiledVirtualServer>();
  for (const [name, vs] of Object.entries(doc.virtualServers)) {
    const path: PolicyPath = ["virtualServers", name];
    if (roleServers.has(name)) {
      errors.push({ path, atKey: true, message: `'${name}' is also a real server in roles; a virtual server needs its own name` });
    }
    vs.roles.forEach((role, j) => {
      checkRole(role, [...path, "roles", j]);
    });
    // Whether a tool is callable can be judged only when every role of the server compiled whole.
    const judgeable = vs.roles.every((role) => roles.has(role) && !partial?.incompleteRoles.has(role));
    const entries: VirtualToolEntry[] = [];
    const byExposedName = new Map<string, VirtualToolEntry>();
    for (const [j, item] of vs.tools.entries()) {
      yield;
      const ref = typeof item === "string" ? item : item.tool;
      const slash = ref.indexOf("/");
      const server = ref.slice(0, slash);
      const tool = ref.slice(slash + 1);
      const entryPath = formatPath([...path, "tools", j]);
      const pattern = compileGlob(tool);
      if (typeof item !== "string" && !pattern.literal) {
        errors.push({ path: [...path, "tools", j, "as"], message: "an alias ('as') needs a single tool, not a glob" });
      }
      const exposedAs = pattern.literal ? (typeof item === "string" ? tool : item.as) : undefined;
      const entry: VirtualToolEntry = { path: entryPath, server, tool: pattern, exposedAs };
      entries.push(entry);
      knownServers.add(server);
      if (exposedAs !== undefined) {
        const clash = byExposedName.get(exposedAs);
        if (clash) {
          errors.push({
            path: [...path, "tools", j],
            message: `the name '${exposedAs}' is already exposed by ${clash.path} (${clash.server}/${clash.tool.source}); give one of them an alias with {tool: ..., as: ...}`,
          });
        } else {
          byExposedName.set(exposedAs, entry);
        }
      }
      if (judgeable && !vs.roles.some((role) => roleMayCall(roles.get(role), server, pattern))) {
        warnings.push({
          path: [...path, "tools", j],
          message: `no role of this virtual server (${vs.roles.join(", ")}) may call ${ref}; the tool will never be visible`,
        });
      }
    }
    virtualServers.set(name, { name, path: formatPath(path), roles: new Set(vs.roles), entries, byExposedName });
  }

  // Roles unknown (their section did not parse): count every role a limit names as known.
  const limitRoles = roleNames === "unknown" ? new Set(doc.limits.map((l) => l.scope.replace(/^role:/, ""))) : roleNames;
  const { limits, problems, warnings: limitWarnings } = compileLimits(doc.limits, limitRoles);
  for (const problem of problems) errors.push(problem);
  for (const warning of limitWarnings) warnings.push(warning);
  const { identity, problems: identityProblems, warnings: identityWarnings } = compileIdentityConfig(doc.identity, roleNames);
  for (const problem of identityProblems) errors.push(problem);
  for (const warning of identityWarnings) warnings.push(warning);
  const {
    credentials,
    problems: credentialProblems,
    warnings: credentialWarnings,
  } = compileCredentialConfig(doc.credentials, {
    virtualServers: new Set(Object.keys(doc.virtualServers)),
    grants: (server) => roleServers.has(server) || knownServers.has(server) || [...roles.values()].some((r) => r.globs.some((g) => g.server.matches(server))),
  });
  for (const problem of credentialProblems) errors.push(problem);
  for (const warning of credentialWarnings) warnings.push(warning);
  const compiledTaint = doc.taint ? compileTaint(doc.taint) : undefined;
  for (const warning of compiledTaint?.warnings ?? []) warnings.push(warning);

  const policy: CompiledPolicy = {
    revision: meta.revision,
    source: meta.source,
    loadedAt: Date.now(),
    document: doc,
    principalsByTokenHash,
    roles,
    virtualServers,
    knownServers,
    hasServerGlobs,
    limits,
    taint: compiledTaint?.taint,
    guardrails: compileGuardrailRules(doc.guardrails),
    identity,
    credentials,
    audit: compileAuditPolicy(doc.audit),
  };
  return { policy, errors, warnings };
}

function* compileServerRules(role: string, serverKey: string, rules: ServerRules, path: PolicyPath, errors: CompileProblem[]): Steps<CompiledServerRules> {
  function* compileList(kind: "allow" | "deny"): Steps<CompiledRule[]> {
    const compiled: CompiledRule[] = [];
    for (const [i, pattern] of rules[kind].entries()) {
      yield;
      compiled.push({ path: formatPath([...path, kind, i]), pattern: compileGlob(pattern) });
    }
    return compiled.sort((a, b) => bySpecificity(a.pattern, b.pattern));
  }
  const args: CompiledServerRules["args"][number][] = [];
  for (const [tool, specs] of Object.entries(rules.args ?? {})) {
    const constraints: CompiledArgumentConstraint[] = [];
    for (const [argument, spec] of Object.entries(specs)) {
      yield;
      const argPath: PolicyPath = [...path, "args", tool, argument];
      if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
        errors.push({ path: argPath, message: `min (${spec.min}) is greater than max (${spec.max})` });
      }
      if (argument.split(".").some((s) => s === "")) {
        errors.push({ path: argPath, atKey: true, message: "an argument path must not have empty segments" });
      }
      constraints.push(compileArgumentConstraint(argument, spec, formatPath(argPath)));
    }
    args.push({ tool: compileGlob(tool), constraints });
  }
  if (rules.allow.length === 0 && rules.deny.length === 0 && args.length === 0 && !rules.annotations) {
    errors.push({ path, atKey: true, message: "a server block needs at least one of allow, deny, annotations, args" });
  }
  return {
    role,
    path: formatPath(path),
    server: compileGlob(serverKey),
    allow: yield* compileList("allow"),
    deny: yield* compileList("deny"),
    annotations: rules.annotations ? { path: formatPath([...path, "annotations"]), rule: rules.annotations } : undefined,
    args,
  };
}

/**
 * Whether a role alone may call some tool that `pattern` names on `server` (for warnings
 * only, so it errs towards "may": argument and annotation conditions are not judged, and a
 * glob entry counts as denied only by a deny of the same glob or of `*`).
 */
function roleMayCall(role: CompiledRole | undefined, server: string, pattern: NamePattern): boolean {
  if (!role) return false;
  const blocks = [role.exact.get(server), ...role.globs.filter((g) => g.server.matches(server))].filter((b) => b !== undefined);
  const denied = blocks.some((b) =>
    b.deny.some((d) => (pattern.literal ? d.pattern.matches(pattern.source) : d.pattern.source === "*" || d.pattern.source === pattern.source)),
  );
  if (denied) return false;
  return blocks.some((b) => b.allow.some((a) => !a.pattern.literal || !pattern.literal || a.pattern.matches(pattern.source)));
}

/** Errors that get a did-you-mean (as many as are reported; see MAX_REPORTED_ERRORS). */
const SUGGEST_FOR_FIRST_ERRORS = 200;

function unknownRole(role: string, roleNames: ReadonlySet<string>): string {
  const guess = didYouMean(role, roleNames);
  if (guess !== undefined) return `unknown role '${role}'; did you mean \`${guess}\`?`;
  if (roleNames.size === 0) return `unknown role '${role}'`;
  const shown = [...roleNames].slice(0, 10).join(", ");
  return `unknown role '${role}' (roles: ${shown}${roleNames.size > 10 ? `, … ${roleNames.size - 10} more` : ""})`;
}
