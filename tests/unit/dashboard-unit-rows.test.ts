// The dashboard shows every unit of a province and the first 60 of a longer list, in the order chosen
// (lib/reports/stats-page.ts); the report and the export keep every row.
import { describe, expect, it } from "vitest";
import { DASHBOARD_UNIT_ROWS, dashboardUnitRows } from "@/lib/reports/stats-page";

const units = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `U${n - i}` }));

describe("the dashboard's unit rows", () => {
  it("are all of Jilin's 53 units", () => {
    expect(dashboardUnitRows(units(53))).toEqual({ shown: units(53), total: 53 });
  });

  it("are the first 60 of 1,500 in the sorted order, with the total for the link to the full table", () => {
    const rows = units(1500);
    const { shown, total } = dashboardUnitRows(rows);
    expect(DASHBOARD_UNIT_ROWS).toBe(60);
    expect(shown).toEqual(rows.slice(0, 60));
    expect(shown[0]).toEqual({ code: "U1500" });
    expect(total).toBe(1500);
  });
});
