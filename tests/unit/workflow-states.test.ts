// The one vocabulary of states (lib/workflow/states.ts), "overdue" (lib/stats/due.ts) and "may act now"
// (lib/permissions/can.ts) — and a scan that fails when a status set is written out again elsewhere.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { SuggestionStatus } from "@/lib/generated/prisma/enums";
import {
  mayFollowUpNow,
  mayGiveFeedbackNow,
  mayHandleNow,
  maySuperviseNow,
  mayWithdrawNow,
  type SuggestionState,
} from "@/lib/permissions/can";
import { isDutyOverdue } from "@/lib/stats/due";
import {
  ALL_STATUSES,
  ANSWERED_STATUSES,
  ENDED_STATUSES,
  HANDLING_STATUSES,
  isAnswered,
  isEnded,
  isHandling,
  isMarkable,
  isNotASuggestion,
  isUncounted,
  isWithdrawable,
  keepIn,
  NOT_A_SUGGESTION_STATUSES,
  statusListSql,
  UNCOUNTED_STATUSES,
  WITHDRAWABLE_STATUSES,
} from "@/lib/workflow/states";

describe("status sets", () => {
  it("name every status once, in the schema's order", () => {
    expect(ALL_STATUSES).toEqual(Object.values(SuggestionStatus));
    expect(HANDLING_STATUSES).toEqual(["IN_PROGRESS", "REHANDLING"]);
    expect(WITHDRAWABLE_STATUSES).toEqual(["PENDING", "IN_PROGRESS"]);
    expect(ANSWERED_STATUSES).toEqual(["REPLIED", "CLOSED"]);
    expect(ENDED_STATUSES).toEqual(["CLOSED", "WITHDRAWN", "NOT_ACCEPTED", "TO_LETTER"]);
    expect(NOT_A_SUGGESTION_STATUSES).toEqual(["NOT_ACCEPTED", "TO_LETTER"]);
    expect(UNCOUNTED_STATUSES).toEqual(["WITHDRAWN", "NOT_ACCEPTED", "TO_LETTER"]);
  });

  it("answer membership for each status", () => {
    expect(ALL_STATUSES.filter(isHandling)).toEqual(["IN_PROGRESS", "REHANDLING"]);
    expect(ALL_STATUSES.filter(isWithdrawable)).toEqual(["PENDING", "IN_PROGRESS"]);
    expect(ALL_STATUSES.filter(isAnswered)).toEqual(["REPLIED", "CLOSED"]);
    expect(ALL_STATUSES.filter(isEnded)).toEqual(["CLOSED", "WITHDRAWN", "NOT_ACCEPTED", "TO_LETTER"]);
    expect(ALL_STATUSES.filter(isNotASuggestion)).toEqual(["NOT_ACCEPTED", "TO_LETTER"]);
    expect(ALL_STATUSES.filter(isUncounted)).toEqual(["WITHDRAWN", "NOT_ACCEPTED", "TO_LETTER"]);
    expect(ALL_STATUSES.filter(isMarkable)).toEqual(["PENDING", "IN_PROGRESS"]);
    expect(keepIn(["PENDING", "REHANDLING", "CLOSED"], HANDLING_STATUSES)).toEqual(["REHANDLING"]);
  });

  it("write the same list in SQL, as literals the planner sees", () => {
    const sql = statusListSql(HANDLING_STATUSES);
    expect(sql.sql).toBe("('IN_PROGRESS', 'REHANDLING')");
    expect(sql.values).toEqual([]);
  });
});

