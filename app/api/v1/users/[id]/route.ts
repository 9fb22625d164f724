// PATCH /api/v1/users/{id} — ADMIN: {name?,role?,unitCode?,deputyId?,phone?,expectedVersion?} — null clears an optional field → 200 the record (issue 11; 409 on a stale expectedVersion).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { updateUser } from "@/lib/workflow/admin-users";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const PATCH = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await updateUser({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.admin },
);
