// POST /api/v1/deputies — ADMIN, OFFICE: {name,delegation,code?} → 201 the deputy with its id (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { createDeputy } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi(async ({ request, actor }) => created(await createDeputy({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.office,
});
