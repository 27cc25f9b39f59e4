/**
 * Shadow policies: a candidate policy decided beside the one in force, on every Authorize,
 * whose disagreements are recorded (the audit record's `shadow`) but never enforced.
 *
 * The shadow decides with the real authorizer for the principal the enforced decision
 * resolved — identity is the enforced policy's — so a disagreement is a difference in
 * access control alone. It is synchronous and in memory; a shadow that fails never affects
 * the enforced decision (it is counted and ignored).
 */
import type { JsonObject } from "@bufbuild/protobuf";
import { Reason } from "@portcullis/sdk/gen";
import { authorize, type AccessDecision, type ToolHints } from "../../decision/index.js";
import { PolicyStore, type CompiledPolicy, type PolicyStoreOptions, type ReloadOutcome, type ReloadTrigger } from "../../policy/index.js";
import type { AuditRecord } from "../audit-record.js";
import { principalUnder } from "./candidate-judge.js";
import { ACCESS_REASONS } from "./reason-kinds.js";

/** What a shadow decided where it disagreed (the audit record's `shadow`). */
export type ShadowVerdict = NonNullable<AuditRecord["shadow"]>;

/** The call the enforced policy decided. */
export interface ShadowInput {
  readonly server: string;
  readonly tool: string;
  readonly arguments?: JsonObject | undefined;
  readonly annotations?: ToolHints | undefined;
}

/** The enforced decision (a `Decision` or `AccessDecision` fits). */
export type EnforcedDecision = Pick<AccessDecision, "allow" | "reason" | "principal">;

/** Something that holds a compiled policy (a {@link PolicyStore} does). */
export interface PolicySource {
  readonly current: CompiledPolicy;
}

/** Options of {@link ShadowPolicy.open}. */
export interface ShadowPolicyOpenOptions extends PolicyStoreOptions {
  /** Reload when the file changes (default true). */
  readonly watch?: boolean;
}

/**
 * A candidate policy that shadows the enforced one.
 *
 * @example
 * ```ts
 * const shadow = await ShadowPolicy.open("candidate.yaml", { onReload: logReload });
 * const decision = await engine.decide(input);
 * const disagreement = shadow.compare(input, decision); // undefined when they agree
 * if (disagreement) record.shadow = disagreement;
 * ```
 */
export class ShadowPolicy {
  readonly #source: PolicySource;
  readonly #store: PolicyStore | undefined;
  #compared = 0;
  #disagreements = 0;
  #failures = 0;

  /** A shadow over a fixed compiled policy, or over a source whose policy may change (a PolicyStore). */
  constructor(source: CompiledPolicy | PolicySource) {
    this.#source = "revision" in source ? { current: source } : source;
    this.#store = source instanceof PolicyStore ? source : undefined;
  }

  /**
   * Loads a shadow policy file with the enforced policy's loader (file:line errors: rejects
   * with a PolicyLoadError) and, unless `watch: false`, hot-reloads it as the enforced one
   * is: a rejected file leaves the shadow in force unchanged.
   */
  static async open(file: string, options: ShadowPolicyOpenOptions = {}): Promise<ShadowPolicy> {
    const store = await PolicyStore.open(file, options);
    if (options.watch ?? true) await store.watch();
    return new ShadowPolicy(store);
  }

  /** The shadow policy now. */
  get current(): CompiledPolicy {
    return this.#source.current;
  }

  /** Calls compared, disagreements found, and comparisons that failed (ignored), since start. */
  get stats(): { readonly compared: number; readonly disagreements: number; readonly failures: number } {
    return { compared: this.#compared, disagreements: this.#disagreements, failures: this.#failures };
  }

  /**
   * Decides the call under the shadow and returns its verdict where it disagrees with the
   * enforced access decision, else undefined. A call whose caller did not authenticate has
   * nothing to compare. A call a limit denied was allowed by access control, and is
   * compared as such.
   */
  compare(input: ShadowInput, enforced: EnforcedDecision): ShadowVerdict | undefined {
    const principal = enforced.principal;
    if (!principal) return undefined;
    try {
      this.#compared++;
      const policy = this.#source.current;
      const shadow = authorize(policy, {
        token: "",
        server: input.server,
        tool: input.tool,
        arguments: input.arguments,
        annotations: input.annotations,
        caller: { ok: true, principal: principalUnder(policy, principal) },
      });
      const enforcedAccess = enforced.allow || !ACCESS_REASONS.has(enforced.reason);
      if (shadow.allow === enforcedAccess) return undefined;
      this.#disagreements++;
      return {
        decision: shadow.allow ? "allow" : "deny",
        reason: Reason[shadow.reason] ?? String(shadow.reason),
        ...(shadow.matchedRule ? { rule: shadow.matchedRule } : {}),
        policyRevision: shadow.policyRevision,
      };
    } catch {
      this.#failures++;
      return undefined;
    }
  }

  /** Re-reads the shadow file (SIGHUP, admin reload); a fixed policy reports no change. */
  reload(trigger: ReloadTrigger = "admin"): Promise<ReloadOutcome> {
    if (this.#store) return this.#store.reload(trigger);
    return Promise.resolve({ changed: false, revision: this.current.revision, errors: [], warnings: [] });
  }

  /** Stops watching the file. */
  close(): void {
    this.#store?.close();
  }
}
