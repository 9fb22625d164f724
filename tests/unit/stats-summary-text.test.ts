import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/catalogue";
import { largestRemainder } from "@/lib/stats/percentages";
import { buildSummaryText, type SummaryInput } from "@/lib/stats/summary-text";

function input(partial: Partial<SummaryInput> & { counts?: [number, number, number, number] }): SummaryInput {
  const counts = partial.counts ?? [71, 93, 13, 4];
  const percents = largestRemainder(counts);
  const categories = Object.fromEntries(
    (["A", "B", "C", "D"] as const).map((k, i) => [k, { count: counts[i], percent: percents[i] }]),
  ) as SummaryInput["categories"];
  return {
    total: 181,
    replied: 181,
    closed: 181,
    overdue: 0,
    units: { total: 53, departments: 46, cities: 7 },
    categories,
    satisfaction: { satisfied: 150, basicallySatisfied: 31, dissatisfied: 0, rate: null },
    ...partial,
  };
}

describe("summary paragraph", () => {
  const zh = translatorFor("zh-CN");
  const en = translatorFor("en");

  it("reads like the 2022 report", () => {
    expect(buildSummaryText(input({}), zh)).toBe(
      "共收到代表建议181件，分别交由46个部门(单位)和7个市(州)政府承办，目前已全部办结。" +
        "代表建议涉及问题得到解决或基本解决的占39.2%；正在解决或已列入计划逐步解决的占51.4%；" +
        "因条件限制需待条件成熟后解决的占7.2%；作为工作参考的占2.2%。",
    );
  });

  it("adds the satisfaction rate when there is feedback", () => {
    const text = buildSummaryText(input({ satisfaction: { satisfied: 1, basicallySatisfied: 0, dissatisfied: 0, rate: 1 } }), zh);
    expect(text.endsWith("从反馈情况看，代表对办理工作表示满意或基本满意的占100.0%。")).toBe(true);
  });

  it("describes a session in progress", () => {
    const text = buildSummaryText(
      input({ total: 40, replied: 10, closed: 4, overdue: 3, units: { total: 6, departments: 4, cities: 1 }, counts: [1, 1, 1, 0] }),
      zh,
    );
    expect(text).toBe(
      "共收到代表建议40件，分别交由4个部门(单位)、1个市(州)政府和1个其他单位承办，目前已答复10件，已办结4件，逾期未答复3件。" +
        "在已答复的10件中，代表建议涉及问题得到解决或基本解决的占33.4%；正在解决或已列入计划逐步解决的占33.3%；" +
        "因条件限制需待条件成熟后解决的占33.3%；作为工作参考的占0.0%。",
    );
  });

  it("leaves out the outcome before any reply, and the units before any assignment", () => {
    const text = buildSummaryText(
      input({ total: 5, replied: 0, closed: 0, units: { total: 0, departments: 0, cities: 0 }, counts: [0, 0, 0, 0] }),
      zh,
    );
    expect(text).toBe("共收到代表建议5件，目前已答复0件，已办结0件。");
    expect(buildSummaryText(input({ total: 0 }), zh)).toBe("本次会议尚未收到代表建议。");
  });

  it("is available in English", () => {
    expect(buildSummaryText(input({}), en)).toBe(
      "181 suggestions were received and handled by 46 departments (units) and 7 city (prefecture) governments; all have been closed. " +
        "The problems raised were resolved or basically resolved in 39.2%; are being resolved or planned in 51.4%; " +
        "are deferred until conditions allow in 7.2%; and were kept for reference in 2.2%.",
    );
  });
});
