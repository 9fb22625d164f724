// The form → action → workflow contract: each panel's controls are named after its act's schema (so the
// action, which reads the form through that schema, finds every field), and readForm turns what a browser
// sends into the schema's input. A panel with a misspelt or renamed field fails here, and in tsc.
import { readFileSync, readdirSync } from "node:fs";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { translatorFor } from "@/lib/i18n/catalogue";
import { toJsonRecords } from "@/lib/json-text";
import { I18nProvider } from "@/lib/i18n/client";
import { fieldsOf, readForm, rowFieldsOf } from "@/lib/validation/form";
import { followUpForm, targetForm } from "@/lib/validation/forms";
import * as h from "@/lib/validation/handling";
import type { InputOf } from "@/lib/validation/parse";
import { assignInput } from "@/lib/validation/suggestions";
import { FeedbackPanel, WithdrawPanel } from "@/components/workflow/deputy-panels";
import { FollowUpPanel, ReclassifyPanel } from "@/components/workflow/follow-up-panels";
import { AssignPanel, DecideRequestPanel, LeaderPanel, SupervisionPanel } from "@/components/workflow/office-panels";
import { ReplyEditor, ReviewPanel, SubmitReplyPanel } from "@/components/workflow/reply-panels";
import type { FormAction } from "@/components/workflow/suggestion-actions";
import { CorrectionSection } from "@/components/workflow/correction-panels";
import { correctSuggestionInput, correctUnitsInput } from "@/lib/validation/corrections";
import { CommunicationPanel, ExtensionRequestPanel, OpinionPanel, ReassignmentRequestPanel } from "@/components/workflow/unit-panels";
import { AssignKeyLeaderPanel, KeyProgressReportPanel } from "@/components/keys/key-panels";
import { assignKeyInput, progressReportInput } from "@/lib/validation/keys";
import { MergeCorrectionPanel, StandingPanel } from "@/components/workflow/standing-panels";
import { extendMergeForm, standingInput, undoMergeForm } from "@/lib/validation/standing";
import { EditDeputy, EditSession } from "@/components/admin/edit-records";
import { EditUnit } from "@/components/admin/edit-unit";
import { EditUser } from "@/components/admin/edit-user";
import * as adm from "@/lib/validation/admin-edits";

const t = translatorFor("zh-CN");
// Panels get their server actions as props (components never import app/); rendering needs none to run.
const action: FormAction = async () => ({ ok: true });
const actions = { action, signAction: action, returnAction: action, instructionAction: action, markKeyAction: action };
const ids = { suggestionId: "s1", replyId: "r1", requestId: "q1", version: 3, t, ...actions };
const units = [{ code: "JY", name: "省教育厅" }];
const unitChoices = toJsonRecords(units);
const draft = { id: "r1", version: 2, category: "B", text: "答复", commitments: [{ text: "年底前完成", dueAt: "2026-12-31" }] };
const commitments = [{ id: "c1", text: "年底前完成", dueAt: new Date("2026-12-31T00:00:00+08:00"), doneAt: null }];

const adminDeputy = { id: "d1", name: "张三", delegation: "长春代表团", code: null, phone: null, version: 1, ledCount: 0 };
const adminUser = {
  id: "u1",
  username: "zhang",
  name: "张三",
  role: "DEPUTY" as const,
  active: true,
  phone: null,
  version: 1,
  unit: null,
  deputy: adminDeputy,
};
const adminUnit = {
  id: "n1",
  code: "JY",
  name: "省教育厅",
  kind: "DEPARTMENT" as const,
  active: true,
  docPrefix: null,
  version: 1,
  formerNames: [],
  userCount: 0,
};
const adminSession = {
  id: "e1",
  code: "14-1",
  name: "十四届一次",
  year: 2023,
  replyDays: 90,
  version: 1,
  createdAt: new Date(0),
  suggestionCount: 0,
};

