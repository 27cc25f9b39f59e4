import { describe, expect, it } from "vitest";
import { bySpecificity, compileGlob } from "@portcullis/sidecar";

describe("compileGlob", () => {
  it("matches literals exactly", () => {
    const p = compileGlob("search_issues");
    expect(p.literal).toBe(true);
    expect(p.matches("search_issues")).toBe(true);
    expect(p.matches("search_issues2")).toBe(false);
    expect(p.matches("Search_issues")).toBe(false);
  });

  it("lets * match any run, including / and dots, and ? exactly one character", () => {
    expect(compileGlob("delete_*").matches("delete_issue")).toBe(true);
    expect(compileGlob("delete_*").matches("delete_")).toBe(true);
    expect(compileGlob("delete_*").matches("undelete_issue")).toBe(false);
    expect(compileGlob("*").matches("a/b.c")).toBe(true);
    expect(compileGlob("files/*").matches("files/a/b")).toBe(true);
    expect(compileGlob("get_?ssue").matches("get_issue")).toBe(true);
    expect(compileGlob("get_?ssue").matches("get_ssue")).toBe(false);
    expect(compileGlob("*_issue*").matches("bulk_issue_update")).toBe(true);
    expect(compileGlob("a*b*c").matches("abxc")).toBe(true);
    expect(compileGlob("a*b*c").matches("acxb")).toBe(false);
  });

  it("treats regex metacharacters as literals", () => {
    expect(compileGlob("a.b").matches("axb")).toBe(false);
    expect(compileGlob("a+(b)*").matches("a+(b)zzz")).toBe(true);
  });

  it("stays fast on adversarial names and patterns", () => {
    // A backtracking regex would take seconds here; the two-pointer matcher takes microseconds.
    const p = compileGlob("*a*a*a*a*a*a*a*b");
    expect(p.matches("a".repeat(256))).toBe(false);
  });

  it("orders literals before globs and longer globs before shorter", () => {
    const sorted = ["*", "search_*", "search_issues", "s*"]
      .map(compileGlob)
      .sort(bySpecificity)
      .map((p) => p.source);
    expect(sorted).toEqual(["search_issues", "search_*", "s*", "*"]);
  });
});
