// The reply letter as a PDF rendered on the server (issue 14 item 3): the same content and order as the
// printed page (components/letter/reply-letter.tsx), A4 with GB/T 9704's margins, set in a CJK font that
// pdfkit subsets (only the glyphs used are embedded, so a letter is tens of kilobytes).
import PDFDocument from "pdfkit";
import { formatChinaDate, fromDbValue } from "@/lib/dates/china-date";
import type { Translate } from "@/lib/i18n/catalogue";
import { letterBody } from "./body";
import type { LetterFont } from "./font";
import type { LetterView } from "./snapshot";

const MM = 72 / 25.4;
const RED = "#b91c1c";

export interface LetterPdfInput {
  letter: LetterView;
  deputy: { id: string; name: string };
  t: Translate;
  dateStyle: "zh" | "en";
  font: LetterFont;
}

export function renderLetterPdf({ letter, deputy, t, dateStyle, font }: LetterPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    info: { Title: t("work.letter.title"), Author: letter.unit.name, Subject: letter.docNumber ?? "" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", font.path, font.family);
  doc.font("cjk");
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const date = (d: Date) => formatChinaDate(fromDbValue(d), dateStyle);
  const para = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(text, left, undefined, { width, lineGap: 6, ...options });
  const indented = (text: string) => para(text, { indent: 32 });

  doc.fontSize(10).text(t("work.letter.categoryMark", { category: letter.category }), left, 20 * MM, { width, align: "right" });
  const disclosure = letter.publishable ? t("work.letter.public") : t("work.letter.notPublic");
  doc.text(t("work.letter.disclosure", { value: disclosure }), left, undefined, { width, align: "right" });
  doc.moveDown(1).fontSize(26).fillColor(RED).text(letter.unit.name, left, undefined, { width, align: "center" });
  doc
    .moveDown(0.3)
    .fontSize(12)
    .fillColor("black")
    .text(letter.docNumber ?? "", left, undefined, { width, align: "right" });
  const y = doc.y + 2;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = y + 18;
  const s = letter.suggestion;
  doc
    .fontSize(18)
    .text(t("work.letter.heading", { session: s.session.name, number: s.number }), left, undefined, { width, align: "center" });
  doc.moveDown(1).fontSize(14);
  para(t("work.letter.salutation", { name: deputy.name }));
  const body = letterBody(letter.text);
  if (!body.hasOpening) indented(t("work.letter.opening", { title: s.title }));
  body.paragraphs.forEach(indented);
  if (letter.commitments.length > 0) {
    indented(t("work.letter.commitments"));
    letter.commitments.forEach((c, i) => indented(`${i + 1}. ${t("work.letter.planned", { text: c.text, date: date(c.dueAt) })}`));
  }
  if (!body.hasClosing) indented(t("work.letter.closing"));
  doc.moveDown(2);
  para(letter.unit.name, { align: "right" });
  para(letter.signedAt ? date(letter.signedAt) : "", { align: "right" });
  doc.moveDown(1).fontSize(12);
  const signer = letter.signer;
  para(
    signer?.phone
      ? t("work.letter.signerPhone", { name: signer.name, phone: signer.phone })
      : t("work.letter.signer", { name: signer?.name ?? "—" }),
  );
  if (letter.handler)
    para(t("work.letter.contact", { name: letter.handler.name, phone: letter.handler.phone || t("work.letter.noPhone") }));
  const cc = [...letter.coUnits, t("work.letter.ccOffices.congress"), t("work.letter.ccOffices.government")];
  doc.moveDown(1);
  para(t("work.letter.cc", { list: cc.join(t("work.letter.ccSeparator")) }));
  doc.end();
  return done;
}
