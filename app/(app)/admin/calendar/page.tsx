import { addCalendarDayAction, removeCalendarDayAction } from "./actions";
import { DataTable } from "@/components/admin/table";
import { Input, Select } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { requireRole } from "@/lib/auth/current";
import { fromDbValue } from "@/lib/dates/china-date";
import { listCalendarYear } from "@/lib/data/work-calendar";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { getLocale, getT } from "@/lib/i18n/server";
import { CALENDAR_DAY_KINDS, calendarDayInput, calendarYearParam, removeCalendarDayInput } from "@/lib/validation/calendar";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(calendarDayInput);
const removal = fieldsOf(removeCalendarDayInput);

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.calendar.title")} · ${t("admin.title")}` };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  await requireRole("ADMIN");
  const t = await getT();
  const locale = await getLocale();
  const parsed = calendarYearParam.safeParse((await searchParams).year);
  const year = parsed.success ? parsed.data : Number(fromDbValue(new Date()).slice(0, 4));
  const days = await listCalendarYear(year);
  // The weekday of a China date: the date at UTC midnight, named in UTC, is that day whatever the server's zone.
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const count = (kind: string) => days.filter((d) => d.kind === kind).length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">{t("admin.calendar.help")}</p>
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-calendar-day">
        <h2 id="new-calendar-day" className="mb-2 font-semibold">
          {t("admin.calendar.new")}
        </h2>
        <ActionForm
          action={addCalendarDayAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{ [f.date]: t("admin.calendar.date"), [f.kind]: t("admin.calendar.kind"), [f.name]: t("admin.calendar.name") }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Input label={t("admin.calendar.date")} name={f.date} type="date" required />
            <Select
              label={t("admin.calendar.kind")}
              name={f.kind}
              required
              placeholder={t("common.choose")}
              options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`admin.calendar.kinds.${k}`) }))}
            />
            <Input label={t("admin.calendar.name")} name={f.name} required hint={t("admin.calendar.nameHint")} />
          </div>
        </ActionForm>
      </section>
      <form method="get" className="flex items-end gap-2">
        <Input label={t("admin.calendar.year")} name="year" type="number" defaultValue={String(year)} />
        <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-2 text-sm">
          {t("admin.calendar.show")}
        </button>
      </form>
      {days.length === 0 ? (
        <p className="text-sm">{t("admin.calendar.empty", { year })}</p>
      ) : (
        <DataTable
          caption={t("admin.calendar.count", { year, holidays: count("HOLIDAY"), workdays: count("WORKDAY") })}
          headers={[
            t("admin.calendar.date"),
            t("admin.calendar.weekday"),
            t("admin.calendar.kind"),
            t("admin.calendar.name"),
            t("admin.calendar.source"),
            t("admin.actionsColumn"),
          ]}
          rows={days.map((d) => [
            d.date,
            weekday.format(new Date(`${d.date}T00:00:00Z`)),
            t(`admin.calendar.kinds.${d.kind}`),
            <span key="name" lang={CONTENT_LANG}>
              {d.name}
            </span>,
            t(`admin.calendar.sources.${d.source}`),
            <ActionForm
              key={d.id}
              action={removeCalendarDayAction}
              hidden={{ [removal.date]: d.date }}
              submitLabel={t("admin.calendar.remove")}
              variant="danger"
              confirm={t("admin.calendar.removeConfirm", { date: d.date, name: d.name })}
            />,
          ])}
        />
      )}
    </div>
  );
}
