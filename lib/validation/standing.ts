// Inputs of the office's standing decisions (issue 11): a registration found not to be a suggestion
// (不予立案 / 转为来信), its restoration, and the corrections of merged handling (undo, extend).
import { z } from "zod";
import { id, text, version } from "./common";

/** Why the office decided: always required, shown to the deputy and in the timeline. */
const reason = text(2000).meta({ description: "理由（必填，告知代表并记入办理经过）" });
const expectedVersion = version.optional().meta({ description: "调用者看到的建议版本（Suggestion.version）；与当前版本不符时返回 409" });

/** The two ways a registration is not a suggestion. */
export const NOT_A_SUGGESTION_KINDS = ["NOT_ACCEPTED", "TO_LETTER"] as const;

/** POST …/standing: `kind` marks it (不予立案 / 转为来信); `restore` brings it back as a suggestion. */
export const standingInput = z
  .object({
    action: z.enum(["mark", "restore"]).meta({ description: "mark：认定不是建议；restore：撤销认定，恢复为建议（待交办）" }),
    kind: z.enum(NOT_A_SUGGESTION_KINDS).optional().meta({ description: "mark 时必填：NOT_ACCEPTED 不予立案，TO_LETTER 转为来信" }),
    reason,
    expectedVersion,
  })
  .superRefine((v, ctx) => {
    if (v.action === "mark" && !v.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "errors.field.required" });
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
