// E-mail over SMTP (nodemailer), settings by environment (lib/server/config.ts). The idempotency key is the
// Message-ID, so a mail system that sees a repeated send can drop it.
import nodemailer, { type Transporter } from "nodemailer";
import { setting } from "@/lib/server/config";
import type { Rendered } from "./render";

let cached: { key: string; transport: Transporter } | null = null;

function transport(): Transporter {
  const url = setting("SMTP_URL");
  const host = setting("SMTP_HOST");
  if (!url && !host) throw new Error("e-mail is not configured (SMTP_URL or SMTP_HOST)");
  const port = setting("SMTP_PORT");
  const user = setting("SMTP_USER");
  const options = url ?? { host, port, secure: port === 465, auth: user ? { user, pass: setting("SMTP_PASSWORD") ?? "" } : undefined };
  const key = JSON.stringify(options);
  // One transport per setting, reused: creating one per message would open a connection pool each time.
  if (cached?.key !== key) cached = { key, transport: nodemailer.createTransport(options) };
  return cached.transport;
}

/** A Message-ID from the key: only characters a mail header accepts. */
export const messageIdOf = (key: string) => `<${key.replace(/[^\w.-]/g, "-")}@jianyi-banli>`;

export async function sendEmail(to: string, key: string, message: Rendered): Promise<void> {
  const from = setting("SMTP_FROM");
  if (!from) throw new Error("SMTP_FROM is not set");
  await transport().sendMail({
    from,
    to,
    subject: message.subject,
    text: message.text,
    messageId: messageIdOf(key),
    headers: { "Idempotency-Key": key },
  });
}
