// The reply letter (答复函) laid out as an official letter (GB/T 9704 in spirit): category mark at the top
// right, the unit as issuing authority, the 文号 under the red line, title, salutation to one deputy, body,
// commitments, thanks, the unit and the date in words, signer and contact, and 抄送 at the foot.
import { AppIcon } from "@/components/brand/app-icon";
import type { LetterView as Letter } from "@/lib/letter/snapshot";
import { formatChinaDate, fromDbValue } from "@/lib/dates/china-date";
import type { Translate } from "@/lib/i18n/catalogue";
import { letterBody } from "@/lib/letter/body";

const SONG = { fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif' };
const HEI = { fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif' };

// GB/T 9704 page: A4, 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
const PRINT_CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print { .letter-sheet { padding: 18mm 0 0 0 !important; box-shadow: none !important; max-width: none !important; } }`;

interface Props {
  letter: Letter;
  deputy: { id: string; name: string };
  t: Translate;
  dateStyle: "zh" | "en";
}

export function ReplyLetter({ letter, deputy, t, dateStyle }: Props) {
  const date = (d: Date) => formatChinaDate(fromDbValue(d), dateStyle);
  const body = letterBody(letter.text);
  const s = letter.suggestion;
  const phone = (p: string | null | undefined) => p || t("work.letter.noPhone");
  const cc = [...letter.coUnits, t("work.letter.ccOffices.congress"), t("work.letter.ccOffices.government")];
  return (
    <article
      className="letter-sheet relative bg-white px-[26mm] py-[25mm] text-lg leading-9 shadow"
      style={SONG}
      lang={dateStyle === "zh" ? "zh-CN" : "en"}
      aria-label={t("work.letter.title")}
    >
      <style>{PRINT_CSS}</style>
      <div
        className="absolute right-[20mm] top-[12mm] border-2 border-black px-3 py-1 text-2xl font-bold print:right-0 print:top-0"
        role="img"
        aria-label={t("work.letter.categoryMark", { category: letter.category })}
        data-testid="category-mark"
      >
        {letter.category}
      </div>
      <p className="text-right text-sm">
        {t("work.letter.disclosure", { value: letter.publishable ? t("work.letter.public") : t("work.letter.notPublic") })}
      </p>
      <div className="mt-6 flex items-center justify-center gap-4">
        <AppIcon size={44} className="print:h-[12mm] print:w-[12mm]" />
        <p className="text-center text-4xl font-bold tracking-widest text-red-700" style={HEI} data-testid="letter-unit">
          {letter.unit.name}
        </p>
      </div>
      <p className="mt-4 border-b-2 border-red-700 pb-1 text-right text-base" data-testid="doc-number">
        {letter.docNumber ?? ""}
      </p>
      <h1 className="mt-8 text-center text-2xl font-bold leading-10" style={HEI}>
        {t("work.letter.heading", { session: s.session.name, number: s.number })}
      </h1>
      <p className="mt-8" data-testid="salutation">
        {t("work.letter.salutation", { name: deputy.name })}
      </p>
      {!body.hasOpening && <p className="indent-8">{t("work.letter.opening", { title: s.title })}</p>}
      {body.paragraphs.map((p, i) => (
        <p key={i} className="indent-8">
          {p}
        </p>
      ))}
      {letter.commitments.length > 0 && (
        <>
          <p className="indent-8">{t("work.letter.commitments")}</p>
          <ol className="list-decimal pl-16">
            {letter.commitments.map((c) => (
              <li key={c.id}>{t("work.letter.planned", { text: c.text, date: date(c.dueAt) })}</li>
            ))}
          </ol>
        </>
      )}
      {!body.hasClosing && <p className="indent-8">{t("work.letter.closing")}</p>}
      <div className="mt-16 flex flex-col items-end break-inside-avoid">
        <p>{letter.unit.name}</p>
        <p data-testid="letter-date">{letter.signedAt ? date(letter.signedAt) : ""}</p>
      </div>
      <div className="mt-8 break-inside-avoid text-base leading-8" data-testid="letter-contact">
        <p>
          {letter.signer?.phone
            ? t("work.letter.signerPhone", { name: letter.signer.name, phone: letter.signer.phone })
            : t("work.letter.signer", { name: letter.signer?.name ?? "—" })}
        </p>
        {letter.handler && <p>{t("work.letter.contact", { name: letter.handler.name, phone: phone(letter.handler.phone) })}</p>}
      </div>
      <p className="mt-10 break-inside-avoid border-y border-black py-1 text-base" data-testid="letter-cc">
        {t("work.letter.cc", { list: cc.join(t("work.letter.ccSeparator")) })}
      </p>
    </article>
  );
}
