/**
 * Glob patterns for server and tool names.
 *
 * Tool names are not file paths, so path-oriented glob libraries (where `*` stops at `/`
 * and dotfiles are special) would surprise policy authors. Here `*` matches any run of
 * characters, `?` exactly one, and everything else is literal. Matching uses the classic
 * greedy two-pointer wildcard algorithm (no regular expressions, no backtracking blow-up):
 * at most O(name × pattern) steps, and linear for the patterns policies use.
 */

/** A compiled name pattern. */
export interface NamePattern {
  /** The pattern as written in the policy. */
  readonly source: string;
  /** Whether the pattern has no wildcard. */
  readonly literal: boolean;
  /** Literal characters in the pattern: more means more specific. */
  readonly specificity: number;
  /** Tests a name against the pattern. */
  matches(name: string): boolean;
}

/** Whether a policy string contains a wildcard. */
export function isGlob(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

/**
 * Compiles a glob (`search_*`, `get_?ssue`, `*`) into a {@link NamePattern}.
 *
 * @example
 * ```ts
 * compileGlob("delete_*").matches("delete_issue"); // true
 * ```
 */
export function compileGlob(pattern: string): NamePattern {
  const specificity = pattern.replace(/[*?]/g, "").length;
  if (!isGlob(pattern)) {
    return { source: pattern, literal: true, specificity, matches: (name) => name === pattern };
  }
  if (pattern === "*") {
    return { source: pattern, literal: false, specificity, matches: () => true };
  }
  return { source: pattern, literal: false, specificity, matches: (name) => wildcardMatch(pattern, name) };
}

function wildcardMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const pc = pattern[p];
    if (pc === "?" || (pc !== undefined && pc !== "*" && pc === name[n])) {
      p++;
      n++;
    } else if (pc === "*") {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

/**
 * Orders patterns from most to least specific: literal names first, then globs with more
 * literal characters. Used to report the most specific matching rule.
 */
export function bySpecificity(a: NamePattern, b: NamePattern): number {
  if (a.literal !== b.literal) return a.literal ? -1 : 1;
  return b.specificity - a.specificity;
}
