/**
 * Finds where a policy path is written in the YAML source: its line and column, and its
 * text as written.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import type { PolicyPath } from "./policy-error.js";

/** Positions of policy paths in one parsed file. */
export interface SourceLocator {
  /** 1-based line and column of the node at `path` (its key with `atKey`), or of its deepest existing ancestor. */
  position(path: PolicyPath, atKey?: boolean): { line: number; column: number };
  /** 1-based line and column of a source offset. */
  positionOf(offset: number): { line: number; column: number };
  /** The text of the value at `path` as written; undefined when it is absent. */
  sourceAt(path: PolicyPath): string | undefined;
}

/**
 * Makes a locator for a document parsed with `lineCounter`.
 *
 * @example
 * ```ts
 * const lineCounter = new LineCounter();
 * const locator = sourceLocator(text, parseDocument(text, { lineCounter }), lineCounter);
 * locator.position(["roles", "support"]); // { line: 3, column: 5 }
 * ```
 */
export function sourceLocator(text: string, doc: Document, lineCounter: LineCounter): SourceLocator {
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Key indexes per map, built on first use: a file with many errors in one big map must not
  // cost a scan of the map per error.
  const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        // The last of repeated keys wins, as it does in the parsed value the schema checks.
        if (name !== undefined) index.set(name, pair as Pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return {
    positionOf,
    position: (path, atKey = false) => positionOf(find(doc, path, atKey, pairOf).offset),
    sourceAt(path) {
      const found = find(doc, path, false, pairOf);
      const range = found.exact ? found.node?.range : undefined;
      return range ? text.slice(range[0], range[1]).trim() : undefined;
    },
  };
}

/** The node at `path` (or its deepest existing ancestor) and the offset to report. */
function find(
  doc: Document,
  path: PolicyPath,
  atKey: boolean,
  pairOf: (map: YAMLMap, key: string) => Pair | undefined,
): { node: Node | null | undefined; offset: number; exact: boolean } {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (!pair) return { node, offset, exact: false };
      const value = pair.value as Node | null;
      if ((last && atKey) || !value) {
        offset = (pair.key as Node).range?.[0] ?? offset;
        if (!value) return { node: value, offset, exact: last };
      }
      if (!(last && atKey)) offset = value.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return { node, offset, exact: false };
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return { node, offset, exact: false };
    }
  }
  return { node, offset, exact: true };
}
