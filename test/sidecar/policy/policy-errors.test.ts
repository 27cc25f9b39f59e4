/**
 * A policy's errors all at once (issue #8, item 17): schema errors no longer hide reference
 * errors, messages say what was meant, syntax errors point at the line of the mistake, and a
 * virtual server tool no role may call is a warning — without bogus follow-on errors.
 */
import { describe, expect, it } from "vitest";
import { formatPolicyError, loadPolicyText, MAX_REPORTED_ERRORS } from "@portcullis/sidecar";
import { didYouMean } from "../../../sidecar/src/policy/did-you-mean.js";
import { compileErrors } from "../../helpers/policy.js";

const HASH = "a".repeat(64);
const lines = (...l: string[]) => l.join("\n") + "\n";
const formatted = (text: string) => compileErrors(text, "p.yaml").map(formatPolicyError);

describe("every error at once", () => {
  it("reports a schema error, an unknown role and a duplicate token hash in one pass", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: alice, roles: [suport], tokenSha256: ${HASH} }`,
      `  - { id: bob, roles: [support], tokenSha256: ${HASH} }`,
      "roles:",
      "  support:",
      "    servers:",
      "      jira: { allow: [search_issues] }",
      "      github: { allow: [search_code], denny: [x] }",
    );
    expect(formatted(text)).toEqual([
      "p.yaml:3:26: subjects[0].roles[0]: unknown role 'suport'; did you mean `support`?",
      "p.yaml:4:47: subjects[1].tokenSha256: this token hash already belongs to subject 'alice'",
      "p.yaml:9:39: roles.support.servers.github.denny: unknown key 'denny'; did you mean `deny`?",
    ]);
  });

  it("refuses a subject id the shared subject rule refuses (control characters, over 256 characters), naming the field and file:line", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: "george\\a", roles: [r], tokenSha256: ${HASH} }`,
      `  - { id: "george\\x7f", roles: [r], tokenSha256: ${"b".repeat(64)} }`,
      `  - { id: "g\\u0085x", roles: [r], tokenSha256: ${"c".repeat(64)} }`,
      `  - { id: ${"x".repeat(257)}, roles: [r], tokenSha256: ${"d".repeat(64)} }`,
      `  - { id: "", roles: [r], tokenSha256: ${"e".repeat(64)} }`,
      `  - { id: ${"x".repeat(256)}, roles: [r], tokenSha256: ${"f".repeat(64)} }`,
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
    );
    const rule =
      "a subject id must be at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)";
    expect(formatted(text)).toEqual([
      `p.yaml:3:11: subjects[0].id: ${rule}`,
      `p.yaml:4:11: subjects[1].id: ${rule}`,
      `p.yaml:5:11: subjects[2].id: ${rule}`,
      `p.yaml:6:11: subjects[3].id: ${rule}`,
      "p.yaml:7:11: subjects[4].id: a subject id must not be empty",
    ]);
  });

  it("refuses a subject id holding an invisible format character (zero-width, bidi), which offboarding by the visible name would miss", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: george, roles: [r], tokenSha256: ${HASH} }`,
      `  - { id: "george\\u200b", roles: [r], tokenSha256: ${"b".repeat(64)} }`,
      `  - { id: "\\u202egeorge", roles: [r], tokenSha256: ${"c".repeat(64)} }`,
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
    );
    const rule =
      "a subject id must be at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)";
    expect(formatted(text)).toEqual([`p.yaml:4:11: subjects[1].id: ${rule}`, `p.yaml:5:11: subjects[2].id: ${rule}`]);
  });

  it("checks references of the entries after a bad one, under the file's own indexes", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: "a b", roles: [r], tokenSha256: ${HASH} }`,
      `  - { id: c, roles: [r], tokenSha256: ${"b".repeat(64)} }`,
      `  - { id: d, roles: [ghost], tokenSha256: ${"b".repeat(64)} }`,
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
      "limits:",
      "  - { rate: often }",
      '  - { rate: 5/m, scope: "role:nobody" }',
    );
    expect(compileErrors(text).map((e) => `${e.line} ${e.path}: ${e.message}`)).toEqual([
      "3 subjects[0].id: a subject id must be at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)",
      "5 subjects[2].roles[0]: unknown role 'ghost' (roles: r)",
      "5 subjects[2].tokenSha256: this token hash already belongs to subject 'c'",
      "9 limits[0].rate: rate takes COUNT/PERIOD with a positive whole COUNT, e.g. 60/m, 100/10s, 5000/h",
      "10 limits[1].scope: unknown role 'nobody'",
    ]);
  });

  it("reports no follow-on errors about entries that failed the schema", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: a, roles: [support], tokenSha256: ${HASH} }`,
      "roles:",
      "  support:",
      "    servers:",
      "      jira: { alow: [search_issues] }",
      "virtualServers:",
      "  desk: { roles: [support], tools: [jira/search_issues] }",
      "limits:",
      '  - { rate: 5/m, scope: "role:support" }',
    );
    // The role exists (its block is broken): no "unknown role", and no warning that the
    // virtual server's tool is never allowed — that depends on the block being fixed.
    const result = loadPolicyText(text, "p.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["roles.support.servers.jira.alow"]);
    expect(result.warnings).toEqual([]);
  });

  it("keeps reporting when the roles section itself is broken, without unknown-role noise", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      `  - { id: a, roles: [support], tokenSha256: ${HASH} }`,
      `  - { id: b, roles: [x], tokenSha256: ${HASH} }`,
      "roles: [support]",
    );
    expect(compileErrors(text).map((e) => `${e.path}: ${e.message}`)).toEqual([
      "subjects[1].tokenSha256: this token hash already belongs to subject 'a'",
      "roles: expected a map (key: value), not a list",
    ]);
  });

  it("lists at most MAX_REPORTED_ERRORS errors and says how many more there are", () => {
    const roles = Array.from({ length: MAX_REPORTED_ERRORS + 50 }, (_, i) => `  r${i}: { servers: { s: { alow: [t] } } }`);
    const result = loadPolicyText(lines("version: 1", "roles:", ...roles), "p.yaml");
    expect(result).toMatchObject({ ok: false, errorCount: MAX_REPORTED_ERRORS + 50 });
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(result.errors.at(-1)!.message).toBe("50 more errors after this line not shown");
  });

  it("reports a file with 150,000 errors (more than a call takes arguments) without overflowing", () => {
    const roles = Array.from({ length: 150_000 }, (_, i) => `  r${i}:\n`).join("");
    const result = loadPolicyText(`version: 1\nroles:\n${roles}`, "p.yaml");
    expect(result).toMatchObject({ ok: false, errorCount: 150_000 });
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 3, path: "roles.r0", message: "has no value; expected a map (key: value)" });
  });
});

describe("messages that say what was meant", () => {
  it("suggests the key an unknown key is a typo of", () => {
    const text = lines("version: 1", "roles:", "  support:", "    servers:", "      jira:", "        alow: [x]");
    expect(formatted(text)).toEqual(["p.yaml:6:9: roles.support.servers.jira.alow: unknown key 'alow'; did you mean `allow`?"]);
    expect(formatted(lines("version: 1", "roles: {}", "virtualServer: {}"))).toEqual([
      "p.yaml:3:1: virtualServer: unknown key 'virtualServer'; did you mean `virtualServers`?",
    ]);
  });

  it("lists the keys allowed where an unknown key is no typo", () => {
    const text = lines("version: 1", "roles:", "  r: { servers: { s: { allow: [x], colour: red } } }");
    expect(compileErrors(text)[0]!.message).toBe("unknown key 'colour' (keys here: allow, deny, annotations, args)");
  });

  it("shows the list syntax where a scalar stands for a list", () => {
    const text = lines("version: 1", "roles:", "  r:", "    servers:", "      jira:", "        allow: [x]", "        deny: delete_*");
    expect(formatted(text)).toEqual(["p.yaml:7:15: roles.r.servers.jira.deny: expected a list, e.g. `deny: [delete_*]`"]);
    const quoted = lines("version: 1", "roles:", '  r: { servers: { web: { allow: "*" } } }');
    expect(compileErrors(quoted)[0]!.message).toBe('expected a list, e.g. `allow: ["*"]`');
  });

  it("names a missing required key and a key left empty", () => {
    expect(compileErrors(lines("version: 1"))[0]).toMatchObject({ path: "roles", message: "'roles' is required here" });
    const empty = lines("version: 1", "roles:", "  r: { servers: { s: { allow: } } }");
    expect(compileErrors(empty)[0]).toMatchObject({ path: "roles.r.servers.s.allow", message: "has no value; expected a list" });
  });

  it("says what a value should be without quoting it (it may be a pasted secret)", () => {
    const text = lines(
      "version: 1",
      "subjects:",
      "  - { id: a, roles: [r], tokenSha256: 12345678901234567890 }",
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
    );
    const [error] = compileErrors(text);
    expect(error).toMatchObject({ path: "subjects[0].tokenSha256", message: "expected a string or a list, not a number" });
    expect(error!.message).not.toContain("1234");
  });

  it("explains a malformed virtual server tool entry instead of 'Invalid input'", () => {
    const text = lines(
      "version: 1",
      "roles:",
      "  r: { servers: { s: { allow: [t] } } }",
      "virtualServers:",
      "  d: { roles: [r], tools: [{ tool: s/t, ass: x }] }",
    );
    expect(compileErrors(text).map((e) => `${e.path}: ${e.message}`)).toEqual([
      "virtualServers.d.tools[0].as: 'as' is required here",
      "virtualServers.d.tools[0].ass: unknown key 'ass'; did you mean `as`?",
    ]);
  });

  it("suggests a defined role for a misspelt one", () => {
    expect(didYouMean("reserch", ["support", "research"])).toBe("research");
    expect(didYouMean("Token_SHA256", ["tokenSha256"])).toBe("tokenSha256");
    expect(didYouMean("colour", ["allow", "deny", "args"])).toBeUndefined();
  });
});

describe("duplicate keys", () => {
  it("are errors at the second key, naming the line of the first", () => {
    const text = lines(
      "version: 1",
      "roles:",
      "  r:",
      "    servers:",
      "      s: { allow: [t], allow: [u] }",
      "  q: { servers: { s: { allow: [t] } } }",
      "  r: { servers: { s: { deny: [t] } } }",
    );
    expect(formatted(text)).toEqual([
      "p.yaml:5:24: roles.r.servers.s.allow: duplicate key 'allow' (first at line 5); remove one",
      "p.yaml:7:3: roles.r: duplicate key 'r' (first at line 3); remove one",
    ]);
  });

  it("compare as the names they become (1 and '1' are one key)", () => {
    const text = lines(
      "version: 1",
      "roles:",
      "  r:",
      "    servers:",
      "      s:",
      "        allow: [t]",
      "        args:",
      "          t: { 1: { max: 1 }, '1': { max: 2 } }",
    );
    expect(compileErrors(text).map((e) => e.path)).toEqual(["roles.r.servers.s.args.t.1"]);
  });
});

describe("syntax errors point at the line of the mistake", () => {
  const check = (text: string) => compileErrors(text, "p.yaml").map((e) => `${e.line}:${e.column} ${e.message}`);

  it("an unclosed bracket, at its opening — not lines later", () => {
    const text = lines("version: 1", "roles:", "  r:", "    servers:", "      s:", "        allow: [a, b", "        deny: [c]", "  q:", "    servers: {}");
    expect(check(text)).toEqual(["6:16 this '[' is never closed: end the list with ']' (a list continued on later lines must indent them more than its key)"]);
  });

  it("an unclosed bracket on the last line, not at the end of the file", () => {
    expect(check(lines("version: 1", "roles:", "  r:", "    servers:", "      s:", "        allow: [a, b"))[0]).toMatch(/^6:16 this '\[' is never closed/);
  });

  it("unclosed braces, each at its opening", () => {
    expect(check(lines("version: 1", "roles:", "  r: { servers: { s: { allow: [a] }", "  q: {}"))).toEqual([
      "3:6 this '{' is never closed: end the map with '}' (a map continued on later lines must indent them more than its key)",
      "3:17 this '{' is never closed: end the map with '}' (a map continued on later lines must indent them more than its key)",
    ]);
  });

  it("an unclosed quote, at the quote (not at the bracket it swallowed)", () => {
    const text = lines("version: 1", "roles:", "  r:", "    servers:", "      s:", '        allow: ["a]', "        deny: [b]");
    expect(check(text)).toEqual(['6:17 this string\'s opening " is never closed: add the closing "']);
  });

  it("bad indentation, at the misplaced key", () => {
    const more = lines("version: 1", "roles:", "  r:", "    servers:", "      s:", "        allow: [a]", "         deny: [b]");
    expect(check(more)).toEqual(["7:10 wrong indentation: the keys of one map must start at the same column"]);
    const less = lines("version: 1", "roles:", "  r:", "    servers:", "      s:", "        allow: [a]", "       deny: [b]");
    expect(check(less)).toEqual(["7:8 wrong indentation: the keys of one map must start at the same column"]);
  });

  it("a missing colon and a tab, at their lines", () => {
    expect(check(lines("version: 1", "roles", "  r: {}"))[0]).toMatch(/^2:1 /);
    expect(check(lines("version: 1", "roles:", "  r:", "\tservers: {}"))[0]).toMatch(/^4:1 Tabs are not allowed/);
  });
});

describe("YAML tags: a policy takes plain values", () => {
  const check = (text: string) => compileErrors(text, "p.yaml").map((e) => `${e.line}:${e.column} ${e.message}`);
  const head = ["version: 1", "roles:", "  r:", "    servers:", "      jira:"];
  const fix = "a policy takes plain YAML values; remove the tag (quote a value to make it a string)";

  it("refuses an unknown tag, which the YAML library only warned about, at the tag", () => {
    expect(check(lines(...head, "        allow: !custom [x]"))).toEqual([`6:16 the tag '!custom' cannot be applied here: ${fix}`]);
    expect(check(lines(...head, '        allow: ["*"]', "        deny: !denylist [delete_issue]"))).toEqual([
      `7:15 the tag '!denylist' cannot be applied here: ${fix}`,
    ]);
  });

  it("refuses a standard tag that does not fit its value", () => {
    expect(check(lines(...head, '        allow: ["*"]', "        deny: [!!int delete_issue]"))).toEqual([
      `7:16 the tag '!!int' cannot be applied here: ${fix}`,
    ]);
  });

  it("refuses a tag whose value is not plain YAML, instead of 'expected a map, not a map'", () => {
    expect(check(lines("version: 1", "roles: !!binary aGVsbG8="))).toEqual([`2:8 the tag '!!binary' is not for policies: ${fix}`]);
    expect(check(lines("version: 1", "roles: !!set { a }"))).toEqual([`2:8 the tag '!!set' is not for policies: ${fix}`]);
  });

  it("accepts the plain tags (a value forced to a string)", () => {
    const text = lines("version: 1", "roles:", "  r:", "    servers:", "      jira: { allow: [!!str 123] }");
    expect(loadPolicyText(text, "p.yaml").ok).toBe(true);
  });
});

describe("what the YAML library only says in its own words", () => {
  const check = (text: string) => compileErrors(text, "p.yaml").map((e) => `${e.line}:${e.column} ${e.message}`);

  it("an alias bomb: at the alias that multiplies, saying what to do", () => {
    const text = lines(
      "version: 1",
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "roles: {}",
    );
    expect(check(text)).toEqual([
      "4:8 alias '*b' refers to an anchor whose value holds aliases itself: such aliases multiply when expanded, here past the limit of 100 aliased values; write the values out, or alias only values without aliases in them",
    ]);
  });

  it("nesting too deep: says so and the limit, where the limit is passed — brackets and indentation alike", () => {
    const message =
      "nesting is too deep: lists and maps go more than 64 levels inside one another here (the limit; a policy needs about 8); look for brackets or indentation that run on";
    // Deep enough that the parser itself runs out of stack.
    expect(check(lines("version: 1", `roles: ${"[".repeat(20_000)}${"]".repeat(20_000)}`))).toEqual([`2:71 ${message}`]);
    // Parsed, but deeper than any policy.
    expect(check(lines("version: 1", `roles: ${"[".repeat(70)}${"]".repeat(70)}`))).toEqual([`2:71 ${message}`]);
    const block = ["version: 1", "roles:", ...Array.from({ length: 70 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`)];
    expect(check(lines(...block, `${"  ".repeat(71)}x: 1`))[0]).toMatch(/^\d+:\d+ nesting is too deep: .* 64 levels/);
  });

  it("two documents: a policy is one, and the second starts at its '---'", () => {
    expect(check(lines("version: 1", "roles: {}", "---", "version: 1", "roles: {}"))).toEqual([
      "3:1 a policy is one YAML document, but a second one starts here; remove this '---' and what follows it, or merge the two",
    ]);
  });

  it.each([
    ["an empty file", ""],
    ["a blank file", "\n\n  \n"],
    ["a file of comments only", "# policy\n# to do\n"],
    ["a null document", "null\n"],
  ])("%s: says the file is empty instead of listing the missing fields", (_name, text) => {
    expect(check(text)).toEqual(["1:1 the policy file is empty (no YAML, only comments, or null); a policy starts with `version: 1` and has `roles:`"]);
  });
});

