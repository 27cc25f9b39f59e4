/**
 * What of an invalid policy can still be checked. Each schema issue invalidates one entry —
 * a subject, a role's server block, a role, a virtual server, a limit, a guardrail — or, at
 * worst, one section; the rest is validated again and handed to the compiler, so reference
 * checks (unknown roles, duplicate token hashes, …) run on every entry that did parse and
 * one bad entry hides nothing else.
 *
 * The compiler is told which names exist even though their entries were dropped, so a
 * subject naming a role whose definition has a typo gets no bogus "unknown role" error.
 */
import type { z } from "zod";
import type { PartialContext } from "./policy-compiler.js";
import type { PolicyPath } from "./policy-error.js";
import { PolicySchema, type PolicyDocument } from "./schema.js";

/** A document reduced to its valid entries. */
export interface PartialDocument {
  readonly document: PolicyDocument;
  readonly context: PartialContext;
  /**
   * Maps a problem path in the reduced document back to the file: list sections lose their
   * dropped entries, so `subjects[1]` may be the file's `subjects[3]`.
   */
  filePath(path: PolicyPath): PolicyPath;
}

type Raw = Record<string, unknown>;

const LIST_SECTIONS = ["subjects", "limits", "guardrails"] as const;
const MAP_SECTIONS = ["roles", "virtualServers", "credentials"] as const;

/**
 * Drops what the issues invalidate and validates the rest; undefined when nothing checkable
 * remains (the file is not a map, or the reduced document still fails).
 *
 * @example
 * ```ts
 * const parsed = PolicySchema.safeParse(raw);
 * const partial = parsed.success ? undefined : partialDocument(raw, parsed.error.issues);
 * if (partial) compilePolicy(partial.document, meta, partial.context);
 * ```
 */
export function partialDocument(raw: unknown, issues: readonly z.core.$ZodIssue[]): PartialDocument | undefined {
  if (!isMap(raw)) return undefined;
  const top: Raw = { ...raw };
  const broken = new Set<string>();
  const dropped = new Map<string, Set<string | number>>();
  const droppedBlocks = new Map<string, Set<string>>();
  const drop = (section: string, entry: string | number) => {
    const set = dropped.get(section) ?? new Set();
    dropped.set(section, set.add(entry));
  };

  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const [section, entry, inner, block] = path;
    if (section === undefined) {
      // Unknown top-level keys are reported; without them the rest still reads.
      if (issue.code !== "unrecognized_keys") return undefined;
      for (const key of issue.keys) delete top[key];
    } else if (section === "version") {
      top.version = 1;
    } else if (entry === undefined) {
      broken.add(String(section));
    } else if (section === "roles" && inner === "servers" && block !== undefined) {
      const blocks = droppedBlocks.get(String(entry)) ?? new Set();
      droppedBlocks.set(String(entry), blocks.add(String(block)));
    } else {
      drop(String(section), entry);
    }
  }

  const fileIndexes = new Map<string, number[]>();
  for (const section of LIST_SECTIONS) {
    if (broken.has(section) || !Array.isArray(top[section])) {
      delete top[section];
      continue;
    }
    const kept: number[] = [];
    const entries: unknown[] = [];
    (top[section] as unknown[]).forEach((entry, i) => {
      if (dropped.get(section)?.has(i)) return;
      kept.push(i);
      entries.push(entry);
    });
    top[section] = entries;
    fileIndexes.set(section, kept);
  }
  for (const section of MAP_SECTIONS) {
    if (broken.has(section) || !isMap(top[section])) {
      top[section] = {};
      continue;
    }
    const entries = { ...(top[section] as Raw) };
    for (const name of dropped.get(section) ?? []) delete entries[String(name)];
    top[section] = entries;
  }
  // Sections without entries of their own (identity): one issue sets aside the whole section.
  for (const section of new Set([...broken, ...dropped.keys()])) {
    if (!(LIST_SECTIONS as readonly string[]).includes(section) && !(MAP_SECTIONS as readonly string[]).includes(section)) delete top[section];
  }
  const roles = top.roles as Raw;
  for (const [role, blocks] of droppedBlocks) {
    const definition = roles[role];
    if (!isMap(definition) || !isMap(definition.servers)) continue;
    const servers = { ...definition.servers };
    for (const block of blocks) delete servers[block];
    roles[role] = { ...definition, servers };
  }

  const reparsed = PolicySchema.safeParse(top);
  if (!reparsed.success) return undefined;

  const rawRoles = broken.has("roles") || !isMap(raw.roles) ? undefined : raw.roles;
  const serverNames = new Set<string>();
  for (const definition of Object.values(rawRoles ?? {})) {
    if (isMap(definition) && isMap(definition.servers)) for (const server of Object.keys(definition.servers)) serverNames.add(server);
  }
  const context: PartialContext = {
    roleNames: rawRoles ? new Set(Object.keys(rawRoles)) : "unknown",
    incompleteRoles: new Set([...droppedBlocks.keys(), ...[...(dropped.get("roles") ?? [])].map(String)]),
    serverNames,
  };
  return {
    document: reparsed.data,
    context,
    filePath(path) {
      const [section, index, ...rest] = path;
      const kept = fileIndexes.get(String(section));
      if (!kept || typeof index !== "number") return path;
      return [section!, kept[index] ?? index, ...rest];
    },
  };
}

function isMap(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
