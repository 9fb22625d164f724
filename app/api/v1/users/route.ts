// POST /api/v1/users — ADMIN: {username,password,name,role,unitCode?,deputyId?} → 201 the user, never its password hash.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { createUser } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi(async ({ request, actor }) => created(await createUser({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.admin,
});
