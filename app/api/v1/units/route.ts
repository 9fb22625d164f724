// POST /api/v1/units — ADMIN: {code,name,kind} → 201 the unit (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { createUnit } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi(async ({ request, actor }) => created(await createUnit({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.admin,
});
