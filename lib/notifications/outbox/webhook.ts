// The webhook channel, for an SMS or 政务微信 gateway: a JSON POST to WEBHOOK_URL, signed with
// `X-Signature: sha256=<hex HMAC-SHA256 of the raw body>` under WEBHOOK_SECRET, the key in Idempotency-Key.
import { createHmac } from "node:crypto";
import { setting } from "@/lib/server/config";
import type { Rendered } from "./render";

export const signatureOf = (body: string, secret: string) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

export interface WebhookBody {
  key: string;
  kind: string;
  recipient: string;
  subject: string;
  text: string;
  link: string;
}

export async function sendWebhook(recipient: string, key: string, kind: string, message: Rendered): Promise<void> {
  const url = setting("WEBHOOK_URL");
  const secret = setting("WEBHOOK_SECRET");
  if (!url || !secret) throw new Error("the webhook is not configured (WEBHOOK_URL and WEBHOOK_SECRET)");
  const payload: WebhookBody = { key, kind, recipient, ...message };
  const body = JSON.stringify(payload);
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key, "X-Signature": signatureOf(body, secret) },
    body,
    // A receiver that hangs must not hold the worker's tick: the message is simply tried again later.
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the webhook answered ${response.status}`);
}
