// GET /api/v1/stats?session=CODE — the statistics of SPEC §4 in the shape of §6 (plus replyRate), for
// OFFICE, LEADER and ADMIN. Missing session 400, unknown session or unit 404.
import { ApiError } from "@/lib/api/errors";
import { withApi } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { findUnitIdByCode } from "@/lib/data/units";
import { getSessionStats } from "@/lib/stats/summary";
import { StatsQuery } from "@/lib/validation/api";
import { STATISTICS_ROLES } from "@/lib/permissions/roles";

export const GET = withApi(
  async ({ request }) => {
    const { unit, ...query } = readQuery(request, StatsQuery);
    let unitId: string | undefined;
    if (unit) {
      unitId = (await findUnitIdByCode(unit)) ?? undefined;
      if (!unitId) throw new ApiError(404, "NOT_FOUND", "errors.notFound");
    }
    const s = await getSessionStats({ ...query, unitId });
    return json({
      total: s.total,
      assigned: s.assigned,
      replied: s.replied,
      closed: s.closed,
      overdue: s.overdue,
      units: s.units,
      categories: s.categories,
      satisfaction: s.satisfaction,
      onTimeRate: s.onTimeRate,
      replyRate: s.replyRate,
    });
  },
  { auth: true, roles: STATISTICS_ROLES },
);
