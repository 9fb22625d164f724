// The 文号 of a reply letter (GB/T 9704 发文字号): the unit's prefix, the year in 〔〕 and the serial of the
// year, e.g. 吉教建字〔2026〕12号. Given in the signing transaction from a per-unit, per-year counter; the
// upsert takes the counter row's lock, so two leaders signing at once get two serials, and a signature
// that fails rolls its serial back with it (no gaps).
import { fromDbValue } from "@/lib/dates/china-date";
import type { Tx } from "@/lib/db";

/** The prefix a unit without its own uses: its name and 建字 (建议答复), e.g. 省教育厅建字. */
export const defaultDocPrefix = (unitName: string) => `${unitName}建字`;

export function formatDocNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

/** The next 文号 of the unit for a letter signed at `now` (the year is China's). */
export async function nextDocNumber(tx: Tx, unitId: string, now: Date): Promise<string> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, name: true, docPrefix: true } });
  const year = Number(fromDbValue(now).slice(0, 4));
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "LetterSequence" ("unitId", year, last) VALUES (${unit.id}, ${year}, 1)
    ON CONFLICT ("unitId", year) DO UPDATE SET last = "LetterSequence".last + 1
    RETURNING last`;
  // INSERT … ON CONFLICT DO UPDATE … RETURNING always returns the one row.
  if (!row) throw new Error("LetterSequence upsert returned no row");
  return formatDocNumber(unit.docPrefix?.trim() || defaultDocPrefix(unit.name), year, row.last);
}
