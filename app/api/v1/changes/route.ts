// GET /api/v1/changes?after=<cursor> — the suggestions changed since the cursor, with their current state, for a
// platform that keeps a copy (OFFICE, LEADER, ADMIN and their API tokens). lib/data/changes.ts says why the
// cursor cannot skip a transaction that commits late.
import { withApi } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { readChanges } from "@/lib/data/changes";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { ChangesQuery } from "@/lib/validation/worklists";

export const GET = withApi(
  async ({ request }) => {
    const { after, limit } = readQuery(request, ChangesQuery);
    return json(await readChanges(after, limit));
  },
  { auth: true, roles: ROLE_GROUPS.seesEverything },
);
