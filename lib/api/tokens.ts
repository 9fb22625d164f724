import "server-only";
// Bearer tokens of the API (SPEC §6): POST /api/v1/auth/token issues one; only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { ApiError } from "./errors";

export const TOKEN_TTL_HOURS = 12;

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A new token for the user: 256 random bits, base64url; valid for 12 hours. Audited with the address. */
export async function issueToken(userId: string, name = "api", now: Date = new Date(), address?: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_HOURS * 3_600_000);
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), expiresAt } });
    await audit(tx, {
      actorId: userId,
      action: "apiToken.issue",
      entity: "ApiToken",
      entityId: row.id,
      after: { userId, name, expiresAt, address },
    });
  });
  return { token, expiresAt };
}

/** Until an administrator's reset is followed by a change, the user's tokens open nothing (403, a code of its own). */
export const passwordChangeRequired = () => new ApiError(403, "PASSWORD_CHANGE_REQUIRED", "account.errors.changeRequired");

/** The actor of `Authorization: Bearer <token>`, or 401: no token, unknown, expired, revoked, inactive user. */
export async function authenticate(request: Request, now: Date = new Date()): Promise<Actor> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,200})\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError(401, "UNAUTHENTICATED", "errors.unauthenticated");
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]) },
    include: {
      user: {
        select: { id: true, name: true, username: true, role: true, unitId: true, deputyId: true, active: true, mustChangePassword: true },
      },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) {
    throw new ApiError(401, "UNAUTHENTICATED", "errors.unauthenticated");
  }
  if (row.user.mustChangePassword) throw passwordChangeRequired();
  // Record use at most once a minute per token, so a busy client does not write on every call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { active: _active, mustChangePassword: _must, ...actor } = row.user;
  return actor;
}
