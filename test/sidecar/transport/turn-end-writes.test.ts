/**
 * The turn-end writer holds answers until the event loop's turn ends and then writes them back
 * to back, in the order they were queued; a full queue writes at once; an answer whose caller
 * went away is dropped; an answer Node refuses to write resets its own caller and no other.
 * The first case runs over a real HTTP/1.1 connection; the others drive the writer with
 * recording responses, since two requests cannot be made to arrive in one turn on demand.
 */
import { once } from "node:events";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { type AnswerResponse, createTurnEndWriter, MAX_WAITING } from "../../../sidecar/src/transport/turn-end-writes.js";

/** Records what is written to it, in one shared log. */
function recording(log: string[], name: string, options: { destroyed?: boolean; refuse?: boolean } = {}) {
  const res = {
    headersSent: false,
    destroyed: options.destroyed ?? false,
    destroyedWith: undefined as Error | undefined,
    writeHead(status: number, headers: Record<string, string>) {
      if (options.refuse) throw new TypeError(`Invalid character in header content ["x-bad"]`);
      res.headersSent = true;
      log.push(`${name} ${status} ${headers["content-type"]}`);
      return res;
    },
    end(body: Uint8Array) {
      log.push(`${name} ${Buffer.from(body).toString()}`);
      return res;
    },
    destroy(err: Error) {
      res.destroyed = true;
      res.destroyedWith = err;
      return res;
    },
  };
  return res;
}
const asResponse = (res: ReturnType<typeof recording>) => res as unknown as AnswerResponse;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const JSON_HEADERS = { "content-type": "application/json" };

describe("createTurnEndWriter", () => {
  it("writes a real HTTP answer when the turn ends, not when it is queued", async () => {
    const writer = createTurnEndWriter();
    const seen: { atQueue: boolean; waiting: number; atTurnEnd?: boolean }[] = [];
    const server = http.createServer((_req, res) => {
      writer.write(res, 200, { "content-type": "application/json", "content-length": "11" }, Buffer.from('{"ok":true}'));
      const at = { atQueue: res.headersSent, waiting: writer.waiting } as (typeof seen)[number];
      seen.push(at);
      setImmediate(() => {
        at.atTurnEnd = res.headersSent;
      });
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "{}" });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("application/json");
      expect(await answer.text()).toBe('{"ok":true}');
      expect(seen).toEqual([{ atQueue: false, waiting: 1, atTurnEnd: true }]);
      expect(writer.waiting).toBe(0);
    } finally {
      server.close();
    }
  });

  it("writes the answers of one turn back to back, in the order they were queued", async () => {
    const writer = createTurnEndWriter();
    const log: string[] = [];
    const a = recording(log, "a");
    const b = recording(log, "b");
    writer.write(asResponse(a), 200, JSON_HEADERS, Buffer.from("1"));
    writer.write(asResponse(b), 403, JSON_HEADERS, Buffer.from("2"));
    expect(log).toEqual([]);
    expect(writer.waiting).toBe(2);
    await nextTurn();
    expect(log).toEqual(["a 200 application/json", "a 1", "b 403 application/json", "b 2"]);
    expect(writer.waiting).toBe(0);
  });

  it("writes at once when the queue is full, and the rest of the turn waits again", async () => {
    const writer = createTurnEndWriter();
    const log: string[] = [];
    for (let i = 0; i < MAX_WAITING - 1; i++) writer.write(asResponse(recording(log, `r${i}`)), 200, JSON_HEADERS, Buffer.from(`${i}`));
    expect(log).toEqual([]);
    writer.write(asResponse(recording(log, "full")), 200, JSON_HEADERS, Buffer.from("x"));
    expect(log).toHaveLength(2 * MAX_WAITING);
    expect(log.at(-1)).toBe("full x");
    writer.write(asResponse(recording(log, "late")), 200, JSON_HEADERS, Buffer.from("y"));
    expect(log).toHaveLength(2 * MAX_WAITING);
    await nextTurn();
    expect(log.slice(2 * MAX_WAITING)).toEqual(["late 200 application/json", "late y"]);
  });

  it("drops an answer whose caller went away while it waited", async () => {
    const writer = createTurnEndWriter();
    const log: string[] = [];
    const gone = recording(log, "gone");
    writer.write(asResponse(gone), 200, JSON_HEADERS, Buffer.from("1"));
    writer.write(asResponse(recording(log, "kept")), 200, JSON_HEADERS, Buffer.from("2"));
    gone.destroyed = true;
    await nextTurn();
    expect(log).toEqual(["kept 200 application/json", "kept 2"]);
  });

  it("resets only the caller whose answer Node refuses, and writes the others", async () => {
    const writer = createTurnEndWriter();
    const log: string[] = [];
    const bad = recording(log, "bad", { refuse: true });
    writer.write(asResponse(bad), 200, { ...JSON_HEADERS, "x-bad": "a\nb" }, Buffer.from("1"));
    writer.write(asResponse(recording(log, "good")), 200, JSON_HEADERS, Buffer.from("2"));
    await nextTurn();
    expect(bad.destroyed).toBe(true);
    expect(bad.destroyedWith?.message).toMatch(/Invalid character/);
    expect(log).toEqual(["good 200 application/json", "good 2"]);
  });
});
