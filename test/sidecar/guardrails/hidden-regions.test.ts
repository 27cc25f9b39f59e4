/**
 * HTML a reader does not see: the `hidden` attribute counts only inside a tag. The word
 * "hidden" in prose after an address in angle brackets (`Requester: Ana <ana@x.io>`) made the
 * rest of a ticket one hidden region, which a weak hit in it then flagged whole.
 */
import { describe, expect, it } from "vitest";
import { hiddenHtmlRegions } from "../../../sidecar/src/guardrails/hidden-content.js";

describe("hiddenHtmlRegions", () => {
  it("finds hidden elements, fields and comments", () => {
    expect(hiddenHtmlRegions("<div hidden>secret</div>")).toEqual([[0, 24]]);
    expect(hiddenHtmlRegions('<input type="hidden" value="x">')).toEqual([[0, 31]]);
    expect(hiddenHtmlRegions('<span style="display:none">x</span>')).toEqual([[0, 35]]);
    expect(hiddenHtmlRegions("<div\n  hidden>y</div>")).toEqual([[0, 21]]);
    expect(hiddenHtmlRegions("a <!-- note --> b")).toEqual([[2, 15]]);
  });

  it("does not take prose about hidden text for a hidden attribute", () => {
    expect(hiddenHtmlRegions("Requester: Ana <ana@example.io>\nHow attackers keep text hidden in white font.")).toEqual([]);
    expect(hiddenHtmlRegions("<p class=a>shown</p> and the hidden text below")).toEqual([]);
  });
});
