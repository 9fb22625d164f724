// The forms of every server action, as fast-check arbitraries: field values drawn from the workflow's zod
// schemas (stringified, as a browser sends them) beside the ids the pages put in hidden fields.
import fc from "fast-check";
import type { z } from "zod";
import { createDeputyInput, createSessionInput, createUnitInput, createUserInput } from "@/lib/validation/admin";
import * as adm from "@/lib/validation/admin-edits";
import * as h from "@/lib/validation/handling";
import { assignInput, suggestionItemInput } from "@/lib/validation/suggestions";
import { progressReportInput } from "@/lib/validation/keys";
import { correctSuggestionInput, correctUnitsInput } from "@/lib/validation/corrections";
import { standingInput } from "@/lib/validation/standing";
import type { FuzzWorld } from "./world";
import { hintsOf } from "./world";
import { arbitraryOf } from "./zod-arbitrary";

export type Fields = Record<string, unknown>;

/** A form field's text: strings as they are, arrays kept for repeated fields, anything else stringified. */
export function toFormData(fields: unknown): FormData {
  const form = new FormData();
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) {
    form.set("x", String(JSON.stringify(fields)));
    return form;
  }
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) && key.endsWith("[]") ? value : [value]) {
      form.append(key.replace(/\[\]$/, ""), typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
    }
  }
  return form;
}

/** The fields of `schema` (its object shape), each drawn from the schema and stringified like a form. */
function fieldsOf(schema: z.ZodType, fw: FuzzWorld) {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodType>; in?: z.ZodType } } })._zod.def;
  const shape = def.shape ?? (def.in as unknown as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def.shape;
  const hints = hintsOf(fw);
  const asText = (v: unknown) => (v === undefined ? undefined : typeof v === "string" ? v : Array.isArray(v) ? v.join(",") : String(v));
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryOf(s, hints, k).map(asText)]));
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 });

