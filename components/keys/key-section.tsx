// A suggestion's "领导领办" section: its leader and the lead unit's progress reports (newest first), with the
// office's and the lead unit's forms when they may act. Reports are never edited or removed.
import { Empty, Section } from "@/components/suggestions/section";
import type { KeyPanelData } from "@/lib/data/key-panel";
import { formatChinaDate, fromDbValue } from "@/lib/dates/china-date";
import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { AssignKeyLeaderPanel, KeyProgressReportPanel, type KeyActions } from "./key-panels";

function Form({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mt-4 rounded border border-brand-100 bg-brand-50 p-4">
      <h3 className="mb-2 font-semibold">{title}</h3>
      {children}
    </div>
  );
}

export function KeySection({
  data,
  suggestionId,
  version,
  leaders,
  mayAssign,
  mayReport,
  today,
  actions,
  t,
}: {
  data: KeyPanelData;
  suggestionId: string;
  version: number;
  leaders: { id: string; name: string }[];
  mayAssign: boolean;
  mayReport: boolean;
  today: string;
  actions: KeyActions;
  t: Translate;
}) {
  if (!data.key && !mayAssign && data.reports.length === 0) return null;
  return (
    <Section title={t("keys.panel.heading")} id="key-suggestion">
      <p className="text-sm" data-testid="key-leader">
        {!data.key
          ? t("keys.panel.notKey")
          : data.leader
            ? t("keys.panel.leader", { name: data.leader.name })
            : t("keys.panel.keyWithoutLeader")}
      </p>
      <h3 className="mt-3 font-semibold">{t("keys.panel.reports")}</h3>
      {data.reports.length === 0 ? (
        <Empty text={t("keys.panel.noReports")} />
      ) : (
        <ol className="space-y-2 text-sm" data-testid="key-reports">
          {data.reports.map((r) => (
            <li key={r.id}>
              <p className="text-gray-700">
                {t("keys.panel.reportMeta", {
                  date: formatChinaDate(fromDbValue(r.reportedOn)),
                  unit: r.unit.name,
                  name: r.createdBy.name,
                })}
              </p>
              <p lang={CONTENT_LANG} className="whitespace-pre-line">
                {r.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {mayReport && (
        <Form title={t("keys.report.heading")}>
          <KeyProgressReportPanel action={actions.keyProgressReportAction} suggestionId={suggestionId} today={today} t={t} />
        </Form>
      )}
      {mayAssign && (
        <Form title={t("keys.assign.heading")}>
          <AssignKeyLeaderPanel
            action={actions.assignKeyLeaderAction}
            suggestionId={suggestionId}
            version={version}
            leaders={leaders}
            currentLeaderId={data.key ? (data.leader?.id ?? null) : null}
            isKey={data.key}
            t={t}
          />
        </Form>
      )}
    </Section>
  );
}
