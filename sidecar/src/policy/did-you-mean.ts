/**
 * Spelling suggestions for policy errors: the known name closest to a typo, by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours), ignoring case and `_`/`-`.
 */

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a typo
 * (at most one edit per three characters, and at least one).
 *
 * @example
 * ```ts
 * didYouMean("alow", ["allow", "deny", "args"]); // "allow"
 * didYouMean("colour", ["allow", "deny"]); // undefined
 * ```
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const target = fold(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const budget = Math.max(1, Math.floor(Math.max(folded.length, target.length) / 3));
    const distance = editDistance(target, folded, budget);
    if (distance <= budget && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[_-]/g, "");
}

/** Optimal-string-alignment distance; stops early (returns budget + 1) once over budget. */
function editDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > budget) return budget + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
