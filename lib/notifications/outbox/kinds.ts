// The kinds of notice a user chooses channels for (the account page's table).
import { NOTIFICATION_KINDS } from "../notify";

/** The daily digest of what is due soon and overdue (digest.ts). */
export const DIGEST_KIND = "digest.daily";

/** Every kind a user can choose channels for: the workflow's, the reminders and the digest. */
export const CHANNEL_KINDS = [...NOTIFICATION_KINDS, "reminder.dueSoon", "reminder.overdue", DIGEST_KIND] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
