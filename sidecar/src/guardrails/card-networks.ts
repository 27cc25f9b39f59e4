/**
 * Whether a digit string has the issuer prefix and the length of a payment card that some
 * network issues. One random digit run in ten passes the Luhn check; a network's prefix with
 * one of its lengths is what makes a Luhn-valid run a card number rather than an order number,
 * a device's IMEI (15 digits, most starting 35 — a JCB prefix, but JCB numbers have 16 to 19
 * digits) or a tracking number. Prefixes and lengths are the networks' published ranges (ISO/IEC
 * 7812 issuer identification numbers, as card-brand documentation and test-card lists give them).
 */

/** The first `n` digits of `d` as a number. */
const prefix = (d: string, n: number): number => Number(d.slice(0, n));

/**
 * Whether `digits` (13–19 digits, no separators) can be a card number by issuer and length;
 * 13 digits only as Visa's old series.
 *
 * @example
 * ```ts
 * cardPrefixAndLength("4111111111111111"); // true: Visa, 16 digits
 * cardPrefixAndLength("356938035643809"); // false: an IMEI (JCB numbers have 16–19 digits)
 * ```
 */
export function cardPrefixAndLength(digits: string): boolean {
  const n = digits.length;
  switch (digits.charCodeAt(0) - 48) {
    case 1: // UATP
      return n === 15;
    case 2: {
      const p4 = prefix(digits, 4);
      if (p4 >= 2221 && p4 <= 2720) return n === 16; // Mastercard 2-series
      if (p4 >= 2200 && p4 <= 2204) return n >= 16; // Mir
      return (p4 === 2014 || p4 === 2149) && n === 15; // Diners enRoute
    }
    case 3: {
      const p2 = prefix(digits, 2);
      const p4 = prefix(digits, 4);
      if (p2 === 34 || p2 === 37) return n === 15; // American Express
      if (p4 >= 3528 && p4 <= 3589) return n >= 16; // JCB
      const p3 = prefix(digits, 3);
      // Diners Club: 300–305, 3095, 36, 38, 39.
      return ((p3 >= 300 && p3 <= 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14;
    }
    case 4: // Visa
      return n === 13 || n === 16 || n === 19;
    case 5: {
      const p2 = prefix(digits, 2);
      if (p2 >= 51 && p2 <= 55) return n === 16; // Mastercard
      return n >= 14; // Maestro (50, 56–59; 12–19 digits, but 12 and 13 only in old series)
    }
    case 6: // Discover, UnionPay, RuPay (16–19), Maestro (as above)
      return n >= 14;
    default:
      return false;
  }
}
