/**
 * SCIM 2.0 Users (RFC 7643 / 7644) as an identity provider drives them to provision and
 * deprovision people: each user maps to a Portcullis subject (its `userName`, or its
 * `externalId`), and the user's `active` flag drives offboarding —
 *
 * - `active` true → false (PATCH as Okta or Entra sends it, PUT) and DELETE offboard the
 *   subject (tokens revoked, deny-list, vault), with no human step;
 * - `active` false → true, or a user created for a subject SCIM had offboarded, reinstates
 *   it — only an offboarding SCIM made: an admin's offboarding is never undone by an IdP sync.
 *
 * Attributes Portcullis does not use are kept as the IdP sent them (never a password), so
 * the IdP reads back what it wrote. The subject of a user never changes after creation.
 * Attribute names are case-insensitive (RFC 7643 §2.1); PATCH paths are parsed by
 * scim-patch.ts, and one Portcullis cannot apply is refused (400 `invalidPath`), never
 * ignored. No key a request names can reach an object's prototype.
 */
import { randomUUID } from "node:crypto";
import type { IdentityStore, ScimUserRecord } from "./identity-store.js";
import { ScimError } from "./scim-error.js";
import { applyToAttributes, checkScimValue, ownKey, parseScimPath, type ScimPath } from "./scim-patch.js";
import type { SubjectOffboarding } from "./subject-offboarding.js";
import { isSubjectName, SUBJECT_RULE } from "./subject-name.js";

export { ScimError } from "./scim-error.js";
export { SCIM_USER_SCHEMA } from "./scim-patch.js";

/** Which attribute names the subject. */
export type ScimSubjectAttribute = "userName" | "externalId";

type Json = Record<string, unknown>;
type PatchKind = "add" | "replace" | "remove";

/** Top-level names that are not kept attributes (lower case: names are case-insensitive). */
const RESERVED = new Set(["schemas", "id", "meta", "username", "externalid", "active", "password", "groups"]);
/** Of those, the ones a client cannot write (RFC 7643 §4.1: readOnly; `schemas` is the server's). */
const READ_ONLY = new Set(["schemas", "id", "meta", "groups"]);
const FILTER = /^\s*(userName|externalId|id)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;
const DEACTIVATED = "deactivated by the identity provider (SCIM)";

/**
 * The Users endpoint's operations over the identity store.
 *
 * @example
 * ```ts
 * const users = new ScimUsers({ store, offboarding });
 * await users.patch(id, { Operations: [{ op: "replace", value: { active: false } }] }); // offboards
 * ```
 */
export class ScimUsers {
  readonly #store: IdentityStore;
  readonly #offboarding: SubjectOffboarding;
  readonly #subjectFrom: ScimSubjectAttribute;
  readonly #now: () => number;

  constructor(deps: { store: IdentityStore; offboarding: SubjectOffboarding; subjectFrom?: ScimSubjectAttribute; now?: () => number }) {
    this.#store = deps.store;
    this.#offboarding = deps.offboarding;
    this.#subjectFrom = deps.subjectFrom ?? "userName";
    this.#now = deps.now ?? Date.now;
  }

