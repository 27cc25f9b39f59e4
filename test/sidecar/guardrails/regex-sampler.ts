/**
 * Random strings shaped by a regular expression (the subset the injection patterns use:
 * groups, alternation, classes, `\s\w\d` escapes, bounded quantifiers, lookarounds), for
 * tests that need many texts that match a pattern, nearly match it, or match it in part.
 * Zero-width parts (`\b`, `^`, `(?!…)`) generate nothing: the surrounding text decides them.
 */

type Node =
  | { kind: "alt"; options: Node[][] }
  | { kind: "chars"; pick: (r: () => number) => string }
  | { kind: "repeat"; node: Node; min: number; max: number }
  | { kind: "empty" };

const SPACES = [" ", " ", " ", "\t", "\n", "\u00a0"];
const WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
const ANY = `${WORD} .,:;!?'"()[]{}<>|#%~-/\n`;

/** Parses `source` (a JavaScript pattern without the `u` flag) into a generator tree. */
function parse(source: string): Node {
  let i = 0;
  const peek = (): string => source.charAt(i);

  function escapeSequence(inClass: boolean): string[] | ((r: () => number) => string) {
    const c = source.charAt(i++);
    if (c === "s") return (r) => SPACES[Math.floor(r() * SPACES.length)] ?? " ";
    if (c === "w") return (r) => WORD.charAt(Math.floor(r() * WORD.length));
    if (c === "d") return (r) => String(Math.floor(r() * 10));
    if (c === "n") return ["\n"];
    if (c === "t") return ["\t"];
    if (c === "b" && !inClass) return [];
    return [c];
  }

  function charClass(): Node {
    const negated = peek() === "^";
    if (negated) i++;
    const members: string[] = [];
    const generators: Array<(r: () => number) => string> = [];
    while (i < source.length && peek() !== "]") {
      let first: string;
      if (peek() === "\\") {
        i++;
        const e = escapeSequence(true);
        if (typeof e === "function") {
          generators.push(e);
          continue;
        }
        first = e[0] ?? "";
      } else first = source.charAt(i++);
      if (peek() === "-" && source.charAt(i + 1) !== "]") {
        i++;
        let last = source.charAt(i++);
        if (last === "\\") last = source.charAt(i++);
        for (let c = first.charCodeAt(0); c <= last.charCodeAt(0); c++) members.push(String.fromCharCode(c));
      } else members.push(first);
    }
    i++;
    if (negated) {
      const pool = [...ANY].filter((c) => !members.includes(c));
      return { kind: "chars", pick: (r) => pool[Math.floor(r() * pool.length)] ?? "x" };
    }
    return {
      kind: "chars",
      pick: (r) => {
        const k = Math.floor(r() * (members.length + generators.length));
        return k < members.length ? (members[k] ?? "") : (generators[k - members.length]?.(r) ?? "");
      },
    };
  }

  function atom(): Node | undefined {
    const c = source.charAt(i);
    if (c === "(") {
      i++;
      let zeroWidth = false;
      if (peek() === "?") {
        i++;
        const kind = source.charAt(i++);
        if (kind === "<") zeroWidth = source.charAt(i++) !== undefined;
        else zeroWidth = kind === "=" || kind === "!";
      }
      const inner = alternation();
      i++;
      return zeroWidth ? { kind: "empty" } : inner;
    }
    if (c === "[") {
      i++;
      return charClass();
    }
    if (c === "\\") {
      i++;
      const e = escapeSequence(false);
      if (typeof e === "function") return { kind: "chars", pick: e };
      return e.length === 0 ? { kind: "empty" } : { kind: "chars", pick: () => e[0] ?? "" };
    }
    if (c === "^" || c === "$") {
      i++;
      return { kind: "empty" };
    }
    if (c === ".") {
      i++;
      return { kind: "chars", pick: (r) => ANY.charAt(Math.floor(r() * ANY.length)) };
    }
    i++;
    return { kind: "chars", pick: () => c };
  }

  function quantified(node: Node): Node {
    const c = peek();
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, 3];
    else if (c === "+") [min, max] = [1, 3];
    else if (c === "{" && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) as RegExpExecArray;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? min + 3 : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (peek() === "?") i++;
    return { kind: "repeat", node, min, max };
  }

  function sequence(): Node[] {
    const seq: Node[] = [];
    while (i < source.length && peek() !== "|" && peek() !== ")") {
      const a = atom();
      if (a !== undefined) seq.push(quantified(a));
    }
    return seq;
  }

  function alternation(): Node {
    const options = [sequence()];
    while (peek() === "|") {
      i++;
      options.push(sequence());
    }
    return { kind: "alt", options };
  }

  return alternation();
}

function generate(node: Node, r: () => number): string {
  switch (node.kind) {
    case "empty":
      return "";
    case "chars":
      return node.pick(r);
    case "repeat": {
      // Bounded repeats mostly stay short: long gaps rarely make a pattern match.
      const n = node.min + Math.floor(r() * (Math.min(node.max, node.min + 3) - node.min + 1));
      let s = "";
      for (let k = 0; k < n; k++) s += generate(node.node, r);
      return s;
    }
    case "alt":
      return (node.options[Math.floor(r() * node.options.length)] ?? []).map((n) => generate(n, r)).join("");
  }
}

/**
 * A sampler for `re`: each call returns one random string shaped by the pattern.
 *
 * @example
 * ```ts
 * const sample = regexSampler(/\b(?:ignore|forget)\s{1,3}all\b/i, rng);
 * sample(); // e.g. "forget\t all"
 * ```
 */
export function regexSampler(re: RegExp, r: () => number): () => string {
  const tree = parse(re.source);
  return () => generate(tree, r);
}
