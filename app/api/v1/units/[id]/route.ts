// PATCH /api/v1/units/{id} — ADMIN: the unit's id or code; {name?,kind?,docPrefix?,active?,expectedVersion?} — a new name is a rename, active false deactivates (422 while it has open work) → 200 the record (issue 11; 409 on a stale expectedVersion).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { updateUnit } from "@/lib/workflow/admin-units";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const PATCH = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await updateUnit({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.admin },
);
