// Changing a password (by its owner) and resetting one (by an administrator). Either ends the user's other
// sessions (User.sessionVersion, compared with the JWT in lib/auth/current.ts) and revokes their API tokens,
// in one transaction with its audit event; the event never holds a password.
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { changePasswordInput, resetPasswordInput } from "@/lib/validation/account";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "@/lib/workflow/context";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { attemptSucceeded, reserveAttempt, ThrottledError } from "./throttle";

const invalid = (field: string, key: string) => new DomainError("INVALID", "errors.invalid", { [field]: key });

function checkPolicy(field: string, password: string, username: string) {
  const problem = passwordProblem(password, { username });
  if (problem) throw invalid(field, problem);
}

/** New hash, a new session version, every live API token revoked. Returns the new session version. */
async function replacePassword(tx: Tx, userId: string, password: string, mustChange: boolean, now: Date) {
  const passwordHash = await hashPassword(password);
  const user = await tx.user.update({
    where: { id: userId },
    data: { passwordHash, mustChangePassword: mustChange, sessionVersion: { increment: 1 }, passwordChangedAt: now },
    select: { sessionVersion: true },
  });
  const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
  return { sessionVersion: user.sessionVersion, revokedTokens: revoked.count };
}

/** The signed-in user's own change; `address` throttles guesses at the current password from a stolen session. */
export async function changeOwnPassword(ctx: Ctx, input: InputOf<typeof changePasswordInput>, address: string) {
  const data = parseInput(changePasswordInput, input);
  const user = await db.user.findUnique({
    where: { id: ctx.actor.id },
    select: { id: true, username: true, passwordHash: true, active: true },
  });
  if (!user || !user.active) throw notFound();
  if (data.newPassword !== data.confirmPassword) throw invalid("confirmPassword", "account.errors.mismatch");
  checkPolicy("newPassword", data.newPassword, user.username);
  const reserved = await reserveAttempt(user.username, address, "change");
  if (!reserved.ok) throw new ThrottledError(reserved.retryAfterSeconds);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    await audit(db, { actorId: user.id, action: "user.passwordChangeFailed", entity: "User", entityId: user.id, after: { address } });
    throw invalid("currentPassword", "account.errors.currentWrong");
  }
  await attemptSucceeded(reserved.reservation);
  if (data.newPassword === data.currentPassword) throw invalid("newPassword", "account.errors.sameAsCurrent");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const result = await replacePassword(tx, user.id, data.newPassword, false, now);
    await audit(tx, {
      actorId: user.id,
      action: "user.passwordChange",
      entity: "User",
      entityId: user.id,
      after: { address, revokedTokens: result.revokedTokens },
    });
    return result;
  });
}

/** An administrator sets a temporary password; the user must change it at the next sign-in. */
export async function resetPassword(ctx: Ctx, input: InputOf<typeof resetPasswordInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(resetPasswordInput, input);
  // One's own password is changed on the account page, with the current one.
  if (data.userId === ctx.actor.id) throw new DomainError("RULE", "account.errors.selfReset");
  const user = await db.user.findUnique({ where: { id: data.userId }, select: { id: true, username: true } });
  if (!user) throw notFound();
  checkPolicy("password", data.password, user.username);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const result = await replacePassword(tx, user.id, data.password, true, now);
    await audit(tx, {
      actorId: ctx.actor.id,
      action: "user.passwordReset",
      entity: "User",
      entityId: user.id,
      after: { username: user.username, revokedTokens: result.revokedTokens },
    });
    return result;
  });
}