/** Each action's form: the schema's fields plus the hidden ids and versions. */
export function actionForms(fw: FuzzWorld): Record<string, fc.Arbitrary<Fields>> {
  const sid = fc.constantFrom(...fw.ids.suggestions);
  const rid = fc.constantFrom(...fw.ids.replies);
  const qid = fc.constantFrom(...fw.ids.requests);
  const version = maybe(fc.constantFrom("1", "2", "3", "4", "0", "x"));
  const on = maybe(fc.constantFrom("on", "off", "true"));
  const units = fc.constantFrom(...fw.codes.units);
  const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.record(fields).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
  return {
    assign: record({ suggestionId: sid, version, ...fieldsOf(assignInput, fw), "coUnitCodes[]": fc.array(units, { maxLength: 2 }) }),
    communication: record({ suggestionId: sid, ...fieldsOf(h.communicationInput, fw) }),
    standing: record({ suggestionId: sid, version, ...fieldsOf(standingInput, fw) }),
    undoMerge: record({ suggestionId: sid, version, groupId: fc.oneof(sid, fc.string()), whole: on, reason: fc.string() }),
    extendMerge: record({ suggestionId: sid, groupId: fc.oneof(sid, fc.string()), numbers: fc.string(), reason: fc.string() }),
    opinion: record({ suggestionId: sid, ...fieldsOf(h.opinionInput, fw) }),
    saveReply: record({
      suggestionId: sid,
      replyId: maybe(rid),
      version,
      category: maybe(fc.constantFrom("A", "B", "C", "D", "")),
      text: fieldsOf(h.replyInput, fw).text,
      "commitments.0.text": maybe(fc.string()),
      "commitments.0.dueAt": maybe(fc.constantFrom("2025-01-01", "2025-01-01T10:00", "")),
    }),
    submitReply: record({ replyId: rid, version }),
    returnReply: record({ replyId: rid, version, ...fieldsOf(h.returnReplyInput, fw) }),
    signReply: record({ replyId: rid, version, publishable: on, publicSummary: maybe(fc.string()) }),
    feedback: record({ suggestionId: sid, version, ...fieldsOf(h.feedbackInput, fw) }),
    followUp: record({
      suggestionId: sid,
      "commitmentId[]": fc.array(fc.constantFrom(...fw.ids.commitments, ""), { maxLength: 2 }),
      text: fc.string(),
      completed: on,
    }),
    reclassify: record({ suggestionId: sid, ...fieldsOf(h.reclassifyInput, fw) }),
    reassignmentRequest: record({ suggestionId: sid, ...fieldsOf(h.reassignmentRequestInput, fw) }),
    extensionRequest: record({ suggestionId: sid, ...fieldsOf(h.extensionRequestInput, fw) }),
    decideReassignment: record({
      requestId: qid,
      ...fieldsOf(h.reassignmentDecisionInput, fw),
      approve: maybe(fc.constantFrom("true", "false", "")),
    }),
    decideExtension: record({
      requestId: qid,
      ...fieldsOf(h.extensionDecisionInput, fw),
      approve: maybe(fc.constantFrom("true", "false", "")),
    }),
    supervision: record({ suggestionId: sid, ...fieldsOf(h.supervisionInput, fw) }),
    instruction: record({ suggestionId: sid, ...fieldsOf(h.instructionInput, fw) }),
    markKey: record({ suggestionId: sid, key: maybe(fc.constantFrom("true", "false")) }),
    withdraw: record({ suggestionId: sid }),
    correctFacts: record({
      suggestionId: sid,
      version,
      ...fieldsOf(correctSuggestionInput, fw),
      urgent: on,
      "coSignerIds[]": fc.array(fc.string(), { maxLength: 2 }),
    }),
    correctUnits: record({
      suggestionId: sid,
      version,
      ...fieldsOf(correctUnitsInput, fw),
      "coUnitCodes[]": fc.array(units, { maxLength: 2 }),
    }),
    removeAttachment: record({ suggestionId: sid, attachmentId: maybe(fc.oneof(fc.string(), fc.constantFrom("none", ""))) }),
    createUser: record(fieldsOf(createUserInput, fw)),
    createUnit: record(fieldsOf(createUnitInput, fw)),
    createSession: record(fieldsOf(createSessionInput, fw)),
    createDeputy: record(fieldsOf(createDeputyInput, fw)),
    toggleUser: record({ userId: fc.constantFrom(...fw.ids.users), active: maybe(fc.constantFrom("true", "false")) }),
    revokeToken: record({ tokenId: fc.constantFrom(...fw.ids.tokens) }),
    createToken: record({
      username: maybe(fc.constantFrom("nobody", "")),
      name: maybe(fc.string()),
      days: maybe(fc.constantFrom("1", "30", "0", "400")),
    }),
    addCalendarDay: record({
      date: maybe(fc.oneof(fc.constantFrom("2027-01-01", "2027-02-06", "2027-02-10", "2027-02-30", "1999-12-31", ""), fc.string())),
      kind: maybe(fc.constantFrom("HOLIDAY", "WORKDAY", "OTHER", "")),
      name: maybe(fc.string()),
    }),
    removeCalendarDay: record({ date: maybe(fc.oneof(fc.constantFrom("2026-02-14", "2026-02-15", "2027-01-01"), fc.string())) }),
    assignBatch: record({
      leadUnitCode: units,
      "coUnitCodes[]": fc.array(units, { maxLength: 2 }),
      "suggestionIds[]": fc.uniqueArray(sid, { maxLength: 3 }),
      intent: maybe(fc.constantFrom("merge", "assign")),
    }),
    register: record({ ...fieldsOf(suggestionItemInput, fw), sessionCode: fc.constantFrom(...fw.codes.sessions) }),
    assignKeyLeader: record({
      suggestionId: sid,
      version,
      key: maybe(fc.constantFrom("true", "false", "")),
      leaderId: maybe(fc.constantFrom(...fw.ids.users, "")),
      reason: maybe(fc.string()),
    }),
    keyProgressReport: record({ suggestionId: sid, ...fieldsOf(progressReportInput, fw) }),
    // The administration edits (issue 11): the record in `target`, the version on screen in expectedVersion.
    updateUnit: record({ target: units, ...fieldsOf(adm.updateUnitInput, fw), expectedVersion: version }),
    setUnitActive: record({ target: units, version, active: maybe(fc.constantFrom("true", "false")) }),
    updateSession: record({
      target: fc.constantFrom(...fw.codes.sessions),
      ...fieldsOf(adm.updateSessionInput, fw),
      expectedVersion: version,
    }),
    updateDeputy: record({
      target: fc.constantFrom(...fw.codes.deputies),
      ...fieldsOf(adm.updateDeputyInput, fw),
      expectedVersion: version,
    }),
    updateUser: record({ target: fc.constantFrom(...fw.ids.users), ...fieldsOf(adm.updateUserInput, fw), expectedVersion: version }),
  };
}
