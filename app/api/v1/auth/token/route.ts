// POST /api/v1/auth/token — {"username","password"} → {"token","expiresAt"} (SPEC §6). Wrong credentials
// 401; too many failures 429 (the same database-backed throttle as the sign-in form).
import { verifyCredentials } from "@/lib/auth/credentials";
import { BODY_LIMITS } from "@/lib/api/body";
import { withApi } from "@/lib/api/handler";
import { readBody } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { issueToken } from "@/lib/api/tokens";
import { TokenRequest } from "@/lib/validation/api";

export const POST = withApi(
  async ({ request }) => {
    const body = await readBody(request, TokenRequest, { limit: BODY_LIMITS.auth });
    const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
    const actor = await verifyCredentials(body.username, body.password, ip);
    const { token, expiresAt } = await issueToken(actor.id, body.name ?? "api");
    return json({ token, expiresAt }); // 200: a sign-in answer, as token endpoints give
  },
  { auth: false },
);
