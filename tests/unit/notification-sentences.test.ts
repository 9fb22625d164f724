// Every kind of notification reads as a sentence in both languages: the suggestion, the facts of the moment,
// never a catalogue key or an unfilled {placeholder}.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/catalogue";
import { RENDERED_KINDS, notificationSentence } from "@/lib/notifications/sentence";

const suggestion = { id: "s1", number: "0042", title: "关于加快乡村学校建设的建议" };
const base = { number: "0042", title: suggestion.title };

/** The params each kind is written with (lib/workflow, lib/import, lib/jobs/reminders), with their variants. */
const CASES: { kind: string; params: Record<string, unknown>; expect?: Record<"zh-CN" | "en", string> }[] = [
  {
    kind: "assignment.new",
    params: { ...base, role: "LEAD", dueAt: "2026-11-30T16:00:00.000Z" },
    expect: { "zh-CN": "主办", en: "to lead" },
  },
  {
    kind: "assignment.new",
    params: { ...base, role: "CO", dueAt: "2026-11-30T16:00:00.000Z" },
    expect: { "zh-CN": "会办", en: "co-handle" },
  },
  { kind: "assignment.batch", params: { count: 12 }, expect: { "zh-CN": "12 件", en: "12 suggestions" } },
  { kind: "assignment.ended", params: base },
  { kind: "opinion.received", params: { ...base, unit: "省财政厅" }, expect: { "zh-CN": "省财政厅", en: "省财政厅" } },
  { kind: "reply.review", params: { ...base, replyId: "r1" } },
  { kind: "reply.returned", params: { ...base, replyId: "r1" } },
  { kind: "reply.signed", params: { ...base, replyId: "r1" } },
  {
    kind: "feedback.received",
    params: { ...base, rating: "BASICALLY_SATISFIED" },
    expect: { "zh-CN": "基本满意", en: "Basically satisfied" },
  },
  { kind: "reassignment.requested", params: { ...base, unit: "省教育厅" } },
  { kind: "reassignment.decided", params: { ...base, approved: true }, expect: { "zh-CN": "已获同意", en: "approved" } },
  { kind: "reassignment.decided", params: { ...base, approved: false }, expect: { "zh-CN": "未获同意", en: "rejected" } },
  { kind: "extension.requested", params: { ...base, unit: "省教育厅" } },
  {
    kind: "extension.decided",
    params: { ...base, approved: true, dueAt: "2026-12-31T16:00:00.000Z" },
    expect: { "zh-CN": "2027-01-01", en: "2027-01-01" },
  },
  { kind: "extension.decided", params: { ...base, approved: false, dueAt: "2026-12-31T16:00:00.000Z" } },
  { kind: "supervision.notice", params: { ...base, deadline: null } },
  {
    kind: "supervision.notice",
    params: { ...base, deadline: "2026-12-09T16:00:00.000Z" },
    expect: { "zh-CN": "2026-12-10", en: "2026-12-10" },
  },
  { kind: "supervision.instruction", params: base },
  { kind: "suggestion.withdrawn", params: base },
  { kind: "key.assigned", params: base, expect: { "zh-CN": "领办重点建议", en: "lead key suggestion" } },
  { kind: "key.report", params: { ...base, unit: "省财政厅" }, expect: { "zh-CN": "省财政厅汇报", en: "省财政厅 reported progress" } },
  {
    kind: "suggestion.corrected",
    params: { ...base, reason: "wrong deputy" },
    expect: { "zh-CN": "理由：wrong deputy", en: "Reason: wrong deputy" },
  },
  // The office's reason is what a user wrote: given in English here, so the English sentence is all English.
  {
    kind: "suggestion.notASuggestion",
    params: { ...base, status: "NOT_ACCEPTED", reason: "a court case" },
    expect: { "zh-CN": "不予立案。理由：a court case", en: "not accepted as a suggestion. Reason: a court case" },
  },
  {
    kind: "suggestion.notASuggestion",
    params: { ...base, status: "TO_LETTER", reason: "a personal matter" },
    expect: { "zh-CN": "转为来信办理", en: "handled as a letter" },
  },
  {
    kind: "suggestion.restored",
    params: { ...base, reason: "on review" },
    expect: { "zh-CN": "理由：on review", en: "Reason: on review" },
  },
  // The reminder job builds params in SQL: a timestamp without a zone, which is UTC.
  {
    kind: "reminder.dueSoon",
    params: { ...base, dueAt: "2026-12-01T16:00:00", role: "LEAD" },
    expect: { "zh-CN": "2026-12-02", en: "2026-12-02" },
  },
  { kind: "reminder.overdue", params: { ...base, dueAt: "2026-12-01T16:00:00", role: "CO" } },
];

describe("notification sentences", () => {
  it("cover every kind the product writes", () => {
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(RENDERED_KINDS));
  });

  for (const locale of ["zh-CN", "en"] as const) {
    const t = translatorFor(locale);
    for (const c of CASES) {
      it(`${locale}: ${c.kind} ${JSON.stringify(c.params.role ?? c.params.approved ?? "")} is a sentence`, () => {
        const withSuggestion = c.kind === "assignment.batch" ? null : suggestion;
        const { text, href } = notificationSentence(t, { kind: c.kind, params: c.params, suggestion: withSuggestion });
        expect(text).not.toContain(c.kind);
        expect(text).not.toMatch(/common\.|domain\.|\{\w+\}|—/);
        // English apart from what users wrote (the title, a unit's name).
        if (locale === "en") expect(text.replace(suggestion.title, "").replace(/省\S+厅/, "")).not.toMatch(/[\u4e00-\u9fff]/);
        if (withSuggestion) {
          expect(text).toContain("0042");
          expect(text).toContain(suggestion.title);
          expect(href).toMatch(/^\/suggestions\/s1/);
        } else {
          expect(href).toBe("/inbox");
        }
        if (c.expect) expect(text).toContain(c.expect[locale]);
      });
    }
  }

  it("reads an unknown kind as a generic sentence, not a key", () => {
    const { text } = notificationSentence(translatorFor("en"), { kind: "something.else", params: null, suggestion: null });
    expect(text).toBe("You have a new message.");
  });

  it("names the suggestion as it is now", () => {
    const { text } = notificationSentence(translatorFor("zh-CN"), {
      kind: "reply.review",
      params: { number: "1", title: "旧标题" },
      suggestion,
    });
    expect(text).toContain(suggestion.title);
    expect(text).not.toContain("旧标题");
  });
});
