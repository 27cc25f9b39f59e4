/**
 * `Headers` that are filled from their source only when first used. The unary invoker gives
 * every call a request header map and an answer's header and trailer maps; most calls never
 * touch them, and a request's headers (from Node's parsed ones) cost a copy to make. A real
 * `Headers` subclass (rather than a getter that makes the map on first read) keeps them plain
 * data properties: an interceptor's spread copies them, `instanceof Headers` holds, and no
 * per-object accessor is defined on each call's request and answer — `Object.defineProperty`
 * per call cost ~1 µs of an embedded decision's ~12 µs (BENCHMARKS.md, embedded).
 */
import type { HeadersInit } from "./unary-invoker.js";

/**
 * The methods the overrides call. (Node's types declare `Headers` members as properties, which
 * a subclass cannot override as methods nor reach through `super`; at run time they are the
 * prototype's methods, as for any class.)
 */
const BASE: Headers = Headers.prototype;
type Entries = ReturnType<Headers["entries"]>;
type Names = ReturnType<Headers["keys"]>;

/**
 * Headers made from `source` on first use; {@link used} tells whether anyone has used them.
 *
 * @example
 * ```ts
 * const header = new LazyHeaders(() => ({ "x-probe": req.headers["x-probe"] ?? "" }));
 * header.used; // false: the source was not read
 * header.get("x-probe"); // reads it now
 * ```
 */
export class LazyHeaders extends (Headers as unknown as new () => object) implements Headers {
  #source: HeadersInit | (() => HeadersInit) | undefined;
  #used = false;

  constructor(source?: HeadersInit | (() => HeadersInit)) {
    super();
    this.#source = source;
  }

  /** Whether anything has read or written these headers (an unused map need not be copied anywhere). */
  get used(): boolean {
    return this.#used;
  }

  append(name: string, value: string): void {
    this.#fill();
    BASE.append.call(this, name, value);
  }
  delete(name: string): void {
    this.#fill();
    BASE.delete.call(this, name);
  }
  get(name: string): string | null {
    this.#fill();
    return BASE.get.call(this, name);
  }
  getSetCookie(): string[] {
    this.#fill();
    return BASE.getSetCookie.call(this);
  }
  has(name: string): boolean {
    this.#fill();
    return BASE.has.call(this, name);
  }
  set(name: string, value: string): void {
    this.#fill();
    BASE.set.call(this, name, value);
  }
  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.#fill();
    BASE.forEach.call(this, callback, thisArg);
  }
  entries(): Entries {
    this.#fill();
    return BASE.entries.call(this);
  }
  keys(): Names {
    this.#fill();
    return BASE.keys.call(this);
  }
  values(): Names {
    this.#fill();
    return BASE.values.call(this);
  }
  [Symbol.iterator](): Entries {
    this.#fill();
    return BASE[Symbol.iterator].call(this);
  }

  #fill(): void {
    if (this.#used) return;
    this.#used = true;
    const source = this.#source;
    this.#source = undefined;
    if (source === undefined) return;
    for (const [name, value] of new Headers(typeof source === "function" ? source() : source)) BASE.append.call(this, name, value);
  }
}
