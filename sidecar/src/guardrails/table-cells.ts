/**
 * Lines and table cells of a scanned text, for the PII detectors' context: the line a candidate
 * sits on (by binary search over the text's line breaks, found once per text, so many
 * candidates on one long line cost no scan back each), and the cell of a table row it sits in
 * (a CSV, TSV, markdown or SQL result row). A row is read only when it is one: at most
 * {@link TABLE_LINE_MAX} long, the candidate within 4 KB of its start — a minified page or one
 * wide line of values is not a table, and counting its cells per candidate would be quadratic.
 */

/** Separators of table rows, in the order they are tried. */
export const TABLE_SEPARATORS = ["|", "\t", ";", ","];
/** The longest line read as a table row. */
export const TABLE_LINE_MAX = 16384;
/** How far into its row a cell is read. */
const TABLE_ROW_MAX = 4096;

/** Per text scanned: where its lines break. */
const lineBreaks: { text: string | undefined; at: Int32Array } = { text: undefined, at: new Int32Array(0) };

/**
 * `[start, end)` of the line holding `at` (the end is its line break or the text's end).
 *
 * @example
 * ```ts
 * lineBounds("a\nbcd\ne", 3); // [2, 5]
 * ```
 */
export function lineBounds(text: string, at: number): [number, number] {
  if (lineBreaks.text !== text) {
    const found: number[] = [];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) found.push(i);
    lineBreaks.text = text;
    lineBreaks.at = Int32Array.from(found);
  }
  const breaks = lineBreaks.at;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? (breaks[lo - 1] as number) + 1 : 0, lo < breaks.length ? (breaks[lo] as number) : text.length];
}

/** A candidate's place in a table row. */
export interface TableCell {
  readonly lineStart: number;
  readonly sep: string;
  readonly column: number;
}

/**
 * The table cell that holds `start`: its row's start, the row's separator and the column;
 * undefined when its line is no table row.
 *
 * @example
 * ```ts
 * tableCell("name,phone\nAna,0412 345 678", 15); // { lineStart: 11, sep: ",", column: 1 }
 * ```
 */
export function tableCell(text: string, start: number): TableCell | undefined {
  const [lineStart, lineEnd] = lineBounds(text, start);
  if (start - lineStart > TABLE_ROW_MAX || lineEnd - lineStart > TABLE_LINE_MAX) return undefined;
  const line = text.slice(lineStart, lineEnd);
  const sep = TABLE_SEPARATORS.find((s) => line.includes(s));
  if (sep === undefined) return undefined;
  return { lineStart, sep, column: text.slice(lineStart, start).split(sep).length - 1 };
}
