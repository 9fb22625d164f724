"use client";
// The dashboard's filters as one GET form: session, kind of unit, unit, field, delegation — everything is
// in the URL, so a filtered view can be bookmarked, shared and printed. Choosing a session submits at once
// (from the keyboard: Enter, so that arrowing through the sessions does not reload the page each time).
// The server's HTML holds only each list's chosen option; the others (a hundred sessions and 150 units at scale,
// 280 options: a sixth of a report view's HTML) are added once the page is hydrated, before anyone can open a list.
import { useChosenUntilHydrated } from "@/components/ui/after-hydration";
import { useSelectCommit } from "@/components/ui/use-select-commit";
import { useT } from "@/lib/i18n/client";
import type { JsonText } from "@/lib/json-text";
import { useJsonText } from "@/components/ui/use-json-text";
import type { FilterOptions, ReportSession } from "@/lib/reports/report-filter";
import type { ReportQuery } from "@/lib/reports/report-query";

const control = "rounded border border-gray-500 bg-white px-3 py-2 text-sm";
const KINDS = ["DEPARTMENT", "CITY", "OTHER"] as const;

interface Props {
  /** As JSON text (lib/json-text.ts): a hundred sessions and 150 units are 1,500 values of the page's payload. */
  sessions: JsonText<ReportSession[]>;
  options: JsonText<FilterOptions>;
  query: ReportQuery;
  /** Where the form goes and where "clear" leads (the dashboard or the report page). */
  action: string;
  /** The filtering unit, offered even when it has no assignment in this session. */
  currentUnit?: { code: string; name: string } | null;
}

function Choice({
  id,
  name,
  label,
  all,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  all: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  const shown = useChosenUntilHydrated(options, (o) => o.value === value);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={`${control} max-w-56`}>
        <option value="">{all}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DashboardFilters({ sessions: sessionsText, options: optionsText, query, action, currentUnit }: Props) {
  const t = useT();
  const sessions = useJsonText(sessionsText);
  const shownSessions = useChosenUntilHydrated(sessions, (s) => s.code === query.session);
  const options = useJsonText(optionsText);
  const commitSession = useSelectCommit((select) => select.form?.requestSubmit());
  const units = currentUnit && !options.units.some((u) => u.code === currentUnit.code) ? [currentUnit, ...options.units] : options.units;
  return (
    <form
      method="get"
      action={action}
      aria-label={t("dashboard.filters.heading")}
      className="no-print flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm"
    >
      <div className="min-w-0">
        <label htmlFor="d-session" className="mb-1 block text-sm font-medium">
          {t("dashboard.session")}
        </label>
        <select id="d-session" name="session" defaultValue={query.session} className={control} {...commitSession}>
          {shownSessions.map((s) => (
            <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
          ))}
        </select>
      </div>
      <Choice
        id="d-kind"
        name="unitKind"
        label={t("dashboard.filters.unitKind")}
        all={t("dashboard.filters.allKinds")}
        value={query.unitKind}
        options={KINDS.map((k) => ({ value: k, label: t(`domain.unitKind.${k}`) }))}
      />
      <Choice
        id="d-unit"
        name="unit"
        label={t("dashboard.filters.unit")}
        all={t("dashboard.filters.allUnits")}
        value={query.unit}
        options={units.map((u) => ({ value: u.code, label: u.name }))}
      />
      <Choice
        id="d-field"
        name="field"
        label={t("dashboard.filters.field")}
        all={t("dashboard.filters.allFields")}
        value={query.field}
        options={options.fields.map((f) => ({ value: f, label: f }))}
      />
      <Choice
        id="d-delegation"
        name="delegation"
        label={t("dashboard.filters.delegation")}
        all={t("dashboard.filters.allDelegations")}
        value={query.delegation}
        options={options.delegations.map((d) => ({ value: d, label: d }))}
      />
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
        {t("dashboard.filters.apply")}
      </button>
      <a href={`${action}?session=${encodeURIComponent(query.session ?? "")}`} className="px-2 py-2 text-sm text-brand-700 underline">
        {t("dashboard.filters.reset")}
      </a>
    </form>
  );
}
