// Account administration beyond creation: activating/deactivating users and API tokens for integrations.
// Nothing is deleted: a user is deactivated, a token revoked; both are audited in the same transaction.
import { createHash, randomBytes } from "node:crypto";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { createTokenInput } from "@/lib/validation/admin";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "@/lib/workflow/context";

export async function setUserActive(ctx: Ctx, userId: string, active: boolean) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  if (userId === ctx.actor.id && !active) throw new DomainError("RULE", "admin.errors.selfDeactivate");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
    if (!before) throw notFound();
    const after = await tx.user.update({ where: { id: userId }, data: { active }, select: { id: true, active: true } });
    await audit(tx, {
      actorId: ctx.actor.id,
      action: active ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: userId,
      before,
      after,
    });
    return after;
  });
}

/** A token for an integration account (e.g. the congress' deputy platform); shown once, stored hashed. */
export async function createApiToken(ctx: Ctx, input: InputOf<typeof createTokenInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(createTokenInput, input);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(nowOf(ctx).getTime() + data.days * 86_400_000);
  const row = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { username: data.username } });
    if (!user || !user.active) throw new DomainError("INVALID", "errors.invalid", { username: "errors.notFound" });
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: data.name, tokenHash: createHash("sha256").update(token, "utf8").digest("hex"), expiresAt },
    });
    await audit(tx, {
      actorId: ctx.actor.id,
      action: "apiToken.create",
      entity: "ApiToken",
      entityId: created.id,
      after: { userId: user.id, name: data.name, expiresAt },
    });
    return created;
  });
  return { id: row.id, token, expiresAt };
}

export async function revokeApiToken(ctx: Ctx, tokenId: string) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, revokedAt: true } });
    if (!before) throw notFound();
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: nowOf(ctx) },
      select: { id: true, revokedAt: true },
    });
    await audit(tx, { actorId: ctx.actor.id, action: "apiToken.revoke", entity: "ApiToken", entityId: tokenId, before, after });
    return after;
  });
}
