// Property-based input tests over every server action (issue 13, item 1), called as the pages call them
// (as tests/integration/actions-authz.test.ts does): forms drawn from the workflow's zod schemas, then broken,
// submitted by every role. No form may end in the generic "system busy" answer (the action's 500) or
// throw; every refusal is {ok:false,message,fields?} and leaves every domain table as it was.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/user";
import type { ActionState } from "@/lib/actions/result";
import { translatorFor } from "@/lib/i18n/catalogue";
import { installChangeLog, WriteGuard } from "../support/fuzz/checksum";
import { FUZZ_SEED, runsFor } from "../support/fuzz/config";
import { actionForms, toFormData } from "../support/fuzz/action-forms";
import { broken, hostileString } from "../support/fuzz/hostile";
import { buildFuzzWorld, poolOf, type FuzzWorld } from "../support/fuzz/world";

let signedIn: Actor;
const cookieJar = new Map<string, string>();
vi.mock("@/lib/auth/current", () => ({ requireActor: async () => signedIn, getActor: async () => signedIn }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => translatorFor("zh-CN"), getLocale: async () => "zh-CN" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: (k: string, v: string) => cookieJar.set(k, v) }) }));

const suggestion = await import("@/app/(app)/suggestions/[id]/actions");
const standing = await import("@/app/(app)/suggestions/[id]/standing/actions");
const admin = await import("@/app/(app)/admin/actions");
const corrections = await import("@/app/(app)/suggestions/[id]/corrections/actions");
const { assignBatchAction } = await import("@/app/(app)/office/assign/actions");
const { registerAction } = await import("@/app/(app)/office/new/actions");
const { POST: uploadImport } = await import("@/app/(app)/office/import/upload/route");

