// Which channels exist (configured by environment) and which kinds of notice a user may choose them for.
// A channel without its settings is off: no message is queued for it. (The kinds are in kinds.ts: notify.ts
// imports this module, so it must not import notify.ts.)
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { setting } from "@/lib/server/config";

export const CHANNELS = ["EMAIL", "WEBHOOK"] as const satisfies readonly OutboxChannel[];

/** With no choice stored, e-mail is on (the reason it exists) and the webhook (SMS, a gateway) off. */
export const DEFAULT_ON: Record<OutboxChannel, boolean> = { EMAIL: true, WEBHOOK: false };

export function emailConfigured(): boolean {
  return !!(setting("SMTP_URL") || setting("SMTP_HOST"));
}

export function webhookConfigured(): boolean {
  return !!setting("WEBHOOK_URL");
}

/** The channels with their settings, in the order of CHANNELS. */
export function configuredChannels(): OutboxChannel[] {
  return CHANNELS.filter((c) => (c === "EMAIL" ? emailConfigured() : webhookConfigured()));
}
