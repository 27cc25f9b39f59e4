/**
 * SCIM PATCH paths (RFC 7644 §3.5.2, grammar in §3.10) and the attribute writes they make on
 * the attributes Portcullis keeps for a user.
 *
 * Supported, as Okta and Entra ID send them: an attribute (`displayName`), a sub-attribute
 * (`name.givenName`), a schema-qualified attribute (`urn:ietf:params:scim:schemas:core:2.0:User:active`,
 * whose core prefix is dropped; extension attributes such as
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department` live under their
 * schema URN, as SCIM represents them), and a value filter with `eq` on a multi-valued
 * attribute (`emails[type eq "work"].value`). Attribute names are case-insensitive (RFC 7643
 * §2.1): a write lands on the key already stored in whatever case. Anything else — deeper
 * paths, other filter operators, names outside the ATTRNAME grammar — is a 400 `invalidPath`,
 * never silently ignored.
 *
 * Request text never names an object's prototype: `__proto__` fails the ATTRNAME grammar,
 * `constructor` and `prototype` are refused by name (in paths and in value keys, at any
 * depth), lookups see own keys only, and new containers have no prototype.
 */
import { ScimError } from "./scim-error.js";

/** The SCIM core User schema URN. */
export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

type Json = Record<string, unknown>;
type Literal = string | number | boolean | null;

/** A parsed PATCH path. */
export interface ScimPath {
  /** The extension schema URN the attribute belongs to; undefined for the core User schema. */
  readonly schema: string | undefined;
  /** The attribute; undefined when the path is a schema URN alone (the whole extension, or for the core schema the whole user). */
  readonly attribute: string | undefined;
  /** `attr[name eq value]`: which values of a multi-valued attribute. */
  readonly filter: { readonly attribute: string; readonly value: Literal } | undefined;
  /** `.sub`: a sub-attribute of the attribute (or of the filtered values). */
  readonly sub: string | undefined;
}

/** Names that would reach an object's prototype machinery; refused wherever a request names a key. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:[\x21-\x5a\x5c\x5e-\x7e]+$/i;
const CORE_PREFIX = `${SCIM_USER_SCHEMA.toLowerCase()}:`;
// attrPath [ "[" attr SP "eq" SP literal "]" ] [ "." subAttr ]; ATTRNAME starts with a letter.
const PATH = /^([a-z][\w-]*)(?:\[\s*([a-z][\w-]*)\s+eq\s+("(?:[^"\\]|\\.)*"|true|false|null|-?\d+(?:\.\d+)?)\s*\])?(?:\.([a-z][\w-]*|\$ref))?$/i;
const SUPPORTED =
  'supported are attribute paths (displayName, name.givenName), schema-qualified ones (urn:ietf:params:scim:schemas:core:2.0:User:active) and value filters with eq (emails[type eq "work"].value)';
const MAX_PATH = 512;
const MAX_DEPTH = 16;

/**
 * Parses a PATCH path; a path Portcullis cannot apply is a 400 `invalidPath` naming `where`.
 *
 * @example
 * ```ts
 * parseScimPath('urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq "work"].value', "Operations[0].path");
 * // { schema: undefined, attribute: "emails", filter: { attribute: "type", value: "work" }, sub: "value" }
 * ```
 */
