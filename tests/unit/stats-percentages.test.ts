import { describe, expect, it } from "vitest";
import { formatPercent, formatRate, largestRemainder, percentagesOf, rateOf } from "@/lib/stats/percentages";

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

describe("largest-remainder percentages", () => {
  it("reproduce the 2022 report: 71/93/13/4 → 39.2/51.4/7.2/2.2", () => {
    expect(largestRemainder([71, 93, 13, 4])).toEqual([39.2, 51.4, 7.2, 2.2]);
  });

  it("break ties in category order: 1/1/1/0 → 33.4/33.3/33.3/0.0", () => {
    const result = largestRemainder([1, 1, 1, 0]);
    expect(result).toEqual([33.4, 33.3, 33.3, 0]);
    expect(sum(result)).toBe(100);
  });

  it("are all 0.0 when nothing is counted", () => {
    expect(largestRemainder([0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(largestRemainder([])).toEqual([]);
  });

  it("give 100.0 to a single category", () => {
    expect(largestRemainder([0, 5, 0, 0])).toEqual([0, 100, 0, 0]);
  });

  it("always add up to exactly 100.0 (exhaustive over small counts)", () => {
    for (let a = 0; a <= 12; a++)
      for (let b = 0; b <= 12; b++)
        for (let c = 0; c <= 12; c++)
          for (const d of [0, 1, 7]) {
            if (a + b + c + d === 0) continue;
            const result = largestRemainder([a, b, c, d]);
            expect(sum(result)).toBe(100);
            result.forEach((p, i) => {
              const exact = (100 * [a, b, c, d][i]) / (a + b + c + d);
              expect(Math.abs(p - exact)).toBeLessThan(0.1 + 1e-9);
              expect(Math.round(p * 10)).toBeCloseTo(p * 10, 9); // one decimal
            });
          }
  });

  it("give the extra tenth to the larger remainder before category order", () => {
    // 1/6 = 16.666…, 2/6 = 33.333…, 3/6 = 50: floors 16.6 + 33.3 + 50.0 = 99.9; A's remainder is larger.
    expect(largestRemainder([1, 2, 3, 0])).toEqual([16.7, 33.3, 50, 0]);
    // six equal remainders with four tenths missing: the first four in order get them.
    const sixths = largestRemainder([1, 1, 1, 1, 1, 1, 0]);
    expect(sixths).toEqual([16.7, 16.7, 16.7, 16.7, 16.6, 16.6, 0]);
    expect(sum(sixths)).toBe(100);
  });

  it("reject counts that are not non-negative integers", () => {
    expect(() => largestRemainder([1, -1])).toThrow(RangeError);
    expect(() => largestRemainder([1.5])).toThrow(RangeError);
  });

  it("keep the keys of a record", () => {
    expect(percentagesOf({ A: 1, B: 1, C: 1, D: 0 })).toEqual({ A: 33.4, B: 33.3, C: 33.3, D: 0 });
  });
});

describe("rates", () => {
  it("are fractions with three decimals (one-decimal percentages), null without a denominator", () => {
    expect(rateOf(2, 3)).toBe(0.667);
    expect(rateOf(1, 8)).toBe(0.125);
    expect(rateOf(0, 5)).toBe(0);
    expect(rateOf(5, 5)).toBe(1);
    expect(rateOf(0, 0)).toBeNull();
    expect(formatRate(rateOf(2, 3))).toBe("66.7");
    expect(formatRate(rateOf(1, 8))).toBe("12.5");
    expect(formatRate(1)).toBe("100.0");
    expect(formatRate(null)).toBe("—");
  });

  it("format with one decimal or a dash", () => {
    expect(formatPercent(7.2)).toBe("7.2");
    expect(formatPercent(0)).toBe("0.0");
    expect(formatPercent(100)).toBe("100.0");
    expect(formatPercent(null)).toBe("—");
  });
});
