// Administration (SPEC §1 ADMIN, §6): sessions, units, deputies and user accounts. Duplicates are 409.
import type { Actor } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { canCreateDeputy } from "@/lib/permissions/can";
import { isAdmin } from "@/lib/permissions/roles";
import { createDeputyInput, createSessionInput, createUnitInput, createUserInput } from "@/lib/validation/admin";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

const duplicate = () => new DomainError("CONFLICT", "errors.duplicate");

/** A session (会议), e.g. 13-5. ADMIN. */
export async function createSession(ctx: Ctx, input: InputOf<typeof createSessionInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(createSessionInput, input);
  return transact(async (tx) => {
    if (await tx.session.findUnique({ where: { code: data.code } })) throw duplicate();
    const session = await tx.session.create({
      data: { code: data.code, name: data.name, year: data.year, replyDays: data.replyDays ?? 90, createdAt: nowOf(ctx) },
    });
    await record(tx, ctx, { action: "session.create", entity: "Session", entityId: session.id, after: session });
    return session;
  });
}

/** A handling unit (承办单位). ADMIN. Code and name are both unique. */
export async function createUnit(ctx: Ctx, input: InputOf<typeof createUnitInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(createUnitInput, input);
  return transact(async (tx) => {
    if (await tx.unit.findFirst({ where: { OR: [{ code: data.code }, { name: data.name }] } })) throw duplicate();
    const unit = await tx.unit.create({ data: { ...data, createdAt: nowOf(ctx) } });
    // The first entry of its names over time (issue 11): a rename closes it.
    await tx.unitName.create({ data: { unitId: unit.id, name: unit.name, validFrom: unit.createdAt } });
    await record(tx, ctx, { action: "unit.create", entity: "Unit", entityId: unit.id, after: unit });
    return unit;
  });
}

/** A deputy (代表). ADMIN or OFFICE. An optional code is unique. */
export async function createDeputy(ctx: Ctx, input: InputOf<typeof createDeputyInput>) {
  if (!canCreateDeputy(ctx.actor)) throw forbidden();
  const data = parseInput(createDeputyInput, input);
  return transact(async (tx) => {
    if (data.code && (await tx.deputy.findUnique({ where: { code: data.code } }))) throw duplicate();
    const deputy = await tx.deputy.create({
      data: { name: data.name, delegation: data.delegation, code: data.code ?? null, createdAt: nowOf(ctx) },
    });
    await record(tx, ctx, { action: "deputy.create", entity: "Deputy", entityId: deputy.id, after: deputy });
    return deputy;
  });
}

const userSelect = {
  id: true,
  username: true,
  name: true,
  phone: true,
  role: true,
  unitId: true,
  deputyId: true,
  active: true,
  createdAt: true,
} as const;

/**
 * A user account. ADMIN. Unit roles need `unitCode`, a DEPUTY needs `deputyId` (one account per deputy).
 * The password is hashed with argon2id; the returned user never carries the hash.
 */
/**
 * `sharedHash`: a hash of this same password made once for many accounts — only the demo seed, whose 237
 * accounts all have the published demo password, passes it (an argon2 hash is ~40 ms of CPU each).
 */
export async function createUser(ctx: Ctx, input: InputOf<typeof createUserInput>, sharedHash?: Promise<string>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(createUserInput, input);
  const unit = data.unitCode ? await findUnit(data.unitCode) : null;
  if (data.unitCode && !unit) throw invalidField("unitCode", "errors.field.unknownUnit");
  const passwordHash = await (sharedHash ?? hashPassword(data.password));
  return transact(async (tx) => {
    if (data.deputyId) {
      const deputy = await tx.deputy.findUnique({ where: { id: data.deputyId }, include: { user: { select: { id: true } } } });
      if (!deputy) throw invalidField("deputyId", "errors.field.unknownDeputy");
      if (deputy.user) throw new DomainError("CONFLICT", "errors.duplicate", { deputyId: "errors.field.deputyTaken" });
    }
    if (await tx.user.findUnique({ where: { username: data.username } })) throw duplicate();
    const user = await tx.user.create({
      data: {
        username: data.username,
        passwordHash,
        name: data.name,
        role: data.role,
        unitId: unit?.id ?? null,
        deputyId: data.deputyId ?? null,
        phone: data.phone ?? null,
        createdAt: nowOf(ctx),
      },
      select: userSelect,
    });
    await record(tx, ctx, { action: "user.create", entity: "User", entityId: user.id, after: user });
    return user;
  });
}

const findUnit = (code: string) => db.unit.findUnique({ where: { code } });

/** The Actor of a user row (what the session or an API token resolves to). */
export const actorOf = (u: {
  id: string;
  name: string;
  username: string;
  role: Actor["role"];
  unitId: string | null;
  deputyId: string | null;
}): Actor => ({
  id: u.id,
  name: u.name,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  deputyId: u.deputyId,
});
