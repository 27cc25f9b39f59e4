/**
 * Columns of a table under a header cell: `username,password,role` over CSV rows, a markdown
 * table's `| user | pass |` over its rows, a TSV export. A credential-named header says what
 * every cell below it holds, as a key does for one value.
 */
import { lineBounds, tableCell } from "./table-cells.js";

/** What pads a cell, and what ends one. */
const PADDING = ` \t"'\``;
const EDGE = "|\t;,\n\r";

/** How many rows under a header are read, and how far. */
const MAX_ROWS = 200;
const MAX_SPAN = 32 * 1024;

/** A table's rule row: Markdown's (`|---|:--:|`), psql's (`----+----`), MySQL's (`+----+----+`). */
const RULE_ROW = /^[ \t]*[|+]?[ \t]*:?-{2,}:?[ \t]*(?:[|+][ \t]*:?-{2,}:?[ \t]*)*[|+]?[ \t]*$/;

/**
 * Where the separator that ends the cell starting at `from` is, or -1. In CSV a cell in double
 * quotes may hold commas (`1,"Hi, Ana",0`; a doubled quote is a quote), so its separator is the
 * first one after the closing quote.
 */
function separatorAfter(line: string, from: number, sep: string): number {
  if (sep !== ",") return line.indexOf(sep, from);
  let at = from;
  while (line.charCodeAt(at) === 32) at++;
  if (line.charCodeAt(at) === 34) {
    for (at++; at < line.length; at++) {
      if (line.charCodeAt(at) !== 34) continue;
      if (line.charCodeAt(at + 1) !== 34) break;
      at++;
    }
  }
  return line.indexOf(sep, at);
}

/** A cell's text without its padding, quotes or code marks. */
function cellSpan(line: string, lineStart: number, sep: string, column: number): { start: number; end: number } | undefined {
  let from = 0;
  for (let c = 0; c < column; c++) {
    const next = separatorAfter(line, from, sep);
    if (next < 0) return undefined;
    from = next + sep.length;
  }
  const close = separatorAfter(line, from, sep);
  let start = from;
  let end = close < 0 ? line.length : close;
  while (start < end && /[ \t"'`]/.test(line[start] ?? "")) start++;
  while (end > start && /[ \t"'`\r]/.test(line[end - 1] ?? "")) end--;
  return end > start ? { start: lineStart + start, end: lineStart + end } : undefined;
}

/**
 * Whether the line holding `at` is a table's header: a rule row right under it (Markdown's,
 * MySQL's and psql's tables rule off their header so). Not a MySQL table's last row, which is
 * ruled off on both sides with no row after: its header is above it.
 *
 * @example
 * ```ts
 * headsRuledTable("| user | password | role |\n|---|---|---|\n| ana | Xk29 | admin |", 9); // true
 * ```
 */
export function headsRuledTable(text: string, at: number): boolean {
  const [, lineEnd] = lineBounds(text, at);
  if (lineEnd >= text.length) return false;
  const [start, end] = lineBounds(text, lineEnd + 1);
  if (!RULE_ROW.test(text.slice(start, end))) return false;
  const [lineStart] = lineBounds(text, at);
  if (lineStart === 0 || end >= text.length) return true;
  const [aboveStart, aboveEnd] = lineBounds(text, lineStart - 1);
  const [belowStart, belowEnd] = lineBounds(text, end + 1);
  return !(RULE_ROW.test(text.slice(aboveStart, aboveEnd)) && !/^[ \t]*\|/.test(text.slice(belowStart, belowEnd)));
}

/**
 * Whether `[start, end)` fills a cell: a separator or the line's edge on both sides, padding
 * and quotes aside. A cheap test to run first: most key words sit in prose.
 *
 * @example
 * ```ts
 * wholeCell("user,password\n", 5, 13); // true
 * ```
 */
export function wholeCell(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && PADDING.includes(text[before] ?? "")) before--;
  let after = end;
  while (after < text.length && PADDING.includes(text[after] ?? "")) after++;
  return EDGE.includes(text[before] ?? "\n") && EDGE.includes(text[after] ?? "\n");
}

/**
 * The cells of the column whose header cell is exactly `[keyStart, keyEnd)` (padding and
 * quotes aside), in the rows that follow it; none when the key is not a header cell.
 *
 * @example
 * ```ts
 * columnValues("user,password\nana,Xk29fq1m", 5, 13); // [{ start: 18, end: 26 }]
 * ```
 */
export function columnValues(text: string, keyStart: number, keyEnd: number): Array<{ start: number; end: number }> {
  if (!wholeCell(text, keyStart, keyEnd)) return [];
  const cell = tableCell(text, keyStart);
  if (cell === undefined) return [];
  const [lineStart, lineEnd] = lineBounds(text, keyStart);
  const header = text.slice(lineStart, lineEnd);
  const own = cellSpan(header, lineStart, cell.sep, cell.column);
  if (own === undefined || own.start !== keyStart || own.end !== keyEnd) return [];
  // A header opens its table: a row above it makes this a row of values (`| password | varchar |`).
  if (lineStart > 0 && lineBounds(text, lineStart - 1)[0] < lineStart - 1 && text.slice(lineBounds(text, lineStart - 1)[0], lineStart - 1).includes(cell.sep))
    return [];
  const cells: Array<{ start: number; end: number }> = [];
  let at = lineEnd + 1;
  for (let row = 0; row < MAX_ROWS && at < text.length && at - lineEnd < MAX_SPAN; row++) {
    const [start, end] = lineBounds(text, at);
    const line = text.slice(start, end);
    at = end + 1;
    if (RULE_ROW.test(line)) continue;
    if (!line.includes(cell.sep)) break;
    const span = cellSpan(line, start, cell.sep, cell.column);
    if (span !== undefined) cells.push(span);
  }
  return cells;
}
