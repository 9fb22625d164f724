// A notification is stored as a kind and the facts of the moment (params); it is read as a sentence of the
// reader's catalogue, so switching the language changes every notification, old ones included.
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { NOTIFICATION_KINDS } from "./notify";

/** Every kind a user can receive: the workflow's, the import's batch and the reminder job's. */
export const RENDERED_KINDS = [...NOTIFICATION_KINDS, "reminder.dueSoon", "reminder.overdue"] as const;

export interface NotificationLike {
  kind: string;
  params: unknown;
  suggestion: { id: string; number: string; title: string } | null;
}

type Values = Record<string, unknown>;

/**
 * A stored instant as a China date. The reminder job writes timestamps from SQL without a zone (Prisma keeps
 * them in UTC), so a value without an offset is read as UTC rather than in the server's zone.
 */
function date(value: unknown): string {
  if (typeof value !== "string" || !value) return "—";
  const utc = /([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  return Number.isNaN(Date.parse(utc)) ? "—" : formatDate(utc);
}

/** The catalogue key under common.notifications.kind for a kind, with its variant where the facts differ. */
function keyOf(kind: string, p: Values): string | null {
  switch (kind) {
    case "assignment.new":
      return p.role === "CO" ? "assignment.newCo" : "assignment.newLead";
    case "reassignment.decided":
    case "extension.decided":
      return `${kind.split(".")[0]}.${p.approved ? "approved" : "rejected"}`;
    case "suggestion.notASuggestion":
      return p.status === "TO_LETTER" ? "suggestion.toLetter" : "suggestion.notAccepted";
    case "supervision.notice":
      return p.deadline ? "supervision.noticeDeadline" : "supervision.notice";
    default:
      return (RENDERED_KINDS as readonly string[]).includes(kind) ? kind : null;
  }
}

/** The notification as a sentence in the reader's language, and where it leads. */
export function notificationSentence(t: Translate, n: NotificationLike): { text: string; href: string | null } {
  const p: Values = n.params && typeof n.params === "object" ? (n.params as Values) : {};
  const key = keyOf(n.kind, p);
  const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "—");
  const rating = typeof p.rating === "string" ? t(`domain.rating.${p.rating}`) : "—";
  const values = {
    // The suggestion as it is now: its number and title, not those of the moment of notifying.
    number: n.suggestion?.number ?? str(p.number),
    title: n.suggestion?.title ?? str(p.title),
    unit: str(p.unit),
    count: str(p.count),
    rating: rating.startsWith("domain.") ? str(p.rating) : rating,
    dueAt: date(p.dueAt),
    deadline: date(p.deadline),
    reason: str(p.reason),
  };
  // Key suggestions (领导领办) keep their sentences in their own catalogue, keys.notifications; the office's
  // corrections theirs (corrections.json), with the reason given.
  const text =
    n.kind === "suggestion.corrected"
      ? t("corrections.notification", values)
      : t(key?.startsWith("key.") ? `keys.notifications.${key.slice(4)}` : `common.notifications.kind.${key ?? "unknown"}`, values);
  const anchor = n.kind.startsWith("reply.") ? "#replies" : n.kind.startsWith("key.") ? "#key-suggestion" : "";
  const href = n.suggestion ? `/suggestions/${n.suggestion.id}${anchor}` : n.kind === "assignment.batch" ? "/inbox" : null;
  return { text, href };
}
