// The audit log in words (issue 11): an act as the suggestion timeline names it (suggestions.events.*) or as
// the administration does (admin.audit.events.*), and its record as a person would name it.
import type { RecordLabel } from "@/lib/data/audit-records";
import type { Translate } from "@/lib/i18n/catalogue";

/** "签发答复"; an act without words yet shows its code rather than a missing key. */
export function actionWords(action: string, t: Translate): string {
  for (const key of [`suggestions.events.${action}`, `admin.audit.events.${action}`]) {
    const words = t(key);
    if (words !== key) return words;
  }
  return action;
}

/** "第 123 号建议《…》", "用户 zhang（张三）", "承办单位 省教育厅"… */
export function recordWords(record: RecordLabel, t: Translate): string {
  switch (record.kind) {
    case "suggestion":
      return t("admin.audit.record.suggestion", { session: record.session, number: record.number, title: record.title });
    case "user":
      return t("admin.audit.record.user", { username: record.username, name: record.name });
    case "unit":
      return t("admin.audit.record.unit", { name: record.name });
    case "deputy":
      return t("admin.audit.record.deputy", { name: record.name, delegation: record.delegation });
    case "session":
      return t("admin.audit.record.session", { name: record.name });
    case "token":
      return t("admin.audit.record.token", { name: record.name });
    default: {
      const entity = t(`admin.audit.entities.${record.entity}`);
      return `${entity.startsWith("admin.audit.") ? record.entity : entity} ${record.id.slice(0, 8)}`;
    }
  }
}
