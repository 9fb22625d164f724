// GET /api/v1/deputies?q=&page=&pageSize= — ADMIN, OFFICE: deputies matching q (name, delegation, code) (issue 11).
// POST /api/v1/deputies — ADMIN, OFFICE: {name,delegation,code?} → 201 the deputy with its id (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readQuery, readUntrusted } from "@/lib/api/input";
import { created, json } from "@/lib/api/respond";
import { searchDeputyList } from "@/lib/data/directory";
import { DeputySearchQuery } from "@/lib/validation/api-admin";
import { createDeputy } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const GET = withApi(async ({ request, actor }) => json(await searchDeputyList(actor, readQuery(request, DeputySearchQuery))), {
  auth: true,
  roles: ROLE_GROUPS.office,
});

export const POST = withApi(async ({ request, actor }) => created(await createDeputy({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.office,
});
