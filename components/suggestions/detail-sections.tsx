import { holidayOfDue, type WorkCalendar } from "@/lib/calendar/work-calendar";
import type { SuggestionDetail } from "@/lib/data/suggestion-detail";
import { isDutyOverdue } from "@/lib/stats/due";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { Empty, Section } from "./section";
import { CONTENT_LANG } from "@/lib/i18n/config";

type P = { detail: SuggestionDetail; t: Translate };

export function SuggestionFacts({ detail, t }: P) {
  const facts: [string, string][] = [
    [t("suggestions.detail.leadDeputy"), `${detail.leadDeputy.name}（${detail.leadDeputy.delegation}）`],
    [t("suggestions.detail.coSigners"), detail.coSigners.map((c) => c.deputy.name).join("、") || t("suggestions.detail.none")],
    [t("suggestions.detail.field"), detail.field],
    [t("suggestions.detail.submittedAt"), formatDate(detail.submittedAt)],
  ];
  return (
    <Section title={t("suggestions.detail.content")} id="content">
      <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm md:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k} className="flex gap-2">
            <dt className="text-gray-700">{k}：</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="whitespace-pre-line leading-7" lang={CONTENT_LANG}>
        {detail.content}
      </p>
    </Section>
  );
}

/** The due date, with a note when it falls in a holiday (calendar-day deadlines are not moved). */
function DueDate({ dueAt, calendar, t }: { dueAt: Date; calendar: WorkCalendar; t: Translate }) {
  const holiday = holidayOfDue(dueAt, calendar);
  return (
    <>
      {formatDate(dueAt)}
      {holiday ? ` · ${t("suggestions.detail.dueOnHoliday", { name: holiday })}` : ""}
    </>
  );
}

export function AssignmentsSection({ detail, calendar, t }: P & { calendar: WorkCalendar }) {
  const now = new Date();
  return (
    <Section title={t("suggestions.detail.assignments")} id="assignments">
      {detail.assignments.length === 0 ? (
        <Empty text={t("suggestions.detail.none")} />
      ) : (
        <table className="w-full text-sm">
          <thead className="text-left">
            <tr>
              <th scope="col" className="py-1">
                {t("suggestions.detail.unit")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.detail.assignmentRole")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.detail.assignedAt")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.detail.dueAt")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.detail.assignmentState")}
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.assignments.map((a) => (
              <tr key={a.id} className="border-t">
                <td className="py-1">{a.unit.name}</td>
                <td className="py-1">{t(`domain.assignmentRole.${a.role}`)}</td>
                <td className="py-1">{formatDate(a.assignedAt)}</td>
                <td className="py-1">
                  <DueDate dueAt={a.dueAt} calendar={calendar} t={t} />
                  {isDutyOverdue({ ...a, done: detail.opinions.some((o) => o.assignmentId === a.id) }, detail.status, now)
                    ? ` · ${t("suggestions.detail.overdue")}`
                    : ""}
                </td>
                <td className="py-1">{t(`suggestions.assignmentState.${a.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function CommunicationsSection({ detail, t }: P) {
  return (
    <Section title={t("suggestions.detail.communications")} id="communications">
      {detail.communications.length === 0 ? (
        <Empty text={t("suggestions.detail.none")} />
      ) : (
        <ul className="space-y-2 text-sm">
          {detail.communications.map((c) => (
            <li key={c.id}>
              <span className="text-gray-700">{`${formatDateTime(c.occurredAt)} · ${c.unit.name} · ${t(`domain.method.${c.method}`)}：`}</span>
              <span lang={CONTENT_LANG}>{c.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function OpinionsSection({ detail, t }: P) {
  return (
    <Section title={t("suggestions.detail.opinions")} id="opinions">
      {detail.opinions.length === 0 ? (
        <Empty text={t("suggestions.detail.none")} />
      ) : (
        <ul className="space-y-2 text-sm">
          {detail.opinions.map((o) => (
            <li key={o.id}>
              <span className="text-gray-700">{`${formatDate(o.createdAt)} · ${o.unit.name}：`}</span>
              <span lang={CONTENT_LANG}>{o.text}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function FeedbackSection({ detail, t }: P) {
  return (
    <Section title={t("suggestions.detail.feedback")} id="feedback">
      {detail.feedback.length === 0 ? (
        <Empty text={t("suggestions.detail.none")} />
      ) : (
        <ul className="space-y-2 text-sm">
          {detail.feedback.map((f) => (
            <li
              key={f.id}
            >{`${formatDate(f.createdAt)} · ${f.deputy.name} · ${t(`domain.rating.${f.rating}`)}${f.comment ? `：${f.comment}` : ""}`}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function FollowUpSection({ detail, t }: P) {
  if (detail.followUps.length === 0 && detail.reclassifications.length === 0) return null;
  return (
    <Section title={t("suggestions.detail.followUps")} id="follow-ups">
      <ul className="space-y-2 text-sm">
        {detail.followUps.map((f) => (
          <li
            key={f.id}
          >{`${formatDate(f.createdAt)} · ${f.unit.name}${f.commitment ? ` · ${f.commitment.text}` : ""}：${f.text}${f.completed ? ` ✓` : ""}`}</li>
        ))}
        {detail.reclassifications.map((r) => (
          <li key={r.id}>
            {t("suggestions.detail.reclassified", {
              date: formatDate(r.createdAt),
              from: r.fromCategory,
              to: r.toCategory,
              evidence: r.evidence,
            })}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function SupervisionSection({ detail, t }: P) {
  const requests = [...detail.reassignmentRequests, ...detail.extensionRequests];
  if (detail.supervisions.length === 0 && requests.length === 0) return null;
  return (
    <Section title={t("suggestions.detail.supervisions")} id="supervision">
      <ul className="space-y-2 text-sm">
        {detail.supervisions.map((s) => (
          <li
            key={s.id}
          >{`${formatDate(s.createdAt)} · ${t(`suggestions.supervisionKind.${s.kind}`)}${s.unit ? ` · ${s.unit.name}` : ""}${s.createdBy ? ` · ${s.createdBy.name}` : ""}：${s.text}${s.deadline ? `（${t("suggestions.detail.deadline", { date: formatDate(s.deadline) })}）` : ""}`}</li>
        ))}
        {detail.reassignmentRequests.map((r) => (
          <li key={r.id}>
            {t("suggestions.detail.reassignmentRequest", {
              date: formatDate(r.createdAt),
              unit: r.unit.name,
              reason: r.reason,
              state: t(`domain.requestState.${r.state}`),
            })}
          </li>
        ))}
        {detail.extensionRequests.map((r) => (
          <li key={r.id}>
            {t("suggestions.detail.extensionRequest", {
              date: formatDate(r.createdAt),
              unit: r.unit.name,
              to: formatDate(r.requestedDueAt),
              told: formatDate(r.toldDeputyAt),
              reason: r.reason,
              state: t(`domain.requestState.${r.state}`),
            })}
          </li>
        ))}
      </ul>
    </Section>
  );
}
