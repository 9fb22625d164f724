import "server-only";
// GET /suggestions/{id}/letter/{replyId}/pdf?deputy= — the letter as a PDF. The same scope as the letter
// page (getReplyLetter: a deputy only their own suggestions, a unit only its own, confidential rules):
// anything else is 404. Every download is audited.
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/user";
import { getReplyLetter } from "@/lib/data/reply-letter";
import { db } from "@/lib/db";
import type { Translate } from "@/lib/i18n/catalogue";
import { contentDisposition } from "@/lib/reports/http";
import { letterFont } from "./font";
import { renderLetterPdf } from "./pdf";

const failure = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });

interface Args {
  actor: Actor | null;
  suggestionId: string;
  replyId: string;
  deputyId: string | null;
  t: Translate;
  dateStyle: "zh" | "en";
}

export async function letterPdfResponse({ actor, suggestionId, replyId, deputyId, t, dateStyle }: Args): Promise<Response> {
  if (!actor) return failure(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  const letter = await getReplyLetter(actor, suggestionId, replyId);
  if (!letter) return failure(404, "NOT_FOUND", t("errors.notFound"));
  const deputy =
    letter.deputies.find((d) => d.id === deputyId) ?? letter.deputies.find((d) => d.id === actor.deputyId) ?? letter.deputies[0];
  if (!deputy) return failure(404, "NOT_FOUND", t("errors.notFound"));
  const font = letterFont();
  if (!font) return failure(503, "UNAVAILABLE", t("papers.letter.noFont"));
  const body = await renderLetterPdf({ letter, deputy, t, dateStyle, font });
  await audit(db, {
    actorId: actor.id,
    action: "letter.download",
    entity: "Reply",
    entityId: letter.id,
    suggestionId,
    after: { deputyId: deputy.id, archived: letter.archivedAt !== null, docNumber: letter.docNumber },
  });
  const name = `${letter.docNumber ?? t("work.letter.title")}-${deputy.name}.pdf`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(name),
      "Content-Length": String(body.length),
      "Cache-Control": "private, no-store",
    },
  });
}