type Schema = z.ZodObject<z.core.$ZodShape>;
const PANELS: [string, ReactElement, Schema[]][] = [
  ["communication", createElement(CommunicationPanel, ids), [h.communicationInput]],
  ["opinion", createElement(OpinionPanel, ids), [h.opinionInput]],
  ["reassignment request", createElement(ReassignmentRequestPanel, ids), [h.reassignmentRequestInput]],
  ["extension request", createElement(ExtensionRequestPanel, ids), [h.extensionRequestInput]],
  ["reply editor", createElement(ReplyEditor, { ...ids, draft }), [h.replyInput]],
  ["submit reply", createElement(SubmitReplyPanel, ids), [h.submitReplyInput]],
  ["review", createElement(ReviewPanel, { ...ids, confidential: false }), [h.signReplyInput, h.returnReplyInput]],
  ["feedback", createElement(FeedbackPanel, ids), [h.feedbackInput]],
  ["withdraw", createElement(WithdrawPanel, ids), []],
  ["follow-up", createElement(FollowUpPanel, { ...ids, commitments }), [followUpForm]],
  ["reclassify", createElement(ReclassifyPanel, { ...ids, current: "B" }), [h.reclassifyInput]],
  ["assign", createElement(AssignPanel, { ...ids, units: unitChoices, replyDays: 90, urgent: false }), [assignInput]],
  ["supervision", createElement(SupervisionPanel, { ...ids, units }), [h.supervisionInput]],
  [
    "decide reassignment",
    createElement(DecideRequestPanel, { ...ids, kind: "reassignment", units: unitChoices }),
    [h.reassignmentDecisionInput],
  ],
  ["decide extension", createElement(DecideRequestPanel, { ...ids, kind: "extension", units: unitChoices }), [h.extensionDecisionInput]],
  ["leader", createElement(LeaderPanel, { ...ids, isKey: false }), [h.instructionInput, h.markKeyInput]],
  [
    "key leader",
    createElement(AssignKeyLeaderPanel, { ...ids, leaders: [{ id: "u1", name: "省长" }], currentLeaderId: null, isKey: true }),
    [assignKeyInput],
  ],
  ["key report", createElement(KeyProgressReportPanel, { ...ids, today: "2026-12-01" }), [progressReportInput]],
  [
    "corrections",
    createElement(CorrectionSection, {
      actions: { correctFactsAction: action, correctUnitsAction: action },
      target: {
        id: "s1",
        version: 3,
        title: "标题",
        content: "内容",
        field: "教育",
        urgent: false,
        confidential: false,
        leadDeputy: { id: "d1", name: "张代表", delegation: "长春代表团" },
        coSigners: [{ id: "d2", name: "李代表", delegation: "长春代表团" }],
        handling: { leadUnitCode: "JY", coUnitCodes: [], dueAt: new Date("2026-12-31T00:00:00+08:00") },
      },
      units,
      fields: ["教育"],
      t,
    }),
    [correctSuggestionInput, correctUnitsInput],
  ],
  ["standing", createElement(StandingPanel, { ...ids, marked: false }), [standingInput]],
  ["restore standing", createElement(StandingPanel, { ...ids, marked: true }), [standingInput]],
  [
    "merge corrections",
    createElement(MergeCorrectionPanel, { ...ids, groupId: "g1", undoAction: action, extendAction: action }),
    [undoMergeForm, extendMergeForm],
  ],
  // The administration edits (issue 11).
  ["edit user", createElement(EditUser, { user: adminUser, units, action, t }), [adm.updateUserInput, adm.adminEditForm]],
  [
    "edit unit",
    createElement(EditUnit, { unit: adminUnit, edit: action, setActive: action, t }),
    [adm.updateUnitInput, adm.adminEditForm, adm.unitActiveForm],
  ],
  ["edit session", createElement(EditSession, { session: adminSession, action, t }), [adm.updateSessionInput, adm.adminEditForm]],
  ["edit deputy", createElement(EditDeputy, { deputy: adminDeputy, action, t }), [adm.updateDeputyInput, adm.adminEditForm]],
];

