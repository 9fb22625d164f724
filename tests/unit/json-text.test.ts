import { describe, expect, it } from "vitest";
import { readJsonRecords, readJsonText, toJsonRecords, toJsonText, type JsonText } from "@/lib/json-text";
import type { UnitRow } from "@/lib/stats/unit-table";

const row: UnitRow = {
  unitId: "u1",
  code: "EDU",
  name: "省教育厅",
  kind: "DEPARTMENT",
  lead: 3,
  co: 1,
  replied: 2,
  signed: 2,
  onTime: 1,
  onTimeRate: 0.5,
  overdue: 0,
  overdueLead: 0,
  overdueCo: 0,
  categories: { A: 1, B: 1, C: 0, D: 0 },
  feedback: 0,
  satisfactionRate: null,
  avgDaysToReply: null,
};

describe("JSON text props", () => {
  it("give back what they were made from, nulls, Chinese and optional fields included", () => {
    const text: JsonText<UnitRow[]> = toJsonText([row]);
    expect(typeof text).toBe("string");
    expect(readJsonText(text)).toEqual([row]);
    const withOptional: { a: number; b?: string }[] = [{ a: 1 }, { a: 2, b: "二" }];
    expect(readJsonText(toJsonText(withOptional))).toEqual(withOptional);
  });

  it("are one string however long the list, so the page's payload carries one value", () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ ...row, unitId: `u${i}` }));
    const text = toJsonText(rows);
    expect(text.startsWith("[")).toBe(true);
    expect(readJsonText(text)).toHaveLength(150);
  });

  it("refuse, when compiling, what JSON would change: a Date would come back as a string", () => {
    // @ts-expect-error a Date is not JSON: the client would get a string where the type says Date
    const dated = toJsonText([{ at: new Date("2026-01-01T00:00:00Z") }]);
    expect(readJsonText(dated)).toEqual([{ at: "2026-01-01T00:00:00.000Z" }]);
    // @ts-expect-error a function is not JSON
    toJsonText({ run: () => 1 });
  });
});

describe("JSON records", () => {
  it("name each key once and give the rows back as they were", () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ ...row, unitId: `u${i}`, avgDaysToReply: i % 2 ? null : i }));
    const text = toJsonRecords(rows);
    expect(text.split('"onTimeRate"')).toHaveLength(2);
    expect(readJsonRecords(text)).toEqual(rows);
    expect(text.length).toBeLessThan(JSON.stringify(rows).length * 0.6);
    expect(readJsonRecords(toJsonRecords([]))).toEqual([]);
  });

  it("write a list whose rows differ in shape whole, so nothing is dropped or turned into null", () => {
    const rows: { a: number; b?: string }[] = [{ a: 1 }, { a: 2, b: "二" }, { a: 3, b: undefined }];
    const back = readJsonRecords(toJsonRecords(rows));
    expect(back).toEqual([{ a: 1 }, { a: 2, b: "二" }, { a: 3 }]);
    expect(back[2]).not.toHaveProperty("b");
  });
});
