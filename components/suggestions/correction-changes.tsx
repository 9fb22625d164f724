// A correction in the timeline, in words: each corrected fact as "old → new", then the reason (issue 11).
// The audit event of lib/workflow/corrections*.ts carries them (after.changes, after.reason); the lead deputy,
// who sees no event data, is told the same in a notification.
import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { formatDate } from "@/lib/format";

interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

const isChange = (c: unknown): c is Change => !!c && typeof c === "object" && typeof (c as Change).field === "string";

function valueOf(field: string, value: unknown, t: Translate): string {
  if (typeof value === "boolean") return t(value ? "corrections.yes" : "corrections.no");
  if (Array.isArray(value)) return value.length ? value.map(String).join("、") : t("corrections.none");
  if (field === "dueAt" && typeof value === "string") return formatDate(value);
  return typeof value === "string" && value ? value : t("corrections.none");
}

/** The label of a correction event (corrections.events.*), or null for any other event. */
export const correctionLabel = (action: string, t: Translate): string | null =>
  action.startsWith("correction.") ? t(`corrections.events.${action.slice("correction.".length)}`) : null;

export function CorrectionChanges({ after, t }: { after: unknown; t: Translate }) {
  const data = after && typeof after === "object" ? (after as { changes?: unknown; reason?: unknown }) : {};
  const changes = Array.isArray(data.changes) ? data.changes.filter(isChange) : [];
  return (
    <ul className="ml-4 list-disc text-gray-800" data-testid="timeline-correction">
      {changes.map((c) => (
        <li key={c.field}>
          {`${t(`corrections.fields.${c.field}`)}：`}
          {c.field === "content" ? (
            t("corrections.contentChanged")
          ) : (
            <>
              <span lang={CONTENT_LANG}>{valueOf(c.field, c.from, t)}</span>
              {" → "}
              <span lang={CONTENT_LANG}>{valueOf(c.field, c.to, t)}</span>
            </>
          )}
        </li>
      ))}
      {typeof data.reason === "string" && (
        <li>
          {`${t("corrections.reasonLabel")}：`}
          <span lang={CONTENT_LANG}>{data.reason}</span>
        </li>
      )}
    </ul>
  );
}
