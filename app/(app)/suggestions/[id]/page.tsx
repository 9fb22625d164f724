import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { getSuggestionDetail, listSimilarSuggestions } from "@/lib/data/suggestion-detail";
import { listActiveUnitOptions, type UnitOption } from "@/lib/data/units";
import { calendarForDates } from "@/lib/data/work-calendar";
import { getT } from "@/lib/i18n/server";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  SuggestionFacts,
  AssignmentsSection,
  CommunicationsSection,
  OpinionsSection,
  FeedbackSection,
  SupervisionSection,
  FollowUpSection,
} from "@/components/suggestions/detail-sections";
import { RepliesSection } from "@/components/suggestions/replies-section";
import { TimelineSection, SimilarSection } from "@/components/suggestions/timeline-section";
import { DetailActions } from "@/components/suggestions/detail-actions";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { CorrectionSection } from "@/components/workflow/correction-panels";
import { canCorrect, mayAssignKeyLeaderNow, mayReportKeyProgressNow } from "@/lib/permissions/can";
import { correctionTargetOf } from "@/lib/data/correction-target";
import { FIELDS } from "@/lib/validation/list-query";
import { flagParam } from "@/lib/validation/common";
import { markAssignmentOpened } from "@/lib/workflow/opened";
import * as actions from "./actions";
import * as keyActions from "../../key-suggestions/actions";
import { KeySection } from "@/components/keys/key-section";
import { listLeaderOptions } from "@/lib/data/key-suggestions";
import { keyPanelOf } from "@/lib/data/key-panel";
import { toDateInputValue } from "@/lib/dates/china-date";
import * as correctionActions from "./corrections/actions";
import * as standingActions from "./standing/actions";
import { StandingNotice, StandingSection } from "@/components/suggestions/standing-section";
import { removeAttachmentAction } from "./attachment-actions";
import { listAttachments } from "@/lib/data/attachments";
import { attachmentLimitMb } from "@/lib/attachments/limit";
import { AttachmentsPanel } from "@/components/attachments/attachments-panel";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const detail = await getSuggestionDetail(actor, (await params).id);
  return { title: detail ? `${detail.number} ${detail.title}` : (await getT())("common.notFound.title") };
}

export default async function SuggestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ correct?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  const detail = await getSuggestionDetail(actor, id);
  if (!detail) notFound();
  // Only after the scoped load: a unit marks opened only what it may see.
  await markAssignmentOpened(actor, id);
  // Independent reads, side by side: one after another they added up to the page's time.
  const correction = canCorrect(actor) ? correctionTargetOf(detail) : null;
  const correcting = correction !== null && flagParam.parse((await searchParams).correct);
  // The office's units (1,500 at scale) are read only for a form that offers them, once however many do.
  let unitOptions: Promise<UnitOption[]> | undefined;
  const units = () => (unitOptions ??= listActiveUnitOptions(actor));
  const keyPanel = keyPanelOf(actor, detail);
  const [t, similar, calendar, leaders, attachments, correctionUnits] = await Promise.all([
    getT(),
    actor.role === "DEPUTY" ? [] : listSimilarSuggestions(actor, detail),
    calendarForDates(detail.assignments.map((a) => a.dueAt)),
    listLeaderOptions(actor),
    listAttachments(actor, detail),
    correcting ? (correction.handling ? units() : []) : null,
  ]);
  return (
    <article className="space-y-6">
      <Link href="/suggestions" className="no-print text-sm text-brand-700 underline">
        {t("suggestions.detail.back")}
      </Link>
      <header className="space-y-1">
        <p className="text-sm text-gray-700">{`${detail.session.name} · ${t("suggestions.detail.number", { number: detail.number })}`}</p>
        <h1 className="text-2xl font-semibold" lang={CONTENT_LANG}>
          {detail.title}
        </h1>
        <div className="flex gap-2">
          <StatusBadge status={detail.status} label={t(`domain.status.${detail.status}`)} />
          {detail.urgent && <span className="rounded bg-red-100 px-2 text-xs text-red-900">{t("suggestions.detail.urgent")}</span>}
          {detail.key && <span className="rounded bg-amber-100 px-2 text-xs text-amber-900">{t("suggestions.detail.key")}</span>}
        </div>
      </header>
      <StandingNotice detail={detail} t={t} />
      <SuggestionFacts detail={detail} t={t} />
      <DetailActions actor={actor} detail={detail} actions={actions} units={units} t={t} />
      {keyPanel && (
        <KeySection
          data={keyPanel}
          suggestionId={detail.id}
          version={detail.version}
          leaders={leaders}
          mayAssign={mayAssignKeyLeaderNow(actor, detail)}
          mayReport={mayReportKeyProgressNow(actor, detail)}
          today={toDateInputValue(new Date())}
          actions={keyActions}
          t={t}
        />
      )}
      {correction && <CorrectionSection actions={correctionActions} target={correction} units={correctionUnits} fields={FIELDS} t={t} />}
      <StandingSection actor={actor} detail={detail} actions={standingActions} t={t} />
      <AssignmentsSection detail={detail} calendar={calendar} t={t} />
      <CommunicationsSection detail={detail} t={t} />
      {actor.role !== "DEPUTY" && <OpinionsSection detail={detail} t={t} />}
      <RepliesSection detail={detail} t={t} />
      <FeedbackSection detail={detail} t={t} />
      <FollowUpSection detail={detail} t={t} />
      {actor.role !== "DEPUTY" && <SupervisionSection detail={detail} t={t} />}
      <AttachmentsPanel list={attachments} removeAction={removeAttachmentAction} limitMb={attachmentLimitMb()} t={t} />
      <TimelineSection detail={detail} t={t} />
      {similar.length > 0 && <SimilarSection similar={similar} t={t} />}
    </article>
  );
}
