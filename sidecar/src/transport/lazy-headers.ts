/**
 * `Headers` that are filled from their source only when first used. The unary invoker gives
 * every call a request header map and an answer's header and trailer maps; most calls never
 * touch them, and a request's headers (from Node's parsed ones) cost a copy to make. Objects
 * that are `Headers` (rather than a getter that makes the map on first read) keep them plain
 * data properties: an interceptor's spread copies them, `instanceof Headers` holds, and no
 * per-object accessor is defined on each call's request and answer — `Object.defineProperty`
 * per call cost ~1 µs of an embedded decision's ~12 µs (BENCHMARKS.md, embedded).
 */
import type { HeadersInit } from "./unary-invoker.js";

type Entries = ReturnType<Headers["entries"]>;
type Names = ReturnType<Headers["keys"]>;

/**
 * Headers made from `source` on first use; {@link used} tells whether anyone has used them.
 *
 * An instance holds no `Headers` of its own until then: it delegates every method to one made
 * on first use. (As a subclass calling `Headers`' constructor, each instance cost a header
 * list and its `Map` — three per call, ~0.9 KB of the ~25 KB an Authorize allocated under
 * wrk, BENCHMARKS.md, floor.) Its prototype chain still reaches `Headers.prototype`, so
 * `instanceof Headers` holds; copying it into a `Headers` (or `fetch`'s init) goes through
 * its iterator, as for any iterable of pairs.
 *
 * @example
 * ```ts
 * const header = new LazyHeaders(() => ({ "x-probe": req.headers["x-probe"] ?? "" }));
 * header.used; // false: the source was not read
 * header.get("x-probe"); // reads it now
 * ```
 */
export class LazyHeaders implements Headers {
  #source: HeadersInit | (() => HeadersInit) | undefined;
  #headers: Headers | undefined;

  constructor(source?: HeadersInit | (() => HeadersInit)) {
    this.#source = source;
  }

  /** Whether anything has read or written these headers (an unused map need not be copied anywhere). */
  get used(): boolean {
    return this.#headers !== undefined;
  }

  append(name: string, value: string): void {
    this.#fill().append(name, value);
  }
  delete(name: string): void {
    this.#fill().delete(name);
  }
  get(name: string): string | null {
    return this.#fill().get(name);
  }
  getSetCookie(): string[] {
    return this.#fill().getSetCookie();
  }
  has(name: string): boolean {
    return this.#fill().has(name);
  }
  set(name: string, value: string): void {
    this.#fill().set(name, value);
  }
  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    // The callback's third argument is this object, as `Headers` passes itself.
    this.#fill().forEach((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  }
  entries(): Entries {
    return this.#fill().entries();
  }
  keys(): Names {
    return this.#fill().keys();
  }
  values(): Names {
    return this.#fill().values();
  }
  [Symbol.iterator](): Entries {
    return this.#fill()[Symbol.iterator]();
  }
  get [Symbol.toStringTag](): string {
    return "Headers";
  }
  /** What `console.log` and `util.inspect` show: the headers (`Headers`' own inspector needs its internals). */
  [Symbol.for("nodejs.util.inspect.custom")](): Headers {
    return this.#fill();
  }

  #fill(): Headers {
    if (this.#headers) return this.#headers;
    const source = this.#source;
    this.#source = undefined;
    this.#headers = new Headers(typeof source === "function" ? source() : source);
    return this.#headers;
  }
}
// `instanceof Headers` holds, without running `Headers`' constructor per instance.
Object.setPrototypeOf(LazyHeaders.prototype, Headers.prototype);
