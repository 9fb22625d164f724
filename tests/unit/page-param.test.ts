// The page number every paged page reads from its URL (lib/validation/common.ts): a link someone typed wrong or
// cut short shows the first page rather than an error page or a database error for an absurd OFFSET.
import { describe, expect, it } from "vitest";
import { flagParam, pageParam } from "@/lib/validation/common";
import { listPageQuery } from "@/lib/validation/list-query";

describe("pageParam", () => {
  it("keeps a whole page number from 1 to 1,000,000", () => {
    expect(pageParam.parse("1")).toBe(1);
    expect(pageParam.parse("37")).toBe(37);
    expect(pageParam.parse("1000000")).toBe(1_000_000);
  });

  it("reads anything else as the first page", () => {
    for (const bad of [undefined, "", "0", "-3", "2.5", "abc", "1000001", "9007199254740993", ["2", "3"]]) {
      expect(pageParam.parse(bad), String(bad)).toBe(1);
    }
  });

  it("is the suggestion list's page too", () => {
    expect(listPageQuery.parse({ page: "4" }).page).toBe(4);
    expect(listPageQuery.parse({ page: "x" }).page).toBe(1);
  });
});

describe("flagParam", () => {
  it('is on for "1" only (the suggestion page\'s ?correct=1)', () => {
    expect(flagParam.parse("1")).toBe(true);
    for (const other of [undefined, "", "0", "true", "yes", "11", ["1", "1"], ["1"]])
      expect(flagParam.parse(other), String(other)).toBe(false);
  });
});
