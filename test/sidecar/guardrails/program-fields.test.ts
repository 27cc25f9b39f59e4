/**
 * What a JSON document's own definitions hold (program-fields.ts): a tool's description in a
 * tool definition and the prompt a configuration gives a named model — and nothing else.
 */
import { describe, expect, it } from "vitest";
import { PROGRAM_REQUESTS, ProgramDocument } from "../../../sidecar/src/guardrails/program-fields.js";

describe("ProgramDocument", () => {
  it("a description is a program's field only in a tool definition (a name and an input schema)", () => {
    expect(new ProgramDocument('{"name": "write_file", "description": "Create a file.", "inputSchema": {"type": "object"}}').programField("description")).toBe(
      true,
    );
    expect(new ProgramDocument('{"name": "write_file", "description": "Create a file.", "input_schema": {}}').programField("description")).toBe(true);
    expect(new ProgramDocument('{"title": "Release 4.2", "description": "Create a file."}').programField("description")).toBe(false);
  });

  it("a prompt is a program's field only where a model is named", () => {
    expect(new ProgramDocument('{"model": "claude-3-haiku", "prompt": "Summarise."}').programField("prompt")).toBe(true);
    expect(new ProgramDocument('{"model_id": "meta-llama/llama-3.1-8b", "system": "Be brief."}').programField("system")).toBe(true);
    expect(new ProgramDocument('{"model": "Corolla 2019", "prompt": "Summarise."}').programField("prompt")).toBe(false);
    expect(new ProgramDocument('{"name": "x", "prompt": "Summarise."}').programField("prompt")).toBe(false);
    expect(new ProgramDocument('{"model": "gpt-4o", "note": "Summarise."}').programField("note")).toBe(false);
  });

  it("what sets instructions aside, hails a reader or sends data out is not among the program's requests", () => {
    for (const rule of ["injection.override", "injection.ai-address", "injection.exfil-link", "injection.prompt-leak", "injection.hidden-html"])
      expect(PROGRAM_REQUESTS.has(rule)).toBe(false);
  });
});
