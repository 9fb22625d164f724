// GET /api/v1/key-suggestions — key suggestions led by provincial leaders (领导领办), each with its progress:
// a LEADER only their own, OFFICE and ADMIN all (optionally one leader's). ?session=CODE narrows to a session.
import { withApi } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { listKeySuggestions } from "@/lib/data/key-suggestions";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { keySuggestionsQuery } from "@/lib/validation/keys";

export const GET = withApi(
  async ({ request, actor }) => {
    const items = await listKeySuggestions(actor, readQuery(request, keySuggestionsQuery));
    return json({ items, total: items.length });
  },
  { auth: true, roles: ROLE_GROUPS.seesEverything },
);
