/**
 * Card numbers by issuer prefix and length: every network's published test number is a card,
 * and Luhn-valid digit runs of a length no network issues under their prefix are not — a
 * device's IMEI first among them (15 digits starting 35: a JCB prefix, but JCB numbers have 16–19).
 */
import { describe, expect, it } from "vitest";
import { cardPrefixAndLength } from "../../../sidecar/src/guardrails/card-networks.js";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { luhnValid } from "../../../sidecar/src/guardrails/luhn.js";

describe("cardPrefixAndLength", () => {
  it.each([
    ["Visa", "4111111111111111"],
    ["Mastercard", "5555555555554444"],
    ["Mastercard 2-series", "2221000000000009"],
    ["Mir", "2200000000000004"],
    ["American Express", "378282246310005"],
    ["Diners Club (14 digits)", "30569309025904"],
    ["JCB", "3530111333300000"],
    ["Discover", "6011111111111117"],
    ["UnionPay", "6200000000000005"],
    ["Maestro", "6759649826438453"],
    ["UATP", "135410014004955"],
  ])("takes %s's test number", (_, digits) => {
    expect(luhnValid(digits)).toBe(true);
    expect(cardPrefixAndLength(digits)).toBe(true);
  });

  it.each([
    ["an IMEI (35…, 15 digits)", "356938035643809"],
    ["a Visa prefix with 15 digits", "411111111111116"],
    ["a Mastercard prefix with 15 digits", "555555555555557"],
    ["an Amex prefix with 16 digits", "3782822463100054"],
    ["a 3x prefix no network uses", "3112345678901234"],
    ["lead digit 7", "7992739871300000"],
  ])("refuses %s", (_, digits) => {
    expect(cardPrefixAndLength(digits)).toBe(false);
  });
});

describe("the card detector", () => {
  it("reports a card but not a device's IMEI beside it", () => {
    const text = "Device IMEI 356938035643809 registered; paid with card 4111 1111 1111 1111.";
    const cards = scan({ text }, { pii: "detect", secrets: "off", injection: "off" }).findings.filter((f) => f.type === "CREDIT_CARD");
    expect(cards.map((f) => text.slice(f.start, f.end))).toEqual(["4111 1111 1111 1111"]);
  });
});
