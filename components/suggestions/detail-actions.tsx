import type { Actor } from "@/lib/auth/user";
import type { SuggestionDetail } from "@/lib/data/suggestion-detail";
import type { Translate } from "@/lib/i18n/catalogue";
import { isDeputy, isLeader, isOffice, isUnitLeader } from "@/lib/permissions/roles";
import {
  activeAssignmentOf,
  mayAssignNow,
  mayFollowUpNow,
  mayGiveFeedbackNow,
  mayHandleNow,
  maySuperviseNow,
  mayWithdrawNow,
} from "@/lib/permissions/can";
import { CommunicationPanel, ExtensionRequestPanel, OpinionPanel, ReassignmentRequestPanel } from "@/components/workflow/unit-panels";
import { ReplyEditor, ReviewPanel, SubmitReplyPanel } from "@/components/workflow/reply-panels";
import { FeedbackPanel, WithdrawPanel } from "@/components/workflow/deputy-panels";
import { FollowUpPanel, ReclassifyPanel } from "@/components/workflow/follow-up-panels";
import { AssignPanel, DecideRequestPanel, LeaderPanel, SupervisionPanel } from "@/components/workflow/office-panels";
import type { SuggestionActions } from "@/components/workflow/suggestion-actions";
import type { UnitOption } from "@/lib/data/units";
import { toJsonRecords } from "@/lib/json-text";
import { Section } from "./section";
import { formatDate } from "@/lib/format";
import { CONTENT_LANG } from "@/lib/i18n/config";

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded border border-brand-100 bg-brand-50 p-4">
      <h3 className="mb-2 font-semibold">{title}</h3>
      {children}
    </div>
  );
}

function RehandlingReason({ comment, at, t }: { comment: string; at: Date; t: Translate }) {
  return (
    <div role="note" data-testid="dissatisfied-reason" className="rounded border border-amber-700 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">{t("work.reply.dissatisfiedHeading", { date: formatDate(at) })}</p>
      <p lang={CONTENT_LANG}>{comment}</p>
    </div>
  );
}

/**
 * The acts open to this user on this suggestion now. Showing a form is a convenience: every act is
 * authorized and checked against the rules again on the server. The page hands down the server actions and
 * a reader of the units the office may choose (`listActiveUnitOptions`): a component neither imports app/ nor
 * reads the database. The units are read only when a form here offers them (1,500 at scale, most of the office's
 * views of a suggestion have no such form).
 */