/** The names of the controls a panel renders; a row field's index is written N. */
function namesOf(element: ReactElement): Set<string> {
  // eslint-disable-next-line react/no-children-prop -- a .ts file has no JSX, and the provider's props require children
  const html = renderToStaticMarkup(createElement(I18nProvider, { locale: "zh-CN", children: element }));
  return new Set([...html.matchAll(/\sname="([^"]+)"/g)].map((m) => m[1]!.replace(/\.\d+\./, ".N.")));
}

/** What a schema lets a form send: its keys, and `key.N.field` for each field of a list of rows. */
function acceptedBy(schema: Schema): string[] {
  return Object.keys(schema.shape).flatMap((key) => {
    const row = Object.keys(rowFieldsOf(schema, key)(0));
    return row.length ? row.map((field) => `${key}.N.${field}`) : [key];
  });
}

describe("each panel names its controls after its act's schema", () => {
  const hidden = Object.keys(targetForm.shape);
  it.each(PANELS)("%s", (_name, element, schemas) => {
    const names = namesOf(element);
    const accepted = schemas.flatMap(acceptedBy);
    // Nothing the schema does not know (the action would drop it)…
    expect([...names].filter((n) => !accepted.includes(n) && !hidden.includes(n))).toEqual([]);
    // …and every field it asks for (the version on screen travels as the hidden `version`).
    expect(accepted.filter((n) => !names.has(n) && n !== "expectedVersion")).toEqual([]);
  });

  it("pages with forms take their field names from the schemas (only a search box may be literal)", () => {
    const dirs = [
      "app/(app)/admin/users",
      "app/(app)/admin/units",
      "app/(app)/admin/sessions",
      "app/(app)/admin/deputies",
      "app/(app)/admin/tokens",
      "app/(app)/account/password",
      "app/(app)/admin/calendar",
    ];
    const files = [
      ...dirs.map((d) => `${d}/page.tsx`),
      ...readdirSync("components/workflow")
        .filter((f) => f.endsWith(".tsx"))
        .map((f) => `components/workflow/${f}`),
    ];
    const literal = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\sname="([^"]+)"/g)].map((m) => `${file}: ${m[1]}`));
    // Search boxes and the calendar's year are GET filters, read by their pages, not forms of an act.
    expect(literal.filter((l) => !l.endsWith(": q") && !l.endsWith("admin/calendar/page.tsx: year"))).toEqual([]);
  });
});

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("readForm reads what a browser sends as the schema's input", () => {
  it("empty optional text is undefined, empty required text is empty, a date or time means China time", () => {
    expect(
      readForm(
        h.communicationInput,
        form([
          ["method", "PHONE"],
          ["occurredAt", "2024-03-05T10:00"],
          ["summary", "  "],
        ]),
      ),
    ).toEqual({
      method: "PHONE",
      occurredAt: "2024-03-05T10:00:00+08:00",
      summary: "",
    });
    expect(
      readForm(
        h.supervisionInput,
        form([
          ["unitCode", "JY"],
          ["text", "督办"],
          ["deadline", "2026-01-22"],
        ]),
      ),
    ).toEqual({
      unitCode: "JY",
      text: "督办",
      deadline: "2026-01-22T00:00:00+08:00",
    });
    expect(readForm(h.signReplyInput, form([["publicSummary", ""]]))).toEqual({
      publishable: false,
      publicSummary: undefined,
      expectedVersion: undefined,
    });
  });

  it("a ticked checkbox or a select's true is true, anything else false; repeated fields are a list; files are ignored", () => {
    expect(readForm(h.signReplyInput, form([["publishable", "on"]])).publishable).toBe(true);
    expect(readForm(h.reassignmentDecisionInput, form([["approve", "true"]])).approve).toBe(true);
    expect(readForm(h.reassignmentDecisionInput, form([["approve", "false"]])).approve).toBe(false);
    expect(
      readForm(
        assignInput,
        form([
          ["leadUnitCode", "JY"],
          ["coUnitCodes", "WS"],
          ["coUnitCodes", ""],
          ["coUnitCodes", "SL"],
        ]),
      ).coUnitCodes,
    ).toEqual(["WS", "SL"]);
    expect(readForm(h.opinionInput, form([["text", new Blob(["x"])]]))).toEqual({ text: "" });
  });

  it("rows come from indexed fields in index order; a row left empty is no row", () => {
    const row = rowFieldsOf(h.replyInput, "commitments");
    const input = readForm(
      h.replyInput,
      form([
        ["text", "答复"],
        [row(1).text, "第二项"],
        [row(1).dueAt, "2026-06-30"],
        [row(0).text, "第一项"],
        [row(0).dueAt, ""],
        [row(2).text, " "],
        [row(2).dueAt, ""],
      ]),
    );
    expect(input).toEqual({
      category: undefined,
      text: "答复",
      commitments: [
        { text: "第一项", dueAt: undefined },
        { text: "第二项", dueAt: "2026-06-30T00:00:00+08:00" },
      ],
    });
  });
});

// Type-level: checked by `npm run typecheck` (tsc over tests too).
export function typeContract(data: FormData) {
  const f = fieldsOf(h.communicationInput);
  // @ts-expect-error a name the schema does not have does not compile
  void f.occuredAt;
  // What readForm builds is what the workflow function takes, without a cast.
  const input: InputOf<typeof h.communicationInput> = readForm(h.communicationInput, data);
  // @ts-expect-error a row field the schema does not have does not compile
  void rowFieldsOf(h.replyInput, "commitments")(0).due;
  return input;
}
