import { setLocale } from "@/app/actions/locale";
import { getLocale, getT } from "@/lib/i18n/server";

/** A plain form, so switching language works without JavaScript too. */
export async function LocaleSwitch() {
  const [locale, t] = [await getLocale(), await getT()];
  const other = locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="text-brand-700 underline" lang={other}>
        {t(`common.locale.${other}`)}
      </button>
    </form>
  );
}
