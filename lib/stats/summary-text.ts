// The generated summary paragraph in the style of the annual report's first paragraph (SPEC §4):
// "共收到代表建议181件，分别交由46个部门(单位)和7个市(州)政府承办，目前已全部办结。代表建议涉及问题得到
// 解决或基本解决的占39.2%；…". Pure: built from catalogue messages (stats.summary.*) with parameters.
import type { Translate } from "@/lib/i18n/catalogue";
import { formatPercent, formatRate } from "./percentages";
import type { SessionStats } from "./summary";

/** "A和B", "A、B和C" (zh-CN) or "A and B", "A, B and C" (en). */
function joinList(parts: string[], t: Translate): string {
  if (parts.length <= 1) return parts.join("");
  const head = parts.slice(0, -1).join(t("stats.summary.listSeparator"));
  return `${head}${t("stats.summary.listLast")}${parts[parts.length - 1]}`;
}

export type SummaryInput = Pick<SessionStats, "total" | "replied" | "closed" | "overdue" | "units" | "categories" | "satisfaction">;

export function buildSummaryText(stats: SummaryInput, t: Translate): string {
  if (stats.total === 0) return t("stats.summary.empty");
  const { units } = stats;
  const others = units.total - units.departments - units.cities;
  const unitParts = [
    units.departments > 0 ? t("stats.summary.departments", { count: units.departments }) : null,
    units.cities > 0 ? t("stats.summary.cities", { count: units.cities }) : null,
    others > 0 ? t("stats.summary.others", { count: others }) : null,
  ].filter((part): part is string => part !== null);

  let text = t("stats.summary.received", { total: stats.total });
  if (unitParts.length > 0) text += t("stats.summary.handledBy", { units: joinList(unitParts, t) });

  if (stats.closed === stats.total) text += t("stats.summary.allClosed");
  else if (stats.replied === stats.total) text += t("stats.summary.allReplied", { closed: stats.closed });
  else if (stats.overdue > 0) {
    text += t("stats.summary.progressOverdue", { replied: stats.replied, closed: stats.closed, overdue: stats.overdue });
  } else text += t("stats.summary.progress", { replied: stats.replied, closed: stats.closed });

  if (stats.replied > 0) {
    const c = stats.categories;
    const params = {
      replied: stats.replied,
      A: formatPercent(c.A.percent),
      B: formatPercent(c.B.percent),
      C: formatPercent(c.C.percent),
      D: formatPercent(c.D.percent),
    };
    text += t(stats.replied === stats.total ? "stats.summary.outcome" : "stats.summary.outcomePartial", params);
  }

  if (stats.satisfaction.rate !== null) {
    text += t("stats.summary.satisfaction", { rate: formatRate(stats.satisfaction.rate) });
  }
  return text.trim();
}
