// The data migration restore_shifted_commitment_dates: commitments whose planned date the old reply editor moved
// one day back at each save get the date that was typed, with an audit event; other changes stay.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { draftReply, updateReply } from "@/lib/workflow/replies";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, type World } from "./workflow-fixtures";

const MIGRATION = path.resolve(
  import.meta.dirname,
  "../../prisma/migrations/20261201033000_restore_shifted_commitment_dates/migration.sql",
);
const runMigration = async () => db.$executeRawUnsafe(await readFile(MIGRATION, "utf8"));

/** Midnight in China of a day: what a date input stores. */
const day = (d: string) => new Date(`${d}T00:00:00+08:00`);

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

/** A B draft with these commitments, saved again with each list of dates in turn (as the old editor sent them). */
async function draftSavedAs(first: [string, string][], ...saves: string[][]) {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { co: false });
  let reply = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, {
    category: "B",
    text: "正在解决",
    commitments: first.map(([text, d]) => ({ text, dueAt: day(d) })),
  });
  for (const dates of saves) {
    const commitments = reply.commitments.map((c, i) => ({ text: c.text, dueAt: day(dates[i]) }));
    reply = await updateReply(ctxOf(w.leadHandler, at(2)), reply.id, {
      category: "B",
      text: "正在解决",
      commitments,
      expectedVersion: reply.version,
    });
  }
  return reply;
}

const datesOf = async (replyId: string) =>
  (await db.commitment.findMany({ where: { replyId, removedAt: null }, orderBy: { text: "asc" } })).map((c) => [
    c.text,
    c.dueAt.toISOString(),
  ]);

describe("restore_shifted_commitment_dates", () => {
  it("puts back a date moved one day per save, and leaves other changes alone", async () => {
    // Saved three times by the old editor: 12-01 became 11-30, then 11-29; 2027-03-01 became 02-28, 02-27.
    const shifted = await draftSavedAs(
      [
        ["年底前完成", "2026-12-01"],
        ["明年开工", "2027-03-01"],
      ],
      ["2026-11-30", "2027-02-28"],
      ["2026-11-29", "2027-02-27"],
    );
    // Moved on purpose: two days earlier, and one day later.
    const edited = await draftSavedAs(
      [
        ["改期两天", "2026-12-10"],
        ["推后一天", "2026-12-20"],
      ],
      ["2026-12-08", "2026-12-21"],
    );
    // Never re-saved.
    const untouched = await draftSavedAs([["一次保存", "2026-12-05"]]);
    const before = { edited: await datesOf(edited.id), untouched: await datesOf(untouched.id) };

    await runMigration();

    expect(await datesOf(shifted.id)).toEqual([
      ["年底前完成", day("2026-12-01").toISOString()],
      ["明年开工", day("2027-03-01").toISOString()],
    ]);
    expect(await datesOf(edited.id)).toEqual(before.edited);
    expect(await datesOf(untouched.id)).toEqual(before.untouched);
    const events = await db.auditEvent.findMany({
      where: { action: "commitment.restoreDate", suggestionId: shifted.suggestionId },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events.map((e) => [(e.before as { dueAt: string }).dueAt, (e.after as { dueAt: string }).dueAt]).sort()).toEqual([
      [day("2026-11-29").toISOString(), day("2026-12-01").toISOString()],
      [day("2027-02-27").toISOString(), day("2027-03-01").toISOString()],
    ]);

    // Running it again changes nothing.
    await runMigration();
    expect(await db.auditEvent.count({ where: { action: "commitment.restoreDate" } })).toBe(2);
    expect(await datesOf(shifted.id)).toEqual([
      ["年底前完成", day("2026-12-01").toISOString()],
      ["明年开工", day("2027-03-01").toISOString()],
    ]);
  });
});
