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
 */
import { randomUUID } from "node:crypto";
import type { IdentityStore, ScimUserRecord } from "./identity-store.js";
import type { SubjectOffboarding } from "./subject-offboarding.js";

/** The SCIM core User schema URN. */
export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

/** A SCIM protocol error: HTTP status, `scimType` and a detail that never quotes a credential. */
export class ScimError extends Error {
  readonly status: number;
  readonly scimType: string | undefined;

  constructor(status: number, detail: string, scimType?: string) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }
}

/** Which attribute names the subject. */
export type ScimSubjectAttribute = "userName" | "externalId";

type Json = Record<string, unknown>;

const RESERVED = new Set(["schemas", "id", "meta", "userName", "externalId", "active", "password", "groups"]);
const SUBJECT = /^[^\s\p{Cc}]{1,256}$/u;
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
    const userName = requireUserName(doc.userName);
    const externalId = optionalString(doc.externalId, "externalId");
    const subject = this.#subjectFrom === "userName" ? userName : externalId;
    if (!subject) throw new ScimError(400, "externalId: required (this sidecar maps externalId to the subject)", "invalidValue");
    if (!SUBJECT.test(subject)) throw new ScimError(400, `${this.#subjectFrom}: at most 256 characters, without whitespace`, "invalidValue");
    if (await this.#store.scimUserByName(userName)) throw new ScimError(409, "userName: a user with this userName exists", "uniqueness");
    const now = this.#now();
    const user: ScimUserRecord = {
      id: randomUUID(),
      userName,
      externalId,
      subject,
      active: doc.active === undefined ? true : activeValue(doc.active),
      attributes: JSON.stringify(extraAttributes(doc)),
      createdAtMs: now,
      updatedAtMs: now,
    };
    await this.#transition(subject, undefined, user.active);
    if (!(await this.#store.putScimUser(user))) throw new ScimError(409, "userName: a user with this userName exists", "uniqueness");
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
    const next: ScimUserRecord = {
      ...user,
      userName: requireUserName(doc.userName),
      externalId: doc.externalId === undefined ? user.externalId : optionalString(doc.externalId, "externalId"),
      active: doc.active === undefined ? user.active : activeValue(doc.active),
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
      const op = object(raw, `Operations[${i}]`);
      const kind = typeof op.op === "string" ? op.op.toLowerCase() : "";
      if (kind !== "add" && kind !== "replace" && kind !== "remove") {
        throw new ScimError(400, `Operations[${i}].op: add, replace or remove`, "invalidSyntax");
      }
      const path = op.path === undefined ? undefined : String(op.path);
      if (path === undefined) {
        if (kind === "remove") throw new ScimError(400, `Operations[${i}].path: required for remove`, "noTarget");
        for (const [key, value] of Object.entries(object(op.value, `Operations[${i}].value`))) next = apply(next, attributes, key, value, false);
      } else {
        next = apply(next, attributes, path, op.value, kind === "remove");
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
    // Offboard before the record says inactive: if offboarding fails the IdP gets an error
    // and retries, rather than a user marked inactive whose tokens still work.
    await this.#transition(after.subject, before.active, after.active);
    if (!(await this.#store.putScimUser(after))) throw new ScimError(409, "userName: another user has this userName", "uniqueness");
    return after;
  }

  async #transition(subject: string, was: boolean | undefined, now: boolean): Promise<void> {
    if (!now && was !== false) await this.#offboarding.offboard(subject, { reason: DEACTIVATED, source: "scim" });
    else if (now && was !== true) await this.#offboarding.reinstate(subject, "scim");
  }
}

/** One patch step on a user: `active`, `userName` and `externalId` are the user's; other paths are kept attributes. */
function apply(user: ScimUserRecord, attributes: Json, path: string, value: unknown, remove: boolean): ScimUserRecord {
  const name = path.toLowerCase();
  if (name === "active") {
    if (remove) throw new ScimError(400, "active: cannot be removed", "mutability");
    return { ...user, active: activeValue(value) };
  }
  if (name === "username") {
    if (remove) throw new ScimError(400, "userName: required", "mutability");
    return { ...user, userName: requireUserName(value) };
  }
  if (name === "externalid") return { ...user, externalId: remove ? "" : optionalString(value, "externalId") };
  // Sub-attribute filters (`emails[type eq "work"].value`) address nothing Portcullis uses.
  if (path.includes("[")) return user;
  const parts = path.split(".");
  let target = attributes;
  for (const part of parts.slice(0, -1)) {
    if (typeof target[part] !== "object" || target[part] === null) target[part] = {};
    target = target[part] as Json;
  }
  const last = parts.at(-1)!;
  if (RESERVED.has(last) && parts.length === 1) return user;
  if (remove) delete target[last];
  else target[last] = value;
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

function extraAttributes(doc: Json): Json {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !RESERVED.has(key)));
}
