/**
 * Finds keys written twice in one YAML map. The `yaml` library's own check (`uniqueKeys`)
 * compares every new key with every earlier one — quadratic per map: a 20,000-key map took
 * seconds and the 8 MiB cap admits ~500k keys. This walk is linear: one Set per map.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import type { PolicyPath } from "./policy-error.js";

/** A repeated key: where the second one is, and the first. */
export interface DuplicateKey {
  readonly path: PolicyPath;
  readonly offset: number;
  readonly firstOffset: number;
}

interface Visit {
  readonly node: unknown;
  readonly parent: Visit | undefined;
  readonly segment: string | number | undefined;
}

/**
 * Every key that repeats an earlier key of the same map. Keys compare as the strings they
 * become in the policy (`1` and `"1"` are the same key), since the later one would silently
 * replace the earlier.
 *
 * @example
 * ```ts
 * findDuplicateKeys(parseDocument("a: 1\na: 2\n", { uniqueKeys: false })); // [{ path: ["a"], offset: 5, firstOffset: 0 }]
 * ```
 */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // An explicit stack: deep documents must not overflow ours. Aliases are not followed: the
  // anchored node is walked where it is defined.
  const stack: Visit[] = [{ node: doc.contents, parent: undefined, segment: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { node } = visit;
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        const name = isScalar(key) ? String(key.value) : undefined;
        const offset = key?.range?.[0] ?? 0;
        if (name !== undefined) {
          const first = seen.get(name);
          if (first === undefined) seen.set(name, offset);
          else found.push({ path: [...pathOf(visit), name], offset, firstOffset: first });
        }
        stack.push({ node: pair.value, parent: visit, segment: name ?? "?" });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push({ node: item, parent: visit, segment: i });
      });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function pathOf(visit: Visit): PolicyPath {
  const path: (string | number)[] = [];
  for (let v: Visit | undefined = visit; v?.segment !== undefined; v = v.parent) path.push(v.segment);
  return path.reverse();
}
