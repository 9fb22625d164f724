import "server-only";
// Units (承办单位). Their codes and names are not secret — every suggestion shows its units —, but the
// lists with choices or counts belong to the office's and the administrator's screens.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { isAdmin, isOffice } from "@/lib/permissions/roles";
import { cachedAcrossSessions } from "@/lib/stats/cache";

export interface UnitOption {
  code: string;
  name: string;
}

/** Active units by code, for the office's choices on a suggestion (assign, supervise, decide); [] for anyone else. */
export async function listActiveUnitOptions(actor: Actor): Promise<UnitOption[]> {
  if (!isOffice(actor)) return [];
  // Kept in the statistics cache until any write (a unit's creation or change is audited): the office's every
  // suggestion page reads them, 1,500 rows at the scale benchmark.
  return cachedAcrossSessions(
    "unit-options|active",
    (q) => q.$queryRaw<UnitOption[]>`SELECT code, name FROM "Unit" WHERE active ORDER BY code`,
  );
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  docPrefix: string | null;
  version: number;
  /** Its former names, oldest first, with the moment each stopped being used (issue 11). */
  formerNames: { name: string; validTo: Date | null }[];
  /** Accounts of the unit, deactivated ones included. */
  userCount: number;
}

/** Every unit by code, inactive ones too, with its number of accounts: the administrator's list (404 for others). */
export async function listUnits(actor: Actor): Promise<UnitRow[]> {
  if (!isAdmin(actor)) throw notFound();
  const rows = await db.unit.findMany({
    orderBy: { code: "asc" },
    include: {
      _count: { select: { users: true } },
      names: { where: { validTo: { not: null } }, orderBy: { validFrom: "asc" }, select: { name: true, validTo: true } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    active: u.active,
    docPrefix: u.docPrefix,
    version: u.version,
    formerNames: u.names,
    userCount: u._count.users,
  }));
}

/** The id of the unit with this code, or null (the statistics API filters by a unit's code). */
export async function findUnitIdByCode(code: string): Promise<string | null> {
  const row = await db.unit.findUnique({ where: { code }, select: { id: true } });
  return row?.id ?? null;
}
