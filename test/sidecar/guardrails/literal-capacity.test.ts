/**
 * The shared literal index over every detector's key words must fit its transition table with
 * room to spare: past the capacity, every scan of a process that loads all detectors throws
 * (it happened once, when a batch of new key words crossed 2^19). The margin asked here warns
 * a change that eats most of what is left before it breaks a scan.
 */
import { describe, expect, it } from "vitest";
import "../../../sidecar/src/guardrails/index.js";
import { LITERAL_TRANSITIONS_CAPACITY, literalTransitions } from "../../../sidecar/src/guardrails/text-index.js";

describe("literal index capacity", () => {
  it("every detector's key words compile with at least a fifth of the table free", () => {
    const used = literalTransitions();
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThanOrEqual(0.8 * LITERAL_TRANSITIONS_CAPACITY);
  });
});