/** The import page's upload (a route handler since the 20 MB limit), answered as a form would show it. */
async function importAction(fileName: string, bytes: Uint8Array, sessionCode: string, dryRun: boolean): Promise<ActionState> {
  const query = new URLSearchParams({ session: sessionCode, ...(dryRun ? { dryRun: "1" } : {}) });
  const response = await uploadImport(
    new Request(`http://localhost/office/import/upload?${query}`, {
      method: "POST",
      headers: { "x-file-name": encodeURIComponent(fileName) },
      body: bytes as Uint8Array<ArrayBuffer>,
    }),
  );
  if (response.status >= 500) return { ok: false, message: t("errors.internal") };
  const body = (await response.json()) as { message?: string; error?: { message: string } };
  return response.ok ? { ok: true, message: body.message } : { ok: false, message: body.error?.message ?? "" };
}
const { markAllRead } = await import("@/app/(app)/notifications/actions");
const calendar = await import("@/app/(app)/admin/calendar/actions");
const keys = await import("@/app/(app)/key-suggestions/actions");
const { removeAttachmentAction } = await import("@/app/(app)/suggestions/[id]/attachment-actions");
const { setLocale } = await import("@/app/actions/locale");

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
const UNITS = ["leadHandler", "leadLeader", "coHandler", "otherHandler", "otherLeader"];
const ACTIONS: Record<string, { run: Action; callers: string[] }> = {
  assign: { run: suggestion.assignAction, callers: ["office", "admin"] },
  communication: { run: suggestion.communicationAction, callers: UNITS },
  opinion: { run: suggestion.opinionAction, callers: UNITS },
  saveReply: { run: suggestion.saveReplyAction, callers: UNITS },
  submitReply: { run: suggestion.submitReplyAction, callers: UNITS },
  returnReply: { run: suggestion.returnReplyAction, callers: ["leadLeader", "otherLeader"] },
  signReply: { run: suggestion.signReplyAction, callers: ["leadLeader", "otherLeader"] },
  feedback: { run: suggestion.feedbackAction, callers: ["leadDeputy", "strangerDeputy", "cosignerDeputy"] },
  followUp: { run: suggestion.followUpAction, callers: UNITS },
  reclassify: { run: suggestion.reclassifyAction, callers: ["office", ...UNITS] },
  reassignmentRequest: { run: suggestion.reassignmentRequestAction, callers: UNITS },
  extensionRequest: { run: suggestion.extensionRequestAction, callers: UNITS },
  decideReassignment: { run: suggestion.decideReassignmentAction, callers: ["office"] },
  decideExtension: { run: suggestion.decideExtensionAction, callers: ["office"] },
  supervision: { run: suggestion.supervisionAction, callers: ["office", "leader"] },
  instruction: { run: suggestion.instructionAction, callers: ["leader", "office"] },
  markKey: { run: suggestion.markKeyAction, callers: ["office", "leader"] },
  withdraw: { run: suggestion.withdrawAction, callers: ["office"] },
  correctFacts: { run: corrections.correctFactsAction, callers: ["office", "admin", ...UNITS] },
  correctUnits: { run: corrections.correctUnitsAction, callers: ["office", "admin", ...UNITS] },
  standing: { run: standing.standingAction, callers: ["office", "admin"] },
  undoMerge: { run: standing.undoMergeAction, callers: ["office", "admin"] },
  extendMerge: { run: standing.extendMergeAction, callers: ["office", "admin"] },
  createUser: { run: admin.createUserAction, callers: ["admin"] },
  createUnit: { run: admin.createUnitAction, callers: ["admin"] },
  createSession: { run: admin.createSessionAction, callers: ["admin"] },
  createDeputy: { run: admin.createDeputyAction, callers: ["admin", "office"] },
  toggleUser: { run: admin.toggleUserAction, callers: ["admin"] },
  revokeToken: { run: admin.revokeTokenAction, callers: ["admin"] },
  createToken: { run: admin.createTokenAction, callers: ["admin"] },
  addCalendarDay: { run: calendar.addCalendarDayAction, callers: ["admin"] },
  removeCalendarDay: { run: calendar.removeCalendarDayAction, callers: ["admin"] },
  assignBatch: { run: assignBatchAction, callers: ["office"] },
  register: { run: registerAction, callers: ["office"] },
  assignKeyLeader: { run: keys.assignKeyLeaderAction, callers: ["office", "admin", "leader"] },
  keyProgressReport: { run: keys.keyProgressReportAction, callers: UNITS },
  updateUnit: { run: admin.updateUnitAction, callers: ["admin"] },
  setUnitActive: { run: admin.setUnitActiveAction, callers: ["admin"] },
  updateSession: { run: admin.updateSessionAction, callers: ["admin"] },
  updateDeputy: { run: admin.updateDeputyAction, callers: ["admin", "office"] },
  removeAttachment: { run: removeAttachmentAction, callers: ["office", "leadHandler", "otherHandler"] },
  // Last: a valid edit may change a user's role or unit, which the other actions' callers rely on.
  updateUser: { run: admin.updateUserAction, callers: ["admin"] },
};
const RUNS = runsFor(0.5, { ...Object.fromEntries(Object.keys(ACTIONS).map((k) => [k, 1])), import: 0.3 });
const COLLECT = !!process.env.FUZZ_COLLECT;
const t = translatorFor("zh-CN");

let fw: FuzzWorld;
const guard = new WriteGuard(Number(process.env.FUZZ_CHECKSUM_EVERY ?? 10));
let tried = 0;
const failures: string[] = [];

beforeAll(async () => {
  fw = await buildFuzzWorld();
  await installChangeLog();
});