export function parseScimPath(text: string, where: string): ScimPath {
  const unsupported = (why: string) => new ScimError(400, `${where}: ${why}; ${SUPPORTED}`, "invalidPath");
  if (text.length === 0 || text.length > MAX_PATH) throw unsupported(`a path of 1 to ${MAX_PATH} characters`);
  let rest = text;
  let schema: string | undefined;
  const lower = text.toLowerCase();
  if (lower === SCIM_USER_SCHEMA.toLowerCase()) return { schema: undefined, attribute: undefined, filter: undefined, sub: undefined };
  if (lower.startsWith(CORE_PREFIX)) {
    rest = text.slice(CORE_PREFIX.length);
  } else if (lower.startsWith("urn:")) {
    const bracket = text.indexOf("[");
    const head = bracket < 0 ? text : text.slice(0, bracket);
    // An extension schema alone (`urn:…:enterprise:2.0:User`) addresses the whole extension.
    if (bracket < 0 && /:user$/i.test(text)) return { schema: checkUrn(text, unsupported), attribute: undefined, filter: undefined, sub: undefined };
    const colon = head.lastIndexOf(":");
    schema = checkUrn(text.slice(0, colon), unsupported);
    rest = text.slice(colon + 1);
  }
  const match = PATH.exec(rest);
  if (!match) throw unsupported(`the path ${quote(text)} is not supported`);
  const [, attribute, filterAttribute, literal, sub] = match;
  for (const name of [attribute, filterAttribute, sub]) {
    if (name !== undefined && FORBIDDEN.has(name.toLowerCase())) throw unsupported(`'${name}' is not an attribute name`);
  }
  let filter: ScimPath["filter"];
  if (filterAttribute !== undefined) {
    try {
      // true / false / null are matched case-insensitively, like the rest of the path.
      const json = literal!.startsWith('"') ? literal! : literal!.toLowerCase();
      filter = { attribute: filterAttribute, value: JSON.parse(json) as Literal };
    } catch {
      throw unsupported(`the filter value ${literal} is not a JSON string, number, true, false or null`);
    }
  }
  return { schema, attribute, filter, sub };
}

/**
 * Refuses (400 `invalidValue`, naming `where`) a value whose objects, at any depth, have a
 * key that names prototype machinery, or that nests deeper than a user's attributes can.
 *
 * @example
 * ```ts
 * checkScimValue({ name: { givenName: "Casey" } }, "Operations[0].value"); // fine
 * checkScimValue(JSON.parse('{"__proto__": {"admin": true}}'), "Operations[0].value"); // throws invalidValue
 * ```
 */
export function checkScimValue(value: unknown, where: string, depth = 0): void {
  if (typeof value !== "object" || value === null) return;
  if (depth > MAX_DEPTH) throw new ScimError(400, `${where}: nested deeper than ${MAX_DEPTH} levels`, "invalidValue");
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkScimValue(item, `${where}[${i}]`, depth + 1);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN.has(key.toLowerCase())) throw new ScimError(400, `${where}: '${key}' is not an attribute name`, "invalidValue");
    checkScimValue(item, `${where}.${key}`, depth + 1);
  }
}

/** The own key of `object` that names `name` case-insensitively (RFC 7643 §2.1), or undefined. */
export function ownKey(object: object, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === wanted);
}

/**
 * Applies one add, replace or remove at `path` to `attributes` (the kept attributes of a
 * user, changed in place). The user's own fields (active, userName, externalId) and the
 * read-only ones are the caller's business: this writes only kept attributes.
 *
 * @example
 * ```ts
 * applyToAttributes(attributes, parseScimPath('emails[type eq "work"].value', "path"), "add", "casey@example.com", "Operations[0]");
 * ```
 */
export function applyToAttributes(attributes: Json, path: ScimPath, kind: "add" | "replace" | "remove", value: unknown, where: string): void {
  let container = attributes;
  if (path.schema !== undefined) {
    const key = ownKey(attributes, path.schema) ?? path.schema;
    if (path.attribute === undefined) {
      if (kind === "remove") delete attributes[key];
      else attributes[key] = merge(attributes[key], requireObject(value, `${where}.value`), kind);
      return;
    }
    const existing = attributes[key];
    if (isObject(existing)) {
      container = existing;
    } else {
      if (kind === "remove") return;
      container = bare();
      attributes[key] = container;
    }
  }
  const attribute = path.attribute!;
  const key = ownKey(container, attribute) ?? attribute;
  const current = container[key];
  if (path.filter) {
    applyFiltered(container, key, path, kind, value, where);
    return;
  }
  if (path.sub === undefined) {
    if (kind === "remove") delete container[key];
    else container[key] = merge(current, value, kind);
    return;
  }
  if (Array.isArray(current)) {
    throw new ScimError(
      400,
      `${where}.path: ${attribute} has several values; pick them with a filter, e.g. ${attribute}[type eq "work"].${path.sub}`,
      "invalidPath",
    );
  }
  if (kind === "remove") {
    if (isObject(current)) delete current[ownKey(current, path.sub) ?? path.sub];
    return;
  }
  const parent = isObject(current) ? current : (container[key] = bare());
  const sub = ownKey(parent, path.sub) ?? path.sub;
  parent[sub] = merge(parent[sub], value, kind);
}

