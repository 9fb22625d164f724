// Units, deputies, sessions and users: ten provinces' worth.
import { arr, DEPUTIES_PER_PROVINCE, PROVINCES, SESSIONS, UNITS_PER_PROVINCE, type Query } from "./shape";
import { CITIES, GIVEN, PROVINCE_NAMES, SURNAMES } from "./vocabulary";

export async function insertPeople(q: Query): Promise<void> {
  await q(
    "units",
    `INSERT INTO "Unit"(id, code, name, kind)
    SELECT 'U' || n, 'P' || lpad((n / ${UNITS_PER_PROVINCE})::text, 2, '0') || '-' || lpad((n % ${UNITS_PER_PROVINCE})::text, 3, '0'),
      (${arr(PROVINCE_NAMES)})[1 + n / ${UNITS_PER_PROVINCE}] || '省承办单位' || (n % ${UNITS_PER_PROVINCE}),
      (CASE WHEN n % ${UNITS_PER_PROVINCE} < 100 THEN 'DEPARTMENT' WHEN n % ${UNITS_PER_PROVINCE} < 120 THEN 'CITY' ELSE 'OTHER' END)::"UnitKind"
    FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n`,
  );
  await q(
    "deputies",
    `INSERT INTO "Deputy"(id, name, delegation, code)
    SELECT 'D' || n,
      substr('${SURNAMES}', 1 + (bench_r(n, 1) * ${SURNAMES.length})::int % ${SURNAMES.length}, 1)
        || substr('${GIVEN}', 1 + (bench_r(n, 2) * ${GIVEN.length})::int % ${GIVEN.length}, 1)
        || CASE WHEN bench_r(n, 3) < 0.6 THEN substr('${GIVEN}', 1 + (bench_r(n, 4) * ${GIVEN.length})::int % ${GIVEN.length}, 1) ELSE '' END,
      (${arr(PROVINCE_NAMES)})[1 + n / ${DEPUTIES_PER_PROVINCE}] || '省' || (${arr(CITIES)})[1 + n % ${CITIES.length}] || '代表团',
      'DEP' || lpad(n::text, 6, '0')
    FROM generate_series(0, ${PROVINCES * DEPUTIES_PER_PROVINCE - 1}) n`,
  );
  await q(
    "sessions",
    `INSERT INTO "Session"(id, code, name, year)
    SELECT 'S' || s, 'P' || lpad((s % ${PROVINCES})::text, 2, '0') || '-' || (2017 + s / ${PROVINCES}),
      (${arr(PROVINCE_NAMES)})[1 + s % ${PROVINCES}] || '省人民代表大会' || (2017 + s / ${PROVINCES}) || '年会议', 2017 + s / ${PROVINCES}
    FROM generate_series(0, ${SESSIONS - 1}) s`,
  );
  // One office user, and a handler and a leader per unit (names for the timeline).
  await q(
    "users",
    `INSERT INTO "User"(id, username, "passwordHash", name, role, "unitId")
    SELECT 'UH' || n, 'h' || n, 'x', '经办人' || n, 'UNIT_HANDLER'::"Role", 'U' || n FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n
    UNION ALL SELECT 'UL' || n, 'l' || n, 'x', '负责人' || n, 'UNIT_LEADER'::"Role", 'U' || n FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n
    UNION ALL SELECT 'OFFICE', 'office', 'x', '办公厅', 'OFFICE'::"Role", NULL`,
  );
}
