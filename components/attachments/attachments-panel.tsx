// The suggestion's files (issue 14 item 2): the ones the caller may see, each a download link (scoped and
// audited by /attachments/{id}), a soft removal for the uploader and the office, and the upload form for the
// records the caller may attach to. The removal is a server action handed in by the page.
import type { AttachmentList } from "@/lib/data/attachments";
import { formatDateTime } from "@/lib/format";
import { removeAttachmentForm } from "@/lib/validation/attachments";
import { fieldsOf } from "@/lib/validation/form";
import type { Translate } from "@/lib/i18n/catalogue";
import { Empty, Section } from "@/components/suggestions/section";
import { ActionForm } from "@/components/workflow/action-form";
import type { FormAction } from "@/components/workflow/suggestion-actions";
import { AttachmentUpload } from "./attachment-upload";

const fields = fieldsOf(removeAttachmentForm);
const sizeOf = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

interface Props {
  list: AttachmentList;
  removeAction: FormAction;
  limitMb: number;
  t: Translate;
}

export function AttachmentsPanel({ list, removeAction, limitMb, t }: Props) {
  const ownerLabel = (o: { ownerType: string; n: number }) =>
    t("papers.attachments.item", { owner: t(`papers.attachments.owner.${o.ownerType}`), n: o.n });
  return (
    <Section title={t("papers.attachments.title")} id="attachments">
      {list.files.length === 0 ? (
        <Empty text={t("papers.attachments.empty")} />
      ) : (
        <ul className="space-y-2 text-sm" data-testid="attachment-list">
          {list.files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3">
              <a href={`/attachments/${file.id}`} className="text-brand-700 underline" download>
                {file.fileName}
              </a>
              <span className="text-gray-700">{`${ownerLabel(file)} · ${sizeOf(file.size)} · ${formatDateTime(file.createdAt)}`}</span>
              {file.canRemove && (
                <ActionForm
                  action={removeAction}
                  hidden={{ [fields.attachmentId]: file.id, [fields.suggestionId]: list.suggestionId }}
                  submitLabel={t("papers.attachments.remove")}
                  variant="danger"
                  confirm={t("papers.attachments.removeConfirm", { name: file.fileName })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {list.targets.length > 0 && (
        <AttachmentUpload
          targets={list.targets.map((target) => ({ value: `${target.ownerType}:${target.ownerId}`, label: ownerLabel(target) }))}
          limitMb={limitMb}
        />
      )}
    </Section>
  );
}