  async create(body: unknown): Promise<ScimUserRecord> {
    const doc = object(body);
    checkScimValue(doc, "the request body");
    const userName = requireUserName(field(doc, "userName"));
    const externalId = optionalString(field(doc, "externalId"), "externalId");
    const subject = this.#subjectFrom === "userName" ? userName : externalId;
    if (!subject) throw new ScimError(400, "externalId: required (this sidecar maps externalId to the subject)", "invalidValue");
    if (!isSubjectName(subject)) throw new ScimError(400, `${this.#subjectFrom}: ${SUBJECT_RULE}`, "invalidValue");
    if (await this.#store.scimUserByName(userName)) throw new ScimError(409, "userName: a user with this userName exists", "uniqueness");
    const now = this.#now();
    const user: ScimUserRecord = {
      id: randomUUID(),
      userName,
      externalId,
      subject,
      active: field(doc, "active") === undefined ? true : activeValue(field(doc, "active")),
      attributes: JSON.stringify(extraAttributes(doc)),
      createdAtMs: now,
      updatedAtMs: now,
    };
    if (!user.active) await this.#offboard(subject);
    if (!(await this.#store.putScimUser(user))) throw new ScimError(409, "userName: a user with this userName exists", "uniqueness");
    if (user.active) await this.#reinstateOrUndo(subject, () => this.#store.deleteScimUser(user.id));
    return user;
  }

  async get(id: string): Promise<ScimUserRecord> {
    const user = await this.#store.scimUser(id);
    if (!user) throw new ScimError(404, `no user with id ${id.slice(0, 64)}`);
    return user;
  }

  /** Users matching a filter (`userName eq "…"`, `externalId eq "…"`, `id eq "…"`) or all. */
  async list(filter: string | undefined): Promise<ScimUserRecord[]> {
    if (filter === undefined || filter.trim() === "") return this.#store.listScimUsers();
    const match = FILTER.exec(filter);
    if (!match) throw new ScimError(400, 'filter: supported are userName eq "…", externalId eq "…" and id eq "…"', "invalidFilter");
    const attribute = match[1]!.toLowerCase();
    const value = match[2]!.replace(/\\(.)/g, "$1");
    if (attribute === "username") return [await this.#store.scimUserByName(value)].filter((u) => u !== undefined);
    if (attribute === "id") return [await this.#store.scimUser(value)].filter((u) => u !== undefined);
    return (await this.#store.listScimUsers()).filter((u) => u.externalId === value);
  }

  /** PUT: replaces the user's attributes; `active` absent keeps the current state. */
  async replace(id: string, body: unknown): Promise<ScimUserRecord> {
    const user = await this.get(id);
    const doc = object(body);
    checkScimValue(doc, "the request body");
    const externalId = field(doc, "externalId");
    const active = field(doc, "active");
    const next: ScimUserRecord = {
      ...user,
      userName: requireUserName(field(doc, "userName")),
      externalId: externalId === undefined ? user.externalId : optionalString(externalId, "externalId"),
      active: active === undefined ? user.active : activeValue(active),
      attributes: JSON.stringify(extraAttributes(doc)),
      updatedAtMs: this.#now(),
    };
    return this.#save(user, next);
  }

  /** PATCH with `Operations` (add, replace, remove), as Okta and Entra send them. */
  async patch(id: string, body: unknown): Promise<ScimUserRecord> {
    const user = await this.get(id);
    const ops = object(body).Operations;
    if (!Array.isArray(ops) || ops.length === 0) throw new ScimError(400, "Operations: a non-empty list of patch operations", "invalidSyntax");
    let next: ScimUserRecord = { ...user };
    const attributes = JSON.parse(user.attributes) as Json;
    ops.forEach((raw, i) => {
      const where = `Operations[${i}]`;
      const op = object(raw, where);
      const kind = typeof op.op === "string" ? op.op.toLowerCase() : "";
      if (kind !== "add" && kind !== "replace" && kind !== "remove") {
        throw new ScimError(400, `${where}.op: add, replace or remove`, "invalidSyntax");
      }
      if (op.path !== undefined && typeof op.path !== "string") throw new ScimError(400, `${where}.path: a string`, "invalidPath");
      checkScimValue(op.value, `${where}.value`);
      const path = op.path === undefined ? undefined : parseScimPath(op.path, `${where}.path`);
      if (path === undefined || (path.schema === undefined && path.attribute === undefined)) {
        // No path (or the core schema URN alone): each member of the value is an attribute path.
        if (kind === "remove") throw new ScimError(400, `${where}.path: required for remove`, "noTarget");
        for (const [key, value] of Object.entries(object(op.value, `${where}.value`))) {
          next = apply(next, attributes, parseScimPath(key, `${where}.value.${key.slice(0, 64)}`), kind, value, where);
        }
      } else {
        next = apply(next, attributes, path, kind, op.value, where);
      }
    });
    return this.#save(user, { ...next, attributes: JSON.stringify(attributes), updatedAtMs: this.#now() });
  }

  /** DELETE: offboards the subject and forgets the user. */
  async delete(id: string): Promise<void> {
    const user = await this.get(id);
    await this.#offboarding.offboard(user.subject, { reason: `deleted by the identity provider (SCIM)`, source: "scim" });
    await this.#store.deleteScimUser(id);
  }

  async #save(before: ScimUserRecord, after: ScimUserRecord): Promise<ScimUserRecord> {
    // A change the store would refuse changes nothing: no offboarding, no reinstatement.
    if (after.userName !== before.userName) {
      const holder = await this.#store.scimUserByName(after.userName);
      if (holder && holder.id !== before.id) throw new ScimError(409, "userName: another user has this userName", "uniqueness");
    }
    // Offboard before the record says inactive: if offboarding fails the IdP gets an error and
    // retries, rather than a user marked inactive whose tokens still work. Reinstate only once
    // the record says active: a change the store refuses (a race on the userName) reinstates
    // nobody — a reinstated subject behind a record that says inactive would never be
    // offboarded again, as the next deactivation changes nothing the record shows.
    if (!after.active && before.active) await this.#offboard(after.subject);
    if (!(await this.#store.putScimUser(after))) throw new ScimError(409, "userName: another user has this userName", "uniqueness");
    if (after.active && !before.active) await this.#reinstateOrUndo(after.subject, () => this.#store.putScimUser(before));
    return after;
  }

  async #offboard(subject: string): Promise<void> {
    await this.#offboarding.offboard(subject, { reason: DEACTIVATED, source: "scim" });
  }

  /**
   * Takes a subject SCIM offboarded off the deny-list, after its record says active. Should that
   * fail, `undo` puts the record back as it was (or removes a new user), so that the IdP's retry
   * is a reactivation again rather than a no-op on a user recorded active whose tokens fail.
   */
  async #reinstateOrUndo(subject: string, undo: () => Promise<unknown>): Promise<void> {
    try {
      await this.#offboarding.reinstate(subject, "scim");
    } catch (err) {
      await undo().catch(() => undefined);
      throw err;
    }
  }
}

/**
 * One patch step on a user: `active`, `userName` and `externalId` are the user's fields; the
 * read-only ones are refused; a password is dropped (never kept); other paths write kept
 * attributes.
 */
function apply(user: ScimUserRecord, attributes: Json, path: ScimPath, kind: PatchKind, value: unknown, where: string): ScimUserRecord {
  const name = path.schema === undefined ? path.attribute?.toLowerCase() : undefined;
  if (name !== undefined && RESERVED.has(name)) {
    if (path.filter !== undefined || path.sub !== undefined) {
      throw new ScimError(400, `${where}.path: ${path.attribute} has no sub-attributes or values to filter`, "invalidPath");
    }
    if (READ_ONLY.has(name)) throw new ScimError(400, `${where}: ${path.attribute} is read-only`, "mutability");
    if (name === "password") return user;
    if (name === "active") {
      if (kind === "remove") throw new ScimError(400, "active: cannot be removed", "mutability");
      return { ...user, active: activeValue(value) };
    }
    if (name === "username") {
      if (kind === "remove") throw new ScimError(400, "userName: required", "mutability");
      return { ...user, userName: requireUserName(value) };
    }
    return { ...user, externalId: kind === "remove" ? "" : optionalString(value, "externalId") };
  }
  applyToAttributes(attributes, path, kind, value, where);
  return user;
}

function object(value: unknown, where = "the request body"): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ScimError(400, `${where}: a JSON object`, "invalidSyntax");
  return value as Json;
}

function requireUserName(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") throw new ScimError(400, "userName: required", "invalidValue");
  if (value.length > 256) throw new ScimError(400, "userName: at most 256 characters", "invalidValue");
  return value;
}

function optionalString(value: unknown, field: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string" || value.length > 256) throw new ScimError(400, `${field}: a string of at most 256 characters`, "invalidValue");
  return value;
}

/** `active` as a boolean; Entra sends "True" / "False" as strings. */
function activeValue(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new ScimError(400, "active: true or false", "invalidValue");
}

/** The value of a top-level attribute named case-insensitively (own keys only). */
function field(doc: Json, name: string): unknown {
  const key = ownKey(doc, name);
  return key === undefined ? undefined : doc[key];
}

function extraAttributes(doc: Json): Json {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !RESERVED.has(key.toLowerCase())));
}
