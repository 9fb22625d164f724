import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { communicationInput, replyInput } from "@/lib/validation/handling";
import { parseInput } from "@/lib/validation/parse";
import { assignInput } from "@/lib/validation/suggestions";
import { createUserInput } from "@/lib/validation/admin";

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe("INVALID");
    expect((e as DomainError).messageKey).toBe("errors.invalid");
    return (e as DomainError).fields;
  }
  throw new Error("expected INVALID");
};

describe("parseInput", () => {
  it("accepts ISO strings with an offset, plain dates (midnight in China) and Date objects", () => {
    const d = new Date("2022-03-01T01:30:00Z");
    expect(parseInput(communicationInput, { method: "PHONE", occurredAt: "2022-03-01T09:30:00+08:00", summary: " x " })).toEqual({
      method: "PHONE",
      occurredAt: d,
      summary: "x",
    });
    expect(parseInput(communicationInput, { method: "PHONE", occurredAt: d, summary: "x" }).occurredAt).toEqual(d);
    expect(parseInput(communicationInput, { method: "PHONE", occurredAt: "2022-03-01", summary: "x" }).occurredAt).toEqual(
      new Date("2022-02-28T16:00:00Z"),
    );
  });

  it("maps every problem to a field and a catalogue key", () => {
    expect(fieldsOf(() => parseInput(communicationInput, { method: "FAX", occurredAt: "yesterday", summary: "" }))).toEqual({
      method: "errors.field.choice",
      occurredAt: "errors.field.date",
      summary: "errors.field.required",
    });
    expect(fieldsOf(() => parseInput(communicationInput, undefined))).toEqual({
      method: "errors.field.required",
      occurredAt: "errors.field.required",
      summary: "errors.field.required",
    });
    expect(
      fieldsOf(() => parseInput(replyInput, { category: "Z", text: "x".repeat(50_001), commitments: [{ text: "", dueAt: "2022-13-01" }] })),
    ).toEqual({
      category: "errors.field.choice",
      text: "errors.field.tooLong",
      "commitments.0.text": "errors.field.required",
      "commitments.0.dueAt": "errors.field.date",
    });
    expect(fieldsOf(() => parseInput(assignInput, { leadUnitCode: "A", coUnitCodes: ["B", "B"] }))).toEqual({
      coUnitCodes: "errors.field.duplicateItem",
    });
    expect(fieldsOf(() => parseInput(createUserInput, { username: "a b", password: "password1", name: "x", role: "UNIT_LEADER" }))).toEqual(
      {
        username: "errors.field.invalid",
        unitCode: "errors.field.required",
      },
    );
  });

  it("treats an empty category or commitment date as missing (rule 5 decides, with 422)", () => {
    expect(parseInput(replyInput, { category: "", text: "x", commitments: [{ text: "y", dueAt: "" }] })).toEqual({
      category: undefined,
      text: "x",
      commitments: [{ text: "y", dueAt: undefined }],
    });
  });
});
