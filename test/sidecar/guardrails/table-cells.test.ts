/**
 * The line and table cell a PII candidate sits in: lines found by binary search over the text's
 * line breaks (the same answer as scanning back), cells only in rows that are table rows, and
 * the header of a column in a table aligned with spaces.
 */
import { describe, expect, it } from "vitest";
import { alignedColumnHeader, lineBounds, TABLE_LINE_MAX, tableCell } from "../../../sidecar/src/guardrails/table-cells.js";

describe("lineBounds", () => {
  it("answers as scanning back and forth for the line breaks does, at every offset", () => {
    for (const text of ["", "one line", "a\nbcd\ne", "\n\nx\n", "row1\r\nrow2\n"]) {
      for (let at = 0; at <= text.length; at++) {
        // (lastIndexOf from -1 still looks at offset 0: a line starting at 0 is found by hand.)
        const start = at === 0 ? 0 : text.lastIndexOf("\n", at - 1) + 1;
        const end = text.indexOf("\n", at);
        expect(lineBounds(text, at), `${JSON.stringify(text)} @${at}`).toEqual([start, end < 0 ? text.length : end]);
      }
    }
  });
});

describe("tableCell", () => {
  it("finds the row's separator and the candidate's column", () => {
    const csv = "name,phone\nAna,0412 345 678\n";
    expect(tableCell(csv, csv.indexOf("0412"))).toEqual({ lineStart: 11, sep: ",", column: 1 });
    const md = "| a | b |\n|---|---|\n| x | 12 |";
    expect(tableCell(md, md.indexOf("12"))).toMatchObject({ sep: "|", column: 2 });
    expect(tableCell("no table here 0412 345 678", 14)).toBeUndefined();
  });

  it("reads no cell of a line too long to be a table row, or too far into one", () => {
    const wide = "0412 345 678,".repeat(Math.ceil(TABLE_LINE_MAX / 13) + 1);
    expect(tableCell(wide, 13)).toBeUndefined();
    const long = `${"x,".repeat(3000)}0412 345 678`;
    expect(tableCell(long, long.indexOf("0412"))).toBeUndefined();
  });
});

describe("alignedColumnHeader", () => {
  const table = [
    "NAME       STATUS   VERSION     INTERNAL-IP",
    "---------  -------  ----------  -----------",
    "node-a     Ready    1.28.3.1    10.0.4.17",
    "node-b     Ready    1.28.3.2    10.0.4.18",
  ].join("\n");

  it("names the column a cell starts in, over the rows and the rule line above it", () => {
    expect(alignedColumnHeader(table, table.indexOf("1.28.3.2"))).toBe("VERSION");
    expect(alignedColumnHeader(table, table.indexOf("10.0.4.18"))).toBe("INTERNAL-IP");
    expect(alignedColumnHeader(table, table.indexOf("node-b"))).toBe("NAME");
  });

  it("finds no header where the text is not laid out in columns", () => {
    // Not at a cell's start (one space before it), a blank line between, prose above.
    expect(alignedColumnHeader("Server 4.2.0.1 replaces it", 7)).toBeUndefined();
    const gap = "City      Phone\n\nOslo      +47 20 34 69 36";
    expect(alignedColumnHeader(gap, gap.indexOf("+47"))).toBeUndefined();
    const prose = "Call the Oslo office on the number below, any time.\nOslo      +47 20 34 69 36";
    expect(alignedColumnHeader(prose, prose.indexOf("+47"))).toBeUndefined();
  });
});
