// GET /api/v1/units?q=&inactive= — OFFICE, ADMIN: units matching q (code, name, alias, former name) (issue 11).
// POST /api/v1/units — ADMIN: {code,name,kind} → 201 the unit (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readQuery, readUntrusted } from "@/lib/api/input";
import { created, json } from "@/lib/api/respond";
import { searchUnits } from "@/lib/data/directory";
import { UnitSearchQuery } from "@/lib/validation/api-admin";
import { createUnit } from "@/lib/workflow/admin";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const GET = withApi(async ({ request, actor }) => json(await searchUnits(actor, readQuery(request, UnitSearchQuery))), {
  auth: true,
  roles: ROLE_GROUPS.office,
});

export const POST = withApi(async ({ request, actor }) => created(await createUnit({ actor }, await readUntrusted(request))), {
  auth: true,
  roles: ROLE_GROUPS.admin,
});
