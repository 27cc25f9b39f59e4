/**
 * A handler's unexpected error (not a ConnectError) is answered Internal with its text
 * withheld, so it must leave a log line at error: which method, what kind of error, where —
 * and not its message, which may quote the request (a token, an argument).
 */
import { create } from "@bufbuild/protobuf";
import { ConnectError } from "@connectrpc/connect";
import { AuthorizeRequestSchema } from "@portcullis/sdk/gen";
import { describe, expect, it } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { governanceService } from "../../../sidecar/src/services/index.js";

type Line = { level?: string; msg?: string; method?: string; err?: { type?: string; frames?: string[] } };

function capture() {
  const lines: Line[] = [];
  const text: string[] = [];
  const logger = createLogger({
    level: "info",
    destination: {
      write: (line: string) => {
        text.push(line);
        lines.push(JSON.parse(line) as Line);
      },
    },
  });
  return { logger, lines, text };
}

const request = create(AuthorizeRequestSchema, { token: "secret-token-123", server: "jira", tool: "create_issue", argumentsJson: '{"q":"x"}' });
const ctx = { signal: new AbortController().signal } as never;

describe("unexpected errors in handlers", () => {
  it("logs a non-ConnectError at error, without its message, and throws it on", async () => {
    const { logger, lines, text } = capture();
    const engine = { decide: () => Promise.reject(new TypeError("cannot read secret-token-123")) };
    const service = governanceService({ policies: {} as never, engine: engine as never, scanner: {} as never, logger, credentials: {} as never });
    await expect(service.authorize(request, ctx)).rejects.toThrow(TypeError);
    const logged = lines.filter((l) => l.level === "error");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: "portcullis.v1.GovernanceService/Authorize", err: { type: "TypeError" } });
    expect(logged[0]!.err!.frames!.length).toBeGreaterThan(0);
    expect(text.join("")).not.toContain("secret-token-123");
  });

  it("logs nothing for a ConnectError (the handler's own answer)", async () => {
    const { logger, lines } = capture();
    const engine = { decide: () => Promise.reject(new ConnectError("no")) };
    const service = governanceService({ policies: {} as never, engine: engine as never, scanner: {} as never, logger, credentials: {} as never });
    await expect(service.authorize(request, ctx)).rejects.toThrow(ConnectError);
    expect(lines.filter((l) => l.level === "error")).toHaveLength(0);
  });
});
