// Automatic acts (the "no feedback" close) are recorded as done by the system, not by whichever person
// happens to be the first administrator. The system is one user row, created on first use, that can never
// sign in: inactive, a password hash no password matches, and a username the account forms refuse
// (lib/validation/admin.ts allows no ":"). Its role is OFFICE: the least one whose powers the jobs need.
import type { Actor } from "@/lib/auth/user";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

export const SYSTEM_USER_ID = "system";
export const SYSTEM_USERNAME = "system:auto";
/** Shown as the actor of automatic acts in the audit log and timelines. */
const SYSTEM_NAME = "系统（自动处理）";

const select = { id: true, name: true, username: true, role: true } as const;
const toActor = (user: { id: string; name: string; username: string; role: Actor["role"] }): Actor => ({
  ...user,
  unitId: null,
  deputyId: null,
});

/** Whether `userId` is the system: account administration should leave it alone (never activate or reset it). */
export const isSystemUser = (userId: string) => userId === SYSTEM_USER_ID;

export async function systemActor(): Promise<Actor> {
  const existing = await db.user.findUnique({ where: { id: SYSTEM_USER_ID }, select });
  if (existing) return toActor(existing);
  try {
    return toActor(
      await db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { id: SYSTEM_USER_ID, username: SYSTEM_USERNAME, name: SYSTEM_NAME, role: "OFFICE", active: false, passwordHash: "!" },
          select,
        });
        await audit(tx, { actorId: null, action: "user.system", entity: "User", entityId: user.id, after: { ...user, active: false } });
        return user;
      }),
    );
  } catch (error) {
    // Another instance created it at the same moment: use that row.
    if ((error as { code?: string }).code === "P2002")
      return toActor(await db.user.findUniqueOrThrow({ where: { id: SYSTEM_USER_ID }, select }));
    throw error;
  }
}
