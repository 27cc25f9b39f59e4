/**
 * 64-bit integers as JavaScript numbers at the SDK's surface.
 *
 * The contract marks every int64 field `[jstype = JS_NUMBER]`: token counts, milliseconds and
 * Unix-millisecond times all stay far below 2^53, and a `bigint` in a host's decision object
 * only gets in the way (`JSON.stringify` throws on it). protobuf-es ignores JS_NUMBER by
 * design (bufbuild/protobuf-es#292) and always gives `bigint`, so the SDK applies the option
 * itself: numbers in, numbers out. The wire format stays int64 for every other client.
 */
import { ScalarType, type DescField, type DescMessage, type JsonValue, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";

/** Replaces bigint by `N` through messages, lists and maps (message `$` keys stay as they are). */
type MapInt64<T, N> = T extends bigint
  ? N
  : T extends JsonValue | Uint8Array | undefined
    ? T
    : T extends readonly (infer E)[]
      ? MapInt64<E, N>[]
      : { [K in keyof T]: K extends `$${string}` ? T[K] : MapInt64<T[K], N> };

/**
 * A message type with every 64-bit integer field as `number` — what the SDK returns.
 *
 * @example
 * ```ts
 * const d: Int64AsNumber<AuthorizeResponse> = await portcullis.authorize(request);
 * d.retryAfterMs; // number
 * ```
 */
export type Int64AsNumber<T> = MapInt64<T, number>;

/**
 * A message init shape whose 64-bit integer fields take a `number` (or a `bigint`) — what the
 * SDK accepts.
 *
 * @example
 * ```ts
 * const init: Int64Input<MessageInitShape<typeof RecordAuditRequestSchema>> = { tokensUsed: 1200 };
 * ```
 */
export type Int64Input<T> = MapInt64<T, number | bigint>;

const INT64_SCALARS: ReadonlySet<ScalarType> = new Set([ScalarType.INT64, ScalarType.UINT64, ScalarType.SINT64, ScalarType.FIXED64, ScalarType.SFIXED64]);
const UNSIGNED: ReadonlySet<ScalarType> = new Set([ScalarType.UINT64, ScalarType.FIXED64]);

/** Per message type: the fields that hold a 64-bit integer, directly or in a nested message. */
const plans = new WeakMap<DescMessage, readonly DescField[]>();

function holds64(field: DescField): boolean {
  return field.scalar !== undefined && INT64_SCALARS.has(field.scalar);
}

/** Whether any message reachable from `desc` (itself included) has a 64-bit integer field. */
function reaches64(desc: DescMessage): boolean {
  const seen = new Set<DescMessage>();
  const stack = [desc];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const field of next.fields) {
      if (holds64(field)) return true;
      if (field.message) stack.push(field.message);
    }
  }
  return false;
}

function plan(desc: DescMessage): readonly DescField[] {
  let fields = plans.get(desc);
  if (!fields) {
    fields = desc.fields.filter((f) => holds64(f) || (f.message !== undefined && reaches64(f.message)));
    plans.set(desc, fields);
  }
  return fields;
}

/** Replaces every set value of a planned field (each element of a list or map) by `replace(value)`. */
function replaceValues(
  desc: DescMessage,
  message: Record<string, unknown>,
  replace: (value: unknown, field: DescField, key: string | number) => unknown,
): void {
  for (const field of plan(desc)) {
    let holder = message;
    let key = field.localName;
    if (field.oneof) {
      const chosen = message[field.oneof.localName] as { case?: string } | undefined;
      if (chosen?.case !== field.localName) continue;
      holder = chosen as Record<string, unknown>;
      key = "value";
    }
    const value = holder[key];
    if (value === undefined || value === null) continue;
    if (field.fieldKind === "list") {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) list[i] = replace(list[i], field, i);
    } else if (field.fieldKind === "map") {
      const map = value as Record<string, unknown>;
      for (const k of Object.keys(map)) map[k] = replace(map[k], field, k);
    } else {
      holder[key] = replace(value, field, key);
    }
  }
}

function toNumbers(desc: DescMessage, message: Record<string, unknown>): void {
  replaceValues(desc, message, toNumber);
}

function toNumber(value: unknown, field: DescField): unknown {
  if (typeof value === "bigint") return Number(value);
  if (field.message && typeof value === "object") toNumbers(field.message, value as Record<string, unknown>);
  return value;
}

/**
 * Turns the 64-bit integers of a decoded message into numbers, in place, and returns it.
 *
 * @example
 * ```ts
 * const d = int64ToNumber(AuthorizeResponseSchema, await raw.authorize(request));
 * ```
 */
export function int64ToNumber<Desc extends DescMessage>(desc: Desc, message: MessageShape<Desc>): Int64AsNumber<MessageShape<Desc>> {
  toNumbers(desc, message as unknown as Record<string, unknown>);
  return message as unknown as Int64AsNumber<MessageShape<Desc>>;
}

/**
 * Copies a request init, turning the numbers in its 64-bit integer fields into bigints. A
 * number that is not a whole number in range throws a TypeError naming the field. The
 * caller's object is never changed.
 *
 * @example
 * ```ts
 * await raw.recordAudit(int64FromNumber(RecordAuditRequestSchema, { decisionId, tokensUsed: 1200 }, "RecordAudit"));
 * ```
 */
export function int64FromNumber<Desc extends DescMessage>(desc: Desc, init: Int64Input<MessageInitShape<Desc>>, rpc: string): MessageInitShape<Desc> {
  const copy = (d: DescMessage, m: Record<string, unknown>, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...m };
    for (const field of plan(d)) {
      const name = field.oneof ? field.oneof.localName : field.localName;
      const value = out[name];
      if (Array.isArray(value)) out[name] = [...(value as unknown[])];
      else if (value && typeof value === "object" && (field.oneof || field.fieldKind === "map")) out[name] = { ...value };
    }
    replaceValues(d, out, (value, field, key) => {
      const at = () => `${path}${field.localName}${field.fieldKind === "list" || field.fieldKind === "map" ? `[${String(key)}]` : ""}`;
      if (typeof value === "number") return toBigInt(value, field, () => `${rpc}: ${at()}`);
      if (field.message && value && typeof value === "object") return copy(field.message, value as Record<string, unknown>, `${at()}.`);
      return value;
    });
    return out;
  };
  return copy(desc, init as Record<string, unknown>, "") as MessageInitShape<Desc>;
}

function toBigInt(value: number, field: DescField, where: () => string): bigint {
  const unsigned = field.scalar !== undefined && UNSIGNED.has(field.scalar);
  if (!Number.isSafeInteger(value) || (unsigned && value < 0)) {
    throw new TypeError(`${where()} must be a whole number${unsigned ? " >= 0" : ""} no larger than 2^53 - 1, not ${value}`);
  }
  return BigInt(value);
}