/** Runs one act and checks what a user would see and what the database kept. */
async function check(name: string, act: () => Promise<ActionState | void>, input: unknown) {
  tried++;
  await guard.before();
  let state: ActionState | void;
  try {
    state = await act();
  } catch (error) {
    state = { ok: false, message: `threw ${String(error)}` };
  }
  const refused = !!state && !state.ok;
  const written = await guard.after(refused);
  const internal = !!state && (state.message === t("errors.internal") || state.message?.startsWith("threw"));
  if (internal || written.length)
    failures.push(`${name} ${internal ? state?.message : ""} ${written} ${JSON.stringify(input).slice(0, 300)}`);
  if (COLLECT) return;
  expect(internal, `${state?.message} ${JSON.stringify(input).slice(0, 500)}`).toBe(false);
  if (refused)
    expect(
      typeof state?.message === "string" &&
        state.message.length > 0 &&
        Object.values(state.fields ?? {}).every((f) => typeof f === "string"),
    ).toBe(true);
  expect(written, JSON.stringify(state)).toEqual([]);
}

const actorArb = (callers: string[]) =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...Object.keys(fw.actors)) }, { weight: 3, arbitrary: fc.constantFrom(...callers) });

describe("every server action survives hostile forms", () => {
  it("the forms that used to end in the internal error are refused as bad input", async () => {
    signedIn = fw.actors.office;
    const form = (fields: Record<string, string>) => toFormData(fields);
    expect(await suggestion.instructionAction({ ok: true }, form({ suggestionId: "x\u0000", text: "批示" }))).toEqual({
      ok: false,
      message: t("errors.invalid"),
    });
    expect(await admin.createDeputyAction({ ok: true }, form({ name: "张\u0000", delegation: "长春代表团" }))).toMatchObject({
      ok: false,
      fields: { name: "格式不正确" },
    });
    signedIn = fw.actors.leadHandler;
    const comm = await suggestion.communicationAction(
      { ok: true },
      form({ suggestionId: fw.ids.suggestions[1], method: "PHONE", occurredAt: "0000-01-01T10:00", summary: "电话" }),
    );
    expect(comm).toMatchObject({ ok: false, fields: { occurredAt: "请输入有效的日期" } });
  });

  for (const [name, action] of Object.entries(ACTIONS)) {
    it(
      `${name}: no internal error, nothing written on refusal (${RUNS[name]} forms)`,
      async () => {
        const form = broken(actionForms(fw)[name], poolOf(fw));
        await fc.assert(
          fc.asyncProperty(actorArb(action.callers), form, async (as, fields) => {
            signedIn = fw.actors[as];
            await check(name, () => action.run({ ok: true }, toFormData(fields)), { as, fields });
          }),
          { seed: FUZZ_SEED + 100 + Object.keys(ACTIONS).indexOf(name), numRuns: RUNS[name], endOnFailure: true },
        );
      },
      Math.max(600_000, RUNS[name] * 200),
    );
  }

  it(`import: a hostile file or session refuses cleanly (${RUNS.import} forms)`, async () => {
    const file = fc.tuple(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("a.xlsx", "a.csv", "a.txt", "\u0000.csv", ""));
    const session = fc.oneof(fc.constantFrom(...fw.codes.sessions), hostileString);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("office", "admin", "leadHandler"),
        file,
        session,
        fc.boolean(),
        async (as, [bytes, fileName], sessionCode, dry) => {
          signedIn = fw.actors[as];
          await check("import", () => importAction(fileName, bytes, sessionCode, dry), { as, fileName, size: bytes.length, sessionCode });
        },
      ),
      { seed: FUZZ_SEED + 99, numRuns: RUNS.import, endOnFailure: true },
    );
  }, 600_000);

  it("the actions without a form: marking notifications read, choosing a language", async () => {
    for (const as of Object.keys(fw.actors)) {
      signedIn = fw.actors[as];
      await markAllRead();
      const form = new FormData();
      form.set("locale", as.length % 2 ? "\u0000en" : "zh-CN");
      await setLocale(form);
    }
    expect(["zh-CN", "en"]).toContain(cookieJar.get([...cookieJar.keys()][0]));
    console.info(`[fuzz] actions: ${tried} forms, ${failures.length} internal errors or half-writes\n${failures.join("\n")}`);
    expect(tried).toBeGreaterThanOrEqual(Object.values(RUNS).reduce((a, b) => a + b, 0));
  });
});
