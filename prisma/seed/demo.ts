// The demo of SPEC §8, built through the app's own workflow functions: every unit, deputy, user, suggestion,
// assignment, communication, opinion, reply, signature and rating below passes the same authorization and
// rules as a click in the UI. Past acts are replayed with ctx.now, so 2022 goes through the real rules.
// The only direct write is the bootstrap administrator (admin.ts).
import pg from "pg";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import type { Ctx } from "@/lib/workflow/context";
import { closeExpiredFeedback, giveFeedback } from "@/lib/workflow/feedback";
import { systemActor } from "@/lib/jobs/system-actor";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { registerSuggestions, withdrawSuggestion } from "@/lib/workflow/register";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { decideExtension, mergeSuggestions, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import { ensureAdmin } from "./admin";
import { personName } from "./data/deputies";
import { bj, buildDemoPlan, type PlannedSuggestion, type Step } from "./data/plan";
import * as texts from "./data/texts";
import { DEMO_UNIT_CODE, UNITS } from "./data/units";
import { createRng, type Rng } from "./prng";

export const DEMO_PASSWORD = "demo1234";

export interface DemoAccount {
  role: string;
  username: string;
  password: string;
}

export interface SeedDemoOptions {
  log?: (message: string) => void;
  /** Suggestions replayed at once (default 4). */
  concurrency?: number;
  /** The "current" date the in-progress session 14-1 is laid out around (default: now). */
  now?: Date;
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString();
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** Runs `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i); // i < items.length
    }
  });
  await Promise.all(runners);
}

const describe = (error: unknown) => {
  const e = error as { messageKey?: string; message?: string; params?: unknown; fields?: unknown };
  return [e.messageKey ?? e.message, e.params && JSON.stringify(e.params), e.fields && JSON.stringify(e.fields)].filter(Boolean).join(" ");
};

/** Serializes seeders (several app instances starting on one empty database): one seeds, the others then no-op. */
const SEED_LOCK = 720_220_851;

/** Seeds the demo on an empty database; a no-op (no accounts returned) when the database has data. */
export async function seedDemo(options: SeedDemoOptions = {}): Promise<{ accounts: DemoAccount[] }> {
  const lock = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK]);
    return await seedUnlocked(options);
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [SEED_LOCK]).catch(() => {});
    await lock.end();
  }
}

async function seedUnlocked(options: SeedDemoOptions): Promise<{ accounts: DemoAccount[] }> {
  const log = options.log ?? (() => {});
  const [sessions, units] = await Promise.all([db.session.count(), db.unit.count()]);
  if (sessions > 0 || units > 0) {
    log("demo seed skipped: the database already has sessions or units");
    return { accounts: [] };
  }
  const started = Date.now();
  const now = options.now ?? new Date();
  const plan = buildDemoPlan(now);
  const rng = createRng(8);

  // ---- people and structure -------------------------------------------------------------------------
  const adminUsername = process.env.ADMIN_USERNAME || "admin";
  const adminPassword = process.env.ADMIN_PASSWORD || DEMO_PASSWORD;
  const { actor: admin, created: adminCreated } = await ensureAdmin(adminUsername, adminPassword);
  const setupAt = bj(2022, 1, 5, 9);
  const asAdmin: Ctx = { actor: admin, now: setupAt };

  const prefixes = docPrefixes(UNITS);
  for (const unit of UNITS) await createUnit(asAdmin, { code: unit.code, name: unit.name, kind: unit.kind, docPrefix: prefixes.get(unit.code) });
  // The units' official full names, so an import file that uses them matches (lib/import/units.ts).
  for (const unit of UNITS) await db.unit.update({ where: { code: unit.code }, data: { aliases: unit.aliases } });
  for (const s of plan.sessions) {
    await createSession({ actor: admin, now: s.createdAt }, { code: s.code, name: s.name, year: s.year, replyDays: 90 });
  }
  const deputyIds = new Map<number, string>();
  await pool(plan.deputies, 4, async (d) => {
    const created = await createDeputy(asAdmin, { name: d.name, delegation: d.delegation, code: d.code });
    deputyIds.set(d.index, created.id);
  });

  const users: { username: string; name: string; role: Actor["role"]; unitCode?: string; deputyIndex?: number; phone?: string }[] = [
    { username: "office", name: "办公厅建议办理处", role: "OFFICE" },
    { username: "leader", name: "省政府领导", role: "LEADER" },
  ];
  const usedNames = new Set<string>();
  const unitUsername = (code: string, leader: boolean) =>
    code === DEMO_UNIT_CODE ? (leader ? "edu-leader" : "edu") : `u-${code}${leader ? "-leader" : ""}`;
  // Office telephones for the letters (联系电话): one line per person, derived from the unit's place in the list.
  const phone = (i: number, leader: boolean) => `0431-${8890000 + i * 10 + (leader ? 1 : 2)}`;
  UNITS.forEach((unit, i) => {
    users.push({ username: unitUsername(unit.code, false), name: personName(rng, usedNames), role: "UNIT_HANDLER", unitCode: unit.code, phone: phone(i, false) });
    users.push({ username: unitUsername(unit.code, true), name: personName(rng, usedNames), role: "UNIT_LEADER", unitCode: unit.code, phone: phone(i, true) });
  });
  const leadDeputies = [...new Set(plan.suggestions.map((s) => s.leadDeputy))].sort((a, b) => a - b);
  const deputyUsername = (index: number) => (index === 1 ? "deputy" : `dep-${String(index).padStart(4, "0")}`);
  for (const index of leadDeputies) {
    const d = plan.deputies.find((x) => x.index === index)!;
    users.push({ username: deputyUsername(index), name: d.name, role: "DEPUTY", deputyIndex: index });
  }
  await pool(users, 4, async (u) => {
    await createUser(asAdmin, {
      username: u.username,
      password: DEMO_PASSWORD,
      name: u.name,
      role: u.role,
      unitCode: u.unitCode,
      deputyId: u.deputyIndex ? deputyIds.get(u.deputyIndex) : undefined,
      phone: u.phone,
    });
  });
  const actors = new Map<string, Actor>(
    (
      await db.user.findMany({ select: { id: true, name: true, username: true, role: true, unitId: true, deputyId: true } })
    ).map((u) => [u.username, u]),
  );
  const actor = (username: string) => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo seed: no user ${username}`);
    return a;
  };
  log(`demo: ${UNITS.length} units, ${plan.deputies.length} deputies, ${users.length + 1} users (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // ---- registration -------------------------------------------------------------------------------
  const office = actor("office");
  const batches = new Map<string, PlannedSuggestion[]>();
  for (const s of plan.suggestions) {
    const key = `${s.sessionCode}@${s.registeredAt.getTime()}`;
    batches.set(key, [...(batches.get(key) ?? []), s]);
  }
  const ids = new Map<string, string>();
  for (const batch of batches.values()) {
    const first = batch[0];
    if (!first) continue; // never: a batch starts with the suggestion that made it
    const created = await registerSuggestions({ actor: office, now: first.registeredAt }, {
      sessionCode: first.sessionCode,
      items: batch.map((s) => ({
        number: s.number,
        title: s.title,
        content: s.content,
        field: s.field,
        leadDeputyId: deputyIds.get(s.leadDeputy)!,
        coSignerIds: s.coSigners.map((i) => deputyIds.get(i)!),
        submittedAt: iso(s.submittedAt),
        urgent: s.urgent,
      })),
    });
    for (const c of created) ids.set(`${first.sessionCode}/${c.number}`, c.id);
  }
  log(`demo: ${plan.suggestions.length} suggestions registered (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // ---- replay ---------------------------------------------------------------------------------------
  const unitName = new Map(UNITS.map((u) => [u.code, u.name]));
  const deputyName = new Map(plan.deputies.map((d) => [d.index, d.name]));
  const leaderActor = actor("leader");

  /** The acts of one suggestion, with the state its replay carries (current reply, handling round). */
  const runnerOf = (s: PlannedSuggestion) => {
    const id = ids.get(`${s.sessionCode}/${s.number}`)!;
    const r: Rng = createRng(Number(s.number) * 31 + (s.sessionCode === "13-5" ? 0 : 7));
    const lead = s.lead!;
    const handler = () => actor(unitUsername(lead, false));
    const unitLeader = () => actor(unitUsername(lead, true));
    const deputy = deputyName.get(s.leadDeputy)!;
    const replyArgs = (category: texts.CategoryCode, revised = false) => ({
      deputy,
      title: s.title,
      unit: unitName.get(lead)!,
      topic: s.topic,
      category,
      coUnits: s.co.map((c) => unitName.get(c)!),
      revised,
    });
    let replyId: string | null = null;
    let category: texts.CategoryCode = "A";
    let round = 1;

    const commitmentsFor = (c: texts.CategoryCode, at: Date) =>
      texts.commitmentTexts(s.topic, c).map((text, k) => ({ text, dueAt: iso(addDays(at, c === "C" ? 540 : 120 + 150 * k)) }));

    const run = async (step: Step) => {
      const at = step.at;
      const ctx = (a: Actor): Ctx => ({ actor: a, now: at });
      switch (step.kind) {
        case "assign":
          await assignSuggestion(ctx(office), id, { leadUnitCode: lead, coUnitCodes: s.co.length ? s.co : undefined });
          return;
        case "opinion":
          await submitOpinion(ctx(actor(unitUsername(step.unit, false))), id, {
            text: texts.opinionText(r, unitName.get(step.unit)!, unitName.get(lead)!, s.topic),
          });
          return;
        case "communicate": {
          const method = texts.pickMethod(r, s.sessionCode === "13-5");
          await recordCommunication(ctx(handler()), id, {
            method,
            occurredAt: iso(new Date(at.getTime() - r.int(20, 90) * 60_000)),
            summary: texts.communicationSummary(r, method, deputy, unitName.get(lead)!, s.topic, round),
          });
          return;
        }
        case "draft": {
          category = step.category;
          const created = await draftReply(ctx(handler()), id, {
            category,
            text: texts.replyText(r, replyArgs(category, round > 1)),
            commitments: commitmentsFor(category, at),
          });
          replyId = created.id;
          return;
        }
        case "revise": {
          const current = await db.reply.findUniqueOrThrow({ where: { id: replyId! }, select: { version: true } });
          await updateReply(ctx(handler()), replyId!, {
            category,
            text: texts.replyText(r, replyArgs(category, true)),
            commitments: commitmentsFor(category, at),
            expectedVersion: current.version,
          });
          return;
        }
        case "submit":
          await submitReply(ctx(handler()), replyId!);
          return;
        case "return":
          await returnReply(ctx(unitLeader()), replyId!, { comment: texts.returnComment(r) });
          return;
        case "sign":
          await signReply(ctx(unitLeader()), replyId!, {
            publishable: step.publishable,
            publicSummary: step.publishable ? texts.publicSummary({ unit: unitName.get(lead)!, topic: s.topic, category }) : undefined,
          });
          return;
        case "feedback":
          await giveFeedback(ctx(actor(deputyUsername(s.leadDeputy))), id, {
            rating: step.rating,
            comment: texts.feedbackComment(r, step.rating),
          });
          if (step.rating === "DISSATISFIED") round += 1;
          return;
        case "followUp": {
          const commitments = await db.commitment.findMany({ where: { replyId: replyId! }, orderBy: { dueAt: "asc" }, select: { id: true, text: true } });
          const items = commitments.length
            ? commitments.map((c) => ({ commitmentId: c.id, text: texts.followUpText(c.text, step.completed), completed: step.completed }))
            : [{ text: texts.followUpText(s.topic.measures[0], step.completed), completed: step.completed }];
          await postFollowUp(ctx(handler()), id, { items });
          return;
        }
        case "reclassify":
          await reclassify(ctx(unitLeader()), id, { toCategory: step.to, evidence: texts.reclassifyEvidence(s.topic) });
          return;
        case "supervise":
          await issueSupervision(ctx(office), id, { unitCode: lead, text: texts.supervisionText(r, s.title), deadline: iso(step.deadline) });
          return;
        case "markKey":
          await markKey(ctx(leaderActor), id, { key: true });
          return;
        case "instruct":
          await writeInstruction(ctx(leaderActor), id, { text: texts.instructionText(s.title) });
          return;
        case "withdraw":
          await withdrawSuggestion(ctx(actor(deputyUsername(s.leadDeputy))), id);
          return;
        case "requestReassignment":
          await requestReassignment(ctx(handler()), id, {
            reason: texts.reassignmentReason(unitName.get(lead)!, unitName.get(step.target)!),
          });
          return;
        case "requestExtension":
          await requestExtension(ctx(handler()), id, {
            reason: texts.extensionReason(),
            requestedDueAt: iso(step.requestedDueAt),
            toldDeputyAt: iso(step.requestedDueAt),
          });
          return;
        case "merge":
          await mergeSuggestions(ctx(office), {
            sessionCode: s.sessionCode,
            suggestionIds: [ids.get(`${s.sessionCode}/${step.with}`)!, id],
            note: texts.mergeNote(s.topic),
          });
          return;
        case "decideExtension": {
          const request = await db.extensionRequest.findFirstOrThrow({ where: { suggestionId: id, state: "PENDING" }, select: { id: true } });
          await decideExtension(ctx(office), request.id, { approve: step.approve, note: step.approve ? "同意延期。" : "不同意延期，请按期答复。" });
          return;
        }
      }
    };

    return async (step: Step) => {
      try {
        await run(step);
      } catch (error) {
        throw new Error(`demo seed: ${s.sessionCode} ${s.number} (${s.scenario}) ${step.kind} at ${iso(step.at)}: ${describe(error)}`, { cause: error });
      }
    };
  };

  /** Suggestions handled together (merged) replay as one job, their acts interleaved in time order. */
  const jobsOf = (items: PlannedSuggestion[]) => {
    const byNumber = new Map(items.map((s) => [s.number, s]));
    const jobs: PlannedSuggestion[][] = [];
    const placed = new Map<string, PlannedSuggestion[]>();
    for (const s of items) {
      const partner = s.steps.find((x): x is Extract<Step, { kind: "merge" }> => x.kind === "merge")?.with;
      const job = (partner && placed.get(partner)) || [];
      if (!job.length) jobs.push(job);
      job.push(s);
      placed.set(s.number, job);
      if (partner && byNumber.has(partner) && !placed.has(partner)) throw new Error(`demo plan: merge partner ${partner} after ${s.number}`);
    }
    return jobs;
  };
  const replayJob = async (job: PlannedSuggestion[]) => {
    const acts = job.flatMap((s) => {
      const run = runnerOf(s);
      return s.steps.map((step) => ({ step, run }));
    });
    acts.sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
    for (const { step, run } of acts) await run(step);
  };

  const concurrency = options.concurrency ?? 4;
  for (const code of ["13-5", "14-1"] as const) {
    const items = plan.suggestions.filter((s) => s.sessionCode === code && s.steps.length);
    await pool(jobsOf(items), concurrency, replayJob);
    log(`demo: session ${code} replayed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  // Feedback windows that ended before today close as "no feedback", as the scheduled job would do.
  await closeExpiredFeedback({ actor: await systemActor(), now });
  // A real office would have read last year's messages long ago: only the last month stays unread.
  await db.notification.updateMany({ where: { readAt: null, createdAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } }, data: { readAt: now } });
  log(`demo: unit users u-<code> / u-<code>-leader (e.g. u-D01, u-C01-leader), deputies dep-0002…, all with password ${DEMO_PASSWORD}`);
  log(`demo: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return {
    accounts: [
      {
        role: "ADMIN",
        username: admin.username,
        password: !adminCreated ? "(unchanged)" : process.env.ADMIN_PASSWORD ? "(ADMIN_PASSWORD)" : DEMO_PASSWORD,
      },
      { role: "OFFICE", username: "office", password: DEMO_PASSWORD },
      { role: "LEADER", username: "leader", password: DEMO_PASSWORD },
      { role: "UNIT_HANDLER", username: "edu", password: DEMO_PASSWORD },
      { role: "UNIT_LEADER", username: "edu-leader", password: DEMO_PASSWORD },
      { role: "DEPUTY", username: "deputy", password: DEMO_PASSWORD },
    ],
  };
}

/**
 * The 文号 prefixes of the demo units, as 吉林 writes them: 吉 + the department's short name + 建字 (吉教建字),
 * a city's name + 建字 (长春建字). A second character is taken where the first is already used.
 */
function docPrefixes(units: readonly { code: string; name: string; kind: string }[]): Map<string, string> {
  const used = new Set<string>();
  const result = new Map<string, string>();
  for (const unit of units) {
    const short = unit.name.replace(/^省/, "").replace(/市$/, "");
    const core = unit.kind === "CITY" ? short : [short.slice(0, 1), short.slice(0, 2), short].find((c) => !used.has(c))!;
    used.add(core);
    result.set(unit.code, unit.kind === "CITY" ? `${core}建字` : `吉${core}建字`);
  }
  return result;
}
