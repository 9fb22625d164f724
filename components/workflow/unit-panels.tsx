import { Input, Select, TextArea } from "@/components/ui/fields";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import type { FormAction } from "./suggestion-actions";
import { fieldsOf } from "@/lib/validation/form";
import * as h from "@/lib/validation/handling";

const METHODS = ["FACE_TO_FACE", "PHONE", "WECHAT", "VIDEO", "VISIT", "MEETING"] as const;

const comm = fieldsOf(h.communicationInput);
const opinion = fieldsOf(h.opinionInput);
const reassign = fieldsOf(h.reassignmentRequestInput);
const extension = fieldsOf(h.extensionRequestInput);

export function CommunicationPanel({ action, suggestionId, t }: { action: FormAction; suggestionId: string; t: Translate }) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.communication.submit")}
      labels={{
        [comm.method]: t("work.communication.method"),
        [comm.occurredAt]: t("work.communication.occurredAt"),
        [comm.summary]: t("work.communication.summary"),
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Select
          label={t("work.communication.method")}
          name={comm.method}
          options={METHODS.map((m) => ({ value: m, label: t(`domain.method.${m}`) }))}
        />
        <Input label={t("work.communication.occurredAt")} name={comm.occurredAt} type="datetime-local" required />
      </div>
      <TextArea label={t("work.communication.summary")} name={comm.summary} required rows={3} />
    </ActionForm>
  );
}

export function OpinionPanel({ action, suggestionId, t }: { action: FormAction; suggestionId: string; t: Translate }) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.opinion.submit")}
      labels={{ [opinion.text]: t("work.opinion.text") }}
    >
      <TextArea label={t("work.opinion.text")} name={opinion.text} required rows={5} />
    </ActionForm>
  );
}

export function ReassignmentRequestPanel({ action, suggestionId, t }: { action: FormAction; suggestionId: string; t: Translate }) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.reassignment.submit")}
      variant="secondary"
      labels={{ [reassign.reason]: t("work.reassignment.reason") }}
    >
      <TextArea label={t("work.reassignment.reason")} name={reassign.reason} required rows={3} hint={t("work.reassignment.hint")} />
    </ActionForm>
  );
}

export function ExtensionRequestPanel({ action, suggestionId, t }: { action: FormAction; suggestionId: string; t: Translate }) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.extension.submit")}
      variant="secondary"
      labels={{
        [extension.reason]: t("work.extension.reason"),
        [extension.requestedDueAt]: t("work.extension.requestedDueAt"),
        [extension.toldDeputyAt]: t("work.extension.toldDeputyAt"),
      }}
    >
      <TextArea label={t("work.extension.reason")} name={extension.reason} required rows={3} />
      <div className="grid gap-3 md:grid-cols-2">
        <Input
          label={t("work.extension.requestedDueAt")}
          name={extension.requestedDueAt}
          type="date"
          required
          hint={t("work.extension.hint")}
        />
        <Input label={t("work.extension.toldDeputyAt")} name={extension.toldDeputyAt} type="date" required />
      </div>
    </ActionForm>
  );
}
