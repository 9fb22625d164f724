// PATCH /api/v1/deputies/{id} — ADMIN, OFFICE: {name?,delegation?,code?,phone?,expectedVersion?} → 200 the record (issue 11; 409 on a stale expectedVersion).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { updateDeputy } from "@/lib/workflow/admin-records";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const PATCH = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await updateDeputy({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
