/**
 * What an adapter (`wrapClient`, `governServer`) knows of the real server's tools, and how a
 * call's name finds its real tool. The real server lists its own names; behind a virtual server
 * a tool may be exposed under another (`as:`), and a call by that name must be decided with the
 * real tool's annotations, checked against the real server's list under the real name, sent as
 * the real tool, and its masked structured content checked against the real tool's output
 * schema. The list is read once, every page, the first time a call needs a tool it does not
 * hold (and again for a name still unknown); an exposed name the list cannot explain is asked of
 * the sidecar (a dry-run Authorize) unless a filtered list already said where it goes.
 */
import type { GovernedTarget } from "./governed-call.js";
import type { McpTool, McpToolAnnotations } from "./mcp-shapes.js";
import { traceEntries, type TraceContext } from "./trace-context.js";

/**
 * One page of the real server's tools/list (`cursor` undefined: the first).
 *
 * @example
 * ```ts
 * const read: ReadToolsPage = (cursor) => client.listTools(cursor ? { cursor } : undefined);
 * ```
 */
export type ReadToolsPage = (cursor: string | undefined) => Promise<{ tools: readonly McpTool[]; nextCursor?: string | undefined }>;

/**
 * Where one call goes, as far as the adapter can tell before the decision, and the checks it
 * gives `governedCall`.
 *
 * @example
 * ```ts
 * const route = await catalog.route(target, { name, arguments: args }, { read });
 * await governedCall(target, { tool: name, annotations: route.annotations, listed: route.listed, outputSchema: route.outputSchema }, send);
 * ```
 */
export interface ToolRoute {
  /** The real tool's annotations (the tool the name stands for). */
  annotations: McpToolAnnotations | undefined;
  /** Whether the real server lists the decision's real tool (`GovernedCallRequest.listed`). */
  listed: (tool: string) => Promise<boolean>;
  /** The real tool's output schema (`GovernedCallRequest.outputSchema`). */
  outputSchema: (tool: string) => object | undefined;
}

/** Names a virtual server exposes → the real tools, per governance client and (virtual, real) server. */
const renamesByClient = new WeakMap<GovernedTarget["governance"], Map<string, Map<string, string>>>();
/** Pages of one tools/list read at most. */
const MAX_PAGES = 1000;
/** Exposed names kept per server at most: a policy names far fewer; past it the oldest go. */
const MAX_RENAMES = 4096;

/**
 * The exposed names of one (virtual, real) server whose real tool is known — from a filtered
 * list (FilterTools says which real tool each name stands for) or an earlier dry run — shared by
 * every adapter of the same governance client: a per-request server (`createMcpHandler`) learns
 * from the list an earlier request read. A hint only: the call's own Authorize says where it
 * goes, and `listed` refuses a call whose decision went elsewhere with other hints.
 */
function renamesOf(target: Pick<GovernedTarget, "governance" | "server" | "upstreamServer">): Map<string, string> {
  let servers = renamesByClient.get(target.governance);
  if (!servers) renamesByClient.set(target.governance, (servers = new Map()));
  const key = `${target.server}\0${target.upstreamServer ?? ""}`;
  let renames = servers.get(key);
  if (!renames) servers.set(key, (renames = new Map()));
  return renames;
}

/**
 * Keeps that a virtual server exposes the real tool `real` of `target`'s real server as `exposed`.
 *
 * @example
 * ```ts
 * rememberRename(target, "acct", "account");
 * ```
 */
export function rememberRename(target: Pick<GovernedTarget, "governance" | "server" | "upstreamServer">, exposed: string, real: string): void {
  setRename(renamesOf(target), exposed, real);
}

function setRename(renames: Map<string, string>, exposed: string, real: string): void {
  renames.delete(exposed);
  renames.set(exposed, real);
  if (renames.size > MAX_RENAMES) renames.delete(renames.keys().next().value as string);
}

/**
 * The real server's tools as an adapter last read them, by their real names.
 *
 * @example
 * ```ts
 * const catalog = new ToolCatalog();
 * catalog.remember((await client.listTools()).tools);
 * ```
 */
export class ToolCatalog {
  #tools = new Map<string, McpTool>();
  /** A read of the whole list under way: concurrent calls share it. */
  #reading: Promise<void> | undefined;

  /** Keeps the tools of one page of the real list (e.g. one the caller listed). */
  remember(tools: readonly McpTool[]): void {
    for (const t of tools) this.#tools.set(t.name, t);
  }

  /** Whether the real server listed `name`. */
  has(name: string): boolean {
    return this.#tools.has(name);
  }

  /** The listed tool's annotations. */
  annotationsOf(name: string): McpToolAnnotations | undefined {
    return this.#tools.get(name)?.annotations;
  }

