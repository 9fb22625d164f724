// The attachment size cap (ATTACHMENT_MAX_MB, default 20): the upload route refuses more with 413.
import { setting } from "@/lib/server/config";

export const attachmentLimitMb = (): number => setting("ATTACHMENT_MAX_MB");
export const attachmentLimitBytes = (): number => attachmentLimitMb() * 1024 * 1024;
