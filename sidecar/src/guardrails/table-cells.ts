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
  // A statement's terminator ends the line (an SQL `VALUES` row's `);`): it separates nothing.
  const row = line.replace(TERMINATOR, "");
  const sep = TABLE_SEPARATORS.find((s) => row.includes(s));
  if (sep === undefined) return undefined;
  // A JSON object's member on its own line (`  "from": "090-9519-8144",`): its comma ends the
  // member, and the member above is another key, no column header.
  if (sep === "," && JSON_MEMBER.test(line)) return undefined;
  return { lineStart, sep, column: text.slice(lineStart, start).split(sep).length - 1 };
}

/** A semicolon that ends a line, after a closing bracket or a quote (`…, 'IT');`, `"x";`): a statement's end. */
const TERMINATOR = /(?<=[)\]"'])[ \t]*;[ \t]*\r?$/;

/** A pretty-printed JSON object's member: a quoted key and its colon start the line. */
const JSON_MEMBER = /^[ \t]*"(?:[^"\\\n]|\\.){1,80}"[ \t]*:/;

/** Lines walked up from a row of a table aligned with spaces to its header. */
const ALIGNED_HEADER_REACH = 60;
/** The furthest column read in a table aligned with spaces (a terminal's table is not wider). */
const ALIGNED_COLUMN_MAX = 512;
/** The longest cell read as an aligned column's header. */
const ALIGNED_HEADER_MAX = 48;
/** A gap between cells of a table aligned with spaces: two spaces or a tab. */
const CELL_GAP = /(?: {2,}|\t)/;
/** A rule line under an aligned header (`----   ------`, `====`), or a blank one. */
const ALIGNED_RULE = /^[ \t=\-+]*$/;
/**
 * Per text scanned, the header found for a (line, column): a row's answer is its table's, so
 * the next row down walks up one line, not to the header (a long table costs a line a row).
 */
const alignedAnswers: { text: string | undefined; byRow: Map<number, string | null> } = { text: undefined, byRow: new Map() };
const ALIGNED_ANSWERS_MAX = 100_000;

/**
 * The header of the column of a table aligned with spaces (a terminal's output, PDF text, a
 * plain-text directory) that holds `start`: the candidate begins a cell (at its line's start,
 * or after two spaces or a tab), every line above it up to the block's first begins a cell at
 * that very column, and the first line's cell there has letters — the header, when its line
 * has another cell too. Undefined where the text is not laid out so (a line that does not
 * align at the column ends the block; so does a blank line), or where that cell reads like a
 * value (three digits in a row).
 *
 * @example
 * ```ts
 * alignedColumnHeader("City    Telephone\nOslo    +47 20 34 69 36", 26); // "Telephone"
 * ```
 */
export function alignedColumnHeader(text: string, start: number): string | undefined {
  const [rowStart] = lineBounds(text, start);
  const column = start - rowStart;
  if (column > ALIGNED_COLUMN_MAX || (column > 0 && !/(?: {2}|\t)$/.test(text.slice(Math.max(rowStart, start - 2), start)))) return undefined;
  if (alignedAnswers.text !== text) {
    alignedAnswers.text = text;
    alignedAnswers.byRow.clear();
  }
  const key = (line: number) => line * (ALIGNED_COLUMN_MAX + 1) + column;
  const known = alignedAnswers.byRow.get(key(rowStart));
  if (known !== undefined) return known ?? undefined;
  let header: string | undefined;
  let answer: string | null | undefined;
  let at = rowStart;
  for (let n = 0; n < ALIGNED_HEADER_REACH && at > 0; n++) {
    const [from, to] = lineBounds(text, at - 1);
    const line = text.slice(from, Math.min(to, from + column + 2 * ALIGNED_HEADER_MAX));
    if (line.trim() === "") break;
    const ch = line.charCodeAt(column);
    const aligned = column < line.length && ch !== 32 && ch !== 9 && (column === 0 || line.charCodeAt(column - 1) === 32 || line.charCodeAt(column - 1) === 9);
    if (!aligned && !ALIGNED_RULE.test(line)) break;
    at = from;
    if (!aligned) continue;
    // A row above already answered for this column: its table's header is this one's.
    const above = alignedAnswers.byRow.get(key(from));
    if (above !== undefined) {
      answer = above;
      break;
    }
    header = line;
  }
  if (answer === undefined) {
    const cell = header === undefined ? "" : (header.slice(column).split(CELL_GAP)[0] ?? "").trim();
    answer =
      header !== undefined && /\p{L}/u.test(cell) && !/\d{3}/.test(cell) && cell.length <= ALIGNED_HEADER_MAX && CELL_GAP.test(header.trim()) ? cell : null;
  }
  if (alignedAnswers.byRow.size < ALIGNED_ANSWERS_MAX) alignedAnswers.byRow.set(key(rowStart), answer);
  return answer ?? undefined;
}
