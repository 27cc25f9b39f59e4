/**
 * Health claims and enrollment EDI (X12 834/837), from a hospital network author's dev half
 * (fifty-third session): nine plain digits are an SSN where the segment's qualifier says so
 * (`REF*SY*`, an `NM1` id-code qualifier 34), and a `PER` segment's number after a telephone or
 * fax qualifier is a phone. The same digits under other qualifiers (an employer's `REF*EI`, a
 * claim's `CLM` amounts) are not.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const pii = (text: string, type: string): string[] =>
  scan({ text }, { pii: "detect", secrets: "off", injection: "off" })
    .findings.filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe("X12 segments", () => {
  it("an SSN by its qualifier: REF*SY, NM1 with id-code qualifier 34", () => {
    const enrollment = "INS*Y*18*021*28*A***FT~\nNM1*IL*1*WHITAKER*JAMES****34*405885964~\nREF*SY*721-32-9560~\nDMG*D8*19870526*M~\nREF*SY*395770209~\n";
    expect(pii(enrollment, "US_SSN")).toEqual(["405885964", "721-32-9560", "395770209"]);
    expect(pii("NM1*85*2*CLINIC****XX*1234567893~\nREF*EI*123456789~\nCLM*043012345*150~\n", "US_SSN")).toEqual([]);
  });

  it("a PER segment's telephone and fax numbers", () => {
    expect(pii("PER*IC*JOHN DOE*TE*6145558663*FX*6145559901~", "PHONE")).toEqual(["6145558663", "6145559901"]);
    expect(pii("CLM*0430129*1500***11:B:1*Y*A*Y*Y~\nREF*D9*6145558663~", "PHONE")).toEqual([]);
  });
});
