// Pure arithmetic of the statistics: percentages with one decimal, rounded by the largest-remainder
// method so that a distribution always adds up to exactly 100.0 (SPEC §4).

/** Tenths of a percent in the whole: 100.0 % = 1000 tenths. */
const WHOLE = 1000;

/**
 * Percentages (one decimal) of each count in the total of the counts, by the largest-remainder method:
 * every share is first rounded down to a tenth of a percent, then the tenths still missing go one each
 * to the shares with the largest remainders; equal remainders go in the order of the counts (for the
 * outcome categories: A, B, C, D). The result adds up to exactly 100.0, or is all 0.0 when every count is 0.
 */
export function largestRemainder(counts: readonly number[]): number[] {
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`counts must be non-negative integers: ${c}`);
  }
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return counts.map(() => 0);
  // Integer arithmetic throughout: share_i = c_i × 1000 / total tenths = floor + remainder / total.
  const floors = counts.map((c) => Math.floor((c * WHOLE) / total));
  const remainders = counts.map((c) => (c * WHOLE) % total);
  let missing = WHOLE - floors.reduce((sum, f) => sum + f, 0);
  const order = counts.map((_, index) => index).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (const index of order) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return floors.map((tenths) => tenths / 10);
}

/** Largest-remainder percentages of a record of counts, keeping its keys and their order. */
export function percentagesOf<K extends string>(counts: Record<K, number>): Record<K, number> {
  const keys = Object.keys(counts) as K[];
  const percents = largestRemainder(keys.map((k) => counts[k]));
  return Object.fromEntries(keys.map((k, i) => [k, percents[i]])) as Record<K, number>;
}

/**
 * A rate as a fraction in [0, 1], rounded to three decimals (one decimal as a percentage, half up), or
 * null when the denominator is 0 (nothing to rate: the UI shows "—"). 2 of 3 → 0.667 (66.7 %).
 */
export function rateOf(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator * WHOLE) / denominator) / WHOLE;
}

/** A percentage (0–100) for display: always one decimal, "—" when there is none. */
export function formatPercent(value: number | null): string {
  return value === null ? "—" : value.toFixed(1);
}

/** A rate (fraction, as from rateOf) as a percentage for display: "66.7", or "—" when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : (Math.round(rate * WHOLE) / 10).toFixed(1);
}
