// The words of a message, composed when it is sent, in Chinese (messages carry no reader's language): the
// in-app sentence of its notification (../sentence.ts) and a link to the record. A confidential suggestion's
// title is replaced by a placeholder; the suggestion's text is never part of a message.
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { setting } from "@/lib/server/config";
import { notificationSentence } from "../sentence";
import { DIGEST_KIND } from "./kinds";

export interface Rendered {
  subject: string;
  text: string;
  link: string;
}

export interface Renderable {
  kind: string;
  suggestionId: string | null;
  payload: unknown;
}

const t = translatorFor("zh-CN");

/** Where the app is opened: PUBLIC_URL, or this server on its port. */
export function appOrigin(): string {
  return setting("PUBLIC_URL") ?? `http://localhost:${setting("PORT")}`;
}

const count = (v: unknown) => (typeof v === "number" ? v : 0);

export async function renderMessage(m: Renderable): Promise<Rendered> {
  const origin = appOrigin();
  if (m.kind === DIGEST_KIND) {
    const p = (m.payload ?? {}) as Record<string, unknown>;
    const link = `${origin}/inbox`;
    const sentence = t("outbox.digest.text", { dueSoon: count(p.dueSoon), overdue: count(p.overdue) });
    return { subject: t("outbox.digest.subject"), text: `${sentence}\n\n${t("outbox.open", { link })}`, link };
  }
  const found = m.suggestionId
    ? await db.suggestion.findUnique({ where: { id: m.suggestionId }, select: { id: true, number: true, title: true, confidential: true } })
    : null;
  const suggestion = found && { ...found, title: found.confidential ? t("outbox.confidentialTitle") : found.title };
  const { text, href } = notificationSentence(t, { kind: m.kind, params: m.payload, suggestion });
  const link = `${origin}${href ?? "/notifications"}`;
  return { subject: `${t("outbox.subjectPrefix")}${text}`.slice(0, 200), text: `${text}\n\n${t("outbox.open", { link })}`, link };
}