export async function DetailActions({
  actor,
  detail,
  actions,
  units,
  t,
}: {
  actor: Actor;
  detail: SuggestionDetail;
  actions: SuggestionActions;
  units: () => Promise<UnitOption[]>;
  t: Translate;
}) {
  const id = detail.id;
  const panels: React.ReactNode[] = [];
  const active = detail.assignments.filter((a) => a.state === "ACTIVE");

  if (isOffice(actor)) {
    const assign = mayAssignNow(actor, detail);
    const supervise = maySuperviseNow(actor, detail);
    const pendingReassignments = detail.reassignmentRequests.filter((r) => r.state === "PENDING");
    const pendingExtensions = detail.extensionRequests.filter((r) => r.state === "PENDING");
    const offersUnits = assign || supervise || pendingReassignments.length > 0 || pendingExtensions.length > 0;
    const officeUnits = offersUnits ? await units() : [];
    // Written once for the assignment and reassignment pickers (1,500 units at scale), not once a picker.
    const unitChoices = toJsonRecords(officeUnits);
    if (assign)
      panels.push(
        <Panel key="assign" title={t("work.assign.heading")}>
          <AssignPanel
            action={actions.assignAction}
            suggestionId={id}
            version={detail.version}
            units={unitChoices}
            replyDays={detail.session.replyDays}
            urgent={detail.urgent}
            t={t}
          />
        </Panel>,
      );
    if (supervise)
      panels.push(
        <Panel key="sup" title={t("work.supervision.heading")}>
          <SupervisionPanel
            action={actions.supervisionAction}
            suggestionId={id}
            units={officeUnits.filter((u) => active.some((a) => a.unit.code === u.code))}
            t={t}
          />
        </Panel>,
      );
    for (const r of pendingReassignments) {
      panels.push(
        <Panel key={r.id} title={`${t("work.decide.heading")} · ${t("work.reassignment.heading")}`}>
          <p className="mb-2 text-sm">{`${r.unit.name}：${r.reason}`}</p>
          <DecideRequestPanel
            kind="reassignment"
            action={actions.decideReassignmentAction}
            suggestionId={id}
            requestId={r.id}
            version={detail.version}
            units={unitChoices}
            t={t}
          />
        </Panel>,
      );
    }
    for (const r of pendingExtensions) {
      panels.push(
        <Panel key={r.id} title={`${t("work.decide.heading")} · ${t("work.extension.heading")}`}>
          <p className="mb-2 text-sm">{`${r.unit.name}：${r.reason}`}</p>
          <DecideRequestPanel
            kind="extension"
            action={actions.decideExtensionAction}
            suggestionId={id}
            requestId={r.id}
            version={detail.version}
            units={unitChoices}
            t={t}
          />
        </Panel>,
      );
    }
  }
  if (isLeader(actor))
    panels.push(
      <Panel key="leader" title={t("work.instruction.heading")}>
        <LeaderPanel
          instructionAction={actions.instructionAction}
          markKeyAction={actions.markKeyAction}
          suggestionId={id}
          isKey={detail.key}
          t={t}
        />
      </Panel>,
    );

  const mine = activeAssignmentOf(actor, detail.assignments);
  if (mine && mayHandleNow(actor, detail)) {
    panels.push(
      <Panel key="comm" title={t("work.communication.heading")}>
        <CommunicationPanel action={actions.communicationAction} suggestionId={id} t={t} />
      </Panel>,
    );
    if (mine.role === "CO" && !detail.opinions.some((o) => o.assignmentId === mine.id)) {
      panels.push(
        <Panel key="opinion" title={t("work.opinion.heading")}>
          <OpinionPanel action={actions.opinionAction} suggestionId={id} t={t} />
        </Panel>,
      );
    }
    if (mine.role === "LEAD") {
      // Re-handling answers the deputy's objection: the unit sees it beside the new reply.
      const objection = detail.status === "REHANDLING" ? detail.feedback.filter((f) => f.rating === "DISSATISFIED").at(-1) : undefined;
      if (objection?.comment) panels.push(<RehandlingReason key="objection" comment={objection.comment} at={objection.createdAt} t={t} />);
      const current = detail.replies.filter((r) => r.unitId === actor.unitId && r.state !== "SIGNED").at(-1);
      if (!current || current.state === "DRAFT") {
        panels.push(
          <Panel key="reply" title={t("work.reply.heading")}>
            <ReplyEditor
              action={actions.saveReplyAction}
              suggestionId={id}
              draft={
                current
                  ? {
                      id: current.id,
                      version: current.version,
                      category: current.category,
                      text: current.text,
                      commitments: current.commitments,
                    }
                  : undefined
              }
              t={t}
            />
          </Panel>,
        );
      }
      if (current?.state === "DRAFT")
        panels.push(
          <SubmitReplyPanel
            key="submit"
            action={actions.submitReplyAction}
            suggestionId={id}
            replyId={current.id}
            version={current.version}
            t={t}
          />,
        );
      if (current?.state === "IN_REVIEW" && isUnitLeader(actor))
        panels.push(
          <Panel key="review" title={t("work.review.heading")}>
            <ReviewPanel
              signAction={actions.signReplyAction}
              returnAction={actions.returnReplyAction}
              suggestionId={id}
              replyId={current.id}
              version={current.version}
              confidential={detail.confidential}
              t={t}
            />
          </Panel>,
        );
      panels.push(
        <Panel key="reassign" title={t("work.reassignment.heading")}>
          <ReassignmentRequestPanel action={actions.reassignmentRequestAction} suggestionId={id} t={t} />
        </Panel>,
      );
      panels.push(
        <Panel key="extend" title={t("work.extension.heading")}>
          <ExtensionRequestPanel action={actions.extensionRequestAction} suggestionId={id} t={t} />
        </Panel>,
      );
    }
  }
  const signed = detail.replies.filter((r) => r.state === "SIGNED");
  const latestSigned = signed.at(-1);
  if (latestSigned && mayFollowUpNow(actor, detail, signed.length)) {
    const commitments = signed.flatMap((r) => r.commitments);
    const currentCategory = detail.reclassifications.at(-1)?.toCategory ?? latestSigned.category;
    panels.push(
      <Panel key="follow" title={t("work.followUp.heading")}>
        <FollowUpPanel action={actions.followUpAction} suggestionId={id} commitments={commitments} t={t} />
      </Panel>,
    );
    panels.push(
      <Panel key="reclass" title={t("work.reclassify.heading")}>
        <ReclassifyPanel action={actions.reclassifyAction} suggestionId={id} current={currentCategory} t={t} />
      </Panel>,
    );
  }
  if (mayGiveFeedbackNow(actor, detail))
    panels.push(
      <Panel key="feedback" title={t("work.feedback.heading")}>
        <FeedbackPanel action={actions.feedbackAction} suggestionId={id} version={detail.version} t={t} />
      </Panel>,
    );
  // The workflow also lets the office withdraw on a deputy's behalf; this page offers it to the lead deputy only.
  if (isDeputy(actor) && mayWithdrawNow(actor, detail, signed.length))
    panels.push(
      <Panel key="withdraw" title={t("work.withdraw.heading")}>
        <WithdrawPanel action={actions.withdrawAction} suggestionId={id} t={t} />
      </Panel>,
    );
  if (panels.length === 0) return null;
  return (
    <Section title={t("suggestions.detail.actions")} id="actions">
      <div className="no-print space-y-4">{panels}</div>
    </Section>
  );
}
