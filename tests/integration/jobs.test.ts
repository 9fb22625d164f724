import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drain, enqueue } from "@/lib/jobs/queue";
import { sendDeadlineReminders } from "@/lib/jobs/reminders";

const DAY = 86_400_000;

async function fixture() {
  const session = await db.session.create({ data: { code: "T-1", name: "测试会议", year: 2026 } });
  const unit = await db.unit.create({ data: { code: "U1", name: "省测试厅", kind: "DEPARTMENT" } });
  const other = await db.unit.create({ data: { code: "U2", name: "省其他厅", kind: "DEPARTMENT" } });
  for (const [username, role, unitId] of [
    ["h1", "UNIT_HANDLER", unit.id],
    ["l1", "UNIT_LEADER", unit.id],
    ["h2", "UNIT_HANDLER", other.id],
  ] as const) {
    await db.user.create({ data: { username, name: username, role, unitId, passwordHash: "x" } });
  }
  const deputy = await db.deputy.create({ data: { name: "张伟", delegation: "长春代表团" } });
  const now = new Date("2026-06-01T00:00:00Z");
  const make = async (number: string, dueInDays: number, status: "IN_PROGRESS" | "REPLIED" = "IN_PROGRESS") => {
    const s = await db.suggestion.create({
      data: { sessionId: session.id, number, title: `建议${number}`, content: "内容", leadDeputyId: deputy.id, submittedAt: now, status },
    });
    const dueAt = new Date(now.getTime() + dueInDays * DAY);
    await db.assignment.create({
      data: { suggestionId: s.id, unitId: unit.id, role: "LEAD", assignedAt: now, dueAt, originalDueAt: dueAt },
    });
  };
  await make("1", 3); // due soon
  await make("2", -2); // overdue
  await make("3", 30); // not yet
  await make("4", -5, "REPLIED"); // done: nothing to remind
  return { now };
}

describe("deadline reminders", () => {
  it("reach the unit's users once each, however many workers scan at the same time", async () => {
    const { now } = await fixture();
    await Promise.all([sendDeadlineReminders(now), sendDeadlineReminders(now), sendDeadlineReminders(now)]);
    await sendDeadlineReminders(new Date(now.getTime() + 60_000));
    const rows = await db.notification.findMany({
      select: { kind: true, user: { select: { username: true } }, suggestion: { select: { number: true } } },
    });
    const seen = rows.map((r) => `${r.user.username}:${r.kind}:${r.suggestion?.number}`).sort();
    expect(seen).toEqual(["h1:reminder.dueSoon:1", "h1:reminder.overdue:2", "l1:reminder.dueSoon:1", "l1:reminder.overdue:2"]);
  });
});

describe("job queue", () => {
  it("runs each job exactly once with two workers draining at once", async () => {
    for (let i = 0; i < 20; i++) await enqueue("count", { i });
    await enqueue("count", { i: 99 }, { singletonKey: "slot-1" });
    await enqueue("count", { i: 99 }, { singletonKey: "slot-1" }); // same slot: ignored
    const ran: number[] = [];
    const handlers = { count: async (payload: unknown) => void ran.push((payload as { i: number }).i) };
    const [a, b] = await Promise.all([drain(handlers, "worker-a"), drain(handlers, "worker-b")]);
    expect(a + b).toBe(21);
    expect(ran.sort((x, y) => x - y)).toEqual([...Array.from({ length: 20 }, (_, i) => i), 99]);
    expect(await db.job.count({ where: { state: "DONE" } })).toBe(21);
  });

  it("retries a failing job and records the error", async () => {
    await enqueue("boom");
    await drain({
      boom: async () => {
        throw new Error("kaput");
      },
    });
    const job = await db.job.findFirstOrThrow({ where: { queue: "boom" } });
    expect(job.state).toBe("QUEUED");
    expect(job.attempts).toBe(1);
    expect(job.lastError).toContain("kaput");
  });
});