  /** The listed tool's output schema, if it declares one. */
  outputSchemaOf(name: string): object | undefined {
    const schema = this.#tools.get(name)?.outputSchema;
    return schema !== null && typeof schema === "object" ? schema : undefined;
  }

  /** Reads every page of the real list: afterwards the catalog is that list. */
  async readAll(read: ReadToolsPage): Promise<void> {
    this.#reading ??= (async () => {
      try {
        const tools = new Map<string, McpTool>();
        const cursors = new Set<string>();
        let cursor: string | undefined;
        do {
          const page = await read(cursor);
          for (const t of page.tools) tools.set(t.name, t);
          cursor = page.nextCursor || undefined;
          // A list that never ends would hold the call forever: it fails (closed) instead.
          if (cursor !== undefined && (cursors.has(cursor) || cursors.size >= MAX_PAGES)) {
            throw new Error(`the server's tools/list did not end after ${cursors.size + 1} pages`);
          }
          if (cursor !== undefined) cursors.add(cursor);
        } while (cursor);
        this.#tools = tools;
      } finally {
        this.#reading = undefined;
      }
    })();
    return this.#reading;
  }

  /**
   * The route of a call by `call.name`: the real tool it stands for (the list read once when the
   * name, or the real tool a rename names, is not held; the sidecar asked when the list cannot
   * explain the name), its hints, and the checks of the decision's real tool.
   */
  async route(
    target: GovernedTarget,
    call: { name: string; arguments?: Record<string, unknown> | undefined },
    how: { read: ReadToolsPage; trace?: TraceContext | undefined; signal?: AbortSignal | undefined },
  ): Promise<ToolRoute> {
    const { name } = call;
    const renames = renamesOf(target);
    const known = () => {
      const real = renames.get(name);
      return this.has(real ?? name);
    };
    let read = false;
    if (!known()) {
      await this.readAll(how.read);
      read = true;
      if (!known()) {
        const real = await dryRunTarget(target, call, how);
        if (real && real !== name && this.has(real)) setRename(renames, name, real);
      }
    }
    // The annotations are the real tool's, whichever name it is called by.
    const decidedFor = renames.get(name) ?? name;
    const hints = this.annotationsOf(decidedFor);
    return {
      annotations: hints,
      outputSchema: (tool) => this.outputSchemaOf(tool),
      // The name sent is the decision's real tool (behind a virtual server, not the caller's):
      // the server must have listed it, else a server that folds case runs what a deny names.
      listed: async (tool) => {
        if (!this.has(tool) && !read) await this.readAll(how.read);
        if (tool !== decidedFor) {
          // The decision sends the call to another tool than the one whose annotations it was
          // given (the policy changed its routes): refused, and the next call uses the new route.
          if (tool !== name && this.has(tool)) setRename(renames, name, tool);
          else renames.delete(name);
          if (this.has(tool) && !sameHints(this.annotationsOf(tool), hints)) {
            throw new Error(`it was decided with the annotations of '${decidedFor}', but goes to '${tool}'; call it again`);
          }
        }
        return this.has(tool);
      },
    };
  }
}

/**
 * Where the sidecar would send a call to a name the server does not list: a dry run (it
 * consumes no limit and hands out no credential) whose target names the real tool. Failing,
 * it tells nothing: the call's own Authorize decides, and fails closed.
 */
async function dryRunTarget(
  target: GovernedTarget,
  call: { name: string; arguments?: Record<string, unknown> | undefined },
  how: { trace?: TraceContext | undefined; signal?: AbortSignal | undefined },
): Promise<string | undefined> {
  const timeoutMs = target.timeouts?.authorize ?? target.timeoutMs;
  const dryRun = await target.governance
    .authorize(
      { token: target.token, server: target.server, tool: call.name, arguments: call.arguments ?? {}, workflowId: target.workflowId ?? "", dryRun: true },
      { ...(how.trace ? { headers: traceEntries(how.trace) } : {}), ...(timeoutMs ? { timeoutMs } : {}), ...(how.signal ? { signal: how.signal } : {}) },
    )
    .catch(() => undefined);
  // A tool of another real server than the one named is not this one's, whatever its name.
  if (target.upstreamServer !== undefined && dryRun?.target?.server !== target.upstreamServer) return undefined;
  return dryRun?.target?.tool || undefined;
}

/** Whether two tools' hints are the same, as a decision reads them. */
function sameHints(a: McpToolAnnotations | undefined, b: McpToolAnnotations | undefined): boolean {
  return (
    a?.readOnlyHint === b?.readOnlyHint &&
    a?.destructiveHint === b?.destructiveHint &&
    a?.idempotentHint === b?.idempotentHint &&
    a?.openWorldHint === b?.openWorldHint
  );
}
