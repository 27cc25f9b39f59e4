import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HELP } from "../../../sidecar/src/cli-help.js";
import { EXAMPLE_POLICY, REPO } from "../../helpers/paths.js";

const README = readFileSync(join(REPO, "README.md"), "utf8");

/** The fenced block that follows `### CLI` in the README. */
function readmeCliBlock(): string {
  const section = README.slice(README.indexOf("\n### CLI\n"));
  const start = section.indexOf("```\n") + 4;
  return section.slice(start, section.indexOf("```", start));
}

/** The commands a usage text lists: `serve`, `gateway`, `offboard`, and `policy check`, `token issue`, … (a|b|c expanded). */
function commands(usage: string): string[] {
  const found = new Set<string>();
  for (const line of usage.split("\n")) {
    const m = /^\s*portcullis ([a-z-]+)(?: ([a-z|-]+))?/.exec(line);
    if (!m?.[1]) continue;
    if (["policy", "token", "audit"].includes(m[1]) && m[2]) for (const sub of m[2].split("|")) found.add(`${m[1]} ${sub}`);
    else found.add(m[1]);
  }
  return [...found].sort();
}

describe("README agrees with the product", () => {
  it("its CLI block lists the commands `portcullis --help` lists, and no other", () => {
    const help = HELP.main.slice(HELP.main.indexOf("Usage:"), HELP.main.indexOf("Commands:"));
    expect(commands(readmeCliBlock())).toEqual(commands(help));
    expect(commands(help)).toContain("audit rotate-key");
    expect(commands(help)).toContain("gateway");
  });

  it("every policyRevision it quotes is the example policy's revision", () => {
    const revision = createHash("sha256").update(readFileSync(EXAMPLE_POLICY)).digest("hex").slice(0, 16);
    const quoted = [...README.matchAll(/"policyRevision": "([0-9a-f]+)"/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(q).toBe(revision);
  });
});
