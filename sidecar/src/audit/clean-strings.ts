/**
 * Argument strings the secret detectors (with one detector set) scanned and found nothing in,
 * remembered so that the same string in a later call's audit record is not scanned again.
 * Agents repeat arguments (a project key, a status, a path, a query run every few minutes);
 * scanning one short string is 2–6 µs, most of an audit record's own CPU.
 *
 * Why this cannot let a secret through:
 *
 * - only clean verdicts are kept, keyed by the exact string (a Map key, not a hash of it), so
 *   a string is answered from here only if the very same text was scanned before and found
 *   clean; the detectors are a pure function of the text, so scanning again would say the
 *   same (a cache hit skips the scan's deadline too, which only ever turns a clean scan into a
 *   masked value: the earlier scan already finished);
 * - a set is per detector set (secrets only, or secrets and PII): one's clean is not the
 *   other's;
 * - what is kept is text the audit record holds in clear anyway.
 *
 * What it costs: a string is admitted on its second sighting, so a workload whose strings
 * are all different keeps none of them alive (they would otherwise outlive a scavenge and be
 * promoted, ~100 bytes per call); sightings are remembered as 32-bit hashes in a small table,
 * where a collision only admits a string early. Entries are bounded in number and length.
 */
import { BoundedMap } from "../limits/bounded-map.js";

/** Strings longer than this are not remembered (a record cuts them at 512 anyway). */
export const MAX_CLEAN_STRING = 256;
/** How many clean strings a set remembers (at most ~0.5 MB of text at the length cap). */
const CAPACITY = 1024;
/** Slots of the sightings table (a power of two). */
const SIGHTINGS = 4096;

/**
 * A bounded set of strings found clean by one detector set.
 *
 * @example
 * ```ts
 * const clean = new CleanStrings();
 * clean.has("Nightly export fails"); // false: scan it
 * clean.scannedClean("Nightly export fails"); // first sighting: only noted
 * clean.scannedClean("Nightly export fails"); // second: remembered
 * clean.has("Nightly export fails"); // true: no need to scan
 * ```
 */
export class CleanStrings {
  readonly #strings = new BoundedMap<string, true>(CAPACITY);
  /** Hashes of strings seen clean once (0: empty slot). */
  readonly #sightings = new Int32Array(SIGHTINGS);

  /** Whether `text` was scanned before and found clean. */
  has(text: string): boolean {
    // A longer one is never kept: no need to hash it (up to 8,192 characters) to learn that.
    return text.length <= MAX_CLEAN_STRING && this.#strings.has(text);
  }

  /** Reports that a scan of `text` found nothing; it is remembered if it was seen before. */
  scannedClean(text: string): void {
    if (text.length > MAX_CLEAN_STRING) return;
    const h = hash(text);
    const slot = h & (SIGHTINGS - 1);
    if (this.#sightings[slot] === h) this.#strings.set(text, true);
    else this.#sightings[slot] = h;
  }
}

/** FNV-1a over the UTF-16 code units, never 0 (the table's empty mark). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}