describe("argument constraints that can never pass", () => {
  const check = (args: string[]) =>
    compileErrors(
      lines("version: 1", "roles:", "  r:", "    servers:", "      jira:", "        allow: [x]", "        args:", "          x:", ...args),
      "p.yaml",
    ).map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`);
  const never = "no value can pass, so every call is denied";

  it("refuses min above max, at max", () => {
    expect(check(["            y: { min: 5, max: 1 }"])).toEqual([
      `9:31 roles.r.servers.jira.args.x.y.max: max 1 is below min 5: ${never}; swap them or fix one`,
    ]);
  });

  it("refuses a number check beside a string check, and a prefix longer than maxLength", () => {
    expect(check(["            b: { prefix: AB, min: 1 }", "            c: { prefix: ABCD, maxLength: 2 }"])).toEqual([
      `9:35 roles.r.servers.jira.args.x.b.min: min needs a number and prefix a string: ${never}; keep the checks of one kind`,
      `10:43 roles.r.servers.jira.args.x.c.maxLength: maxLength 2 is shorter than the prefix 'ABCD': ${never}`,
    ]);
  });

  it("refuses an equals or an in whose values all fail the other checks", () => {
    expect(
      check(["            d: { equals: OPS, in: [SUP, HELP] }", "            e: { in: [SUP, HELP], prefix: X }", "            f: { equals: 5, max: 1 }"]),
    ).toEqual([
      `9:26 roles.r.servers.jira.args.x.d.equals: equals OPS fails the constraint's other checks (it must be one of SUP, HELP): ${never}`,
      `10:22 roles.r.servers.jira.args.x.e.in: every value listed in 'in' fails the constraint's other checks (SUP: it must start with 'X'): ${never}`,
      `11:26 roles.r.servers.jira.args.x.f.equals: equals 5 fails the constraint's other checks (it must be at most 1): ${never}`,
    ]);
  });

  it("accepts constraints some value passes: min equal to max, an in with one value that fits", () => {
    const text = lines(
      "version: 1",
      "roles:",
      "  r:",
      "    servers:",
      "      jira:",
      "        allow: [x]",
      "        args:",
      "          x:",
      "            h: { min: 1, max: 1 }",
      "            g: { in: [SUP, XY], prefix: X, maxLength: 2 }",
      "            k: { equals: SUP, prefix: S }",
    );
    expect(loadPolicyText(text, "p.yaml").ok).toBe(true);
  });
});

