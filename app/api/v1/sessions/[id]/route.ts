// PATCH /api/v1/sessions/{id} — ADMIN: the session's id or code; {name?,replyDays?,expectedVersion?} → 200 the record (issue 11; 409 on a stale expectedVersion).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { updateSession } from "@/lib/workflow/admin-records";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const PATCH = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await updateSession({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.admin },
);
