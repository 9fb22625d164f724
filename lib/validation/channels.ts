// The account page's notice settings: the user's e-mail address and, for each kind of notice and channel,
// whether it is on ("kind:CHANNEL" in `on`, one checkbox each; unchecked boxes send nothing).
import { z } from "zod";
import { CHANNELS } from "@/lib/notifications/outbox/channels";
import { CHANNEL_KINDS } from "@/lib/notifications/outbox/kinds";

export const CHOICE_VALUES = CHANNEL_KINDS.flatMap((kind) => CHANNELS.map((channel) => `${kind}:${channel}` as const));

export const channelChoicesInput = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.union([z.literal(""), z.email().max(200)])),
  on: z.array(z.enum(CHOICE_VALUES)).max(CHOICE_VALUES.length).default([]),
});

/** The administrator's "send again" of one outgoing message. */
export const outboxRetryInput = z.object({ id: z.string().trim().min(1).max(60) });