function applyFiltered(container: Json, key: string, path: ScimPath, kind: "add" | "replace" | "remove", value: unknown, where: string): void {
  const filter = path.filter!;
  const current = container[key];
  if (current !== undefined && !Array.isArray(current)) {
    throw new ScimError(400, `${where}.path: ${path.attribute} has a single value; a filter ([…]) applies to multi-valued attributes`, "invalidPath");
  }
  const values: unknown[] = current ?? [];
  const matches = values.filter((item): item is Json => isObject(item) && equal(item[ownKey(item, filter.attribute) ?? filter.attribute], filter.value));
  if (kind === "remove") {
    if (path.sub === undefined) {
      const kept = values.filter((item) => !matches.includes(item as Json));
      if (kept.length === 0) delete container[key];
      else container[key] = kept;
    } else {
      for (const item of matches) delete item[ownKey(item, path.sub) ?? path.sub];
    }
    return;
  }
  const patch = path.sub === undefined ? requireObject(value, `${where}.value`) : undefined;
  if (matches.length === 0) {
    // Nothing matches yet (Entra's first `emails[type eq "work"].value`): add a value that does.
    const added = bare();
    added[filter.attribute] = filter.value;
    if (patch) merge(added, patch, "add");
    else added[path.sub!] = value;
    container[key] = [...values, added];
    return;
  }
  for (const item of matches) {
    if (patch) merge(item, patch, kind);
    else item[ownKey(item, path.sub!) ?? path.sub!] = value;
  }
}

/**
 * The value after an add or replace onto `current`: sub-attributes merge into a complex
 * attribute (for both, RFC 7644 §3.5.2.1 and .3), add appends to a multi-valued one, and
 * anything else is replaced.
 */
function merge(current: unknown, value: unknown, kind: "add" | "replace" | "remove"): unknown {
  if (isObject(current) && isObject(value)) {
    for (const [name, item] of Object.entries(value)) current[ownKey(current, name) ?? name] = item;
    return current;
  }
  if (kind === "add" && Array.isArray(current)) {
    const seen = new Set(current.map((item) => JSON.stringify(item)));
    return [...current, ...(Array.isArray(value) ? value : [value]).filter((item) => !seen.has(JSON.stringify(item)))];
  }
  return value;
}

function equal(actual: unknown, expected: Literal): boolean {
  // Strings compare case-insensitively: `type` and most filtered sub-attributes are caseExact false.
  if (typeof actual === "string" && typeof expected === "string") return actual.toLowerCase() === expected.toLowerCase();
  return actual === expected;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function requireObject(value: unknown, where: string): Json {
  if (!isObject(value)) throw new ScimError(400, `${where}: a JSON object of sub-attributes`, "invalidValue");
  return value;
}

/** A new container without a prototype: no key of it can reach Object.prototype. */
function bare(): Json {
  return Object.create(null) as Json;
}

function checkUrn(urn: string, unsupported: (why: string) => ScimError): string {
  if (!URN.test(urn)) throw unsupported(`${quote(urn)} is not a schema URN`);
  return urn;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 128 ? `${text.slice(0, 128)}…` : text);
}
