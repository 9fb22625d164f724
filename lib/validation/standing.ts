// Inputs of the office's standing decisions (issue 11): a registration found not to be a suggestion
// (不予立案 / 转为来信), its restoration, and the corrections of merged handling (undo, extend).
import { z } from "zod";
import { NOT_A_SUGGESTION_STATUSES } from "@/lib/workflow/states";
import { id, text, version } from "./common";

/** Why the office decided: always required, shown to the deputy and in the timeline. */
const reason = text(2000).meta({ description: "理由（必填，告知代表并记入办理经过）" });
const expectedVersion = version.optional().meta({ description: "调用者看到的建议版本（Suggestion.version）；与当前版本不符时返回 409" });

/** The standings the office may give a registration: not a suggestion (two ways), or a suggestion again. */
export const STANDINGS = [...NOT_A_SUGGESTION_STATUSES, "SUGGESTION"] as const;

/** POST …/standing: NOT_ACCEPTED (不予立案) or TO_LETTER (转为来信) marks it; SUGGESTION restores it. */
export const standingInput = z.object({
  standing: z.enum(STANDINGS).meta({
    description: "NOT_ACCEPTED 不予立案；TO_LETTER 转为来信（反映个人事项）；SUGGESTION 撤销认定，恢复为待交办的建议",
  }),
  reason,
  expectedVersion,
});

/** One suggestion of a merge correction, with the version the caller saw (409 when changed since). */
const mergeItem = z.object({ suggestionId: id, expectedVersion });

/** Undo a merge: the listed suggestions (all, when left out) leave the group; a group left with one is dissolved. */
export const undoMergeInput = z.object({
  reason,
  items: z.array(mergeItem).min(1).max(500).optional().meta({ description: "退出并案的建议；省略时整组撤销并案" }),
});

/** Extend a merged group as one: these suggestions join it, under the group's lead unit. */
export const extendMergeInput = z.object({ reason, items: z.array(mergeItem).min(1).max(500) });

// The detail page's forms for merge corrections (their fields, not the acts' inputs as they stand).

/** Take this suggestion (or, ticked `whole`, every one) out of its merged group. */
export const undoMergeForm = z.object({ groupId: z.string(), whole: z.boolean().optional(), reason: z.string() });

/** Add suggestions of the group's session by number, one per line (or separated by commas or spaces). */
export const extendMergeForm = z.object({ groupId: z.string(), numbers: z.string(), reason: z.string() });

/** The numbers a clerk typed, in order, each once. */
export const numbersOf = (typed: string): string[] => [...new Set(typed.split(/[\s,，、;；]+/).filter(Boolean))];

/** POST /api/v1/plans: a distribution plan (分办方案) for suggestions already registered, as rows. */
export const planInput = z.object({
  sessionCode: z.string().trim().min(1).max(20).meta({ description: "会议代码，如 14-1" }),
  dryRun: z.boolean().optional().meta({ description: "true 时只校验并预览，不写入" }),
  items: z
    .array(
      z.object({
        number: z.string().max(64).meta({ description: "建议编号" }),
        leadUnit: z.string().max(100).meta({ description: "主办单位：代码、名称或全称" }),
        coUnits: z.array(z.string().max(100)).max(50).optional().meta({ description: "会办单位：代码、名称或全称" }),
      }),
    )
    .min(1)
    .max(20_000),
});
