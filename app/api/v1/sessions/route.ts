// POST /api/v1/sessions — ADMIN: {code,name,year,replyDays?} → 201 the session (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { createSession } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi(async ({ request, actor }) => created(await createSession({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.admin,
});