describe("overdue, one duty at a time", () => {
  const due = new Date("2026-03-10T16:00:00Z"); // 2026-03-11 00:00 in China: the due day is 3-11
  const lastMinute = new Date("2026-03-11T15:59:59Z"); // 23:59:59 on 3-11 in China
  const nextDay = new Date("2026-03-11T16:00:00Z"); // 00:00 on 3-12 in China

  it("is overdue from 00:00 China time the day after the due day", () => {
    expect(isDutyOverdue({ dueAt: due }, "IN_PROGRESS", lastMinute)).toBe(false);
    expect(isDutyOverdue({ dueAt: due }, "IN_PROGRESS", nextDay)).toBe(true);
    expect(isDutyOverdue({ dueAt: due }, "REHANDLING", nextDay)).toBe(true);
  });

  it("only while the suggestion is in handling, the assignment active and the duty not done", () => {
    for (const status of ["PENDING", "REPLIED", "CLOSED", "WITHDRAWN"]) expect(isDutyOverdue({ dueAt: due }, status, nextDay)).toBe(false);
    expect(isDutyOverdue({ dueAt: due, state: "REASSIGNED" }, "IN_PROGRESS", nextDay)).toBe(false);
    expect(isDutyOverdue({ dueAt: due, done: true }, "IN_PROGRESS", nextDay)).toBe(false);
  });
});

describe("may act now: who and when", () => {
  const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
    id: role,
    name: role,
    username: role,
    role,
    unitId: null,
    deputyId: null,
    ...extra,
  });
  const office = actor("OFFICE");
  const lead = actor("UNIT_HANDLER", { unitId: "u1" });
  const other = actor("UNIT_HANDLER", { unitId: "u2" });
  const deputy = actor("DEPUTY", { deputyId: "d1" });
  const at = (status: SuggestionStatus): SuggestionState => ({
    status,
    leadDeputyId: "d1",
    assignments: [{ id: "a1", unitId: "u1", role: "LEAD", state: "ACTIVE" }],
  });

  it("units handle, and the office supervises, only suggestions in handling", () => {
    for (const status of ALL_STATUSES) {
      expect(mayHandleNow(lead, at(status))).toBe(isHandling(status));
      expect(maySuperviseNow(office, at(status))).toBe(isHandling(status));
    }
    expect(mayHandleNow(other, at("IN_PROGRESS"))).toBe(false);
  });

  it("follow-up after a signed reply; feedback on REPLIED; withdrawal before any signature", () => {
    expect(mayFollowUpNow(lead, at("CLOSED"), 1)).toBe(true);
    expect(mayFollowUpNow(lead, at("CLOSED"), 0)).toBe(false);
    expect(mayFollowUpNow(lead, at("REHANDLING"), 1)).toBe(false);
    expect(mayGiveFeedbackNow(deputy, at("REPLIED"))).toBe(true);
    expect(mayGiveFeedbackNow(deputy, at("CLOSED"))).toBe(false);
    expect(mayWithdrawNow(deputy, at("IN_PROGRESS"), 0)).toBe(true);
    expect(mayWithdrawNow(deputy, at("IN_PROGRESS"), 1)).toBe(false);
    expect(mayWithdrawNow(lead, at("PENDING"), 0)).toBe(false);
  });
});

describe("no status set written outside lib/workflow/states.ts", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const names = Object.values(SuggestionStatus).join("|");
  const quoted = `["'](?:${names})["']`;
  // Two or more statuses in one list (`["IN_PROGRESS", "REHANDLING"]`, SQL `IN ('PENDING', 'CLOSED')`), or a
  // set spelled as a chain of comparisons (`status === "PENDING" || status === "IN_PROGRESS"`).
  const patterns = [
    new RegExp(`[[(]\\s*${quoted}\\s*,\\s*${quoted}`),
    new RegExp(`status\\s*===?\\s*${quoted}\\s*\\|\\|\\s*[\\w.]*status\\s*===?\\s*${quoted}`),
  ];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") return [];
      return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
    });

  it("finds none in lib, app and components", () => {
    const allowed = new Set([path.join(root, "lib/workflow/states.ts")]);
    const found = ["lib", "app", "components"].flatMap((dir) =>
      files(path.join(root, dir))
        .filter((file) => !allowed.has(file))
        .flatMap((file) =>
          readFileSync(file, "utf8")
            .split("\n")
            .flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
        ),
    );
    expect(found, "use the sets of lib/workflow/states.ts").toEqual([]);
  });
});