describe("warnings", () => {
  it("warn when a virtual server exposes a tool none of its roles may call — a deny counts", () => {
    const text = lines(
      "version: 1",
      "roles:",
      '  r: { servers: { jira: { allow: ["*"], deny: ["delete_*"] } } }',
      "  o: { servers: { jira: { allow: [search] } } }",
      "virtualServers:",
      "  desk: { roles: [r, o], tools: [jira/search, jira/delete_issue, jira/create] }",
    );
    const result = loadPolicyText(text, "p.yaml");
    expect(result.ok).toBe(true);
    expect(result.warnings.map(formatPolicyError)).toEqual([
      "p.yaml:6:47: virtualServers.desk.tools[1]: no role of this virtual server (r, o) may call jira/delete_issue; the tool will never be visible",
    ]);
  });

  it("are listed at most MAX_REPORTED_ERRORS times, then counted", () => {
    const tools = Array.from({ length: MAX_REPORTED_ERRORS + 7 }, (_, i) => `jira/t${i}`).join(", ");
    const text = lines(
      "version: 1",
      "roles:",
      "  r: { servers: { jira: { allow: [search] } } }",
      "virtualServers:",
      `  desk: { roles: [r], tools: [${tools}] }`,
    );
    const result = loadPolicyText(text, "p.yaml");
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(result.warnings.at(-1)!.message).toBe("7 more warnings after this line not shown");
  });

  it("are reported together with the errors of an invalid file", () => {
    const text = lines(
      "version: 1",
      "roles:",
      "  r: { servers: { jira: { allow: [search] } } }",
      "  q: { servers: { jira: { alow: [x] } } }",
      "virtualServers:",
      "  desk: { roles: [r], tools: [jira/search, jira/create] }",
    );
    const result = loadPolicyText(text, "p.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["roles.q.servers.jira.alow"]);
    expect(result.warnings.map((w) => w.path)).toEqual(["virtualServers.desk.tools[1]"]);
  });
});
