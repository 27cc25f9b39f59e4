/**
 * In-place ascending sort of the first values of a reused typed array, for the lists a scan
 * builds per string (channels hit, signals to try): short for most strings, where an
 * insertion sort beats the typed array's own sort and its view.
 */

/** Lists up to this long are sorted by insertion. */
const INSERTION_MAX = 48;

/**
 * Sorts `values[0 .. n)` ascending, in place.
 *
 * @example
 * ```ts
 * const v = new Int32Array([3, 1, 2, 9]);
 * sortInts(v, 3); // v is [1, 2, 3, 9]
 * ```
 */
export function sortInts(values: Int32Array, n: number): void {
  if (n > INSERTION_MAX) {
    values.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}
