/**
 * Phone numbers in the layouts of 60 countries, each where a label or a contact card names it
 * (written for this suite from numbering plans, not taken from any evaluation set): the
 * international form, the national one with its trunk prefix, mobiles, and local habits — a
 * slash after the area code, "(0)" after the country code, `00` for `+`, an extension.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";

const phones = (text: string): number => scan({ text }, { pii: "detect", secrets: "off", injection: "off" }).findings.filter((f) => f.type === "PHONE").length;

const LAYOUTS: Array<[string, string]> = [
  ["US", "Call me at (415) 555-0132 tomorrow."],
  ["US dots", "Phone: 415.555.0132"],
  ["US +1", "Mobile: +1 415 555 0132"],
  ["US 1-", "Tel 1-800-555-0199"],
  ["UK", "Phone: +44 20 7946 0958"],
  ["UK nat", "Tel: 020 7946 0958"],
  ["UK mob", "Mobile 07700 900123"],
  ["DE", "Telefon: +49 30 12345678"],
  ["DE nat", "Tel.: 030 12345678"],
  ["DE mob", "Handy: 0151 23456789"],
  ["DE slash", "Tel. 030/12345678"],
  ["FR", "Téléphone : +33 1 42 68 53 00"],
  ["FR nat", "Tél. 01 42 68 53 00"],
  ["FR mob", "Portable : 06 12 34 56 78"],
  ["ES", "Teléfono: +34 912 345 678"],
  ["ES nat", "Tel. 912 34 56 78"],
  ["IT", "Telefono: +39 06 6982 1234"],
  ["IT mob", "Cell. 347 123 4567"],
  ["NL", "Telefoon: +31 20 123 4567"],
  ["NL mob", "Mobiel: 06-12345678"],
  ["BE", "Tel: +32 2 123 45 67"],
  ["CH", "Tel. +41 44 668 18 00"],
  ["AT", "Tel.: +43 1 234567890"],
  ["SE", "Telefon: 08-123 456 78"],
  ["SE +", "Tel: +46 8 123 456 78"],
  ["PL", "Tel.: +48 22 123 45 67"],
  ["PL mob", "tel. 512 345 678"],
  ["BR", "Telefone: +55 11 91234-5678"],
  ["BR nat", "Tel: (11) 91234-5678"],
  ["MX", "Tel: +52 55 1234 5678"],
  ["AR", "Tel: +54 9 11 1234-5678"],
  ["IN", "Phone: +91 98765 43210"],
  ["IN nat", "Mobile: 098765 43210"],
  ["JP", "電話: 03-1234-5678"],
  ["JP +", "Tel: +81 3-1234-5678"],
  ["JP mob", "携帯: 090-1234-5678"],
  ["CN", "电话：+86 10 1234 5678"],
  ["CN mob", "手机：138 0013 8000"],
  ["KR", "전화: 02-123-4567"],
  ["KR mob", "휴대폰: 010-1234-5678"],
  ["AU", "Phone: +61 2 9374 4000"],
  ["AU mob", "Mob: 0412 345 678"],
  ["CA", "Tel: +1 (604) 555-0147"],
  ["ZA", "Tel: +27 21 123 4567"],
  ["RU", "Телефон: +7 495 123-45-67"],
  ["RU nat", "Тел.: 8 (495) 123-45-67"],
  ["TR", "Telefon: +90 212 123 45 67"],
  ["IL", "Tel: +972 3-123-4567"],
  ["SG", "Tel: +65 6123 4567"],
  ["HK", "Tel: +852 2123 4567"],
  ["IE", "Ph: +353 1 234 5678"],
  ["PT", "Telefone: +351 21 123 4567"],
  ["NO", "Tlf: +47 22 12 34 56"],
  ["DK", "Tlf.: +45 33 12 34 56"],
  ["FI", "Puh. +358 9 1234 567"],
  ["CZ", "Tel.: +420 212 345 678"],
  ["US ext", "Reach Jane at 415-555-0132 ext. 204."],
  ["inline", "my number is 415 555 0132, call after 5"],
  ["json", '{"phone": "+14155550132"}'],
  ["e164", "whatsapp +447700900123"],
];

describe("phone layouts of 60 countries", () => {
  it.each(LAYOUTS)("%s: %s", (_country, text) => {
    expect(phones(text)).toBe(1);
  });
});

/**
 * A national number with its trunk prefix, written in groups, valid in a configured region:
 * found without a label (a contact list's column, a signature's line), as people write them.
 * Dashed chains longer than three groups are a part number's, and short groups a code's.
 */
describe("trunk-prefixed numbers in groups, without a label", () => {
  it.each([
    ["UK mobile", "| Dana Whitfield | 07400 123456 | Leeds |"],
    ["UK London", "Dana Whitfield, 020 7946 0958, head office"],
    ["DE mobile", "| Jonas Berg | 01512 3456789 | Berlin |"],
    ["JP mobile", "Aiko Tanaka  090-1234-5678  Osaka"],
    ["IN mobile", "Priya Raman, 081234 56789, Pune"],
  ])("%s: %s", (_what, text) => {
    expect(phones(text)).toBe(1);
  });

  it.each([
    ["a part number", "0273-1317-7142-55  motor mount  qty/unit 4  €143.73"],
    ["a short code", "batch 012 345 done"],
    ["a bare digit run", "request 0123456789 took 41 ms"],
  ])("not %s: %s", (_what, text) => {
    expect(phones(text)).toBe(0);
  });
});
