// POST /api/v1/auth/token — {"username","password"} → {"token","expiresAt"} (SPEC §6). Wrong credentials
// 401; too many failures from this address 429 with Retry-After (the same database-backed throttle as the
// sign-in form); a password an administrator reset and the user has not yet changed 403
// PASSWORD_CHANGE_REQUIRED.
import { clientAddress } from "@/lib/auth/client-address";
import { ThrottledError, verifyCredentials } from "@/lib/auth/credentials";
import { ApiError } from "@/lib/api/errors";
import { BODY_LIMITS } from "@/lib/api/body";
import { withApi } from "@/lib/api/handler";
import { readBody } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { issueToken, passwordChangeRequired } from "@/lib/api/tokens";
import { TokenRequest } from "@/lib/validation/api";

async function signIn(username: string, password: string, address: string) {
  try {
    return await verifyCredentials(username, password, address, "api");
  } catch (error) {
    if (!(error instanceof ThrottledError)) throw error;
    const seconds = String(error.retryAfterSeconds);
    throw new ApiError(429, "THROTTLED", error.messageKey, undefined, error.params, { "Retry-After": seconds });
  }
}

export const POST = withApi(
  async ({ request }) => {
    const body = await readBody(request, TokenRequest, { limit: BODY_LIMITS.auth });
    const address = clientAddress(request.headers);
    const user = await signIn(body.username, body.password, address);
    if (user.mustChangePassword) throw passwordChangeRequired();
    const { token, expiresAt } = await issueToken(user.id, body.name ?? "api", new Date(), address);
    return json({ token, expiresAt }); // 200: a sign-in answer, as token endpoints give
  },
  { auth: false },
);
