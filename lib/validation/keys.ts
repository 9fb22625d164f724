// Inputs of key suggestions led by provincial leaders (领导领办): the office assigning (or removing) the leader,
// and the lead unit's progress reports (汇报) to that leader. Shared by the forms, the actions and the API.
import { z } from "zod";
import { calendarDate, id, optionalText, text, version } from "./common";

/**
 * key true: the suggestion is key and led by `leaderId` (a LEADER user); key false: no longer key. A change
 * of leader is an assignment to the other leader. The reason is kept in the audit event.
 */
export const assignKeyInput = z
  .object({
    key: z.boolean().meta({ description: "true：列为重点建议并交由 leaderId 领办；false：取消领办" }),
    leaderId: id.optional().meta({ description: "领办的省政府领导（LEADER 用户的 id）；key 为 true 时必填" }),
    reason: optionalText(2000).meta({ description: "说明（记入审计记录）" }),
    expectedVersion: version.optional().meta({ description: "调用者看到的建议版本（Suggestion.version）；与当前版本不符时返回 409" }),
  })
  .superRefine((v, ctx) => {
    if (v.key && !v.leaderId) ctx.addIssue({ code: "custom", path: ["leaderId"], message: "errors.field.required" });
  });

/** A progress report (汇报) of the lead unit to the leader: what was done, as of which day. */
export const progressReportInput = z.object({
  text: text(5000).meta({ description: "汇报内容" }),
  reportedOn: calendarDate.meta({ description: "汇报日期（YYYY-MM-DD，中国日期）" }),
});

/** GET /api/v1/key-suggestions: a session (code) and, for the office, one leader. */
export const keySuggestionsQuery = z.object({
  session: z.string().trim().min(1).max(100).optional().meta({ description: "会议代码，如 14-1；省略时为全部会议" }),
  leaderId: id.optional().meta({ description: "仅该领导领办的（OFFICE、ADMIN 可用；LEADER 总是只见本人的）" }),
});
