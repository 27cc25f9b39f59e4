/**
 * The cells under a header cell (table-columns.ts): a CSV cell in double quotes may hold the
 * separator, so the columns after it stay where they are; a Markdown table's pipes are read as
 * they stand.
 */
import { describe, expect, it } from "vitest";
import { columnValues } from "../../../sidecar/src/guardrails/table-columns.js";

const cellsUnder = (text: string, header: string): string[] =>
  columnValues(text, text.indexOf(header), text.indexOf(header) + header.length).map((c) => text.slice(c.start, c.end));

describe("columnValues", () => {
  it("reads past commas inside a quoted CSV cell, and a doubled quote inside one", () => {
    const csv = ["id,text,label", '1,"Hi, Ana",0', "2,plain,1", '3,"She said ""no, thanks""",0', '4,"",1'].join("\n");
    expect(cellsUnder(csv, "label")).toEqual(["0", "1", "0", "1"]);
    expect(cellsUnder(csv, "text")).toEqual(["Hi, Ana", "plain", 'She said ""no, thanks']);
  });

  it("reads a Markdown table's cells as its pipes cut them, quotes or not", () => {
    const md = ["| text | label |", "|---|---|", '| "Hi | Ana" | 0 |', "| plain | 1 |"].join("\n");
    expect(cellsUnder(md, "label")).toEqual(["Ana", "1"]);
  });
});
