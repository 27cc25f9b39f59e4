/**
 * `LazyHeaders`: the unary invoker's header maps. They read their source only when used, then
 * behave as the `Headers` they are — for every way of reading them, including being copied
 * into another `Headers` and iterated — and say whether anyone used them.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { LazyHeaders } from "../../../sidecar/src/transport/lazy-headers.js";

describe("LazyHeaders", () => {
  it("reads its source on first use only, and says it was used", () => {
    let reads = 0;
    const headers = new LazyHeaders(() => {
      reads++;
      return { "X-Probe": "a", "set-cookie": "s=1" };
    });
    expect(headers).toBeInstanceOf(Headers);
    expect(reads).toBe(0);
    expect(headers.used).toBe(false);
    expect(headers.get("x-probe")).toBe("a");
    expect(headers.has("set-cookie")).toBe(true);
    expect(reads).toBe(1);
    expect(headers.used).toBe(true);
  });

  it.each([
    ["iterated", (h: Headers) => [...h]],
    ["entries", (h: Headers) => [...h.entries()]],
    ["keys and values", (h: Headers) => [...h.keys()].map((k, i) => [k, [...h.values()][i]])],
    [
      "forEach",
      (h: Headers) => {
        const out: string[][] = [];
        h.forEach((value, name) => {
          out.push([name, value]);
        });
        return out;
      },
    ],
    ["copied into new Headers", (h: Headers) => [...new Headers(h)]],
  ])("is filled when %s", (_, read) => {
    const headers = new LazyHeaders([
      ["x-b", "2"],
      ["x-a", "1"],
    ]);
    expect(read(headers)).toEqual([
      ["x-a", "1"],
      ["x-b", "2"],
    ]);
  });

  it("keeps the source's values under what is written after", () => {
    const headers = new LazyHeaders({ "x-a": "1", "x-b": "2" });
    headers.set("x-a", "one");
    headers.append("x-c", "3");
    headers.delete("x-b");
    expect([...headers]).toEqual([
      ["x-a", "one"],
      ["x-c", "3"],
    ]);
    expect(new LazyHeaders({ "set-cookie": "a=1" }).getSetCookie()).toEqual(["a=1"]);
  });

  it("without a source is empty, and unused until touched", () => {
    const headers = new LazyHeaders();
    expect(headers.used).toBe(false);
    expect([...headers]).toEqual([]);
    expect(headers.used).toBe(true);
  });

  it("passes for Headers wherever Headers are taken: instanceof, its tag, forEach's third argument, inspect, a Response, a Request", async () => {
    const headers = new LazyHeaders({ "x-a": "1" });
    expect(headers instanceof Headers).toBe(true);
    expect(Object.prototype.toString.call(headers)).toBe("[object Headers]");
    const parents: unknown[] = [];
    headers.forEach(function (this: unknown, _value, _name, parent) {
      parents.push(parent, this);
    }, "this");
    expect(parents).toEqual([headers, "this"]);
    expect(inspect(new LazyHeaders({ "x-b": "2" }))).toContain("x-b");
    expect(new Response(null, { headers }).headers.get("x-a")).toBe("1");
    expect(new Request("http://127.0.0.1/", { headers: new LazyHeaders([["x-c", "3"]]) }).headers.get("x-c")).toBe("3");
  });
});
